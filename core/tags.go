package core

// The tag index parse builds and every stage looks elements up in.

import (
	"regexp"

	"github.com/govreader/govreader/core/internal/dq"
	"golang.org/x/net/html"
)

// tagIndex lists, in document order, the page's elements of the kinds that
// stages look up across the whole page (meta, script, style, title, img …):
// each lookup would otherwise be a walk of the page, a dozen of them per
// page. Stages remove nodes without telling the index, so a lookup skips
// the elements no longer in the document.
type tagIndex struct {
	doc                                                         *html.Node
	meta, script, style, title, link, base, root, noscript, img []*html.Node
	// titled: the elements other than images that carry a title
	// attribute (a tooltip), looked up as "[title]".
	titled []*html.Node
	// labelled: the elements with an aria-label, which screen readers
	// read in their place, looked up as "[aria-label]".
	labelled []*html.Node
	// frames: the <iframe srcdoc> elements, whose documents parse reads
	// in their place.
	frames []*html.Node
}

func (ix *tagIndex) list(tag string) *[]*html.Node {
	switch tag {
	case "meta":
		return &ix.meta
	case "script":
		return &ix.script
	case "style":
		return &ix.style
	case "title":
		return &ix.title
	case "link":
		return &ix.link
	case "base":
		return &ix.base
	case "html":
		return &ix.root
	case "noscript":
		return &ix.noscript
	case "img":
		return &ix.img
	case "[title]":
		return &ix.titled
	case "[aria-label]":
		return &ix.labelled
	}
	return nil
}

func (ix *tagIndex) add(n *html.Node) {
	l := ix.list(n.Data)
	if l != nil {
		*l = append(*l, n)
	}
	for _, a := range n.Attr {
		switch {
		case a.Key == "title" && l == nil:
			ix.titled = append(ix.titled, n)
		case a.Key == "aria-label":
			ix.labelled = append(ix.labelled, n)
		}
	}
	if n.Data == "iframe" && hasAttr(n, "srcdoc") {
		ix.frames = append(ix.frames, n)
	}
}

// all returns the tag's elements still in the document for which keep
// (when not nil) holds, as a selection.
func (ix *tagIndex) all(tag string, keep func(*html.Node) bool) *dq.Selection {
	return &dq.Selection{Nodes: ix.find(tag, keep, -1)}
}

// first is all(tag, keep).First() without the list.
func (ix *tagIndex) first(tag string, keep func(*html.Node) bool) *dq.Selection {
	return &dq.Selection{Nodes: ix.find(tag, keep, 1)}
}

// find lists up to limit (all when negative) of the tag's elements still
// in the document for which keep holds. A tag the index does not list
// has none: every lookup names its tag in the code, and
// TestTagIndexMatchesSelectors covers each.
func (ix *tagIndex) find(tag string, keep func(*html.Node) bool, limit int) []*html.Node {
	l := ix.list(tag)
	if l == nil {
		return nil
	}
	var out []*html.Node
	for _, n := range *l {
		if len(out) == limit {
			break
		}
		if (keep == nil || keep(n)) && ix.holds(n) {
			out = append(out, n)
		}
	}
	return out
}

// holds reports whether n is still in the document: a removed subtree
// keeps its inner links and loses only its root's parent.
func (ix *tagIndex) holds(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == ix.doc {
			return true
		}
	}
	return false
}

// withAttr and attrEquals are keep functions for tagIndex lookups, as the
// selectors [name] and [name="value"] test.
func withAttr(name string) func(*html.Node) bool {
	return func(n *html.Node) bool { return hasAttr(n, name) }
}

func attrEquals(name, val string) func(*html.Node) bool {
	return func(n *html.Node) bool {
		for _, a := range n.Attr {
			if a.Key == name && a.Val == val {
				return true
			}
		}
		return false
	}
}

// inBody reports whether n is below the page's <body>.
func inBody(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.Data == "body" {
			return true
		}
	}
	return false
}

var (
	tagRe = regexp.MustCompile(`<[^>]*>`)
)
