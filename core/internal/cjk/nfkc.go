package cjk

// NFKC with a fast path. The spam and injected-block stages compare text
// in NFKC, and on a 20 MB page golang.org/x/text/unicode/norm spent most
// of their time looking up runes that NFKC leaves alone: Chinese prose is
// Han characters, ASCII and a handful of punctuation marks. Those are
// copied (or, for full-width ASCII and the ideographic space, mapped)
// here; every other run of runes goes through norm.

import (
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// NFKC returns norm.NFKC.String(s), and s itself when it is already in
// NFKC and made only of fast runes.
func NFKC(s string) string {
	i := StableRun(s, 0)
	if i == len(s) {
		return s
	}
	if !utf8.ValidString(s[i:]) {
		// norm reads a broken sequence together with what follows it, so
		// it cannot be cut into runs; such text takes the slow path.
		return norm.NFKC.String(s)
	}
	out := make([]byte, 0, len(s)+8)
	out = append(out, s[:i]...)
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch m, ok := NFKCFastMap(r); {
		case NFKCStable(r):
			j := StableRun(s, i+size)
			out = append(out, s[i:j]...)
			i = j
			continue
		case ok:
			out = append(out, m)
			i += size
			continue
		}
		// A run of other runes up to the next fast one. Fast runes are
		// starters that never compose with what precedes them, so the
		// run normalises on its own; AppendString composes its start with
		// the end of out where that applies.
		j := i + size
		for j < len(s) {
			r2, size2 := utf8.DecodeRuneInString(s[j:])
			if _, ok := NFKCFastMap(r2); ok || NFKCStable(r2) {
				break
			}
			j += size2
		}
		out = norm.NFKC.AppendString(out, s[i:j])
		i = j
	}
	// out is this call's own and never written again: no second copy of
	// what may be a whole 256 KB window of the page.
	return unsafe.String(unsafe.SliceData(out), len(out))
}

// StableRun returns the end of the run of NFKCStable runes from s[i],
// taking Han characters from their bytes.
func StableRun(s string, i int) int {
	for i < len(s) {
		r, size := HanAt(s, i), 3
		if r < 0 {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if !NFKCStable(r) {
			return i
		}
		i += size
	}
	return i
}

// NFKCStable reports runes that NFKC leaves as they are and that never
// combine with a neighbour: ASCII, the CJK Unified Ideographs and the
// Chinese punctuation marks in prose. TestNFKCFastRunes checks the ranges
// against norm.
func NFKCStable(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return true
	case r >= 0x4e00 && r <= 0x9fff:
		return true
	case r >= 0x3001 && r <= 0x3002, r >= 0x3008 && r <= 0x3011, r >= 0x3014 && r <= 0x301b:
		return true // 、。《》「」『』【】〔〕〖〗〘〙〚〛
	case r == 0x2014, r >= 0x2018 && r <= 0x2019, r >= 0x201c && r <= 0x201d:
		return true // — ‘’ “”
	}
	return false
}

// NFKCFastMap gives the one-byte NFKC form of full-width ASCII and of the
// ideographic space, the compatibility characters Chinese text is full of.
func NFKCFastMap(r rune) (byte, bool) {
	switch {
	case r >= 0xff01 && r <= 0xff5e:
		return byte(r - 0xfee0), true
	case r == 0x3000:
		return ' ', true
	}
	return 0, false
}
