package script

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// rawText are the elements whose content is not text a reader sees.
// Article content is sanitised and holds none of them, but a fragment from
// elsewhere might, and a converted script or style would be a broken one.
var rawText = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Textarea: true, atom.Xmp: true,
	atom.Iframe: true, atom.Noembed: true, atom.Noframes: true, atom.Noscript: true, atom.Plaintext: true,
}

// ConvertHTML converts only the text nodes of an HTML fragment (parsed in
// a <body> context, as Article.Content is). Tags, attributes and comments
// are left alone: Convert on the raw markup would also rewrite attribute
// values such as alt, title and unescaped Chinese in a link's URL, which
// would break the link.
//
// A fragment with nothing to convert comes back byte for byte, so that
// switching an already simplified article to simplified does not even
// re-serialise it. Otherwise the result is the parsed fragment rendered
// again: equivalent markup, normalised the way a browser would.
func (c *Converter) ConvertHTML(fragment string) (string, error) {
	if c == nil || !hasNonASCII(fragment) {
		// Only CJK text converts, and CJK is never ASCII.
		return fragment, nil
	}
	ctx := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(fragment), ctx)
	if err != nil {
		return fragment, err
	}
	changed := false
	// An explicit stack rather than recursion, like core's DOM walks, so
	// that deep nesting cannot exhaust the stack.
	stack := append([]*html.Node(nil), nodes...)
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch n.Type {
		case html.TextNode:
			if hasNonASCII(n.Data) {
				if out := c.Convert(n.Data); out != n.Data {
					n.Data = out
					changed = true
				}
			}
			continue
		case html.ElementNode:
			if rawText[n.DataAtom] {
				continue
			}
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			stack = append(stack, ch)
		}
	}
	if !changed {
		return fragment, nil
	}
	var b strings.Builder
	b.Grow(len(fragment))
	for _, n := range nodes {
		if err := html.Render(&b, n); err != nil {
			return fragment, err
		}
	}
	return b.String(), nil
}

func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	return false
}
