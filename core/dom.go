package core

// DOM helpers shared by the stages. They walk iteratively, so that a page
// nested 100,000 levels deep cannot exhaust the stack.

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/andybalholm/cascadia"
	"github.com/govreader/govreader/core/internal/cjk"
	"golang.org/x/net/html"
)

// selScriptStyle is compiled once: on a small fragment compiling a
// selector costs as much as matching it. Whole-page lookups go through the
// page's tagIndex (parse.go) instead.
var selScriptStyle = cascadia.MustCompile("script, style")

// walkElements visits the element nodes below and including roots in
// document order. visit returns false to skip a node's children.
func walkElements(roots []*html.Node, visit func(*html.Node) bool) {
	for _, r := range roots {
		if r.Type == html.ElementNode || r.Type == html.DocumentNode {
			walkTree(r, func(n *html.Node) bool {
				switch n.Type {
				case html.ElementNode:
					return visit(n)
				case html.DocumentNode:
					return true
				}
				return false
			}, nil)
		}
	}
}

// hasAnyOf is strings.ContainsAny for sets of non-ASCII characters, which
// ContainsAny checks by decoding every rune of s: one fast substring
// search per character is several times quicker on Chinese text.
func hasAnyOf(s, chars string) bool {
	for _, c := range chars {
		if strings.ContainsRune(s, c) {
			return true
		}
	}
	return false
}

// detach removes n from its parent.
//
//go:noinline
func detach(n *html.Node) {
	if n.Parent != nil {
		n.Parent.RemoveChild(n)
	}
}

// textOf returns the text below n as a browser would join it, without
// scripts and styles, with runs of white space folded to one space.
//
//go:noinline
func textOf(n *html.Node) string { return textOfSized(n, 0) }

// textOfSized is textOf with room for size bytes reserved up front, for a
// caller that knows the text is large: growing by doubling allocates
// about twice what it ends with.
func textOfSized(n *html.Node, size int) string {
	// Most blocks hold one text node: its folded text is then usually a
	// substring of it, so that a 20 MB article is not copied per stage.
	var f spaceFolder
	f.b.Grow(size)
	var only string
	pieces := 0
	add := func(s string) {
		switch pieces {
		case 0:
			only = s
		case 1:
			f.WriteString(only)
			f.WriteString(s)
		default:
			f.WriteString(s)
		}
		pieces++
	}
	walkNodes(n, func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			add(c.Data)
			return false
		case html.ElementNode:
			if hiddenText(c) {
				return false
			}
			if breaksText(c) && pieces > 0 {
				add(" ")
			}
		}
		return true
	})
	if pieces == 1 {
		return collapseSpace(only)
	}
	return f.String()
}

// findNode returns the first node at or below root, in document order,
// that match reports; descend says whether to look below a node that does
// not match. It stops at the first match, where a walk would go on
// through the rest of the subtree, and it must not change the tree.
func findNode(root *html.Node, match func(*html.Node) bool, descend func(*html.Node) bool) *html.Node {
	for n := root; n != nil; {
		if match(n) {
			return n
		}
		if c := n.FirstChild; c != nil && (descend == nil || descend(n)) {
			n = c
			continue
		}
		for n != root && n.NextSibling == nil {
			n = n.Parent
		}
		if n == root {
			return nil
		}
		n = n.NextSibling
	}
	return nil
}

func isElement(n *html.Node, tags ...string) bool {
	return n.Type == html.ElementNode && slices.Contains(tags, n.Data)
}

// hiddenText reports the elements whose content is never page text.
func hiddenText(n *html.Node) bool {
	if n.Type == html.ElementNode {
		switch n.Data {
		case "script", "style", "noscript", "template":
			return true
		}
	}
	return false
}

// breaksText reports the elements that separate the text around them,
// as a browser's innerText does.
func breaksText(n *html.Node) bool {
	if n.Type == html.ElementNode {
		switch n.Data {
		case "br", "p", "div", "li", "tr", "td", "th":
			return true
		}
	}
	return false
}

