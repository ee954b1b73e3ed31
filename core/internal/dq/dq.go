// Package dq is the small DOM-query layer the core pipeline uses: the
// subset of goquery's API that core needs (Find, Each, Attr, Text, Remove
// …), with the same names and semantics, over the same libraries goquery
// is built on (golang.org/x/net/html and cascadia).
//
// Why not goquery itself: goquery imports net/http for its
// NewDocumentFromResponse helper, and in the WebAssembly build that import
// alone costs about 0.8 MB gzip, a third of the extension's size budget.
// dq_test.go checks every method against goquery on the same input.
package dq

import (
	"io"
	"strings"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// Document is a parsed page.
type Document struct {
	*Selection
}

// Selection is an ordered set of nodes without duplicates.
type Selection struct {
	Nodes []*html.Node
}

// NewDocumentFromReader parses an HTML document.
func NewDocumentFromReader(r io.Reader) (*Document, error) {
	root, err := html.Parse(r)
	if err != nil {
		return nil, err
	}
	return NewDocumentFromNode(root), nil
}

// NewDocumentFromNode wraps an already parsed tree.
func NewDocumentFromNode(root *html.Node) *Document {
	return &Document{&Selection{Nodes: []*html.Node{root}}}
}

// Find returns the descendants of the selection that match the CSS
// selector, in document order. An invalid selector matches nothing.
func (s *Selection) Find(selector string) *Selection {
	m, err := cascadia.Compile(selector)
	if err != nil {
		return &Selection{}
	}
	return s.FindMatcher(m)
}

// FindMatcher is Find with a selector the caller compiled, once: compiling
// costs as much as matching on a small page.
func (s *Selection) FindMatcher(m cascadia.Matcher) *Selection {
	if len(s.Nodes) == 1 {
		return &Selection{Nodes: cascadia.QueryAll(s.Nodes[0], m)}
	}
	var out []*html.Node
	seen := map[*html.Node]bool{}
	for _, n := range s.Nodes {
		for _, hit := range cascadia.QueryAll(n, m) {
			if !seen[hit] {
				seen[hit] = true
				out = append(out, hit)
			}
		}
	}
	return &Selection{Nodes: out}
}

// Each calls f for every node, wrapped in its own selection.
func (s *Selection) Each(f func(int, *Selection)) *Selection {
	for i, n := range s.Nodes {
		f(i, &Selection{Nodes: []*html.Node{n}})
	}
	return s
}

// EachWithBreak is Each that stops when f returns false.
func (s *Selection) EachWithBreak(f func(int, *Selection) bool) *Selection {
	for i, n := range s.Nodes {
		if !f(i, &Selection{Nodes: []*html.Node{n}}) {
			break
		}
	}
	return s
}

// Map collects f's result for every node.
func (s *Selection) Map(f func(int, *Selection) string) []string {
	out := make([]string, 0, len(s.Nodes))
	for i, n := range s.Nodes {
		out = append(out, f(i, &Selection{Nodes: []*html.Node{n}}))
	}
	return out
}

// Length is the number of nodes.
func (s *Selection) Length() int { return len(s.Nodes) }

// Get returns the i-th node; a negative i counts from the end.
func (s *Selection) Get(i int) *html.Node {
	if i < 0 {
		i += len(s.Nodes)
	}
	return s.Nodes[i]
}

// First is the selection of the first node (empty when s is).
func (s *Selection) First() *Selection {
	if len(s.Nodes) == 0 {
		return &Selection{}
	}
	return &Selection{Nodes: s.Nodes[:1]}
}

// Next is the selection of each node's next element sibling.
func (s *Selection) Next() *Selection {
	var out []*html.Node
	for _, n := range s.Nodes {
		for c := n.NextSibling; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				out = append(out, c)
				break
			}
		}
	}
	return &Selection{Nodes: out}
}

// Is reports whether any node matches the selector.
func (s *Selection) Is(selector string) bool {
	m, err := cascadia.Compile(selector)
	if err != nil {
		return false
	}
	for _, n := range s.Nodes {
		if n.Type == html.ElementNode && m.Match(n) {
			return true
		}
	}
	return false
}

// Attr returns the first node's attribute.
func (s *Selection) Attr(name string) (string, bool) {
	if len(s.Nodes) == 0 {
		return "", false
	}
	for _, a := range s.Nodes[0].Attr {
		if a.Key == name {
			return a.Val, true
		}
	}
	return "", false
}

// AttrOr returns the first node's attribute or def when it is missing.
func (s *Selection) AttrOr(name, def string) string {
	if v, ok := s.Attr(name); ok {
		return v
	}
	return def
}

// Text joins the text of all nodes and their descendants, scripts
// included, as goquery does.
func (s *Selection) Text() string {
	var b strings.Builder
	for _, n := range s.Nodes {
		stack := []*html.Node{n}
		for len(stack) > 0 {
			c := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if c.Type == html.TextNode {
				b.WriteString(c.Data)
			}
			for k := c.LastChild; k != nil; k = k.PrevSibling {
				stack = append(stack, k)
			}
		}
	}
	return b.String()
}

// Remove detaches every node from the tree.
func (s *Selection) Remove() *Selection {
	for _, n := range s.Nodes {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	return s
}

// SetText replaces the children of every node with one text node.
func (s *Selection) SetText(text string) *Selection {
	for _, n := range s.Nodes {
		for c := n.FirstChild; c != nil; c = n.FirstChild {
			n.RemoveChild(c)
		}
		n.AppendChild(&html.Node{Type: html.TextNode, Data: text})
	}
	return s
}

// SetAttr sets an attribute on every node.
func (s *Selection) SetAttr(name, val string) *Selection {
	for _, n := range s.Nodes {
		set := false
		for i := range n.Attr {
			if n.Attr[i].Key == name {
				n.Attr[i].Val, set = val, true
				break
			}
		}
		if !set {
			n.Attr = append(n.Attr, html.Attribute{Key: name, Val: val})
		}
	}
	return s
}
