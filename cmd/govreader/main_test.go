package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExtractWritesEachInputAndGoesOnPastBadFiles(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.html")
	require.NoError(t, os.WriteFile(good, samplePage, 0o644))
	empty := filepath.Join(dir, "empty.html")
	require.NoError(t, os.WriteFile(empty, nil, 0o644))
	missing := filepath.Join(dir, "missing.html")
	out := filepath.Join(dir, "out")

	var stdout, stderr bytes.Buffer
	code := run([]string{"extract", "-format", "json", "-o", out, empty, missing, good}, nil, &stdout, &stderr)

	assert.Equal(t, 1, code, "a bad input makes the exit status 1")
	assert.Contains(t, stderr.String(), "empty.html")
	assert.Contains(t, stderr.String(), "missing.html")
	raw, err := os.ReadFile(filepath.Join(out, "good.json"))
	require.NoError(t, err, "the good file is still written")
	var art map[string]any
	require.NoError(t, json.Unmarshal(raw, &art))
	assert.Equal(t, "全市春季義務植樹活動啟動 共建綠色家園", art["title"])
}

func TestExtractFormats(t *testing.T) {
	for _, tc := range []struct{ format, want string }{
		{"json", `"title": "全市春季義務植樹活動啟動 共建綠色家園"`},
		{"text", "全市春季義務植樹活動啟動 共建綠色家園\n\n今日永州訊"},
		{"md", "# 全市春季義務植樹活動啟動 共建綠色家園"},
		{"html", "<h1>全市春季義務植樹活動啟動 共建綠色家園</h1>"},
	} {
		t.Run(tc.format, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run([]string{"extract", "-format", tc.format, "-"}, bytes.NewReader(samplePage), &stdout, &stderr)
			require.Equal(t, 0, code, stderr.String())
			assert.Contains(t, stdout.String(), tc.want)
			body := stdout.String()
			if tc.format == "json" {
				var art map[string]any
				require.NoError(t, json.Unmarshal(stdout.Bytes(), &art))
				body = art["text"].(string) + art["content"].(string)
			}
			assert.NotContains(t, body, "葡京", "spam reaches the article")
		})
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"nope"}, {"extract"}, {"extract", "-format", "pdf", "x.html"}} {
		var stdout, stderr bytes.Buffer
		assert.Equal(t, 2, run(args, nil, &stdout, &stderr), strings.Join(args, " "))
	}
}

func TestDemoWritesReaderPageAndPrintsMetadata(t *testing.T) {
	dir := t.TempDir()
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run([]string{"demo", "-o", dir}, nil, &stdout, &stderr), stderr.String())
	assert.Contains(t, stdout.String(), "2025-03-12T09:30+08:00")
	assert.Contains(t, stdout.String(), "spam_text")
	page, err := os.ReadFile(filepath.Join(dir, "sample.html"))
	require.NoError(t, err)
	assert.Contains(t, string(page), "瀟水河畔")
	assert.NotContains(t, string(page), "<script")
}
