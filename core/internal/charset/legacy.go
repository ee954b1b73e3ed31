package charset

// The legacy Chinese charsets and Windows-1252, decoded here rather than
// by golang.org/x/text's encodings: linking those brings their encoders
// (unused: a reader only decodes) and, through the charmap package's
// init, every single-byte code page, 0.2 MB of the gzipped WebAssembly
// module. The decoding follows x/text's decoders step for step (the
// WHATWG Encoding Standard's GB18030 and Big5 decoders); the tables are
// generated from x/text by gentables, and legacy_test.go holds every
// one-, two- and four-byte sequence and random streams to x/text's output.

import (
	_ "embed"
	"encoding/binary"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:generate go run ./gentables

var (
	//go:embed tables/gbk.tbl
	gbkDeltas string
	//go:embed tables/big5.tbl
	big5Deltas string
)

// The two-byte tables are built on first use, not at start-up: the
// extension hands core text the browser has decoded already, so most
// instances never need them. Once built they are only read.
var (
	gbkTable  = sync.OnceValue(func() []rune { return undelta(gbkDeltas, gbkLeads*gbkTrails) })
	big5Table = sync.OnceValue(func() []rune { return undelta(big5Deltas, big5Leads*big5Trails) })
)

// undelta reads n runes written by gentables as zigzag varints of the
// difference from the previous one. A truncated table leaves zeros,
// which decode as U+FFFD (legacy_test.go checks the tables are whole).
func undelta(s string, n int) []rune {
	t := make([]rune, n)
	b := []byte(s)
	prev := int64(0)
	for i := range t {
		d, k := binary.Varint(b)
		if k <= 0 {
			break
		}
		b = b[k:]
		prev += d
		t[i] = rune(prev)
	}
	return t
}

// decodeGB18030 decodes GB18030, which GB2312 and GBK pages are read as.
func decodeGB18030(raw []byte) string {
	table := gbkTable()
	var b strings.Builder
	b.Grow(len(raw) + len(raw)/2)
	for i := 0; i < len(raw); {
		c0 := raw[i]
		if c0 < utf8.RuneSelf {
			b.WriteByte(c0)
			i++
			continue
		}
		r, size := gb18030Rune(raw[i:], table)
		b.WriteRune(r)
		i += size
	}
	return b.String()
}

// gb18030Rune decodes the sequence at the start of s, whose first byte
// is not ASCII, and returns the rune and the bytes it took. A broken
// sequence gives U+FFFD and takes one byte, or two when the second byte
// could only be a trail byte, as x/text's decoder does.
func gb18030Rune(s []byte, table []rune) (rune, int) {
	c0 := s[0]
	switch {
	case c0 == 0x80:
		// Code page 936's euro sign, which the WHATWG decoder keeps.
		return '€', 1
	case c0 == 0xFF || len(s) < 2:
		return utf8.RuneError, 1
	}
	c1 := s[1]
	switch {
	case 0x40 <= c1 && c1 < 0x7F:
		c1 -= 0x40
	case 0x80 <= c1 && c1 < 0xFF:
		c1 -= 0x41
	case 0x30 <= c1 && c1 < 0x40:
		return gb18030Four(s)
	default:
		return utf8.RuneError, 1
	}
	if r := table[int(c0-0x81)*gbkTrails+int(c1)]; r != 0 {
		return r, 2
	}
	return utf8.RuneError, 2
}

// gb18030Four decodes a four-byte sequence (its second byte a digit).
func gb18030Four(s []byte) (rune, int) {
	if len(s) < 4 {
		return utf8.RuneError, 1
	}
	c0, c1, c2, c3 := s[0], s[1], s[2], s[3]
	if c2 < 0x81 || c2 == 0xFF || c3 < 0x30 || c3 > 0x39 {
		return utf8.RuneError, 1
	}
	p := ((rune(c0-0x81)*10+rune(c1-0x30))*126+rune(c2-0x81))*10 + rune(c3-0x30)
	if p < gb18030Pointers {
		// The last range that starts at or before p.
		i, j := 0, len(gb18030Ranges)
		for i < j {
			h := i + (j-i)/2
			if p >= rune(gb18030Ranges[h][0]) {
				i = h + 1
			} else {
				j = h
			}
		}
		rg := gb18030Ranges[i-1]
		return p + rune(rg[1]) - rune(rg[0]), 4
	}
	p -= 189000
	if 0 <= p && p < 0x100000 {
		return p + 0x10000, 4
	}
	return utf8.RuneError, 1
}

// big5Pairs are the Big5 codes that decode to two runes (a letter and a
// combining mark), by table index.
var big5Pairs = map[int]string{1133: "\u00CA\u0304", 1135: "\u00CA\u030C", 1164: "\u00EA\u0304", 1166: "\u00EA\u030C"}

// decodeBig5 decodes Big5 with the HKSCS extensions, as WHATWG does.
func decodeBig5(raw []byte) string {
	table := big5Table()
	var b strings.Builder
	b.Grow(len(raw) + len(raw)/2)
	for i := 0; i < len(raw); {
		c0 := raw[i]
		switch {
		case c0 < utf8.RuneSelf:
			b.WriteByte(c0)
			i++
			continue
		case c0 == 0x80 || c0 == 0xFF || i+1 >= len(raw):
			b.WriteRune(utf8.RuneError)
			i++
			continue
		}
		c1 := raw[i+1]
		switch {
		case 0x40 <= c1 && c1 < 0x7F:
			c1 -= 0x40
		case 0xA1 <= c1 && c1 < 0xFF:
			c1 -= 0x62
		case c1 < 0x40:
			// An ASCII byte is never a trail byte: it is read again.
			b.WriteRune(utf8.RuneError)
			i++
			continue
		default:
			b.WriteRune(utf8.RuneError)
			i += 2
			continue
		}
		k := int(c0-0x81)*big5Trails + int(c1)
		switch r := table[k]; {
		case r != 0:
			b.WriteRune(r)
		case big5Pairs[k] != "":
			b.WriteString(big5Pairs[k])
		default:
			b.WriteRune(utf8.RuneError)
		}
		i += 2
	}
	return b.String()
}

// decodeWindows1252 decodes Windows-1252, which Latin-1 and ASCII pages
// are read as.
func decodeWindows1252(raw []byte) string {
	var b strings.Builder
	b.Grow(len(raw) + len(raw)/4)
	for _, c := range raw {
		if c < utf8.RuneSelf {
			b.WriteByte(c)
		} else {
			b.WriteRune(windows1252High[c-0x80])
		}
	}
	return b.String()
}
