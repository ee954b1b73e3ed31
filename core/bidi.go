package core

// Bidirectional overrides, part of the visibility stage: the parsed page
// in, its text in the order the browser paints it out.
//
// An override (unicode-bidi:bidi-override with direction:rtl, or the
// characters U+202E … U+202C) lays text out right to left whatever its
// script: a planted advert written backwards in the markup reads forwards
// on the screen, past every filter that reads the markup. The reader
// reads it as it is painted.

import (
	"strings"

	"golang.org/x/net/html"
)

// Bidirectional control characters: right-to-left override, and the pop
// that ends it (or any embedding).
const (
	bidiRLO = '\u202e'
	bidiPDF = '\u202c'
)

// paintBidiOverrides rewrites the text of every override in the body in
// painted order. Portals write left to right: a page with no override
// costs a scan of its style attributes and of its text for one rune.
func (p *page) paintBidiOverrides() {
	body := p.bodyNodes()
	if body == nil {
		return
	}
	walkTree(body[0], func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			if strings.ContainsRune(n.Data, bidiRLO) {
				n.Data = paintRLO(n.Data)
			}
			return false
		case html.ElementNode:
			if hiddenText(n) {
				return false
			}
			if overridesRTL(attr(n, "style")) {
				reverseText(n)
				return false
			}
		}
		return true
	}, nil)
}

// overridesRTL reports an inline style that lays its text out right to
// left by an override.
func overridesRTL(style string) bool {
	if style == "" || indexFold(style, "bidi-override") < 0 {
		return false
	}
	d := strings.ToLower(strings.Join(strings.Fields(style), ""))
	return strings.Contains(d, "direction:rtl")
}

// reverseText puts n's text in reverse order: an override paints the
// last character first, across the element's inline children.
func reverseText(n *html.Node) {
	var nodes []*html.Node
	var all []rune
	walkNodes(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			nodes = append(nodes, c)
			all = append(all, []rune(c.Data)...)
			return false
		}
		return c.Type == html.ElementNode && !hiddenText(c)
	})
	if len(nodes) == 0 {
		return
	}
	reverseRunes(all)
	nodes[0].Data = string(all)
	for _, c := range nodes[1:] {
		c.Data = ""
	}
}

// paintRLO reverses each run between a right-to-left override and the
// pop that ends it (or the end of the text), dropping the controls.
func paintRLO(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexRune(s, bidiRLO)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		s = s[i+len(string(bidiRLO)):]
		end := strings.IndexRune(s, bidiPDF)
		run := s
		if end >= 0 {
			run, s = s[:end], s[end+len(string(bidiPDF)):]
		} else {
			s = ""
		}
		r := []rune(run)
		reverseRunes(r)
		b.WriteString(string(r))
	}
}

func reverseRunes(r []rune) {
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
}
