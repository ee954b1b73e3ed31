// Package script converts Chinese text between simplified and traditional
// script, for the reader's 简/繁 switch. A copied page is often converted
// to traditional script (the seed page is); the reader shows it in the
// script the reader prefers.
//
// It is a package of its own, outside core, on purpose: the OpenCC
// dictionaries it embeds add about 1.4 MB raw and 0.55 MB gzip to a
// WebAssembly build, more than the whole budget for a feature most pages
// never use. The extension builds it as a second module (wasm/script) and
// loads it only when the reader first presses the switch.
package script

import (
	"fmt"

	"github.com/longbridgeapp/opencc"
)

// Directions of conversion.
const (
	ToTraditional = "s2t" // simplified → traditional (OpenCC standard)
	ToSimplified  = "t2s" // traditional → simplified
)

// directions maps the accepted direction names to OpenCC configurations.
// Taiwan and Hong Kong variants are accepted as well, because a copied
// page may have been converted with either.
var directions = map[string]string{
	ToTraditional: "s2t", ToSimplified: "t2s",
	"s2tw": "s2tw", "tw2s": "tw2s", "s2hk": "s2hk", "hk2s": "hk2s",
}

// Converter converts in one direction. It holds the loaded dictionaries,
// so that a reader converting many paragraphs loads them once; it is safe
// for concurrent use, because conversion only reads them.
type Converter struct {
	cc *opencc.OpenCC
}

// New returns a converter for direction ("s2t" or "t2s"; also "s2tw",
// "tw2s", "s2hk", "hk2s"). Loading the dictionaries takes tens of
// milliseconds, so keep the converter.
func New(direction string) (*Converter, error) {
	conf, ok := directions[direction]
	if !ok {
		return nil, fmt.Errorf("script: unknown direction %q (want s2t or t2s)", direction)
	}
	cc, err := opencc.New(conf)
	if err != nil {
		return nil, fmt.Errorf("script: %w", err)
	}
	return &Converter{cc: cc}, nil
}

// Convert converts text. ASCII markup passes through unchanged, but
// attribute values (alt, title, a URL with raw Chinese in it) would be
// converted too; use ConvertHTML for Article.Content. On a dictionary
// error the text comes back unchanged: a page shown in the wrong script is
// better than no page.
func (c *Converter) Convert(text string) string {
	if c == nil || text == "" {
		return text
	}
	out, err := c.cc.Convert(text)
	if err != nil {
		return text
	}
	return out
}

// Convert converts text in direction with a converter built for the call;
// use New for more than one conversion.
func Convert(text, direction string) (string, error) {
	c, err := New(direction)
	if err != nil {
		return text, err
	}
	return c.Convert(text), nil
}
