package core

// The page's text units and the labels they print, which the metadata
// stage reads first: infoSegments cuts the page into units (a block, a
// table cell, a line), and findLabels finds the info labels of one
// (发布时间：, 【来源】 …). Title choice (title.go) looks for the headline
// among the units and above the info line; field reading (metadata.go)
// pairs the labels with their values. It depends on neither.

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/govreader/govreader/core/internal/cjk"
	"github.com/govreader/govreader/core/internal/dates"
	"golang.org/x/net/html"
)

// sep marks a hard boundary inside an info segment: the end of an inline
// element that held a label, or a run of ideographic or no-break spaces
// that portals use to space out the info line. A value never crosses it.
const sep = '\x1f'

// infoSeg is one text unit of the page. pairs marks a unit that ends at
// a table cell or a line break, whose label may take its value from the
// unit after it; a label at the end of an ordinary block may not, or an
// empty 来源： slot would take the article's first paragraph.
type infoSeg struct {
	text  string
	pairs bool
	// owner is the innermost block element around the unit's first text.
	owner *html.Node
	// plainHan counts the Han characters outside links, up to
	// enoughPlainHan: a headline has them, a breadcrumb or a list of
	// links does not.
	plainHan int
	// labels are the unit's info labels, found once for all readers.
	labels []labelAt
	// cell is the innermost table cell (td, th) around the unit, if any.
	cell *html.Node
	// listed marks a unit of a list of links: it, or the small list item
	// or table row around it, holds a link to another article. A date
	// there dates that article, not this one.
	listed bool
}

// enoughPlainHan is where infoSegments stops counting a unit's Han
// characters: the readers ask only whether there are four.
const enoughPlainHan = 4

// Thresholds of a list of links. A link with titleLinkHan Han characters
// or more names another article: the controls that share an info line
// (打印本页, 关闭窗口, 我要纠错) have four. A list item or table row of up to
// maxListItemRunes characters is one entry of the list; a longer one is a
// layout cell that wraps the page.
const (
	titleLinkHan     = 6
	maxListItemRunes = 120
)

// listItem is an open <li> or <tr> while infoSegments walks it.
type listItem struct {
	runes     int
	titleLink bool
}