// textPrefix is textOf(n) when that holds at most limit runes other than
// white space, with their count. Past that it stops, and returns a prefix
// of the text that holds limit+1 of them: a check that needs a short text
// can then pass over each of the nested wrappers of a long article without
// building the article's text once per wrapper.
func textPrefix(n *html.Node, limit int) (text string, runes int) {
	var f spaceFolder
	// findNode is used as a walk that can stop: its match adds each text
	// node and reports true only once past the limit.
	findNode(n, func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			s := c.Data
			for i := 0; i < len(s); {
				r, size := cjk.HanAt(s, i), 3
				if r < 0 {
					r, size = utf8.DecodeRuneInString(s[i:])
				}
				i += size
				if !isSpace(r) {
					if runes++; runes > limit {
						s = s[:i]
						break
					}
				}
			}
			f.WriteString(s)
			return runes > limit
		case html.ElementNode:
			if breaksText(c) {
				f.WriteString(" ")
			}
		}
		return false
	}, func(c *html.Node) bool { return !hiddenText(c) })
	return f.String(), runes
}

// textRunes counts the runes other than white space of the text a reader
// sees in n, as textPrefix does, stopping once past limit. Callers that
// ask only how long a block is need not build its text.
func textRunes(n *html.Node, limit int) int {
	runes := 0
	findNode(n, func(c *html.Node) bool {
		if c.Type != html.TextNode {
			return false
		}
		s := c.Data
		for i := 0; i < len(s) && runes <= limit; {
			r, size := cjk.HanAt(s, i), 3
			if r < 0 {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			i += size
			if !isSpace(r) {
				runes++
			}
		}
		return runes > limit
	}, func(c *html.Node) bool { return !hiddenText(c) })
	return runes
}

// walkTree visits root and every node below it in document order,
// iteratively. enter runs on the way down and returns whether to descend;
// exit, when given, runs on the way up after the children of every node
// whose enter returned true.
//
// The walk keeps one frame per open ancestor, not one per pending node:
// a container of 100,000 paragraphs costs no stack, and a paragraph no
// allocation. A node's next sibling is read before enter runs, so enter
// may detach the node it is given.
func walkTree(root *html.Node, enter func(*html.Node) bool, exit func(*html.Node)) {
	type frame struct{ n, next *html.Node }
	var buf [16]frame
	open := buf[:0]
	n := root
	for n != nil {
		var next *html.Node
		if n != root {
			next = n.NextSibling
		}
		if enter(n) {
			if c := n.FirstChild; c != nil {
				open = append(open, frame{n, next})
				n = c
				continue
			}
			if exit != nil {
				exit(n)
			}
		}
		for next == nil && len(open) > 0 {
			f := open[len(open)-1]
			open = open[:len(open)-1]
			if exit != nil {
				exit(f.n)
			}
			next = f.next
		}
		n = next
	}
}

// walkNodes visits every node below n, text nodes included, in document
// order; visit returns false to skip children.
//
//go:noinline
func walkNodes(n *html.Node, visit func(*html.Node) bool) {
	walkTree(n, visit, nil)
}

// collapseSpace folds white space, including the ideographic space and
// no-break space, to single spaces and trims the ends. Text that needs no
// more than trimming comes back as a substring of s, without a copy.
func collapseSpace(s string) string {
	start, end, folded := foldedSpan(s)
	if folded {
		return s[start:end]
	}
	var f spaceFolder
	f.b.Grow(len(s))
	f.WriteString(s)
	return f.String()
}

// foldedSpan reports whether s, trimmed to s[start:end], is already
// folded: valid UTF-8 whose only white space is single ASCII spaces.
func foldedSpan(s string) (start, end int, folded bool) {
	end = len(s)
	for start < end {
		r, size := utf8.DecodeRuneInString(s[start:])
		if !isSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(s[start:end])
		if !isSpace(r) {
			break
		}
		end -= size
	}
	prevSpace := false
	for i := start; i < end; {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' {
				if prevSpace {
					return 0, 0, false
				}
				prevSpace = true
			} else if asciiSpace(c) {
				return 0, 0, false
			} else {
				prevSpace = false
			}
			i++
			continue
		}
		j := plainRun(s, i)
		if j == i {
			return 0, 0, false // white space other than ASCII's, or not UTF-8
		}
		prevSpace = false
		i = j
	}
	return start, end, true
}

