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
			switch tc.format {
			case "json":
				var art map[string]any
				require.NoError(t, json.Unmarshal(stdout.Bytes(), &art))
				body = art["text"].(string) + art["content"].(string)
			case "md", "html":
				// Saved files end with the removal report, which quotes
				// what was removed: the spam is there as evidence, and
				// nowhere before it.
				report := map[string]string{"md": "\n## 移除报告\n", "html": `<details class="report">`}[tc.format]
				var found bool
				body, _, found = strings.Cut(body, report)
				require.True(t, found, "no removal report")
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

func TestBatchMirrorsTreeAndSummarises(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(in, "2025", "03"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(in, "2025", "03", "art_1.shtml"), samplePage, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(in, "index.htm"), []byte(`<html><body><div class="c"><p>这是一个普通的页面，内容很短，但足以被读取。</p><p>第二段文字，同样有标点。</p></div></body></html>`), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(in, "broken.html"), []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(in, "notes.txt"), []byte("not a page"), 0o644))

	var stdout, stderr bytes.Buffer
	code := run([]string{"batch", "-o", out, "-format", "md", "-j", "2", in}, nil, &stdout, &stderr)

	assert.Equal(t, 1, code, "the broken page makes the run fail at the end")
	assert.Contains(t, stdout.String(), "3 pages, 2 cleaned, 1 failed")
	assert.Contains(t, stdout.String(), "tampered")
	assert.Contains(t, stderr.String(), "broken.html")
	md, err := os.ReadFile(filepath.Join(out, "2025", "03", "art_1.md"))
	require.NoError(t, err)
	assert.Contains(t, string(md), "# 全市春季義務植樹活動啟動 共建綠色家園")
	_, err = os.Stat(filepath.Join(out, "index.md"))
	assert.NoError(t, err)
	_, err = os.Stat(filepath.Join(out, "notes.md"))
	assert.True(t, os.IsNotExist(err), "non-page files are left alone")
}

// explainCases are core's golden cases, with their URLs, and the shared
// seed page.
func explainCases(t *testing.T) map[string]string {
	dirs, err := filepath.Glob(filepath.Join("..", "..", "core", "testdata", "*", "source.html"))
	require.NoError(t, err)
	require.NotEmpty(t, dirs)
	out := map[string]string{}
	for _, src := range dirs {
		var c struct {
			URL string `json:"url"`
		}
		raw, err := os.ReadFile(filepath.Join(filepath.Dir(src), "checks.json"))
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(raw, &c))
		out[src] = c.URL
	}
	seed := filepath.Join("..", "..", "..", "shared", "corpus", "seed", "seed-mirror.html")
	_, err = os.Stat(seed)
	require.NoError(t, err, "the shared seed page is beside the repository")
	out[seed] = ""
	return out
}

// TestExplainKeepsWhatExtractKeeps: on every golden case and the seed
// page, the blocks explain keeps are extract's text, and every block it
// removes names a stage and a reason id.
func TestExplainKeepsWhatExtractKeeps(t *testing.T) {
	for src, url := range explainCases(t) {
		t.Run(filepath.Base(filepath.Dir(src)), func(t *testing.T) {
			args := []string{"-format", "json", src}
			if url != "" {
				args = append([]string{"-url", url}, args...)
			}
			var ex, extracted, stderr bytes.Buffer
			require.Equal(t, 0, run(append([]string{"explain"}, args...), nil, &ex, &stderr), stderr.String())
			require.Equal(t, 0, run(append([]string{"extract"}, args...), nil, &extracted, &stderr), stderr.String())
			var e struct {
				Blocks []struct {
					Fate, Stage, Reason, Text string
					Evidence                  map[string]any
				}
				Decisions []struct{ What string }
				Text      string
			}
			require.NoError(t, json.Unmarshal(ex.Bytes(), &e))
			var a struct{ Text string }
			require.NoError(t, json.Unmarshal(extracted.Bytes(), &a))
			var kept []string
			removed := 0
			for _, b := range e.Blocks {
				switch b.Fate {
				case "kept":
					kept = append(kept, b.Text)
				case "removed":
					removed++
					assert.NotEmpty(t, b.Stage, "a removed block without a stage: %q", b.Text)
					assert.Regexp(t, `^[a-z]+\.[a-z_]+$`, b.Reason, "a removed block without a reason id: %q", b.Text)
				default:
					t.Errorf("fate %q", b.Fate)
				}
			}
			assert.Equal(t, a.Text, strings.Join(kept, "\n"), "explain keeps what extract keeps")
			assert.Equal(t, a.Text, e.Text)
			assert.NotZero(t, removed, "every page here has something around its article")
			assert.NotEmpty(t, e.Decisions)
		})
	}
}

func TestExplainText(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"explain", "-url", sampleURL, "-"}, bytes.NewReader(samplePage), &stdout, &stderr)
	require.Equal(t, 0, code, stderr.String())
	out := stdout.String()
	assert.Contains(t, out, "removed  by spam for spam.")
	assert.Contains(t, out, "removed  by locate for locate.headline")
	assert.Contains(t, out, "kept     今日永州訊")
	assert.Contains(t, out, "title: \"全市春季義務植樹活動啟動 共建綠色家園\", by headline")
	assert.Contains(t, out, "container: ")
	assert.Contains(t, out, "published: \"2025-03-12T09:30+08:00\"")

	assert.Equal(t, 2, run([]string{"explain", "-format", "xml", "-"}, bytes.NewReader(samplePage), &stdout, &stderr))
	assert.Equal(t, 2, run([]string{"explain"}, nil, &stdout, &stderr), "one page is required")
	assert.Equal(t, 1, run([]string{"explain", "-"}, strings.NewReader(""), &stdout, &stderr), "empty input is an error")
}
