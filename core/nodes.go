package core

// Node helpers every stage shares: what a subtree holds (media, block
// children, link text) and how its text is measured. They know no stage.

import (
	"strings"

	"golang.org/x/net/html"
)

func hasMedia(n *html.Node) bool {
	return findNode(n, func(e *html.Node) bool { return isElement(e, "img", "video", "table") }, nil) != nil
}

func linkDensity(n *html.Node) float64 {
	total, linked := textLens(n)
	if total == 0 {
		return 0
	}
	return float64(linked) / float64(total)
}

// proseLen is the length in runes of the text below n that is not link
// text.
func proseLen(n *html.Node) int {
	total, linked := textLens(n)
	return total - linked
}

// textLens measures the text below n and the part of it inside links.
func textLens(n *html.Node) (total, linked int) {
	// Only real links count: Word pastes are full of <a name> bookmarks.
	isLink := func(c *html.Node) bool {
		return c.Type == html.ElementNode && c.Data == "a" && attr(c, "href") != ""
	}
	links := 0
	walkTree(n, func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			l := runeLenNoSpace(c.Data)
			total += l
			if links > 0 {
				linked += l
			}
			return false
		case html.ElementNode:
			if hiddenText(c) {
				return false
			}
		}
		if isLink(c) {
			links++
		}
		return true
	}, func(c *html.Node) {
		if isLink(c) {
			links--
		}
	})
	return total, linked
}

// textLen is what textLens measures.
type textLen struct{ total, linked int }

// textLensOf is textLens of every node of want below root, measured in one
// walk: measured one by one, each candidate container would walk its whole
// subtree again, which is quadratic on deep pages.
func textLensOf[V any](root *html.Node, want map[*html.Node]V) map[*html.Node]textLen {
	out := make(map[*html.Node]textLen, len(want))
	var open []textLen // one per open element, innermost last
	walkTree(root, func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			if len(open) > 0 {
				open[len(open)-1].total += runeLenNoSpace(c.Data)
			}
			return false
		case html.ElementNode:
			open = append(open, textLen{})
		}
		return true
	}, func(c *html.Node) {
		if c.Type != html.ElementNode {
			return
		}
		l := open[len(open)-1]
		open = open[:len(open)-1]
		if hiddenText(c) {
			// Its text counts neither in it nor above it; the elements
			// inside it (a template's) are measured as textLens would.
			l = textLen{}
		} else if c.Data == "a" && attr(c, "href") != "" {
			l.linked = l.total
		}
		if _, ok := want[c]; ok {
			out[c] = l
		}
		if len(open) > 0 {
			open[len(open)-1].total += l.total
			open[len(open)-1].linked += l.linked
		}
	})
	return out
}

func hasBlockDescendant(n *html.Node) bool {
	return findNode(n, func(e *html.Node) bool {
		return e != n && e.Type == html.ElementNode && isBlockish(e.Data)
	}, func(e *html.Node) bool { return e.Type == html.ElementNode }) != nil
}

func isBR(n *html.Node) bool { return n.Type == html.ElementNode && n.Data == "br" }

func firstText(n *html.Node) *html.Node {
	var found *html.Node
	walkNodes(n, func(c *html.Node) bool {
		if found != nil {
			return false
		}
		if c.Type == html.TextNode && strings.TrimFunc(c.Data, isSpace) != "" {
			found = c
			return false
		}
		return true
	})
	return found
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isBlockish(c.Data) {
			return true
		}
	}
	return false
}

var attachmentExt = map[string]bool{
	".pdf": true, ".doc": true, ".docx": true, ".xls": true, ".xlsx": true, ".ppt": true, ".pptx": true,
	".zip": true, ".rar": true, ".7z": true, ".wps": true, ".et": true, ".ofd": true, ".txt": true, ".csv": true,
}

// mergeText joins adjacent text nodes below root. The renderer appends text
// piece by piece, but whoever parses Content sees one node per run of text;
// repairs that look at a paragraph's first text (paragraphStart) must see
// the same run in both, or a second pass repairs what the first did not.
func mergeText(root *html.Node) {
	walkNodes(root, func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.TextNode || c.NextSibling == nil || c.NextSibling.Type != html.TextNode {
				continue
			}
			// A builder, not +=: 50,000 adjacent spans make 50,000 pieces.
			var b strings.Builder
			b.WriteString(c.Data)
			for next := c.NextSibling; next != nil && next.Type == html.TextNode; next = c.NextSibling {
				b.WriteString(next.Data)
				n.RemoveChild(next)
			}
			c.Data = b.String()
		}
		return true
	})
}

// textOfNode is textOf for any node, text nodes included.
func textOfNode(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	return textOf(n)
}
