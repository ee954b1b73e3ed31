package core

// The spam lexicon: text folded as a reader sees it (NFKC, lower case,
// traditional forms, look-alike letters, strewn symbols and invisible
// characters undone) and scored against the families of spam words in
// rules_spam.go. No stage of its own: the spam stage, the title and the
// metadata readers and the extension's headline check (hint.go) ask it.

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/govreader/govreader/core/internal/cjk"
)

// advertWords is the lexicon score that names a trade: two weak words
// (网贷+下款, 代考+包过) or one strong one.
const advertWords = 2

// spamScore counts lexicon hits: strong words weigh 2, weak words 1. The
// text is folded first (foldSpam), so that full-width letters, zero-width
// joiners, spaces between characters and traditional forms do not hide a
// word.
func spamScore(text string) (score int, strong int) {
	return spamScoreNFKC(cjk.NFKC(text))
}

// spamScoreNFKC is spamScore of text already in NFKC.
func spamScoreNFKC(text string) (score int, strong int) {
	var buf [lexiconWords / 64]uint64 // the lexicon's words, without an allocation
	t := spamTally{seen: buf[:0]}
	t.add(text)
	return t.score, t.strong
}

// tradeOf names the trade (spamFamilies) whose words weigh most in text,
// strong words twice; "" when none has a word there. It runs once per
// report, to name what a spam block sells.
func tradeOf(text string) string {
	var buf [lexiconWords / 64]uint64
	t := spamTally{seen: buf[:0]}
	t.add(cjk.NFKC(text))
	var weights [16]int
	for id := range min(len(wordFamily), len(t.seen)*64) {
		if t.seen.has(id) {
			f := wordFamily[id]
			weights[f.family] += 1 + int(f.strong)
		}
	}
	best := -1
	for i, w := range weights[:len(spamFamilies)] {
		if w > 0 && (best < 0 || w > weights[best]) {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return spamFamilies[best].name
}

// wordFamily gives each lexicon word id its family, in the order
// newLexicon numbers them: the strong words of every family, then the weak.
var wordFamily = func() []struct{ family, strong uint8 } {
	var out []struct{ family, strong uint8 }
	for i, f := range spamFamilies {
		for range f.strong {
			out = append(out, struct{ family, strong uint8 }{uint8(i), 1})
		}
	}
	for i, f := range spamFamilies {
		for range f.weak {
			out = append(out, struct{ family, strong uint8 }{uint8(i), 0})
		}
	}
	return out
}()

// lexiconWords bounds the lexicon's size for spamScoreNFKC's stack
// buffer; TestLexiconFitsBuffer keeps the tables under it.
const lexiconWords = 512

// spamTally scores a text given in pieces, such as the windows of a long
// page: lexicon words count once however many pieces hold them, Latin
// words once per piece that holds them.
type spamTally struct {
	seen          wordIDs
	score, strong int
}

// wordIDs is a bit set of lexicon word ids.
type wordIDs []uint64

func (s wordIDs) has(id int) bool { return s[id>>6]&(1<<(id&63)) != 0 }
func (s wordIDs) add(id int)      { s[id>>6] |= 1 << (id & 63) }

// add scores one more piece, in NFKC.
func (t *spamTally) add(text string) {
	t.addFolded(foldSpamNFKC(text))
}

// addFolded is add of a piece already folded by foldSpamNFKC.
func (t *spamTally) addFolded(folded, compact string) {
	if words := (spamLexicon.size + 63) / 64; len(t.seen) < words {
		// Not slices.Grow: its result, stored back through t, would move a
		// caller's stack buffer (spamScoreNFKC's) to the heap on every call.
		if cap(t.seen) >= words {
			t.seen = t.seen[:words]
		} else {
			grown := make(wordIDs, words)
			copy(grown, t.seen)
			t.seen = grown
		}
	}
	score, strong := spamLexicon.score(t.seen, folded, compact)
	latinWords(folded, func(w string) {
		switch {
		case spamLatinStrong[w] || isAVCode(w):
			score += 2
			strong++
		case spamLatinWeak[w]:
			score++
		}
	})
	t.score += score
	t.strong += strong
}

// lexicon indexes the spam word lists by first rune, so that scoring a
// text is one pass over it rather than one pass per word. It is built
// once from the tables and only read afterwards.
type lexicon struct {
	byRune map[rune][]lexWord
	// first and compactFirst hold the first runes of all words and of the
	// compact ones: most runes of a page start no word, and a bit test
	// is far cheaper than the map lookup.
	first, compactFirst *cjk.RuneSet
	size                int
}

type lexWord struct {
	word   string
	strong bool
	// compact: a strong word of three or more runes also counts when it
	// is spaced out or split by punctuation (matched in the compact text).
	compact bool
	id      int
}

var spamLexicon = newLexicon(spamStrong, spamWeak)

func newLexicon(strong, weak []string) *lexicon {
	lx := &lexicon{byRune: map[rune][]lexWord{}, first: new(cjk.RuneSet), compactFirst: new(cjk.RuneSet)}
	add := func(w string, isStrong bool) {
		r, _ := utf8.DecodeRuneInString(w)
		compact := isStrong && utf8.RuneCountInString(w) >= 3
		lx.byRune[r] = append(lx.byRune[r], lexWord{word: w, strong: isStrong, compact: compact, id: lx.size})
		lx.first.Add(r)
		if compact {
			lx.compactFirst.Add(r)
		}
		lx.size++
	}
	for _, w := range strong {
		add(w, true)
	}
	for _, w := range weak {
		add(w, false)
	}
	return lx
}

// score counts each distinct word once: strong words weigh 2, weak 1.
// seen marks the words already counted, by id; it holds lx.size bits.
func (lx *lexicon) score(seen wordIDs, t, compact string) (score, strong int) {
	scan := func(s string, compactOnly bool) {
		starts := lx.first
		if compactOnly {
			starts = lx.compactFirst
		}
		for i := 0; i < len(s); {
			// A range loop, but for Han characters taken from their bytes.
			r, size := cjk.HanAt(s, i), 3
			if r < 0 {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			at := i
			i += size
			if !starts.Has(r) {
				continue
			}
			for _, w := range lx.byRune[r] {
				if seen.has(w.id) || (compactOnly && !w.compact) || !strings.HasPrefix(s[at:], w.word) {
					continue
				}
				seen.add(w.id)
				if w.strong {
					score += 2
					strong++
				} else {
					score++
				}
			}
		}
	}
	scan(t, false)
	scan(compact, true)
	return score, strong
}

// spamWordShare is the share of a text's letters that strong spam words
// make up. A crackdown report names 色情 once in a long sentence; an
// advert is mostly its brand words.
//
// Words inside quotation marks do not count: a fraud warning quotes the
// fraud's slogans (凡是“不看征信、当天下款”的都是诈骗), an advert says
// them.
func spamWordShare(text string) float64 {
	_, compact := foldSpam(text)
	total := utf8.RuneCountInString(compact)
	if total == 0 {
		return 0
	}
	if strings.ContainsAny(text, "“「『") {
		_, compact = foldSpam(unquoted(text))
	}
	var words int
	for _, w := range spamStrong {
		if n := strings.Count(compact, w); n > 0 {
			words += n * utf8.RuneCountInString(w)
		}
	}
	return float64(words) / float64(total)
}

// maxQuoteRunes is the longest quotation unquoted drops: a slogan, not a
// paragraph left open by a missing closing mark.
const maxQuoteRunes = 30

// unquoted is text without its short quotations in Chinese quotation
// marks.
func unquoted(text string) string {
	var b strings.Builder
	rest := text
	for {
		i := strings.IndexAny(rest, "“「『")
		if i < 0 {
			break
		}
		open, size := utf8.DecodeRuneInString(rest[i:])
		closing := "”"
		switch open {
		case '「':
			closing = "」"
		case '『':
			closing = "』"
		}
		j := strings.Index(rest[i+size:], closing)
		if j < 0 || utf8.RuneCountInString(rest[i+size:i+size+j]) > maxQuoteRunes {
			b.WriteString(rest[:i+size])
			rest = rest[i+size:]
			continue
		}
		b.WriteString(rest[:i])
		rest = rest[i+size+j+len(closing):]
	}
	b.WriteString(rest)
	return b.String()
}

// isAVCode recognises porn catalogue codes written as av plus digits.
func isAVCode(w string) bool {
	if len(w) < 4 || !strings.HasPrefix(w, "av") {
		return false
	}
	for i := 2; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// foldSpam normalises text for lexicon matching: NFKC (full-width letters,
// circled digits), lower case, traditional forms of spam characters
// folded to simplified, and invisible format characters removed. compact
// also drops everything that is not a letter or a digit, which undoes
// 百*家*乐 and 百 家 乐; only longer words are matched against it, because
// joining across punctuation makes accidental two-character words.
func foldSpam(text string) (folded, compact string) {
	return foldSpamNFKC(cjk.NFKC(text))
}

// foldSpamNFKC is foldSpam of text already in NFKC.
func foldSpamNFKC(t string) (folded, compact string) {
	var b spamFoldBuf // this call's own, never written again
	return b.fold(t)
}

// appendSpamFold appends foldSpamNFKC of t to f and c.
func appendSpamFold(f, c []byte, t string) ([]byte, []byte) {
	for i := 0; i < len(t); {
		// Han characters are most of the text: letters, never format
		// characters, without case; only the fold table concerns them,
		// and a run of them without a fold is copied to both at once.
		j := i
		for j < len(t) {
			if r := cjk.HanAt(t, j); r < 0 || !cjk.IsIdeograph(r) || spamFolds.Has(r) {
				break
			}
			j += 3
		}
		if j > i {
			f = append(f, t[i:j]...)
			c = append(c, t[i:j]...)
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		i += size
		writeFolded(&f, &c, r)
	}
	return f, c
}

// spamFoldBuf folds text for a run of spamTally.addFolded calls, such as
// a page's windows, in buffers it reuses: the strings it returns hold
// until its next call.
type spamFoldBuf struct{ f, c []byte }

func (b *spamFoldBuf) fold(t string) (folded, compact string) {
	if foldsToItself(t) {
		return t, t // a link's 链接12 or a bare keyword: nothing to copy
	}
	// Room for a little more than this window: the next is about as long.
	if n := len(t) + len(t)/16; cap(b.f) < len(t) || cap(b.c) < len(t) {
		b.f, b.c = make([]byte, 0, n), make([]byte, 0, n)
	}
	b.f, b.c = appendSpamFold(b.f[:0], b.c[:0], t)
	return unsafe.String(unsafe.SliceData(b.f), len(b.f)), unsafe.String(unsafe.SliceData(b.c), len(b.c))
}

// foldsToItself reports text that foldSpamNFKC leaves as it is in both
// its outputs: ideographs and lower-case ASCII letters and digits, none
// of them in the fold table. Those are letters or digits (kept in the
// compact text), have no case and are no format characters.
func foldsToItself(t string) bool {
	for _, r := range t {
		if spamFolds.Has(r) || !(cjk.IsIdeograph(r) || r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// writeFolded is foldSpam of one rune, written to the folded and compact
// texts.
func writeFolded(folded, compact *[]byte, r rune) {
	if r < utf8.RuneSelf {
		// ASCII, most of what is not Han in a page (digits, spaces,
		// punctuation once NFKC has narrowed the wide forms): no format,
		// symbol or enclosing mark among it, nor a look-alike in the fold
		// table (TestWriteFoldedFastPaths), so the lookups below would only
		// lower its case.
		c := byte(r)
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		*folded = append(*folded, c)
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			*compact = append(*compact, c)
		}
		return
	}
	if unicode.Is(unicode.Cf, r) || r == '\u034f' || r == '\u180e' {
		return // zero-width joiners, soft hyphens, BOMs
	}
	if d, ok := drawnAs(r); ok {
		// A digit or a letter drawn in a circle or a flag's box is read
		// as one: ❶❸❼ is 137, 🇾🇲 is ym. NFKC leaves them.
		for i := 0; i < len(d); i++ {
			*folded = append(*folded, d[i])
			*compact = append(*compact, d[i])
		}
		return
	}
	if unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r) && r > 0x2000 || r >= 0xfe00 && r <= 0xfe0f || unicode.Is(unicode.Me, r) {
		return // emoji, pictographs and keycaps strewn through a word or a number: 约🔞炮, 1️⃣3️⃣9️⃣
	}
	// A capital look-alike is folded as drawn (Greek Ν is N, its lower
	// case ν is v), then the rest is lowered and folded.
	if m, ok := foldRune(r); ok {
		r = m
	} else if m, ok := foldRune(unicode.ToLower(r)); ok {
		r = m
	} else {
		r = unicode.ToLower(r)
	}
	*folded = utf8.AppendRune(*folded, r)
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		*compact = utf8.AppendRune(*compact, r)
	}
}

// isDrawn reports the runes drawnAs reads: ❶–➓ and 🇦–🇿.
func isDrawn(r rune) bool {
	return r >= 0x2776 && r <= 0x2793 || r >= 0x1f1e6 && r <= 0x1f1ff
}

// drawnAs reads the dingbat digits (❶–❿, ➀–➉, ➊–➓) and the regional
// indicator letters (🇦–🇿) as the digits and letters they show.
func drawnAs(r rune) (string, bool) {
	if !isDrawn(r) {
		return "", false
	}
	for _, base := range [...]rune{0x2776, 0x2780, 0x278a} {
		if r >= base && r < base+10 {
			return strconv.Itoa(int(r-base) + 1), true
		}
	}
	if r >= 0x1f1e6 && r <= 0x1f1ff {
		return string(rune('a' + r - 0x1f1e6)), true
	}
	return "", false
}

// foldRune is spamFoldRunes[r], the bit set answering most runes
// without the map.
func foldRune(r rune) (rune, bool) {
	if !spamFolds.Has(r) {
		return 0, false
	}
	m, ok := spamFoldRunes[r]
	return m, ok
}

// spamFolds holds the runes spamFoldRunes maps, so that the common case,
// a character with no fold, costs a bit test instead of a map lookup.
var spamFolds = func() *cjk.RuneSet {
	s := new(cjk.RuneSet)
	for r := range spamFoldRunes {
		s.Add(r)
	}
	return s
}()

// spamFoldRunes is spamFoldPairs as a rune map, so that folding is part of
// foldSpam's one pass over the text.
var spamFoldRunes = func() map[rune]rune {
	m := map[rune]rune{}
	for i := 0; i+1 < len(spamFoldPairs); i += 2 {
		from, to := []rune(spamFoldPairs[i]), []rune(spamFoldPairs[i+1])
		if len(from) == 1 && len(to) == 1 { // TestSpamFoldPairs keeps it so
			m[from[0]] = to[0]
		}
	}
	return m
}()

// proseSpamShare is the share of a text's letters that strong spam words
// make up from which prose is an advert (澳门葡京欢迎您！注册送彩金！)
// rather than a report that names a trade.
const proseSpamShare = 0.3
