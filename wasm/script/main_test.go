//go:build js && wasm

package main

import (
	"syscall/js"
	"testing"

	"github.com/govreader/govreader/wasm/internal/jsbridge"
	"github.com/stretchr/testify/assert"
)

func call(f func(js.Value, []js.Value) any, args ...any) map[string]any {
	out, err := jsbridge.Call(f, args...)
	if err != nil {
		panic(err)
	}
	return out
}

func TestConvertBridge(t *testing.T) {
	convert := bridge(converters{}, "convert", convertText)
	out := call(convert, "全市春季義務植樹活動啟動 共建綠色家園", "t2s")
	assert.Equal(t, map[string]any{"text": "全市春季义务植树活动启动 共建绿色家园"}, out)
	out = call(convert, "共建绿色家园", "s2t")
	assert.Equal(t, "共建綠色家園", out["text"])
	// An empty string is a valid text, not a missing one.
	assert.Equal(t, map[string]any{"text": ""}, call(convert, "", "t2s"))
}

func TestConvertHTMLBridge(t *testing.T) {
	out := call(bridge(converters{}, "convertHTML", convertHTML), `<p title="綠色"><a href="/植樹.html">義務植樹</a></p>`, "t2s")
	assert.Equal(t, `<p title="綠色"><a href="/植樹.html">义务植树</a></p>`, out["text"])
}

func TestBridgeErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []any
		code string
	}{
		{"unknown direction", []any{"發展", "x2y"}, "direction"},
		{"missing direction", []any{"發展"}, "bad_call"},
		{"not a string", []any{42, "t2s"}, "bad_call"},
		{"no arguments", nil, "bad_call"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, f := range []func(js.Value, []js.Value) any{bridge(converters{}, "convert", convertText), bridge(converters{}, "convertHTML", convertHTML)} {
				out := call(f, tc.args...)
				assert.Equal(t, tc.code, out["code"])
				assert.NotEmpty(t, out["error"])
				assert.NotContains(t, out, "text")
			}
		})
	}
}

func TestConvertersAreReused(t *testing.T) {
	cs := converters{}
	a, err := cs.get("t2s")
	assert.NoError(t, err)
	b, err := cs.get("t2s")
	assert.NoError(t, err)
	assert.Same(t, a, b)
	_, err = cs.get("nope")
	assert.Error(t, err)
}
