package core

import (
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
	} {
		assert.Equal(t, tc.want, requiredLiterals(tc.expr), tc.expr)
	}
}

var gateProbes = []string{
	"", "他1962年出生于湖南。", "毕业于清华大学，现任执行董事。", "会议要求各地压实责任。", "Ceo 与 CEO",
	"作品多次被国家博物馆收藏", "男，汉族，1935年出生", "荣获第十届金奖", "这是一段普通的新闻报道。",
}

// TestGatesAgreeWithPatterns: a gate may only skip what cannot match.
func TestGatesAgreeWithPatterns(t *testing.T) {
	for _, g := range bioPatterns {
		for _, s := range gateProbes {
			assert.Equal(t, g.re.MatchString(s), g.MatchString(s), "%s on %q", g.re, s)
		}
	}
}

func FuzzGatesAgreeWithPatterns(f *testing.F) {
	for _, s := range gateProbes {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, g := range bioPatterns {
			if g.re.MatchString(s) != g.MatchString(s) {
				t.Fatalf("gate disagrees with %s on %q", g.re, s)
			}
		}
	})
}