// infoSegments are the text units of the page in document order: every
// block gives one, and every table cell gives one even when empty, so that
// a label cell is paired with its own value cell. Text an inline script
// writes with document.write takes the script's place, as in a browser.
func infoSegments(root *html.Node) []infoSeg {
	var out []infoSeg
	var b strings.Builder
	blocks := []*html.Node{root}
	var owner *html.Node
	plainHan, inLink := 0, 0
	// The list items open around the walk, and for each unit the item it
	// lies in (-1: none), resolved into listed once the items are closed.
	var items []listItem
	var open, itemOf []int
	var cells []*html.Node // the open td and th elements
	// The open link: linkValue when it is a label's value (来源：<a>中国
	// 政府网</a>), which marks nothing; linkHan counts its Han characters
	// when it leads to an article (-1 otherwise), linkDated records a
	// date in its text. titleLinked marks a unit that holds a link to
	// another article or a linked date.
	linkValue, linkDated, titleLinked := false, false, false
	linkHan := 0
	flush := func(cell, br bool) {
		if t := normInfoSpace(b.String()); t != "" || cell {
			if owner == nil {
				owner = blocks[len(blocks)-1]
			}
			seg := infoSeg{text: t, pairs: cell || br, owner: owner, plainHan: plainHan, listed: titleLinked}
			if len(cells) > 0 {
				seg.cell = cells[len(cells)-1]
			}
			if utf8.RuneCountInString(t) <= 300 { // longer is prose
				seg.labels = findLabels(t)
			}
			out = append(out, seg)
			item := -1
			if len(open) > 0 {
				item = open[len(open)-1]
			}
			itemOf = append(itemOf, item)
		}
		b.Reset()
		owner, plainHan, titleLinked = nil, 0, false
	}
	write := func(t string) {
		if owner == nil && strings.TrimSpace(t) != "" {
			owner = blocks[len(blocks)-1]
		}
		// An item's size counts the items inside it: a layout row that
		// wraps a list is no entry of it.
		for k := len(open) - 1; k >= 0 && items[open[k]].runes <= maxListItemRunes; k-- {
			items[open[k]].runes += utf8.RuneCountInString(t)
		}
		if inLink == 0 {
			for _, r := range t {
				if plainHan >= enoughPlainHan {
					break
				}
				if cjk.IsHan(r) {
					plainHan++
				}
			}
		} else if !linkValue {
			// A date inside a link is another page's: [2024-06-11] 标题.
			linkDated = linkDated || linkedDate(t)
		}
		if inLink > 0 && !linkValue && linkHan >= 0 && linkHan < titleLinkHan {
			for _, r := range t {
				if cjk.IsHan(r) {
					if linkHan++; linkHan >= titleLinkHan {
						break
					}
				}
			}
		}
		if b.Len() == 0 {
			// normInfoSpace drops a unit's leading white space anyway;
			// without it the unit's text is usually kept as it is built.
			t = strings.TrimLeftFunc(t, func(r rune) bool { return r == sep || isSpace(r) })
		}
		// Grow by doubling, as spaceFolder does: left to append, a long
		// unit (a block of thousands of links) grows by a quarter at a
		// time and allocates five times its text.
		if b.Len()+len(t) > b.Cap() {
			b.Grow(max(len(t), b.Cap()))
		}
		b.WriteString(t)
	}
	// starts holds the builder length where each open element began, so
	// that an inline element whose text holds a colon (a label) ends with
	// a separator.
	var starts []int
	walkTree(root, func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			write(n.Data)
			return false
		case html.ElementNode:
			switch n.Data {
			case "script":
				write(scriptWrites(n))
				return false
			case "style", "noscript", "template", "select", "option", "textarea":
				return false
			case "br":
				flush(false, true)
				return false
			}
			if isBlockish(n.Data) {
				flush(false, false)
				blocks = append(blocks, n)
			}
			switch n.Data {
			case "li", "tr":
				open = append(open, len(items))
				items = append(items, listItem{})
			case "td", "th":
				cells = append(cells, n)
			}
			if n.Data == "a" {
				if inLink == 0 {
					linkValue, linkDated, linkHan = labelValueFollows(b.String(), out), false, 0
					if !articleHref(attr(n, "href")) {
						linkHan = -1
					}
				}
				inLink++
			}
			starts = append(starts, b.Len())
		}
		return true
	}, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		start := starts[len(starts)-1]
		starts = starts[:len(starts)-1]
		if isBlockish(n.Data) {
			flush(isCell(n.Data), false)
			blocks = blocks[:len(blocks)-1]
		} else if start <= b.Len() && hasAnyOf(b.String()[start:], ":：∶") {
			b.WriteRune(sep)
		}
		if n.Data == "a" {
			if inLink--; inLink == 0 && !linkValue && (linkHan >= titleLinkHan || linkDated) {
				titleLinked = true
				if len(open) > 0 {
					items[open[len(open)-1]].titleLink = true
				}
			}
		}
		switch n.Data {
		case "li", "tr":
			open = open[:len(open)-1]
		case "td", "th":
			cells = cells[:len(cells)-1]
		}
	})
	flush(false, false)
	for i, item := range itemOf {
		if item >= 0 && items[item].titleLink && items[item].runes <= maxListItemRunes {
			out[i].listed = true
		}
	}
	return out
}

// articleHref reports a link that can lead to another article: not a
// script control (打印, 关闭), an anchor, or a column's directory or index
// page, which breadcrumbs and menus link to.
func articleHref(href string) bool {
	h := strings.ToLower(strings.TrimSpace(href))
	if h == "" || h[0] == '#' || strings.HasPrefix(h, "javascript:") || strings.HasPrefix(h, "mailto:") {
		return false
	}
	if i := strings.IndexAny(h, "?#"); i >= 0 {
		h = h[:i]
	}
	if rest, ok := cutSchemePrefix(h); ok {
		if i := strings.IndexByte(rest, '/'); i >= 0 {
			h = rest[i:]
		} else {
			return false // a site's home page
		}
	}
	if h == "" || strings.HasSuffix(h, "/") {
		return false
	}
	name := h[strings.LastIndexByte(h, '/')+1:]
	return !strings.HasPrefix(name, "index.") && !strings.HasPrefix(name, "default.")
}

// linkedDate reports a date in the text of a link.
func linkedDate(t string) bool {
	return hasAnyOf(t, "0123456789０１２３４５６７８９") && dates.Re.MatchString(dates.FoldDigits(t))
}

// labelValueFollows reports that a link opening after text (the unit
// being built, or when it is empty the units before) is a label's value:
// the text ends with a colon or is a bare label cell.
func labelValueFollows(text string, before []infoSeg) bool {
	text = strings.TrimRightFunc(text, isLabelGap)
	if text == "" && len(before) > 0 {
		text = before[len(before)-1].text
		if _, n := bareLabel(text); n > 0 {
			return true
		}
	}
	r, _ := utf8.DecodeLastRuneInString(text)
	return isColon(r)
}

// segmentOf returns the index of the first unit inside n's block, or -1.
func segmentOf(segs []infoSeg, n *html.Node) int {
	if n == nil {
		return -1
	}
	for n.Parent != nil && !isBlockish(n.Data) && n.Data != "body" {
		n = n.Parent
	}
	for i, s := range segs {
		if s.owner != nil && isAncestor(n, s.owner) {
			return i
		}
	}
	return -1
}

