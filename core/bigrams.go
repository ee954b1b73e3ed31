package core

// Comparison keys: text folded by NFKC without white space (normKey),
// and the sets of adjacent Han pairs that tell whether two texts are
// about the same thing (the headline and a block, a block and its hidden
// copy). Spam, locate, injected, echo and visibility compare through them.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/govreader/govreader/core/internal/cjk"
)

// normKey folds text for comparison: NFKC, no white space. Text that is
// already folded comes back as it is, without a copy.
func normKey(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = cjk.NFKC(s)
	if !hasKeySpace(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if !isKeySpace(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// appendNormKey appends normKey(s) to b. The witness of a copy is the key
// of every text node outside the article: text in NFKC's fast runes goes
// in without the two strings normKey would build for it.
func appendNormKey(b []byte, s string) []byte {
	if cjk.StableRun(s, 0) != len(s) {
		return append(b, normKey(s)...)
	}
	for i := 0; i < len(s); i++ {
		// Fast runes are ASCII, Han and Chinese punctuation: of the key
		// spaces only the ASCII ones can occur among them.
		switch c := s[i]; c {
		case ' ', '\t', '\n', '\r', '\f', '\v':
		default:
			b = append(b, c)
		}
	}
	return b
}

func isKeySpace(r rune) bool {
	return isSpace(r) || r == '\u200c' || r == '\u200d' || r == '\u2060'
}

func hasKeySpace(s string) bool {
	for _, r := range s {
		if isKeySpace(r) {
			return true
		}
	}
	return false
}

// keyBigrams returns hanBigrams(dst, normKey(text)) and the number of
// runes of normKey(text) without building the key when it can: when
// every rune of text is one whose NFKC form nfkc knows at a glance.
func keyBigrams(dst []uint64, text string) ([]uint64, int) {
	dst = dst[:0]
	prev := rune(-1)
	n := 0
	for i := 0; i < len(text); {
		r, size := cjk.HanAt(text, i), 3
		if r < 0 {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		if m, ok := cjk.NFKCFastMap(r); ok {
			r = rune(m)
		} else if !cjk.NFKCStable(r) {
			key := normKey(text)
			return hanBigrams(dst, key), utf8.RuneCountInString(key)
		}
		if isKeySpace(r) {
			continue // the key drops it: the runes around it are neighbours
		}
		n++
		dst, prev = addBigram(dst, prev, r)
	}
	slices.Sort(dst)
	return slices.Compact(dst), n
}

// addBigram appends the pair prev-r when both are Han, and returns the
// rune the next pair starts from (-1 when r is not Han).
func addBigram(dst []uint64, prev, r rune) ([]uint64, rune) {
	if !cjk.IsHan(r) {
		return dst, -1
	}
	if prev >= 0 {
		dst = append(dst, uint64(prev)<<32|uint64(r))
	}
	return dst, r
}

// hanBigrams returns the distinct pairs of adjacent Han characters of
// key, sorted, reusing dst. A pair is packed in a uint64 so that the sets
// of a 100,000-paragraph article are slices, not maps of strings.
func hanBigrams(dst []uint64, key string) []uint64 {
	dst = dst[:0]
	prev := rune(-1)
	for _, r := range key {
		dst, prev = addBigram(dst, prev, r)
	}
	slices.Sort(dst)
	return slices.Compact(dst)
}

// packedPairs lists the pairs of adjacent runes of s, each packed in a
// uint64, sorted, repeats kept.
func packedPairs(s string) []uint64 {
	var out []uint64
	prev := rune(-1)
	for _, r := range s {
		if prev >= 0 {
			out = append(out, uint64(prev)<<32|uint64(r))
		}
		prev = r
	}
	slices.Sort(out)
	return out
}

func titleKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// minHeadlineKey is the fewest letters a headline keeps after trimming:
// a tail is never all there is.
const minHeadlineKey = 4
