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
