//go:build js && wasm

// Package jsbridge holds what the WebAssembly bridges (wasm/ and
// wasm/script/) share: replies travel to JavaScript as JSON strings, and
// errors as values, because a Go panic would end the instance.
package jsbridge

import (
	"encoding/json"
	"syscall/js"
)

// Reply marshals a bridge result for JavaScript. A result that cannot be
// marshalled becomes an "internal" error reply instead.
func Reply(v any) any {
	b, err := json.Marshal(v)
	if err != nil {
		// "internal" is wire.CodeInternal, spelled out: wire imports core,
		// which script.wasm must not carry.
		b, _ = json.Marshal(map[string]string{"error": "marshal result: " + err.Error(), "code": "internal"})
	}
	return string(b)
}

// Call invokes a bridge function as JavaScript would and decodes its
// reply; the bridges' tests use it.
func Call(f func(js.Value, []js.Value) any, args ...any) (map[string]any, error) {
	vals := make([]js.Value, len(args))
	for i, a := range args {
		vals[i] = js.ValueOf(a)
	}
	var out map[string]any
	err := json.Unmarshal([]byte(f(js.Undefined(), vals).(string)), &out)
	return out, err
}
