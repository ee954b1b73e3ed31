package core

// DOM helpers shared by the stages. They walk iteratively, so that a page
// nested 100,000 levels deep cannot exhaust the stack.

import (
	"strings"

	"golang.org/x/net/html"
)

// walkElements visits the element nodes below and including roots in
// document order. visit returns false to skip a node's children.
func walkElements(roots []*html.Node, visit func(*html.Node) bool) {
	stack := make([]*html.Node, 0, 64)
	for i := len(roots) - 1; i >= 0; i-- {
		stack = append(stack, roots[i])
	}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode || n.Type == html.DocumentNode {
			if n.Type == html.ElementNode && !visit(n) {
				continue
			}
			for c := n.LastChild; c != nil; c = c.PrevSibling {
				if c.Type == html.ElementNode {
					stack = append(stack, c)
				}
			}
		}
	}
}

// detach removes n from its parent.
func detach(n *html.Node) {
	if n.Parent != nil {
		n.Parent.RemoveChild(n)
	}
}

// textOf returns the text below n as a browser would join it, without
// scripts and styles, with runs of white space folded to one space.
func textOf(n *html.Node) string {
	var b strings.Builder
	stack := []*html.Node{n}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
			continue
		case html.ElementNode:
			switch c.Data {
			case "script", "style", "noscript", "template":
				continue
			case "br", "p", "div", "li", "tr", "td", "th":
				b.WriteByte(' ')
			}
		}
		for k := c.LastChild; k != nil; k = k.PrevSibling {
			stack = append(stack, k)
		}
	}
	return collapseSpace(b.String())
}

// collapseSpace folds white space, including the ideographic space and
// no-break space, to single spaces and trims the ends.
func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if isSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u3000', '\u2002', '\u2003', '\u2009', '\u200b', '\ufeff':
		return true
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
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
