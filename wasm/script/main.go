//go:build js && wasm

// Command script is the WebAssembly bridge to core/script, the reader's
// 简/繁 switch. It is a module of its own, not part of core.wasm, because
// the OpenCC dictionaries add about 0.55 MB gzip that most readers never
// need; the reader page loads it the first time the switch is pressed.
// It holds no logic: strings in, JSON out. JavaScript sees one global
// object, govreaderScript, with
//
//	version: string
//	convert(text, direction)     -> JSON {"text": string} or {"error": string, "code": string}
//	convertHTML(html, direction) -> JSON {"text": string} or {"error": string, "code": string}
//
// direction is "t2s" (to simplified) or "s2t" (to traditional). Errors
// travel as values: a Go panic would end the instance for the page.
package main

import (
	"syscall/js"

	"github.com/govreader/govreader/core/script"
	"github.com/govreader/govreader/wasm/internal/jsbridge"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

type result struct {
	Text  *string `json:"text,omitempty"`
	Error string  `json:"error,omitempty"`
	// Code lets the extension pick a translated message without parsing
	// English error text.
	Code string `json:"code,omitempty"`
}

func reply(r result) any { return jsbridge.Reply(r) }

// converters keeps one converter per direction for the life of the
// instance: loading the dictionaries is the slow part of a conversion, and
// the reader converts an article's title, values and content in turn.
// JavaScript calls into the instance one at a time, so a map will do.
type converters map[string]*script.Converter

func (cs converters) get(direction string) (*script.Converter, error) {
	if c, ok := cs[direction]; ok {
		return c, nil
	}
	c, err := script.New(direction)
	if err != nil {
		return nil, err
	}
	cs[direction] = c
	return c, nil
}

// bridge wraps a conversion as a JavaScript function (text, direction).
func bridge(cs converters, name string, f func(c *script.Converter, s string) (string, error)) func(js.Value, []js.Value) any {
	return func(_ js.Value, args []js.Value) any {
		if len(args) < 2 || args[0].Type() != js.TypeString || args[1].Type() != js.TypeString {
			return reply(result{Error: name + "(text, direction): both must be strings", Code: "bad_call"})
		}
		c, err := cs.get(args[1].String())
		if err != nil {
			return reply(result{Error: err.Error(), Code: "direction"})
		}
		out, err := f(c, args[0].String())
		if err != nil {
			return reply(result{Error: err.Error(), Code: "convert"})
		}
		return reply(result{Text: &out})
	}
}

func convertText(c *script.Converter, s string) (string, error) { return c.Convert(s), nil }

func convertHTML(c *script.Converter, s string) (string, error) { return c.ConvertHTML(s) }

func main() {
	cs := converters{}
	api := js.Global().Get("Object").New()
	api.Set("version", version)
	api.Set("convert", js.FuncOf(bridge(cs, "convert", convertText)))
	api.Set("convertHTML", js.FuncOf(bridge(cs, "convertHTML", convertHTML)))
	js.Global().Set("govreaderScript", api)
	// The instance must outlive main so that the functions stay callable.
	select {}
}
