package cjk

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

// TestNFKCFastRunes holds the fast path's tables to norm's: every rune
// they copy or map must come out of NFKC that way, and must be a starter
// that nothing before it composes with.
func TestNFKCFastRunes(t *testing.T) {
	for r := rune(0); r <= 0xffff; r++ {
		m, mapped := NFKCFastMap(r)
		stable := NFKCStable(r)
		if !mapped && !stable {
			continue
		}
		want := string(r)
		if mapped {
			want = string(rune(m))
		}
		assert.Equal(t, want, norm.NFKC.String(string(r)), "U+%04X", r)
		p := norm.NFKC.PropertiesString(string(r))
		assert.True(t, p.BoundaryBefore(), "U+%04X combines with the rune before it", r)
	}
}

var nfkcCases = []string{
	"", "纯汉字文本", "　　为深入贯彻落实党中央、国务院决策部署，现将有关事项通知如下。", "ＡＢＣ１２３",
	"Ａ\u0301", "e\u0301", "①②③", "ﬁ ligature", "㊣ 官网", "\xff\xfe 坏字节", "全角：（一）", "…“引号”", "\u1100\u1161\u11a8",
	"가\u11a8", "a\u0308\u0301", "㍿", "\u0301开头", "漢\u0301",
}

func TestNFKCMatchesNorm(t *testing.T) {
	for _, s := range nfkcCases {
		assert.Equal(t, norm.NFKC.String(s), NFKC(s), "%q", s)
	}
}

func FuzzNFKC(f *testing.F) {
	for _, s := range nfkcCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := NFKC(s), norm.NFKC.String(s); got != want {
			t.Fatalf("nfkc(%q) = %q, want %q", s, got, want)
		}
	})
}
