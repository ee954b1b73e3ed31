// Package minified wraps tdewolff/minify for the build step and the tests
// that keep saved documents minimal. It is not linked into the wasm:
// minify imports net/http.
package minified

import (
	"fmt"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
)

func newMinifier() *minify.M {
	m := minify.New()
	m.AddFunc("text/css", css.Minify)
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true, KeepDefaultAttrVals: true})
	return m
}

// CSS minifies a stylesheet.
func CSS(src []byte) (string, error) {
	out, err := newMinifier().Bytes("text/css", src)
	if err != nil {
		return "", fmt.Errorf("minify css: %w", err)
	}
	return string(out), nil
}

// HTML minifies a document.
func HTML(src []byte) ([]byte, error) {
	out, err := newMinifier().Bytes("text/html", src)
	if err != nil {
		return nil, fmt.Errorf("minify html: %w", err)
	}
	return out, nil
}
