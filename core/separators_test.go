package core

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSepRegexpMatchesPattern: the mark-driven search finds the matches
// and gives the splits the regexp gives, on titles and on random strings
// of separators, white space, letters and invalid bytes.
func TestSepRegexpMatchesPattern(t *testing.T) {
	texts := []string{
		"", " ", "-", "--", "---", " - ", "a - b", "a -b", "a- b", "2024-2025学年", "COVID-19",
		"关于开展工作的通知_某某区人民政府", "站点 -- 栏目 — 标题", "标题——栏目", "a｜b | c _ d",
		"关键词，关键词、关键词;关键词；a/b", " \t-\n ", "a \v- b", "标题\xff-\xe4\xb8 - 站点",
	}
	alphabet := []string{" ", "\t", "\n", "\v", "-", "—", "_", "|", "｜", ",", "，", "、", ";", "；", "/", "a", "标", "\xff", "\xe4\xb8"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		var s string
		for range rng.IntN(12) {
			s += alphabet[rng.IntN(len(alphabet))]
		}
		texts = append(texts, s)
	}
	for _, sep := range []sepRegexp{headSeparator, titleSplit} {
		for _, s := range texts {
			want := sep.re.FindAllStringIndex(s, -1)
			got := sep.findAll(s)
			if len(want) == 0 {
				require.Empty(t, got, "%s on %q", sep.re, s)
			} else {
				require.Equal(t, want, got, "%s on %q", sep.re, s)
			}
			assert.Equal(t, sep.re.Split(s, -1), sep.split(s), "%s on %q", sep.re, s)
		}
	}
}
