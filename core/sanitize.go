package core

// sanitizeFragment runs already-rendered markup through the render stage
// once more. It exists so that tests and fuzz targets can prove that
// Article.Content is a fixed point of the sanitiser: whatever the reader
// receives, feeding it back changes nothing, so no parser round trip can
// turn it into something the allow-list would have refused.

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// sanitizeFragment parses markup as the body of a <div>, as the reader page
// inserts Content, and renders it with the same renderer Extract uses.
func sanitizeFragment(markup string, base *url.URL) string {
	root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes, err := html.ParseFragment(strings.NewReader(markup), root)
	if err != nil {
		return ""
	}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	p := &page{base: base, art: &Article{}}
	p.render(root)
	return p.art.Content
}

// baseOf parses the page URL the way Extract does; nil when it is not an
// absolute URL.
func baseOf(raw string) *url.URL {
	if u, err := url.Parse(raw); err == nil && u.IsAbs() {
		return u
	}
	return nil
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