// plainRun returns the end of the run of non-ASCII runes from s[i] that
// are valid UTF-8 and not white space (isSpace), which spaceFolder and
// foldedSpan copy or pass over whole. Han characters, most of the text,
// are known by their bytes (hanAt).
func plainRun(s string, i int) int {
	for i < len(s) {
		if cjk.HanAt(s, i) >= 0 {
			i += 3
			continue
		}
		if s[i] < utf8.RuneSelf {
			return i
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || isSpace(r) {
			return i
		}
		i += size
	}
	return i
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// spaceFolder gathers text with white space folded as collapseSpace does,
// so that text joined from many nodes is copied once. lineBreak ends a
// line: the text is then lines folded each on its own, the empty ones
// left out, joined by newlines.
type spaceFolder struct {
	b            strings.Builder
	pending      bool // white space seen since the last character written
	lineUsed     bool // the current line holds a character
	pendingBreak bool // a line ended since the last character written
}

func (f *spaceFolder) WriteString(s string) {
	// Grow by doubling: a builder left to append grows large buffers by a
	// quarter at a time, allocating five times the text it ends with.
	if f.b.Len()+len(s) > f.b.Cap() {
		f.b.Grow(max(len(s), f.b.Cap()))
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace(c) {
				f.pending = true
				i++
				continue
			}
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf && !asciiSpace(s[j]) {
				j++
			}
			f.flushSpace()
			f.b.WriteString(s[i:j])
			i = j
			continue
		}
		if j := plainRun(s, i); j > i {
			f.flushSpace()
			f.b.WriteString(s[i:j])
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isSpace(r) {
			f.pending = true
		} else { // not UTF-8
			f.flushSpace()
			f.b.WriteRune(utf8.RuneError)
		}
		i += size
	}
}

// flushSpace writes what separates the character about to be written
// from the one before it.
func (f *spaceFolder) flushSpace() {
	if f.pendingBreak {
		f.b.WriteByte('\n')
	} else if f.pending && f.lineUsed {
		f.b.WriteByte(' ')
	}
	f.pending, f.pendingBreak, f.lineUsed = false, false, true
}

func (f *spaceFolder) lineBreak() {
	if f.lineUsed {
		f.pendingBreak = true
	}
	f.pending, f.lineUsed = false, false
}

func (f *spaceFolder) String() string { return f.b.String() }

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u3000', '\u2002', '\u2003', '\u2009', '\u200b', '\ufeff':
		return true
	}
	return false
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// removeAttr deletes n's attributes named key.
func removeAttr(n *html.Node, key string) {
	n.Attr = slices.DeleteFunc(n.Attr, func(a html.Attribute) bool { return a.Key == key })
}

// classID is the element's class and id, lower-cased, for rule matching.
func classID(n *html.Node) string {
	return strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
}

// isAncestor reports whether a is b or an ancestor of b.
func isAncestor(a, b *html.Node) bool {
	for ; b != nil; b = b.Parent {
		if a == b {
			return true
		}
	}
	return false
}

// docIndex records which classes and ids occur on a page, so that a
// selector naming an absent class or id is skipped without a walk: portal
// pages carry hundreds of CSS rules and dozens of CMS selectors, and most
// name nothing on the page at hand.
type docIndex struct {
	classes map[string]bool
	ids     map[string]bool
}

func newDocIndex(root *html.Node) *docIndex {
	ix := &docIndex{classes: map[string]bool{}, ids: map[string]bool{}}
	walkElements([]*html.Node{root}, func(n *html.Node) bool {
		for _, a := range n.Attr {
			switch a.Key {
			case "class":
				// FieldsSeq splits as Fields does without building the
				// slice: one allocation per class attribute of the page.
				for c := range strings.FieldsSeq(a.Val) {
					ix.classes[c] = true
				}
			case "id":
				ix.ids[strings.TrimSpace(a.Val)] = true
			}
		}
		return true
	})
	return ix
}

// mayMatch reports whether every class and id that the selector's last
// compound requires occurs on the page. It errs towards true.
func (ix *docIndex) mayMatch(sel string) bool {
	// The key compound is the last one outside parentheses; names inside
	// them (:not(.keep), :is(.a, .b)) are no requirement of a match.
	last, depth := sel, 0
	for i := len(sel) - 1; i >= 0; i-- {
		switch c := sel[i]; {
		case c == ')':
			depth++
		case c == '(':
			depth--
		case depth == 0 && (c == ' ' || c == '>' || c == '+' || c == '~'):
			last, i = sel[i+1:], -1
		}
	}
	depth = 0
	for i := 0; i < len(last); i++ {
		c := last[i]
		switch {
		case c == '(':
			depth++
			continue
		case c == ')':
			depth--
			continue
		case depth > 0 || c != '.' && c != '#':
			continue
		}
		j := i + 1
		for j < len(last) && (last[j] == '-' || last[j] == '_' || last[j] >= '0' && last[j] <= '9' || last[j] >= 'a' && last[j] <= 'z' || last[j] >= 'A' && last[j] <= 'Z' || last[j] >= 0x80) {
			j++
		}
		name := last[i+1 : j]
		if name == "" {
			return true // an escape or something unusual: do not guess
		}
		if (c == '.' && !ix.classes[name]) || (c == '#' && !ix.ids[name]) {
			return false
		}
		i = j - 1
	}
	return true
}

// indexFold is the index of the first instance of the lower-case ASCII
// word sub in s, in any case (strings.EqualFold), or -1, without copying s.
func indexFold(s, sub string) int {
	n := len(sub)
	if n == 0 {
		return 0
	}
	// Candidates start with the first byte in either case: a search for
	// those skips most of a long script at memchr speed.
	lo, up := strings.ToLower(sub[:1]), strings.ToUpper(sub[:1])
	for i := 0; i+n <= len(s); {
		j := strings.Index(s[i:], lo)
		if k := strings.Index(s[i:], up); k >= 0 && (j < 0 || k < j) {
			j = k
		}
		if j < 0 || i+j+n > len(s) {
			return -1
		}
		if strings.EqualFold(s[i+j:i+j+n], sub) {
			return i + j
		}
		i += j + 1
	}
	return -1
}

// scriptCode is the source of an inline script: its one text child, as it
// is, or the text of its children.
func scriptCode(n *html.Node) string {
	if c := n.FirstChild; c != nil && c == n.LastChild && c.Type == html.TextNode {
		return c.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// nonSpaceRunes measures, in one pass, the text below every element of
// root that textOf would include, white space left out: a lower bound on
// the length of its textOf, without building the strings.
func nonSpaceRunes(root *html.Node) map[*html.Node]int {
	sizes := map[*html.Node]int{}
	walkTree(root, func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			if n.Parent != nil {
				sizes[n.Parent] += runeLenNoSpace(n.Data)
			}
			return false
		case html.ElementNode:
			if hiddenText(n) {
				return false
			}
		}
		return true
	}, func(n *html.Node) {
		if n != root && n.Parent != nil {
			sizes[n.Parent] += sizes[n]
		}
	})
	return sizes
}

// countDigits counts the ASCII digits of s, byte by byte: a digit is one
// byte in UTF-8, and no byte of a multi-byte rune looks like one.
func countDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
		}
	}
	return n
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func runeLenNoSpace(s string) int {
	n := 0
	for i := 0; i < len(s); {
		r, size := cjk.HanAt(s, i), 3
		if r < 0 {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if !isSpace(r) {
			n++
		}
		i += size
	}
	return n
}
