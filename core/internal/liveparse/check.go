package liveparse

// Tools that hold Parse to what it stands in for. Nothing on the
// extraction path calls them, so the linker leaves them out of the
// WebAssembly module; the tests here and in core use them.

import (
	"fmt"
	"strings"

	"golang.org/x/net/html"
)

// Serialize writes a tree as a browser's outerHTML does (the
// HTML standard's fragment serialisation), with the content script's
// doctype line first.
func Serialize(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			Serialize(b, c)
		}
	case html.DoctypeNode:
		b.WriteString("<!DOCTYPE " + n.Data)
		var public, system string
		for _, a := range n.Attr {
			switch a.Key {
			case "public":
				public = a.Val
			case "system":
				system = a.Val
			}
		}
		switch {
		case public != "":
			b.WriteString(` PUBLIC "` + public + `"`)
			if system != "" {
				b.WriteString(` "` + system + `"`)
			}
		case system != "":
			b.WriteString(` SYSTEM "` + system + `"`)
		}
		b.WriteString(">\n")
	case html.CommentNode:
		b.WriteString("<!--" + n.Data + "-->")
	case html.TextNode:
		// In svg, a <style> or <script> is no raw-text element: its text
		// is escaped like any other.
		if p := n.Parent; p != nil && p.Type == html.ElementNode && p.Namespace == "" {
			switch p.Data {
			case "style", "script", "xmp", "iframe", "noembed", "noframes", "plaintext", "noscript":
				b.WriteString(n.Data)
				return
			}
		}
		b.WriteString(strings.NewReplacer("&", "&amp;", "\u00a0", "&nbsp;", "<", "&lt;", ">", "&gt;").Replace(n.Data))
	case html.ElementNode:
		// Names are qualified names: svg's keep their case (viewBox,
		// clipPath), foreign attributes their prefix (xlink:href).
		b.WriteString("<" + n.Data)
		for _, a := range n.Attr {
			key := a.Key
			if a.Namespace != "" {
				key = a.Namespace + ":" + key
			}
			b.WriteString(" " + key + `="` + strings.NewReplacer("&", "&amp;", "\u00a0", "&nbsp;", `"`, "&quot;", "<", "&lt;", ">", "&gt;").Replace(a.Val) + `"`)
		}
		b.WriteString(">")
		// Only HTML elements are void.
		switch n.Data {
		case "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr":
			if n.Namespace == "" {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			Serialize(b, c)
		}
		b.WriteString("</" + n.Data + ">")
	}
}

// TreeDiff describes the first difference between two trees, or "".
func TreeDiff(a, b *html.Node, path string) string {
	if a == nil || b == nil {
		if a != b {
			return fmt.Sprintf("%s: one tree ends (%v, %v)", path, a, b)
		}
		return ""
	}
	if a.Type != b.Type || a.Data != b.Data || a.DataAtom != b.DataAtom || a.Namespace != b.Namespace {
		return fmt.Sprintf("%s: node %d %q %q vs %d %q %q", path, a.Type, a.Data, a.Namespace, b.Type, b.Data, b.Namespace)
	}
	if fmt.Sprint(a.Attr) != fmt.Sprint(b.Attr) {
		return fmt.Sprintf("%s/%s: attributes %v vs %v", path, a.Data, a.Attr, b.Attr)
	}
	ca, cb := a.FirstChild, b.FirstChild
	for i := 0; ca != nil || cb != nil; i++ {
		if d := TreeDiff(ca, cb, fmt.Sprintf("%s/%s[%d]", path, a.Data, i)); d != "" {
			return d
		}
		ca, cb = ca.NextSibling, cb.NextSibling
	}
	return ""
}
