//go:build js

package core

import "golang.org/x/net/html"

// attr is the value of n's attribute key, or "". In WebAssembly it is not
// inlined: its loop, copied into some eighty callers, cost core.wasm 7 KB
// gzip, while natively (attr_native.go) the call would cost the hot walks
// of the visibility stage.
//
//go:noinline
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
