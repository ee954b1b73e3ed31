// Package charset is the decode stage: raw page bytes in, UTF-8 text and
// the charset's name out.
package charset

// How a page's charset is decided.
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
	"unsafe"

	"regexp"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Decode returns the page as UTF-8 and the name of the encoding used.
// override, when not empty, is a charset label that wins over the
// declaration and the sniffing (a byte-order mark still wins over it).
// The text may share raw's bytes: the caller must not change raw while
// it uses the text.
func Decode(raw []byte, override string) (string, string, error) {
	if dec, name, ok := bomEncoding(raw); ok {
		s, err := dec(raw)
		return s, name, err
	}
	if override != "" {
		dec, name, ok := encodingByLabel(override)
		if !ok {
			return "", "", fmt.Errorf("decode: unknown charset %q", override)
		}
		s, err := dec(raw)
		return s, name, err
	}
	if utf8.Valid(raw) {
		return sharedText(raw), "utf-8", nil
	}
	if looksUTF8(raw) {
		return strings.ToValidUTF8(string(raw), "\uFFFD"), "utf-8", nil
	}
	dec, name, ok := encodingByLabel(declaredCharset(headForSniff(raw)))
	if !ok || name == "utf-8" || name == "utf-16le" || name == "utf-16be" {
		// Undeclared, or declared as something these bytes are not:
		// Chinese pages in that state are GBK in practice.
		dec, name = infallible(decodeGB18030), "gb18030"
	}
	s, err := dec(raw)
	return s, name, err
}

// A decoder turns the bytes of one charset into UTF-8 text.
type decoder func(raw []byte) (string, error)

// infallible is a decoder that cannot fail: one of legacy.go's.
func infallible(f func([]byte) string) decoder {
	return func(raw []byte) (string, error) { return f(raw), nil }
}

// via is a decoder that runs an x/text encoding's decoder (UTF-8 and
// UTF-16, whose package is small).
func via(enc encoding.Encoding) decoder {
	return func(raw []byte) (string, error) { return decodeWith(enc, raw) }
}

// metaCharset finds the declaration in <meta charset> and in
// <meta http-equiv="Content-Type" content="…; charset=…">.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([-_.:a-z0-9]+)`)

func declaredCharset(head []byte) string {
	if m := metaCharset.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	return ""
}

// encodingByLabel maps a charset label to the encodings a Chinese reader
// meets. The full WHATWG table (x/net/html/charset) links every legacy
// encoding into the wasm for pages that never come; GB2312 and GBK are
// read as their superset GB18030.
func encodingByLabel(label string) (decoder, string, bool) {
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8":
		return via(encoding.Nop), "utf-8", true
	case "gb2312", "gbk", "gb18030", "x-gbk", "euc-cn", "csgb2312", "chinese", "iso-ir-58", "cp936", "windows-936", "ms936":
		return infallible(decodeGB18030), "gb18030", true
	case "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5":
		return infallible(decodeBig5), "big5", true
	case "utf-16", "utf-16le":
		return via(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)), "utf-16le", true
	case "utf-16be":
		return via(unicode.UTF16(unicode.BigEndian, unicode.UseBOM)), "utf-16be", true
	case "iso-8859-1", "latin1", "l1", "windows-1252", "cp1252", "us-ascii", "ascii", "iso8859-1", "iso_8859-1":
		return infallible(decodeWindows1252), "windows-1252", true
	}
	return nil, "", false
}

func bomEncoding(raw []byte) (decoder, string, bool) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		return via(unicode.UTF8BOM), "utf-8", true
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		return via(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)), "utf-16le", true
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return via(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)), "utf-16be", true
	}
	if enc, name, ok := bomlessUTF16(raw); ok {
		return via(enc), name, true
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

// sharedText is valid UTF-8 input as text without a copy: the text
// shares raw's bytes. It lives for one Extract call, during which the
// caller must not change raw anyway, and nothing outlives the call with a
// piece of it, since the parser copies whatever it keeps
// (TestArticleOutlivesInput checks). A copy was the input's size again,
// held live for the whole parse.
func sharedText(raw []byte) string {
	return unsafe.String(unsafe.SliceData(raw), len(raw))
}

// headForSniff limits the prescan to the head of the page, as browsers do.
func headForSniff(raw []byte) []byte {
	if len(raw) > 4096 {
		return raw[:4096]
	}
	return raw
}

func decodeWith(enc encoding.Encoding, raw []byte) (string, error) {
	if enc == encoding.Nop && utf8.Valid(raw) {
		// The extension's case: the browser decoded the page already.
		return sharedText(raw), nil
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), raw)
	if err != nil {
		return "", fmt.Errorf("decode: %w", err)
	}
	return strings.ToValidUTF8(string(out), "\uFFFD"), nil
}
