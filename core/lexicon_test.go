package core

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// naiveLexiconScore is the definition the index must keep: every word
// counted once when the folded text contains it, strong words of three or
// more runes also when the compact text does.
func naiveLexiconScore(t, compact string) (score, strong int) {
	for _, w := range spamStrong {
		if strings.Contains(t, w) || (utf8.RuneCountInString(w) >= 3 && strings.Contains(compact, w)) {
			score += 2
			strong++
		}
	}
	for _, w := range spamWeak {
		if strings.Contains(t, w) {
			score++
		}
	}
	return score, strong
}

func TestLexiconMatchesNaiveScore(t *testing.T) {
	for _, text := range []string{
		"",
		"市政府召开常务会议，研究部署安全生产工作。",
		"澳门葡京娱乐城,免费看黄网站大全,时时彩稳赚技巧,欧美激情一区二区",
		"澳 门 葡 京 娱 乐 城 在 线",
		"打击网络赌博和色情违法犯罪活动，净化网络环境。",
		"北京赛车pk10计划 真人百家乐官网 网上赌博平台 老虎机游戏平台",
		"百家乐百家乐百家乐 平台平台",
		"ＡＶ在线 成人视频 福利 高清 下载",
	} {
		folded, compact := foldSpam(text)
		s1, st1 := spamLexicon.score(make(wordIDs, (spamLexicon.size+63)/64), folded, compact)
		s2, st2 := naiveLexiconScore(folded, compact)
		assert.Equal(t, s2, s1, text)
		assert.Equal(t, st2, st1, text)
	}
}

func FuzzLexiconMatchesNaiveScore(f *testing.F) {
	f.Add("澳门葡京娱乐城,免费看黄网站大全")
	f.Add("市政府召开常务会议")
	f.Fuzz(func(t *testing.T, text string) {
		folded, compact := foldSpam(text)
		s1, st1 := spamLexicon.score(make(wordIDs, (spamLexicon.size+63)/64), folded, compact)
		s2, st2 := naiveLexiconScore(folded, compact)
		if s1 != s2 || st1 != st2 {
			t.Fatalf("index %d/%d, naive %d/%d for %q", s1, st1, s2, st2, text)
		}
	})
}

func TestFoldSpamHanFastPath(t *testing.T) {
	// Every folded rune goes through the bit set, and runes beyond the
	// BMP are left as they are.
	for from, to := range spamFoldRunes {
		folded, _ := foldSpamNFKC(string(from))
		assert.Equal(t, string(to), folded, "%q", from)
	}
	folded, compact := foldSpamNFKC("𠀀文\u200b字")
	assert.Equal(t, "𠀀文字", folded)
	assert.Equal(t, "𠀀文字", compact)
}

func TestSpamFoldPairs(t *testing.T) {
	require.Zero(t, len(spamFoldPairs)%2, "pairs")
	for i := 0; i < len(spamFoldPairs); i += 2 {
		assert.Equal(t, 1, utf8.RuneCountInString(spamFoldPairs[i]), spamFoldPairs[i])
		assert.Equal(t, 1, utf8.RuneCountInString(spamFoldPairs[i+1]), spamFoldPairs[i+1])
	}
	folded, compact := foldSpam("澳門葡京 娛樂\u200d城 ＢＥＴ365")
	assert.Equal(t, "澳门葡京 娱乐城 bet365", folded)
	assert.Equal(t, "澳门葡京娱乐城bet365", compact)
}

// foldSpamPlain is foldSpamNFKC rune by rune, without the run copying:
// the definition the fast path must keep.
func foldSpamPlain(t string) (string, string) {
	var f, c []byte
	for _, r := range t {
		writeFolded(&f, &c, r)
	}
	return string(f), string(c)
}

func FuzzFoldSpam(f *testing.F) {
	for _, s := range []string{"澳門葡京娛樂", "百 家 乐", "ＡＢＣ官网", "\xff漢字\u200b", "𠀀文字", "Bet365 娱乐", "㐀㑖䷀乾\xe4\xb8"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		f1, c1 := foldSpamNFKC(s)
		f2, c2 := foldSpamPlain(s)
		if f1 != f2 || c1 != c2 {
			t.Fatalf("foldSpamNFKC(%q) = %q, %q; want %q, %q", s, f1, c1, f2, c2)
		}
	})
}

func TestLexiconFitsBuffer(t *testing.T) {
	assert.LessOrEqual(t, spamLexicon.size, lexiconWords, "raise lexiconWords")
	seen := map[string]string{}
	for _, f := range spamFamilies {
		for _, w := range append(append([]string{}, f.strong...), f.weak...) {
			assert.Equal(t, w, strings.ToLower(w), "words are folded: lower case")
			folded, _ := foldSpam(w)
			assert.Equal(t, w, folded, "words are folded: %q", w)
			if other, dup := seen[w]; dup {
				t.Errorf("%q is in %s and %s", w, other, f.name)
			}
			seen[w] = f.name
		}
	}
}
