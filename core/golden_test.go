package core

// Golden tests in the Readability style: every folder under testdata holds
// source.html, the expected Article (expected.json, rewritten by
// `go test ./core -update`) and hand-written checks (checks.json) that
// survive rendering changes: phrases that must and must not reach the
// output, and exact metadata values.

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/*/expected.json")

// checks is a case's hand-written expectations.
type checks struct {
	URL     string   `json:"url"`
	With    []string `json:"with"`    // must be in title or text
	Without []string `json:"without"` // must be in neither
	// Fields maps Article JSON field names to exact expected values.
	Fields map[string]any `json:"fields"`
	// SpamKinds lists kinds that must appear in Article.Spam.
	SpamKinds []string `json:"spam_kinds"`
	Verdict   string   `json:"verdict"`
	// TextStarts must open the text: what precedes the article's first
	// genuine paragraph (a headline echo) is gone, and the paragraph stays.
	TextStarts string `json:"text_starts"`
	// NoSpam asserts that nothing was reported as spam.
	NoSpam bool `json:"no_spam"`
}

func goldenCases(t testing.TB) []string {
	dirs, err := filepath.Glob(filepath.Join("testdata", "*", "source.html"))
	require.NoError(t, err)
	out := make([]string, 0, len(dirs))
	for _, d := range dirs {
		out = append(out, filepath.Dir(d))
	}
	return out
}

func TestGolden(t *testing.T) {
	cases := goldenCases(t)
	require.NotEmpty(t, cases, "no golden cases under testdata")
	for _, dir := range cases {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join(dir, "source.html"))
			require.NoError(t, err)
			var c checks
			raw, err := os.ReadFile(filepath.Join(dir, "checks.json"))
			require.NoError(t, err, "every case needs checks.json")
			require.NoError(t, json.Unmarshal(raw, &c))

			a, err := Extract(src, Options{URL: c.URL})
			require.NoError(t, err)
			got, err := json.MarshalIndent(a, "", " ")
			require.NoError(t, err)

			expPath := filepath.Join(dir, "expected.json")
			if *update {
				require.NoError(t, os.WriteFile(expPath, append(got, '\n'), 0o644))
			}
			want, err := os.ReadFile(expPath)
			require.NoError(t, err, "run go test ./core -update to create expected.json")
			// Both sides indented alike, so that a failure prints a line
			// diff of the fields that changed.
			var wantDoc any
			require.NoError(t, json.Unmarshal(want, &wantDoc), "expected.json")
			wantIndented, err := json.MarshalIndent(wantDoc, "", " ")
			require.NoError(t, err)
			var gotDoc any
			require.NoError(t, json.Unmarshal(got, &gotDoc))
			gotIndented, err := json.MarshalIndent(gotDoc, "", " ")
			require.NoError(t, err)
			assert.Equal(t, string(wantIndented), string(gotIndented), "output differs from expected.json (go test ./core -run TestGolden -update rewrites it)")

			hay := a.Title + "\n" + a.Text
			for _, w := range c.With {
				assert.Contains(t, hay, w)
			}
			for _, w := range c.Without {
				assert.NotContains(t, hay, w)
				assert.NotContains(t, a.Content, w)
			}
			var fields map[string]any
			require.NoError(t, json.Unmarshal(got, &fields))
			for k, v := range c.Fields {
				assert.Equal(t, v, fields[k], "field %s", k)
			}
			kinds := map[string]bool{}
			for _, s := range a.Spam {
				kinds[s.Kind] = true
			}
			for _, k := range c.SpamKinds {
				assert.True(t, kinds[k], "spam kind %s not reported", k)
			}
			if c.TextStarts != "" {
				assert.True(t, strings.HasPrefix(a.Text, c.TextStarts), "text starts %q, want %q", clip(a.Text, 60), c.TextStarts)
			}
			if c.NoSpam {
				assert.Empty(t, a.Spam)
			}
			if c.Verdict != "" {
				assert.Equal(t, c.Verdict, a.Verdict)
			}
		})
	}
}

// TestGoldenNoOrphans fails on case folders that lost their source.
func TestGoldenNoOrphans(t *testing.T) {
	entries, err := os.ReadDir("testdata")
	require.NoError(t, err)
	for _, e := range entries {
		if !e.IsDir() || strings.HasPrefix(e.Name(), "fuzz") {
			continue
		}
		_, err := os.Stat(filepath.Join("testdata", e.Name(), "source.html"))
		assert.NoError(t, err, "testdata/%s has no source.html", e.Name())
	}
}