// infoLines marks the units that read as an article's info line: a
// publication date, 来源, 发布机构 or author label. A bare 时间： or 日期：
// counts only beside another label, as a notice's own 时间：line does not
// follow the headline.
func infoLines(segs []infoSeg) []bool {
	out := make([]bool, len(segs))
	for i, s := range segs {
		labels := s.labels
		for _, l := range labels {
			switch l.f {
			case fieldPublished:
				out[i] = out[i] || l.n > 2 || len(labels) > 1
			case fieldUpdated, fieldSource, fieldPublisher, fieldAuthor:
				out[i] = true
			}
		}
	}
	return out
}

func isCell(tag string) bool {
	return tag == "td" || tag == "th" || tag == "dt" || tag == "dd"
}

// normInfoSpace folds white space like collapseSpace, but keeps the runs
// that portals use as separators (an ideographic space, an em space, two
// no-break spaces) as sep.
func normInfoSpace(s string) string {
	if start, end, folded := foldedSpan(s); folded && strings.IndexByte(s, sep) < 0 {
		// Single spaces only: nothing to fold, and the white space at the
		// ends, which foldInfoSpace would write as one separator and trim,
		// is cut off without copying the rest (a unit often ends in one).
		return s[start:end]
	}
	return foldInfoSpace(s)
}

// foldInfoSpace is normInfoSpace without its shortcut.
func foldInfoSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	inRun, hard, nbsp := false, false, 0
	for _, r := range s {
		if r == sep || isSpace(r) {
			inRun = true
			switch r {
			case sep, '\u3000', '\u2003':
				hard = true
			case '\u00a0':
				nbsp++
			}
			continue
		}
		if inRun {
			if hard || nbsp >= 2 {
				b.WriteRune(sep)
			} else {
				b.WriteByte(' ')
			}
			inRun, hard, nbsp = false, false, 0
		}
		b.WriteRune(r)
	}
	return strings.Trim(b.String(), " \x1f")
}

var (
	writeLitRe = regexp.MustCompile(`document\.write(?:ln)?\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\s*\)`)
	branchRe   = regexp.MustCompile(`\b(?:else|switch|case|for|while)\b|\?`)
)

// scriptWrites returns the text a short inline script prints with
// document.write of string literals. Long scripts are libraries, not
// metadata slots, and a script with alternatives (else, ?:, switch) or
// loops prints only some of its literals, which cannot be told without
// running it; both are skipped. A lone if is a guard such as
// if("来源"!=""), and the browser prints its literal.
func scriptWrites(n *html.Node) string {
	if n.FirstChild == nil || attr(n, "src") != "" {
		return ""
	}
	code := n.FirstChild.Data
	if len(code) > 2000 || !strings.Contains(code, "document.write") || branchRe.MatchString(code) {
		return ""
	}
	var b strings.Builder
	for _, m := range writeLitRe.FindAllStringSubmatch(code, 8) {
		lit := m[1] + m[2]
		lit = strings.NewReplacer(`\"`, `"`, `\'`, `'`, `\/`, `/`, `\n`, " ").Replace(lit)
		b.WriteString(html.UnescapeString(tagRe.ReplaceAllString(lit, " ")))
	}
	// Hacked portals print spam the same way; it is no metadata.
	if _, strong := spamScore(b.String()); b.Len() > 300 || strong > 0 {
		return ""
	}
	return b.String()
}

// variantPattern turns a simplified word into a pattern that also accepts
// the traditional form of each character.
func variantPattern(word string) string {
	var b strings.Builder
	for _, r := range word {
		if t, ok := tradForms[r]; ok {
			b.WriteString("[" + string(r) + t + "]")
		} else {
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	return b.String()
}

var simplifiedOf = func() map[rune]rune {
	m := map[rune]rune{}
	for s, ts := range tradForms {
		for _, t := range ts {
			m[t] = s
		}
	}
	return m
}()

// labelKey is a printed label in the form infoLabels uses: simplified,
// without white space.
func labelKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == sep || isSpace(r) {
			continue
		}
		if s, ok := simplifiedOf[r]; ok {
			r = s
		}
		b.WriteRune(r)
	}
	return b.String()
}

var labelField = func() map[string]field {
	m := map[string]field{}
	for _, l := range infoLabels {
		m[l.label] = l.field
	}
	return m
}()

// labelAt is one label found in a segment.
type labelAt struct {
	f          field
	start, end int // byte offsets of the label and of the end of its colon
	n          int // characters in the label
}

// maxLabelRunes is the longest label in infoLabels, in characters.
var maxLabelRunes = func() int {
	n := 0
	for _, l := range infoLabels {
		if c := utf8.RuneCountInString(l.label); c > n {
			n = c
		}
	}
	return n
}()

