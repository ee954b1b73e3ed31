package gate

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

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

func TestLiteralGates(t *testing.T) {
	g := MustCompile(`客座教授|特聘教授`)
	assert.Equal(t, []string{"客座教授", "特聘教授"}, g.words.list)
	assert.Nil(t, g.rest)
	g = MustCompile(`毕业于|毕业院校|[大学院校]毕业[，,。]|学历[:：]`)
	assert.Equal(t, []string{"毕业于", "毕业院校"}, g.words.list)
	assert.Equal(t, `[大学院校]毕业[，,。]|学历[:：]`, g.rest.String())
	assert.Nil(t, MustCompile(`(?i)ceo|cfo`).words.list, "flags keep the pattern whole")
	assert.Nil(t, MustCompile(`x(?i)y|z`).words.list, "flags reach the alternatives after them")
	assert.Equal(t, []string{"z"}, MustCompile(`(?:x)y|z`).words.list)
	assert.Equal(t, []string{`(?:男|女)[，,]`, "汉族", `a\|b`, `[|]`, `[]|]`}, topAlternatives(`(?:男|女)[，,]|汉族|a\|b|[|]|[]|]`))
	for _, expr := range []string{`会员|常务理事|会长`, `a.b|c`, `出生于|[0-9]{4}年生`, `(?i)ceo`, `x(?i)y|z`} {
		g := MustCompile(expr)
		for _, s := range []string{"他是协会会员", "会议", "常务理事会", "", "axb", "c", "1990年生", "CEO", "Z", "xY"} {
			assert.Equal(t, regexp.MustCompile(expr).MatchString(s), g.MatchString(s), "%s on %q", expr, s)
		}
	}
}

// TestPhrasesReadAsRange: the byte-stepping loops find what a range loop
// over the runes finds, invalid bytes included.
func TestPhrasesReadAsRange(t *testing.T) {
	words := []string{"出生", "文字", "\ufffd", "b", "中b"}
	p := NewPhrases(words)
	set := NewSet([]Regexp{MustCompile("出生|文字"), MustCompile("\ufffd|b"), MustCompile("中b")})
	for _, s := range []string{"", "abc", "出生于1990年", "\xff漢字\u200b", "𠀀文字", "㐀㑖䷀乾\xe4\xb8", "\xe4\xb8", "\xe9\x80", "a\xe4\xb8\xadb\xed\xa0\x80"} {
		in, n := false, 0
		for i, r := range s {
			for _, w := range words {
				if first, _ := utf8.DecodeRuneInString(w); first == r && strings.HasPrefix(s[i:], w) {
					in = true
				}
			}
		}
		for _, g := range set.gates {
			if g.MatchString(s) {
				n++
			}
		}
		assert.Equal(t, in, p.In(s), "%q", s)
		assert.Equal(t, n, set.CountMatches(s, 64), "%q", s)
	}
}
