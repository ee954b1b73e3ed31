//go:build js && wasm

// Command wasm is the WebAssembly bridge between core and the extension. It
// holds no logic: strings in, JSON out. JavaScript sees one global object,
// govreaderCore (wire.CoreGlobal), with
//
//	version: string
//	extract(html, optionsJSON) -> JSON {"article": Article} or {"error": string, "code": string}
//	    (optionsJSON is wire.ExtractOptions)
//	markdown(articleJSON, exportJSON) -> JSON {"text": string} or {"error": string}
//	document(articleJSON, exportJSON) -> JSON {"text": string} or {"error": string}
//	hasSpamWords(text) -> JSON {"spam": bool} (core.HasSpamWords; a
//	    non-string is spam, so that a bad call never shows a headline)
//
// exportJSON is core.ExportOptions ({"saved": RFC 3339, "lang", "images":
// {src: data URL}}), optional.
//
// Errors travel as values rather than exceptions because a Go panic would
// kill the single warm instance that every tab shares. The shapes and
// codes are wasm/internal/wire's, from which extension/contract.js is
// generated.
package main

import (
	"encoding/json"
	"runtime/debug"
	"syscall/js"

	"github.com/govreader/govreader/core"
	"github.com/govreader/govreader/wasm/internal/jsbridge"
	"github.com/govreader/govreader/wasm/internal/wire"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// result is the reply to JavaScript (wire.Reply, which the extension's
// contract.js is generated from).
type result = wire.Reply

func reply(r result) any { return jsbridge.Reply(r) }

func extract(_ js.Value, args []js.Value) any {
	if len(args) < 1 || args[0].Type() != js.TypeString {
		return reply(result{Error: "extract(html, optionsJSON): html must be a string", Code: wire.CodeBadCall})
	}
	var o wire.ExtractOptions
	if len(args) > 1 && args[1].Type() == js.TypeString && args[1].String() != "" {
		if err := json.Unmarshal([]byte(args[1].String()), &o); err != nil {
			return reply(result{Error: "options: " + err.Error(), Code: wire.CodeBadCall})
		}
	}
	a, err := core.Extract([]byte(args[0].String()), o.Core())
	if err != nil {
		return reply(result{Error: err.Error(), Code: wire.CodeOf(err)})
	}
	return reply(result{Article: a})
}

func hasSpamWords(_ js.Value, args []js.Value) any {
	spam := len(args) < 1 || args[0].Type() != js.TypeString || core.HasSpamWords(args[0].String())
	return reply(result{Spam: &spam})
}

// render wraps an Article renderer as a JavaScript function taking the
// Article's JSON and, optionally, the export options' JSON.
func render(f func(*core.Article, core.ExportOptions) (string, error)) func(js.Value, []js.Value) any {
	return func(_ js.Value, args []js.Value) any {
		if len(args) < 1 || args[0].Type() != js.TypeString {
			return reply(result{Error: "argument must be the Article as JSON", Code: wire.CodeBadCall})
		}
		var a core.Article
		if err := json.Unmarshal([]byte(args[0].String()), &a); err != nil {
			return reply(result{Error: "article: " + err.Error(), Code: wire.CodeBadCall})
		}
		var o core.ExportOptions
		if len(args) > 1 && args[1].Type() == js.TypeString && args[1].String() != "" {
			if err := json.Unmarshal([]byte(args[1].String()), &o); err != nil {
				return reply(result{Error: "export options: " + err.Error(), Code: wire.CodeBadCall})
			}
		}
		s, err := f(&a, o)
		if err != nil {
			return reply(result{Error: err.Error(), Code: wire.CodeRender})
		}
		return reply(result{Text: &s})
	}
}

func markdownOf(a *core.Article, o core.ExportOptions) (string, error) {
	return core.Markdown(a, o), nil
}

func documentOf(a *core.Article, o core.ExportOptions) (string, error) {
	b, err := core.Document(a, o)
	return string(b), err
}

// GC tuning. Go's collector runs on the one thread that also runs the
// extraction, so every cycle is time the reader waits for; at the default
// GOGC=100 a gov page costs a few cycles and the collector takes about a
// tenth of the extraction. 400 lets the heap grow to five times the live
// data (some 40 MiB over the gov corpus, against 25 MiB), and the soft limit
// keeps a huge page from growing the instance's memory, which WebAssembly
// never gives back, much beyond what the default would use. A lower limit
// makes the collector thrash on large pages (a 10 MB page took 3.6 s at
// 256 MiB against 2.1 s at 512 MiB and 2.9 s with the defaults).
const (
	gcPercent   = 400
	memoryLimit = 512 << 20
)

func main() {
	debug.SetGCPercent(gcPercent)
	debug.SetMemoryLimit(memoryLimit)
	api := js.Global().Get("Object").New()
	api.Set("version", version)
	api.Set("extract", js.FuncOf(extract))
	api.Set("markdown", js.FuncOf(render(markdownOf)))
	api.Set("document", js.FuncOf(render(documentOf)))
	api.Set("hasSpamWords", js.FuncOf(hasSpamWords))
	js.Global().Set(wire.CoreGlobal, api)
	// The instance must outlive main so that the functions stay callable.
	select {}
}
