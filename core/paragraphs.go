package core

// The article's paragraphs as the injected-block stage judges them
// (units): its leaf blocks, the <br>-separated runs of a block that holds
// several, the runs of bare inline content between blocks, and an inline
// element tucked at the end of a paragraph, which a cloner appends a
// profile with. Both the stage (injected.go) and the evidence of place
// and markup (injected_context.go) read units; this file depends on
// neither.

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// unitTags are the elements that can be one paragraph of an article.
var unitTags = map[string]bool{"p": true, "div": true, "li": true, "dd": true, "blockquote": true, "section": true, "td": true, "figcaption": true}

// unit is one paragraph of the article with the evidence about it: a
// leaf block, one <br>-separated run of a block that holds several, or a
// run of bare inline content between blocks.
type unit struct {
	nodes []*html.Node // the block, or the run's nodes and its closing <br>s
	text  string       // collapsed text
	// rawBreak: the source text breaks a line inside the paragraph, a
	// trace of text pasted in by hand rather than written by the CMS.
	rawBreak bool
	// carrier is the block whose text the unit is: the unit's own element,
	// or the block one of whose runs it is. It is nil for a bare run.
	carrier *html.Node
	// loose: bare inline content (a <span>, plain text) set between the
	// article's blocks, where a CMS puts every paragraph in a block.
	loose bool
	// tucked: an inline element that closes a paragraph whose other text
	// is marked up otherwise, the way a profile is appended to a real one.
	tucked bool
}

func newUnit(nodes []*html.Node, carrier *html.Node) unit {
	brk := false
	for _, n := range nodes {
		brk = brk || hasInnerBreak(n)
	}
	var t string
	if len(nodes) == 1 {
		t = textOf(nodes[0]) // usually a substring of the page, not a copy
	} else {
		var f spaceFolder
		for _, n := range nodes {
			f.WriteString(textOf(n))
			f.WriteString(" ")
		}
		t = f.String()
	}
	return unit{nodes: nodes, text: t, rawBreak: brk, carrier: carrier, loose: carrier == nil}
}

// paragraphs lists the paragraphs of root that hold text, in order: its
// leaf blocks, one unit per <br>-separated run of a block that holds
// several (old CMSs put a whole article in one <p>), and the runs of bare
// inline content between blocks, where a cloner can drop a <span> without
// a block of its own.
func paragraphs(root *html.Node) []unit {
	var out []unit
	var first, last *html.Node // the bare run waiting for the next block
	flush := func() {
		if first != nil {
			out = appendRuns(out, first, last, nil)
			first, last = nil, nil
		}
	}
	bare := func(n *html.Node) bool {
		if holdsBareRuns(n.Parent, root) {
			if first == nil {
				first = n
			}
			last = n
		}
		return false
	}
	walkTree(root, func(n *html.Node) bool {
		switch {
		case n == root:
			return true
		case n.Type == html.TextNode:
			return bare(n)
		case n.Type != html.ElementNode:
			return false
		}
		blocks := hasBlockDescendant(n)
		switch {
		case unitTags[n.Data] && !blocks:
			flush()
			out = appendBlock(out, n)
			return false
		case blocks || isBlockish(n.Data):
			flush()
			return true
		}
		return bare(n)
	}, func(*html.Node) { flush() })
	flush()
	return out
}

// holdsBareRuns reports whether inline content directly in parent is a
// paragraph of the article: in a paragraph-level container, not in a
// heading, a list or a table row, whose text was never judged.
func holdsBareRuns(parent, root *html.Node) bool {
	if parent == root || unitTags[parent.Data] {
		return true
	}
	switch parent.Data {
	case "article", "main", "center":
		return true
	}
	return !isBlockish(parent.Data)
}

// appendBlock appends the units of leaf block n: its <br>-separated runs,
// or its text and an inline element tucked at its end, or n whole.
func appendBlock(out []unit, n *html.Node) []unit {
	if runs := brRuns(n.FirstChild, n.LastChild); len(runs) > 1 {
		return appendUnits(out, runs, n)
	}
	if tail := tuckedTail(n); tail != nil {
		if u := newUnit(siblingsFrom(n.FirstChild, tail.PrevSibling), n); u.text != "" {
			out = append(out, u)
		}
		u := newUnit([]*html.Node{tail}, n)
		u.tucked = true
		return append(out, u)
	}
	if u := newUnit([]*html.Node{n}, n); u.text != "" {
		out = append(out, u)
	}
	return out
}

// appendRuns appends the <br>-separated runs of the siblings first..last.
func appendRuns(out []unit, first, last, carrier *html.Node) []unit {
	return appendUnits(out, brRuns(first, last), carrier)
}

func appendUnits(out []unit, runs [][]*html.Node, carrier *html.Node) []unit {
	for _, r := range runs {
		if u := newUnit(r, carrier); u.text != "" {
			out = append(out, u)
		}
	}
	return out
}