// labelRunesCap bounds maxLabelRunes, for buffers on the stack
// (TestLabelRunesCap holds the table to it).
const labelRunesCap = 16

// isLabelGap reports white space that may sit inside or after a label.
func isLabelGap(r rune) bool {
	switch r {
	case ' ', '\t', '\u00a0', '\u3000', '\u2002', '\u2003', sep:
		return true
	}
	return false
}

// labelBefore finds the label that ends just before byte offset end of s
// (white space aside), longest first, and returns its field, its start and
// its length in characters (0 when there is none).
func labelBefore(s string, end int) (f field, start, n int) {
	// The label's characters, last first, in arrays on the stack: this
	// runs at every colon of the page.
	var runes [labelRunesCap]rune
	var starts [labelRunesCap]int
	count := 0
	i := end
	for i > 0 && count < maxLabelRunes && count < labelRunesCap {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if isLabelGap(r) {
			i -= size
			continue
		}
		if !cjk.IsHan(r) {
			break
		}
		if simp, ok := simplifiedOf[r]; ok {
			r = simp
		}
		i -= size
		runes[count], starts[count] = r, i
		count++
	}
	var key [labelRunesCap * utf8.UTFMax]byte
	for n := count; n >= 2; n-- {
		k := 0
		for j := n - 1; j >= 0; j-- {
			k += utf8.EncodeRune(key[k:], runes[j])
		}
		if f, ok := labelField[string(key[:k])]; ok {
			return f, starts[n-1], n
		}
	}
	return fieldNone, 0, 0
}

// findLabels returns the labels of seg. A two-character label counts only
// when it does not end a longer word (报名时间, 图片来源, 行政处罚决定书文号)
// or is glued to the previous label's value; longer labels keep their
// meaning after a prefix (信息发布时间, 最后更新时间).
// A label in brackets needs no colon: [发文机构] 某某局, 【发布时间】2024-06-13.
// In a segment that reads as prose, only a label at its very start counts.
// It looks back from each colon or closing bracket, which is much faster
// than matching every label everywhere.
func findLabels(seg string) []labelAt {
	if !hasAnyOf(seg, ":：∶]】］") {
		return nil
	}
	var out []labelAt
	prose := hasSentence(seg)
	for i, r := range seg {
		bracketed := false
		switch {
		case isColon(r):
		case strings.ContainsRune("]】］", r):
			bracketed = true
		default:
			continue
		}
		f, start, n := labelBefore(seg, i)
		if n == 0 {
			continue
		}
		if bracketed {
			// The label must fill the brackets, which then belong to it.
			open := strings.TrimRightFunc(seg[:start], isLabelGap)
			o, size := utf8.DecodeLastRuneInString(open)
			if !strings.ContainsRune("[【［", o) {
				continue
			}
			start = len(open) - size
		}
		// Glued to the value of the label before it, a label starts even
		// though a character precedes it: 来源：新华网作者：张三.
		glued := len(out) > 0 && !prose && !strings.ContainsFunc(seg[out[len(out)-1].end:start], isLabelGap)
		if start > 0 && n < 3 && !glued && !bracketed {
			prev, _ := utf8.DecodeLastRuneInString(seg[:start])
			if unicode.IsLetter(prev) {
				continue
			}
		}
		if prose && start > 2 {
			continue
		}
		if len(out) > 0 && start < out[len(out)-1].end {
			continue
		}
		out = append(out, labelAt{f: f, start: start, end: i + utf8.RuneLen(r), n: n})
	}
	return out
}

// labelBrackets frame a label that has no colon: [发文机构], 【发布时间】.
var labelBrackets = [][2]string{{"[", "]"}, {"【", "】"}, {"［", "］"}}

// isColon reports the colons labels end with, including the ratio sign
// some portals type for a full-width colon.
func isColon(r rune) bool {
	return r == ':' || r == '：' || r == '∶'
}

// bareLabel returns the field of a segment that is only a label, with or
// without its colon: a table's label cell, whose value is the next cell.
func bareLabel(seg string) (f field, n int) {
	if len(seg) > 3*maxLabelRunes*3 {
		return fieldNone, 0
	}
	t := strings.TrimRightFunc(seg, func(r rune) bool { return isLabelGap(r) || isColon(r) })
	for _, b := range labelBrackets {
		if inner, ok := strings.CutPrefix(t, b[0]); ok {
			if t, ok = strings.CutSuffix(inner, b[1]); !ok {
				return fieldNone, 0
			}
			break
		}
	}
	f, start, n := labelBefore(t, len(t))
	if n == 0 || strings.TrimFunc(t[:start], isLabelGap) != "" {
		return fieldNone, 0
	}
	return f, n
}
