package core

import (
	"regexp"
	"testing"

	"github.com/govreader/govreader/core/internal/gate"
	"github.com/stretchr/testify/assert"
)

var gateProbes = []string{
	"", "他1962年出生于湖南。", "毕业于清华大学，现任执行董事。", "会议要求各地压实责任。", "Ceo 与 CEO",
	"作品多次被国家博物馆收藏", "男，汉族，1935年出生", "荣获第十届金奖", "这是一段普通的新闻报道。",
	"关于专家组", "一、专家介绍", "个人简介：张三", "简介:", "（三）特邀嘉宾简介",
}

// gatedPattern is a gated pattern of the rule tables beside the whole
// pattern compiled as it is, which the gate must agree with.
type gatedPattern struct {
	gated gate.Regexp
	whole *regexp.Regexp
}

func gatedPatterns() []gatedPattern {
	var out []gatedPattern
	for _, g := range append(append([]gate.Regexp{}, bioPatterns...), bioHeader) {
		out = append(out, gatedPattern{g, regexp.MustCompile(g.String())})
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

// gateSetAgrees checks countMatches against MatchString pattern by pattern.
func gateSetAgrees(t *testing.T, s string) {
	for _, limit := range []int{1, maxFamilies, len(bioPatterns)} {
		want := 0
		for _, g := range bioPatterns {
			if g.MatchString(s) {
				want++
			}
		}
		assert.Equal(t, min(want, limit), bioFamilies.CountMatches(s, limit), "limit %d on %q", limit, s)
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
