// Package dates parses the dates Chinese portals print: the many ways
// they write a date in, ISO 8601 in China Standard Time (+08:00) out, at
// the precision shown.
package dates

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Expr matches a date and an optional time: 2024-06-13, 2021/09/06,
// 2024.06.13, 2024年12月07日 08时01分, 2024-06-13T10:17:35Z, and the
// 2024-06-13-10:17:35 of gov.cn's firstpublishedtime. Full-width digits
// are folded before matching.
const Expr = `((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*日)?` +
	`(?:\s*(?:T|\s|-)?\s*(\d{1,2})\s*[:：时時]\s*(\d{1,2})\s*(?:[:：分]\s*(\d{1,2})(?:\.\d+)?\s*秒?|分)?)?` +
	`\s*(Z|[+-]\d{2}:?\d{2}\b)?`

// Re finds Expr. Every date opens with a year, 19xx or 20xx, and
// no literal prefix lets the regexp engine skip to one: it would try the
// pattern at every byte of every text. The year is found by hand, and
// the pattern, anchored, tried there only. The answers are the
// pattern's own (TestDateFinderAgrees fuzzes the two against each other).
var Re = Finder{regexp.MustCompile(`^(?:` + Expr + `)`)}

// Finder is the year-first search behind Re, with the regexp methods
// the stages call.
type Finder struct{ at *regexp.Regexp }

// findAll returns up to n leftmost non-overlapping matches as submatch
// index lists (n < 0: all), like FindAllStringSubmatchIndex.
func (g Finder) findAll(s string, n int) [][]int {
	var out [][]int
	for i := 0; i+4 <= len(s) && (n < 0 || len(out) < n); i++ {
		if !(s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') || !isDigit(s[i+2]) || !isDigit(s[i+3]) {
			continue
		}
		loc := g.at.FindStringSubmatchIndex(s[i:])
		if loc == nil {
			continue
		}
		for k := range loc {
			if loc[k] >= 0 {
				loc[k] += i
			}
		}
		out = append(out, loc)
		i = loc[1] - 1 // the next match starts after this one
	}
	return out
}

func (g Finder) FindAllStringSubmatchIndex(s string, n int) [][]int { return g.findAll(s, n) }

func (g Finder) FindAllStringSubmatch(s string, n int) [][]string {
	var out [][]string
	for _, loc := range g.findAll(s, n) {
		m := make([]string, len(loc)/2)
		for k := range m {
			if loc[2*k] >= 0 {
				m[k] = s[loc[2*k]:loc[2*k+1]]
			}
		}
		out = append(out, m)
	}
	return out
}

func (g Finder) FindStringIndex(s string) []int {
	if all := g.findAll(s, 1); len(all) > 0 {
		return all[0][:2]
	}
	return nil
}

func (g Finder) MatchString(s string) bool { return len(g.findAll(s, 1)) > 0 }

// hanDateRe matches a date in Chinese numerals, as official documents
// print the 成文日期: 二〇二四年六月十三日.
var hanDateRe = regexp.MustCompile(`([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日`)

var cst = time.FixedZone("CST", 8*3600)

// Parse returns the first date in s as ISO 8601 in +08:00, at the
// precision s shows (date, minutes or seconds), or "".
func Parse(s string) string {
	if s == "" {
		return "" // most candidates firstDate is given are absent
	}
	s = FoldDigits(s)
	for _, m := range Re.FindAllStringSubmatch(s, 4) {
		if iso := ISOFromMatch(m); iso != "" {
			return iso
		}
	}
	if m := hanDateRe.FindStringSubmatch(s); m != nil {
		y, mo, d := hanNumber(m[1]), hanNumber(m[2]), hanNumber(m[3])
		return ISOFromMatch([]string{m[0], strconv.Itoa(y), strconv.Itoa(mo), strconv.Itoa(d), "", "", "", ""})
	}
	// Meta tags of other sites: RFC 1123 (Thu, 13 Jun 2024 10:17:00 +0800).
	s = strings.TrimSpace(s)
	if !strings.Contains(s, ", ") {
		return "" // every layout below has one
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC850} {
		if t, err := time.Parse(layout, s); err == nil && t.Year() >= 1949 && t.Year() <= 2100 {
			if t.Location() == time.UTC && !strings.Contains(s, "GMT") && !strings.Contains(s, "UTC") && !strings.HasSuffix(s, "+0000") {
				t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, cst)
			}
			return t.In(cst).Format("2006-01-02T15:04:05-07:00")
		}
	}
	return ""
}

// FoldDigits turns full-width digits and colons into ASCII ones.
func FoldDigits(s string) string {
	if !strings.ContainsAny(s, "０１２３４５６７８９") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return '0' + (r - '０')
		}
		return r
	}, s)
}

// hanNumber reads a year written digit by digit (二〇二四) or a month or
// day written as a number (十二, 二十三).
func hanNumber(s string) int {
	digit := func(r rune) int {
		for i, d := range []rune("〇一二三四五六七八九") {
			if r == d {
				return i
			}
		}
		return -1
	}
	rs := []rune(s)
	if len(rs) == 4 {
		n := 0
		for _, r := range rs {
			d := digit(r)
			if r == '○' || r == '零' {
				d = 0
			}
			if d < 0 {
				return 0
			}
			n = n*10 + d
		}
		return n
	}
	n, cur := 0, 0
	for _, r := range rs {
		if r == '十' {
			if cur == 0 {
				cur = 1
			}
			n += cur * 10
			cur = 0
			continue
		}
		cur = digit(r)
		if cur < 0 {
			return 0
		}
	}
	return n + cur
}

// ISOFromMatch formats a submatch list of Expr (Re.FindAllStringSubmatch)
// as Parse does, or gives "" for a date that does not exist.
func ISOFromMatch(m []string) string {
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	if mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1949 || y > 2100 {
		return ""
	}
	if time.Date(y, time.Month(mo), d, 0, 0, 0, 0, cst).Day() != d {
		return "" // 2月30日
	}
	if m[4] == "" {
		return fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
	}
	h, _ := strconv.Atoi(m[4])
	mi, _ := strconv.Atoi(m[5])
	if h > 23 || mi > 59 {
		return fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
	}
	sec, hasSec := 0, m[6] != ""
	if hasSec {
		sec, _ = strconv.Atoi(m[6])
		if sec > 59 {
			sec, hasSec = 0, false
		}
	}
	t := time.Date(y, time.Month(mo), d, h, mi, sec, 0, cst)
	if zone := m[7]; zone != "" && zone != "+08:00" && zone != "+0800" {
		if z, ok := parseZone(zone); ok {
			t = time.Date(y, time.Month(mo), d, h, mi, sec, 0, z).In(cst)
		}
	}
	if hasSec {
		return t.Format("2006-01-02T15:04:05-07:00")
	}
	return t.Format("2006-01-02T15:04-07:00")
}

func parseZone(z string) (*time.Location, bool) {
	if z == "Z" {
		return time.UTC, true
	}
	z = strings.ReplaceAll(z, ":", "")
	if len(z) != 5 {
		return nil, false
	}
	h, err1 := strconv.Atoi(z[1:3])
	mi, err2 := strconv.Atoi(z[3:5])
	if err1 != nil || err2 != nil {
		return nil, false
	}
	off := h*3600 + mi*60
	if z[0] == '-' {
		off = -off
	}
	return time.FixedZone("", off), true
}

// First returns the first of vs that holds a date.
func First(vs ...string) string {
	for _, v := range vs {
		if d := Parse(v); d != "" {
			return d
		}
	}
	return ""
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
