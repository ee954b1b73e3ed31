package cjk

import "unicode"

// HanAt returns the rune at s[i] when its lead byte is E4–E9, and -1
// otherwise. Those runes (U+4000 to U+9FFF) are Han characters but for
// 64 hexagram symbols, none of them white space, and valid UTF-8 with any
// two continuation bytes: hot loops over Chinese text take them from their
// bytes, inlined, and call the decoder only for the rest.
func HanAt(s string, i int) rune {
	if c := s[i]; c >= 0xE4 && c <= 0xE9 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
	}
	return -1
}

// IsHan reports a Han character (the script, so 〇 and compatibility
// ideographs count too).
func IsHan(r rune) bool {
	if r < 0x2e80 {
		return false
	}
	return r >= 0x4e00 && r <= 0x9fff || unicode.Is(unicode.Han, r)
}

// IsIdeograph reports the CJK unified ideographs of the BMP, all of them
// assigned letters (Han radicals and 〇 are not letters), never format
// characters, without case.
func IsIdeograph(r rune) bool {
	return r >= 0x4e00 && r <= 0x9fff || r >= 0x3400 && r <= 0x4dbf
}

// RuneSet is a bit set of the Basic Multilingual Plane; runes above it
// are all members, so that a lookup can only err towards the map.
type RuneSet [0x10000 / 64]uint64

// Has reports whether r is in the set.
func (s *RuneSet) Has(r rune) bool {
	return r > 0xffff || s[r>>6]&(1<<(r&63)) != 0
}

// Add puts r in the set; runes above the BMP are members already.
func (s *RuneSet) Add(r rune) {
	if r >= 0 && r <= 0xffff {
		s[r>>6] |= 1 << (r & 63)
	}
}
