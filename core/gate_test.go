package core

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRequiredLiterals(t *testing.T) {
	for _, tc := range []struct {
		expr string
		want []string
	}{
		{`客座教授|特聘教授`, []string{"客座教授", "特聘教授"}},
		{`出生于|出生地`, []string{"出生"}}, // the parser factors the prefix out
		{`作品[^。]{0,30}收藏|被[^。]{0,20}收藏`, []string{"作品", "收藏"}},
		{`(?:男|女)[，,]汉族`, []string{"汉族"}},
		{`a?b`, []string{"b"}},
		{`x*|y`, nil}, // an alternative that may match nothing is not gated
		{`(?i)ceo`, nil},
		{`[大学院校]毕业[，,。]`, []string{"毕业"}},
		// Nested alternations give their union; a concatenation its part
		// with the fewest literals.
		{`^\s*(?:关于(?:专家|评委)|(?:现场)?(?:专家|评委|嘉宾)(?:介绍|简介)|简介[:：])`, []string{"介绍", "关于", "简介"}},
		{`(?:ab|cd)e?`, []string{"ab", "cd"}},
		{`(?:a|b*)`, nil},
	} {
		assert.Equal(t, tc.want, requiredLiterals(tc.expr), tc.expr)
	}
}

var gateProbes = []string{
	"", "他1962年出生于湖南。", "毕业于清华大学，现任执行董事。", "会议要求各地压实责任。", "Ceo 与 CEO",
	"作品多次被国家博物馆收藏", "男，汉族，1935年出生", "荣获第十届金奖", "这是一段普通的新闻报道。",
	"关于专家组", "一、专家介绍", "个人简介：张三", "简介:", "（三）特邀嘉宾简介",
}

// gatedPattern is a gated pattern of the rule tables beside the whole
// pattern compiled as it is, which the gate must agree with.
type gatedPattern struct {
	gated gatedRegexp
	whole *regexp.Regexp
}

func gatedPatterns() []gatedPattern {
	var out []gatedPattern
	for _, g := range append(append([]gatedRegexp{}, bioPatterns...), bioHeader) {
		out = append(out, gatedPattern{g, regexp.MustCompile(g.expr)})
	}
	return out
}

// TestGatesAgreeWithPatterns: a gate may only skip what cannot match.
func TestGatesAgreeWithPatterns(t *testing.T) {
	for _, p := range gatedPatterns() {
		for _, s := range gateProbes {
			assert.Equal(t, p.whole.MatchString(s), p.gated.MatchString(s), "%s on %q", p.whole, s)
		}
	}
}

func FuzzGatesAgreeWithPatterns(f *testing.F) {
	for _, s := range gateProbes {
		f.Add(s)
	}
	patterns := gatedPatterns()
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range patterns {
			if p.whole.MatchString(s) != p.gated.MatchString(s) {
				t.Fatalf("gate disagrees with %s on %q", p.whole, s)
			}
		}
	})
}

func TestLiteralGates(t *testing.T) {
	g := mustGate(`客座教授|特聘教授`)
	assert.Equal(t, []string{"客座教授", "特聘教授"}, g.words.list)
	assert.Nil(t, g.rest)
	g = mustGate(`毕业于|毕业院校|[大学院校]毕业[，,。]|学历[:：]`)
	assert.Equal(t, []string{"毕业于", "毕业院校"}, g.words.list)
	assert.Equal(t, `[大学院校]毕业[，,。]|学历[:：]`, g.rest.String())
	assert.Nil(t, mustGate(`(?i)ceo|cfo`).words.list, "flags keep the pattern whole")
	assert.Nil(t, mustGate(`x(?i)y|z`).words.list, "flags reach the alternatives after them")
	assert.Equal(t, []string{"z"}, mustGate(`(?:x)y|z`).words.list)
	assert.Equal(t, []string{`(?:男|女)[，,]`, "汉族", `a\|b`, `[|]`, `[]|]`}, topAlternatives(`(?:男|女)[，,]|汉族|a\|b|[|]|[]|]`))
	for _, expr := range []string{`会员|常务理事|会长`, `a.b|c`, `出生于|[0-9]{4}年生`, `(?i)ceo`, `x(?i)y|z`} {
		g := mustGate(expr)
		for _, s := range []string{"他是协会会员", "会议", "常务理事会", "", "axb", "c", "1990年生", "CEO", "Z", "xY"} {
			assert.Equal(t, regexp.MustCompile(expr).MatchString(s), g.MatchString(s), "%s on %q", expr, s)
		}
	}
}

// gateSetAgrees checks countMatches against MatchString pattern by pattern.
func gateSetAgrees(t *testing.T, s string) {
	for _, limit := range []int{1, maxFamilies, len(bioPatterns)} {
		want := 0
		for _, g := range bioPatterns {
			if g.MatchString(s) {
				want++
			}
		}
		assert.Equal(t, min(want, limit), bioFamilies.countMatches(s, limit), "limit %d on %q", limit, s)
	}
}

func TestGateSetCountsLikeEachPattern(t *testing.T) {
	for _, s := range append(gateProbes, "", "张三，男，汉族，1962年出生，毕业于中央美术学院，国家一级美术师，中国书法家协会会员，作品被国家博物馆收藏，荣获金奖。",
		"会员会员会员", "出生地：湖南；师从名家", "他是CEO兼董事长") {
		gateSetAgrees(t, s)
	}
}

func FuzzGateSetCounts(f *testing.F) {
	for _, s := range gateProbes {
		f.Add(s)
	}
	f.Fuzz(gateSetAgrees)
}
