package core

// Text helpers every stage shares: measures of a block's text (runes,
// prose punctuation, Han share), cutting by runes, and the small string
// choices (firstNonEmpty, isBlockish). They know no stage.

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/govreader/govreader/core/internal/cjk"
)

// isBlockish is not inlined: its switch, copied into each of its two
// dozen callers, cost core.wasm some 10 KB gzip. The same holds for the
// other small helpers marked //go:noinline (textOf, walkNodes, detach,
// decide, note, bodyNodes, firstNonEmpty, mdEscape, and since then
// because, report and clip, 5 KB more; attr in WebAssembly only,
// attr_js.go): called from dozens of places, their copies cost core.wasm
// some 27 KB gzip, their calls nothing measurable.
//
//go:noinline
func isBlockish(tag string) bool {
	switch tag {
	case "p", "div", "li", "ul", "ol", "td", "th", "tr", "table", "tbody", "thead", "tfoot", "caption", "h1", "h2", "h3", "h4", "h5", "h6",
		"section", "article", "header", "footer", "nav", "aside", "main", "dl", "dt", "dd", "blockquote",
		"form", "figure", "figcaption", "center", "pre", "address", "hr":
		return true
	}
	return false
}

//go:noinline
func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

//go:noinline
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// hasSentencePunct reports whether text reads as prose: it has Chinese
// sentence punctuation.
func hasSentencePunct(text string) bool {
	return hasAnyOf(text, "。！？；“”")
}

// hanRatio is the share of Han characters among the letters of s.
func hanRatio(s string) float64 {
	han, letters := hanLetters(s)
	if letters == 0 {
		return 0
	}
	return float64(han) / float64(letters)
}

// hanLetters counts the Han characters of s and its letters and digits
// of any script, Han included.
func hanLetters(s string) (han, letters int) {
	_, _, han, letters = proseStats(s)
	return han, letters
}

// proseStats measures a block's text in one pass: its runes other than
// white space (runeLenNoSpace), its prose punctuation (punctCount), and
// its Han characters and letters (hanLetters).
func proseStats(s string) (runes, punct, han, letters int) {
	for i := 0; i < len(s); {
		r, size := cjk.HanAt(s, i), 3
		if r < 0 {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		if isSpace(r) {
			continue
		}
		runes++
		switch {
		case isProsePunct(r):
			punct++
		case cjk.IsHan(r):
			han++
			letters++
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			letters++
		}
	}
	return runes, punct, han, letters
}

// isProsePunct is strings.ContainsRune(prosePunct, r), which searches the
// string for every rune of a text.
func isProsePunct(r rune) bool {
	switch r {
	case '，', '。', '；', '：', '！', '？', '、', ',', '.', ';', '!', '?':
		return true
	}
	return false
}

func punctCount(s string) int {
	n := 0
	for _, r := range s {
		if isProsePunct(r) {
			n++
		}
	}
	return n
}

// runePrefix returns the first n runes of s.
func runePrefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// runeSuffix returns the last n runes of s.
func runeSuffix(s string, n int) string {
	end := len(s)
	for end > 0 && n > 0 {
		_, size := utf8.DecodeLastRuneInString(s[:end])
		end -= size
		n--
	}
	return s[end:]
}

func hasSentence(t string) bool {
	return hasAnyOf(t, "。！？") || strings.Count(t, "，") >= 2
}

// latinWords calls fn for every run of ASCII letters and digits in t.
func latinWords(t string, fn func(string)) {
	start := -1
	for i := 0; i <= len(t); i++ {
		word := i < len(t) && (t[i] >= 'a' && t[i] <= 'z' || t[i] >= '0' && t[i] <= '9')
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			fn(t[start:i])
			start = -1
		}
	}
}

