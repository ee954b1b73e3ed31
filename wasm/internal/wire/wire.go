// Package wire is what the core bridge (wasm/) and JavaScript exchange,
// as Go types: the options extract accepts, the reply every call gives,
// the error codes, and the name of the global the module registers. The
// bridge builds its values from these types, and
// wasm/internal/gencontract reads them (with core's Article) to write
// extension/contract.js, so the extension's copy cannot drift from them.
//
// The package has no build constraint, unlike the bridge: the generator
// and its staleness test run on the host.
package wire

import (
	"errors"
	"time"

	"github.com/govreader/govreader/core"
)

// CoreGlobal is the name of the object core.wasm's main registers on
// globalThis: {version, extract, markdown, document, hasSpamWords}.
const CoreGlobal = "govreaderCore"

// ExtractOptions is core.Options in the shape JavaScript sends it to extract,
// as JSON. Every field may be left out (omitempty says so to the contract).
type ExtractOptions struct {
	// URL is the page's address: it makes links absolute and decides
	// provenance (official host or copy).
	URL string `json:"url,omitempty"`
	// MaxInputBytes caps the input; 0 means core's default (20 MiB).
	MaxInputBytes int `json:"max_input_bytes,omitempty"`
	// TimeBudgetMS bounds the optional stages, in milliseconds; 0 means
	// core's default (5 s).
	TimeBudgetMS int `json:"time_budget_ms,omitempty"`
	// Charset overrides the declared and sniffed character set.
	Charset string `json:"charset,omitempty"`
	// LiveDOM says the HTML is the content script's serialisation of the
	// page as the browser shows it (hidden elements marked with
	// HIDDEN_HINT_ATTR).
	LiveDOM bool `json:"live_dom,omitempty"`
	// Explain fills Article.explain: the reader's 显示移除内容.
	Explain bool `json:"explain,omitempty"`
	// Keep lists the fingerprints of the blocks a reader restored on the
	// site (Block.fingerprint).
	Keep []string `json:"keep,omitempty"`
}

// Core returns the options as core.Extract takes them.
func (o ExtractOptions) Core() core.Options {
	return core.Options{
		URL:           o.URL,
		MaxInputBytes: o.MaxInputBytes,
		TimeBudget:    time.Duration(o.TimeBudgetMS) * time.Millisecond,
		Charset:       o.Charset,
		LiveDOM:       o.LiveDOM,
		Explain:       o.Explain,
		Keep:          o.Keep,
	}
}

// Reply is what every function of CoreGlobal returns, as a JSON string:
// one of article, text or spam on success, error and code on failure.
// Errors travel as values because a Go panic would end the one warm
// instance every tab shares.
type Reply struct {
	// Article is extract's result.
	Article *core.Article `json:"article,omitempty"`
	// Text is markdown's or document's result.
	Text *string `json:"text,omitempty"`
	// Spam is hasSpamWords's result.
	Spam *bool `json:"spam,omitempty"`
	// Error says what failed, in English, for a log.
	Error string `json:"error,omitempty"`
	// Code is one of the Code* constants: what the extension matches on
	// to pick a message in the reader's language.
	Code string `json:"code,omitempty"`
}

// Codes of a failed call (Reply.Code).
const (
	CodeEmpty    = "empty"     // extract: nothing but white space
	CodeTooLarge = "too_large" // extract: over max_input_bytes
	CodeNotHTML  = "not_html"  // extract: the input is not an HTML page
	CodeExtract  = "extract"   // extract: any other failure of core
	CodeBadCall  = "bad_call"  // an argument of the wrong type, or JSON that does not parse
	CodeRender   = "render"    // markdown or document failed
	CodeInternal = "internal"  // the reply itself could not be marshalled
)

// CodeOf is the code of an error core.Extract returned.
func CodeOf(err error) string {
	switch {
	case errors.Is(err, core.ErrTooLarge):
		return CodeTooLarge
	case errors.Is(err, core.ErrEmptyInput):
		return CodeEmpty
	case errors.Is(err, core.ErrNotHTML):
		return CodeNotHTML
	}
	return CodeExtract
}
