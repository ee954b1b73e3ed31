package core

// Decode stage: raw page bytes in, UTF-8 text and the charset's name out.
//
// Order of evidence, strongest first: a byte-order mark, a caller override,
// then the bytes themselves when they are unmistakably UTF-8, then the
// page's <meta charset>/http-equiv declaration, then GB18030 for undeclared
// pages that are not UTF-8. Portal copies are often re-saved as UTF-8 while
// keeping their old gb2312 declaration, so valid multi-byte UTF-8 beats the
// declaration; a browser would show those pages as mojibake, a reader should
// not.

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// decode returns the page as UTF-8 and the name of the encoding used.
func decode(raw []byte, override string) (string, string, error) {
	if enc, name, ok := bomEncoding(raw); ok {
		s, err := decodeWith(enc, raw)
		return s, name, err
	}
	if override != "" {
		enc, err := htmlindex.Get(override)
		if err != nil {
			return "", "", fmt.Errorf("decode: unknown charset %q: %w", override, err)
		}
		enc = widenChinese(enc, &override)
		s, err := decodeWith(enc, raw)
		return s, strings.ToLower(override), err
	}
	if looksUTF8(raw) {
		return strings.ToValidUTF8(string(raw), "\uFFFD"), "utf-8", nil
	}
	enc, name, certain := charset.DetermineEncoding(headForSniff(raw), "text/html")
	if !certain || name == "windows-1252" || name == "utf-8" {
		// Undeclared, or declared UTF-8 but not valid UTF-8: Chinese pages
		// in that state are GBK in practice.
		enc, name = simplifiedchinese.GB18030, "gb18030"
	}
	enc = widenChinese(enc, &name)
	s, err := decodeWith(enc, raw)
	return s, name, err
}

// widenChinese replaces GB2312 and GBK by their superset GB18030, which
// decodes every page either would and the characters they miss.
func widenChinese(enc encoding.Encoding, name *string) encoding.Encoding {
	switch strings.ToLower(*name) {
	case "gb2312", "gbk", "gb18030", "x-gbk", "euc-cn", "csgb2312", "chinese":
		*name = "gb18030"
		return simplifiedchinese.GB18030
	}
	return enc
}

func bomEncoding(raw []byte) (encoding.Encoding, string, bool) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		return unicode.UTF8BOM, "utf-8", true
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le", true
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be", true
	}
	if enc, name, ok := bomlessUTF16(raw); ok {
		return enc, name, true
	}
	return nil, "", false
}

// bomlessUTF16 recognises UTF-16 without a BOM by the zero bytes that ASCII
// markup leaves in every other position.
func bomlessUTF16(raw []byte) (encoding.Encoding, string, bool) {
	n := len(raw)
	if n > 512 {
		n = 512
	}
	if n < 8 {
		return nil, "", false
	}
	var evenZero, oddZero int
	for i := 0; i+1 < n; i += 2 {
		if raw[i] == 0 {
			evenZero++
		}
		if raw[i+1] == 0 {
			oddZero++
		}
	}
	pairs := n / 2
	switch {
	// Markup is ASCII, so one byte of most pairs is zero; Han text is not,
	// so a third of the pairs suffices, while the other side stays clean.
	case oddZero*10 >= pairs*3 && evenZero*20 <= pairs:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le", true
	case evenZero*10 >= pairs*3 && oddZero*20 <= pairs:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be", true
	}
	return nil, "", false
}

// looksUTF8 reports whether the bytes are UTF-8 with real multi-byte text,
// tolerating a few broken sequences (a truncated save, one bad byte).
func looksUTF8(raw []byte) bool {
	var multi, bad int
	for i := 0; i < len(raw); {
		c := raw[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && size <= 1 {
			bad++
			i++
			continue
		}
		multi++
		i += size
	}
	if multi == 0 {
		// Pure ASCII (or nothing but broken bytes): UTF-8 only when clean.
		return bad == 0
	}
	return bad*50 <= multi
}

// headForSniff limits the prescan to the head of the page, as browsers do.
func headForSniff(raw []byte) []byte {
	if len(raw) > 4096 {
		return raw[:4096]
	}
	return raw
}

func decodeWith(enc encoding.Encoding, raw []byte) (string, error) {
	out, _, err := transform.Bytes(enc.NewDecoder(), raw)
	if err != nil {
		return "", fmt.Errorf("decode: %w", err)
	}
	return strings.ToValidUTF8(string(out), "\uFFFD"), nil
}