// paragraphStart repairs the first text of a paragraph. It reports whether
// a lost indent was removed.
func paragraphStart(s string) (string, bool) {
	trimmed := strings.TrimLeft(s, indentSpace)
	if r, _ := utf8.DecodeRuneInString(trimmed); r != '?' && r != '？' && r != utf8.RuneError {
		// No ghost can follow the indent: spare the regexp, which every
		// paragraph of a 20 MB page would otherwise run.
		return trimmed, false
	}
	loc := lostIndent.FindStringIndex(s)
	if loc == nil {
		return trimmed, false
	}
	// Only when prose follows: "?" opening a question is rare in gov
	// articles, but "???" before Han text is the indent's ghost.
	rest := s[loc[1]:]
	if r, _ := utf8.DecodeRuneInString(rest); cjk.IsHan(r) || r == '“' || r == '（' || (r >= '0' && r <= '9') {
		return rest, true
	}
	return trimmed, false
}

// lostIndent matches question marks or replacement characters standing
// where a paragraph's 　　 indent was.
// The white space it skips is exactly indentSpace, which paragraphStart
// trims otherwise: with different sets, a "\u00a0??" start kept its
// ghost on the first pass and lost it on the second (found by FuzzRepair).
var lostIndent = regexp.MustCompile(`^[ \t\r\n\f\x{3000}\x{00a0}]*(?:[?？\x{FFFD}][ \t\r\n\f\x{3000}\x{00a0}]*){1,4}`)

// indentSpace is the white space a paragraph may start with.
const indentSpace = " \t\r\n\f\u3000\u00a0"

// splitTitle splits a <title> into its parts. A lone hyphen separates
// parts too, except inside numbers and Latin words (2024-2025学年,
// COVID-19).
func splitTitle(raw string) []string {
	var parts []string
	for _, part := range titleSplit.split(raw) {
		rs := []rune(part)
		last := 0
		for i, r := range rs {
			if r != '-' || i == 0 || i == len(rs)-1 || isLatin(rs[i-1]) && isLatin(rs[i+1]) {
				continue
			}
			parts = append(parts, strings.TrimSpace(string(rs[last:i])))
			last = i + 1
		}
		parts = append(parts, strings.TrimSpace(string(rs[last:])))
	}
	return parts
}

// titleSplit separates the parts of a <title>: 标题_栏目_站点, 站点-栏目-标题.
var titleSplit = mustSepRegexp(`\s*(?:[_|｜]|--|—+|\s-\s)\s*`, "_|｜-—")

func isLatin(r rune) bool {
	return r < 0x3000 && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(".,;:!?)", r))
}

// isChromeText reports a portal control or label by its words alone
// (打印, 关闭, 字体 大 中 小 …, rules_chrome.go): asked by the chrome stage
// and by the title reader, which must not take a control for a headline.
func isChromeText(t string) bool {
	t = strings.Trim(t, " \u3000\u00a0【】[]（）()|｜")
	compact := withoutSpace(t)
	if chromeExact[compact] {
		return true
	}
	for _, p := range chromePrefix {
		if strings.HasPrefix(compact, p) {
			return true
		}
	}
	for _, c := range chromeContains {
		if strings.Contains(t, c) {
			return true
		}
	}
	return allChromeParts(t)
}

// allChromeParts reports a row of controls written as one line, each in
// brackets or set apart by bars and spaces (【打印此文】 【关闭窗口】):
// every part is a chrome phrase.
func allChromeParts(t string) bool {
	parts := strings.FieldsFunc(t, func(r rune) bool {
		return isSpace(r) || strings.ContainsRune("【】[]|｜", r)
	})
	if len(parts) < 2 {
		return false
	}
	for _, part := range parts {
		if !chromeExact[part] && !slices.ContainsFunc(chromePrefix, func(p string) bool { return strings.HasPrefix(part, p) }) {
			return false
		}
	}
	return true
}

// maxChromeText is the longest text (runes, white space aside) that a
// chrome check judges: isLinkList's limit, the largest of them.
const maxChromeText = 1500

// isChromeText reports whether a short element's whole text is a chrome
// phrase (rules_chrome.go).
// withoutSpace is strings.Join(strings.Fields(s), ""), without a copy
// when s has no white space.
func withoutSpace(s string) string {
	if strings.IndexFunc(s, unicode.IsSpace) < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// clauseMarks counts the full-width marks that end Chinese clauses and
// sentences: the dots and commas of paths, code and lists of numbers are
// no clauses.
func clauseMarks(s string) int {
	n := 0
	for _, r := range s {
		switch r {
		case '，', '。', '；', '！', '？':
			n++
		}
	}
	return n
}
