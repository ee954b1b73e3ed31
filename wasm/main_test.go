//go:build js && wasm

package main

import (
	"encoding/json"
	"strings"
	"syscall/js"
	"testing"

	"github.com/govreader/govreader/wasm/internal/jsbridge"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const page = `<!DOCTYPE html><html><head><meta charset="gbk"><title>测试标题_某某市人民政府</title>
<meta name="ArticleTitle" content="测试标题"><meta name="PubDate" content="2025-04-18 10:20"></head>
<body><div class="nav"><a href="/">首页</a></div><h1>测试标题</h1>
<div class="content"><p>第一段正文内容，讲述了会议的主要精神和工作部署。</p><p>第二段正文内容，提出了下一步工作要求。</p></div>
<div style="display:none">隐藏的广告</div></body></html>`

func call(f func(js.Value, []js.Value) any, args ...any) map[string]any {
	out, err := jsbridge.Call(f, args...)
	if err != nil {
		panic(err)
	}
	return out
}

func TestExtractBridge(t *testing.T) {
	// The string arrives decoded; charset utf-8 must win over <meta charset="gbk">.
	out := call(extract, page, `{"url":"http://www.example.gov.cn/a.html","charset":"utf-8"}`)
	require.NotContains(t, out, "error")
	a := out["article"].(map[string]any)
	assert.Equal(t, "测试标题", a["title"])
	assert.Equal(t, "http://www.example.gov.cn/a.html", a["url"])
	assert.Contains(t, a["text"], "第一段正文内容")
	assert.NotContains(t, a["text"], "隐藏的广告")

	for _, tc := range []struct {
		name string
		args []any
		code string
	}{
		{"empty", []any{"  ", ""}, "empty"},
		{"too large", []any{page, `{"max_input_bytes":10}`}, "too_large"},
		{"bad options", []any{page, `{`}, "bad_call"},
		{"not a string", []any{42}, "bad_call"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := call(extract, tc.args...)
			assert.Equal(t, tc.code, out["code"])
			assert.NotEmpty(t, out["error"])
		})
	}
}

// TestExplainBridge: explain and keep reach core, for the reader's
// 显示移除内容 and its restored blocks.
func TestExplainBridge(t *testing.T) {
	a := call(extract, page, `{"charset":"utf-8","explain":true}`)["article"].(map[string]any)
	ex, ok := a["explain"].(map[string]any)
	require.True(t, ok, "explain asked for, explanation given")
	fp := ""
	for _, b := range ex["blocks"].([]any) {
		if b := b.(map[string]any); b["reason"] == "hidden.display_none" {
			fp, _ = b["fingerprint"].(string)
		}
	}
	require.NotEmpty(t, fp, "the hidden block is logged and can be restored")
	plain := call(extract, page, `{"charset":"utf-8"}`)["article"].(map[string]any)
	assert.NotContains(t, plain, "explain", "no explanation unless asked for")

	kept := call(extract, page, `{"charset":"utf-8","explain":true,"keep":["`+fp+`"]}`)["article"].(map[string]any)
	restored := kept["explain"].(map[string]any)["restored"].([]any)
	require.Len(t, restored, 1)
	assert.Equal(t, fp, restored[0].(map[string]any)["fingerprint"])
}

func TestRenderBridge(t *testing.T) {
	a, err := json.Marshal(call(extract, page, `{"charset":"utf-8"}`)["article"])
	require.NoError(t, err)
	md := call(render(markdownOf), string(a))
	require.NotContains(t, md, "error")
	assert.True(t, strings.HasPrefix(md["text"].(string), "---\n"), md["text"])
	assert.Contains(t, md["text"], `title: "测试标题"`)
	doc := call(render(documentOf), string(a))
	assert.Contains(t, doc["text"], "<style")
	assert.Contains(t, doc["text"], "第二段正文内容")
	bad := call(render(markdownOf), "{")
	assert.Equal(t, "bad_call", bad["code"])

	// The export options travel as JSON: the saved time keeps its zone, and
	// the labels follow the UI language.
	md = call(render(markdownOf), string(a), `{"saved":"2025-05-01T09:30:00+08:00","lang":"en-US"}`)
	require.NotContains(t, md, "error")
	assert.Contains(t, md["text"], `saved: "2025-05-01T09:30:00+08:00"`)
	assert.Contains(t, md["text"], "Published: 2025-04-18 10:20")
	doc = call(render(documentOf), string(a), `{"lang":"zh-CN"}`)
	assert.Contains(t, doc["text"], "<dt>发布时间</dt><dd>2025-04-18 10:20</dd>")
	bad = call(render(documentOf), string(a), `{"saved":"yesterday"}`)
	assert.Equal(t, "bad_call", bad["code"])
}

// TestHasSpamWordsBridge: the early headline's check answers in JSON, and a
// bad call counts as spam, so that it never lets a headline through.
func TestHasSpamWordsBridge(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []any
		want bool
	}{
		{"a headline", []any{"测试标题"}, false},
		{"spam", []any{"澳门葡京娱乐城"}, true},
		{"not a string", []any{42}, true},
		{"no argument", nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, call(hasSpamWords, tc.args...)["spam"])
		})
	}
}