// siblingsFrom lists the siblings first..last.
func siblingsFrom(first, last *html.Node) []*html.Node {
	var out []*html.Node
	for c := first; c != nil; c = c.NextSibling {
		out = append(out, c)
		if c == last {
			break
		}
	}
	return out
}

// brRuns splits the siblings first..last at <br> into runs that hold
// text; each run keeps the <br>s that end it, so that removing a run
// leaves no gap.
func brRuns(first, last *html.Node) [][]*html.Node {
	var runs [][]*html.Node
	var cur []*html.Node
	hasText := false
	for c := first; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == "br" {
			cur = append(cur, c)
			if hasText {
				runs = append(runs, cur)
				cur, hasText = nil, false
			}
		} else {
			if hasText && len(cur) > 0 && isBR(cur[len(cur)-1]) {
				runs = append(runs, cur)
				cur, hasText = nil, false
			}
			cur = append(cur, c)
			if strings.TrimSpace(textOfNode(c)) != "" {
				hasText = true
			}
		}
		if c == last {
			break
		}
	}
	if hasText {
		runs = append(runs, cur)
	} else if len(runs) > 0 {
		runs[len(runs)-1] = append(runs[len(runs)-1], cur...)
	}
	return runs
}

// hasInnerBreak reports a raw newline between two non-ASCII characters in
// the paragraph's own text nodes (not the indentation around tags).
func hasInnerBreak(n *html.Node) bool {
	found := false
	walkNodes(n, func(c *html.Node) bool {
		if found {
			return false
		}
		if c.Type != html.TextNode {
			return true
		}
		s := strings.TrimSpace(c.Data)
		for i := strings.IndexByte(s, '\n'); i >= 0 && !found; {
			before := strings.TrimRight(s[:i], " \t\r\u3000")
			after := strings.TrimLeft(s[i+1:], " \t\r\n\u3000")
			if before != "" && after != "" {
				r1, _ := utf8.DecodeLastRuneInString(before)
				r2, _ := utf8.DecodeRuneInString(after)
				found = r1 > 0x2000 && r2 > 0x2000
			}
			j := strings.IndexByte(s[i+1:], '\n')
			if j < 0 {
				break
			}
			i += j + 1
		}
		return true
	})
	return found
}

// minUnitRunes is the size below which a paragraph is never judged: short
// lines are captions, dates and sign-offs.
const minUnitRunes = 12

// minTuckedRunes is the size of an inline element closing a paragraph
// from which it counts as a paragraph of its own.
const minTuckedRunes = 20

// tuckTags are the inline elements a profile is tucked into a paragraph with.
var tuckTags = map[string]bool{"span": true, "font": true, "em": true, "strong": true, "b": true, "i": true, "u": true}

// tuckedTail returns the inline element that closes leaf block n when it
// holds a sentence run of its own after text that is not marked up like
// it: a word processor marks every run of a paragraph alike, a cloner
// appending a profile does not.
func tuckedTail(n *html.Node) *html.Node {
	last := n.LastChild
	for last != nil && (isBR(last) || last.Type == html.TextNode && strings.TrimSpace(last.Data) == "" || last.Type == html.CommentNode) {
		last = last.PrevSibling
	}
	if last == nil || last.Type != html.ElementNode || !tuckTags[last.Data] || last.PrevSibling == nil {
		return nil
	}
	look := markupKey(last)
	head := 0
	for c := last.PrevSibling; c != nil; c = c.PrevSibling {
		if c.Type == html.ElementNode && c.Data == last.Data && markupKey(c) == look {
			return nil // marked up alike: one paragraph in several runs
		}
		if c.Type == html.TextNode || c.Type == html.ElementNode {
			head += utf8.RuneCountInString(strings.TrimSpace(textOfNode(c)))
		}
	}
	if head < minUnitRunes || utf8.RuneCountInString(textOf(last)) < minTuckedRunes {
		return nil
	}
	// The text before it must end a sentence: a span in mid-sentence is
	// emphasis, not a paragraph.
	before := strings.TrimRight(textOfNode(last.PrevSibling), " \t\r\n\u3000\u00a0")
	if before == "" {
		return nil
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	if !strings.ContainsRune("。！？!?；;”", r) {
		return nil
	}
	return last
}

// markupKey is how an element is marked up: a hash of its tag, class and
// inline style (white space, case and semicolons aside). A hash, because
// the stage keeps one per paragraph and a 20 MB page has 400,000.
func markupKey(n *html.Node) uint64 {
	h := uint64(fnvOffset)
	h = fnvAdd(h, n.Data, false)
	h = fnvAdd(h, attr(n, "class"), false)
	return fnvAdd(h, attr(n, "style"), true)
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// fnvAdd hashes s into h (FNV-1a) and closes the field, so that ("ab",
// "c") and ("a", "bc") differ. fold drops what CSS ignores.
func fnvAdd(h uint64, s string, fold bool) uint64 {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if fold {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ';' {
				continue
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
		}
		h = (h ^ uint64(c)) * fnvPrime
	}
	return (h ^ 0xff) * fnvPrime
}
