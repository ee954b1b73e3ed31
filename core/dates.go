package core

// Date parsing for the metadata stage: the many ways portals print a date
// in, ISO 8601 in China Standard Time (+08:00) out, at the precision shown.

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

var dateRe = regexp.MustCompile(`((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?` +
	`(?:\s*(?:T|\s)?\s*(\d{1,2})\s*[:时]\s*(\d{1,2})\s*(?:[:分]\s*(\d{1,2})\s*秒?)?)?` +
	`\s*(Z|[+-]\d{2}:?\d{2})?`)

var cst = time.FixedZone("CST", 8*3600)

// parseDate returns the first date in s as ISO 8601 in +08:00, or "".
func parseDate(s string) string {
	for _, m := range dateRe.FindAllStringSubmatch(s, 4) {
		if iso := isoFromMatch(m); iso != "" {
			return iso
		}
	}
	return ""
}

func isoFromMatch(m []string) string {
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

// firstDate returns the first of vs that holds a date.
func firstDate(vs ...string) string {
	for _, v := range vs {
		if d := parseDate(v); d != "" {
			return d
		}
	}
	return ""
}
