//go:build !js

package core

import "golang.org/x/net/html"

// attr is the value of n's attribute key, or "". Inlined here; see
// attr_js.go for the WebAssembly build.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
