package core

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// sepRegexp is a separator pattern of the form \s*(?:…)\s* whose every
// match, past its leading white space, starts with one of a few marks
// (_ | - — …). Such a pattern opens with no literal, so the regexp engine
// tries it at every byte of the text; searched from the marks instead,
// and tried only where the white space before a mark starts, it gives the
// same matches (TestSepRegexpMatchesPattern).
type sepRegexp struct {
	re    *regexp.Regexp // the pattern, for its String and for tests
	at    *regexp.Regexp // the pattern anchored at the start of the text
	marks string         // the characters a match's middle starts with
}

func mustSepRegexp(expr, marks string) sepRegexp {
	return sepRegexp{re: regexp.MustCompile(expr), at: regexp.MustCompile(`^(?:` + expr + `)`), marks: marks}
}

// findAll is re.FindAllStringIndex(text, -1). The leftmost match starts
// where the white space before some mark starts (its leading \s* takes
// all of that run), so the first mark whose run start gives an anchored
// match gives it; no match is empty, so the next starts past its end.
func (s sepRegexp) findAll(text string) [][]int {
	var out [][]int
	for pos, from := 0, 0; from < len(text); {
		k := strings.IndexAny(text[from:], s.marks)
		if k < 0 {
			break
		}
		k += from
		start := k
		for start > pos && isRegexpSpace(text[start-1]) {
			start--
		}
		loc := s.at.FindStringIndex(text[start:])
		if loc == nil {
			// A mark that separates nothing here (a hyphen in 2024-2025):
			// the next mark is looked at.
			_, size := utf8.DecodeRuneInString(text[k:])
			from = k + size
			continue
		}
		out = append(out, []int{start, start + loc[1]})
		pos, from = start+loc[1], start+loc[1]
	}
	return out
}

// split is re.Split(text, -1).
func (s sepRegexp) split(text string) []string {
	if text == "" {
		return []string{""}
	}
	matches := s.findAll(text)
	parts := make([]string, 0, len(matches))
	beg, end := 0, 0
	for _, m := range matches {
		end = m[0]
		if m[1] != 0 {
			parts = append(parts, text[beg:end])
		}
		beg = m[1]
	}
	if end != len(text) {
		parts = append(parts, text[beg:])
	}
	return parts
}

// isRegexpSpace is the regexp \s: ASCII white space but \v.
func isRegexpSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}
