package core

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/govreader/govreader/core/internal/charset"
	"github.com/govreader/govreader/core/internal/liveparse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// liveAgrees checks liveparse.Parse against x/net/html on s and reports whether
// liveparse.Parse accepted it.
func liveAgrees(t *testing.T, s string) bool {
	fast, ok := liveparse.Parse(s)
	if !ok {
		return false
	}
	want, err := html.Parse(strings.NewReader(s))
	require.NoError(t, err)
	if d := liveparse.TreeDiff(fast, want, ""); d != "" {
		t.Fatalf("liveparse.Parse differs from x/net/html on %q: %s", clip(s, 400), d)
	}
	return true
}

// liveSerialisations are the test pages as a browser would hand them
// over: parsed, then serialised. The shared corpus joins when present.
func liveSerialisations(t *testing.T) map[string]string {
	var files []string
	for _, pattern := range []string{"testdata/*/source.html", "../scripts/e2e/fixtures/*.html", "../cmd/govreader/sample.html",
		"../../shared/corpus/gov/pages/*.html", "../../shared/corpus/gov/spam/*.html", "../../shared/corpus/seed/*.html"} {
		m, err := filepath.Glob(pattern)
		require.NoError(t, err)
		files = append(files, m...)
	}
	out := map[string]string{}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		require.NoError(t, err)
		text, _, err := charset.Decode(raw, "")
		require.NoError(t, err)
		doc, err := html.Parse(strings.NewReader(text))
		require.NoError(t, err)
		var b strings.Builder
		liveparse.Serialize(&b, doc)
		out[f] = b.String()
	}
	return out
}

// TestParseLiveMatchesParser: on every test page as a browser serialises
// it, liveparse.Parse builds x/net/html's tree, and it accepts most of them
// (else the fast path would be dead code).
func TestParseLiveMatchesParser(t *testing.T) {
	pages := liveSerialisations(t)
	require.NotEmpty(t, pages)
	accepted := 0
	var declined []string
	for name, s := range pages {
		if liveAgrees(t, s) {
			accepted++
		} else {
			declined = append(declined, filepath.Base(name))
		}
	}
	t.Logf("liveparse.Parse accepted %d of %d serialised pages; declined: %v", accepted, len(pages), declined)
	assert.GreaterOrEqual(t, accepted*10, len(pages)*8, "the fast path declines too many pages: %v", declined)
}

// TestExtractNotesTheLiveParse: Extract says which parser read a live
// page, so that the extension's tests can see Chromium's serialisation
// take the fast path.
func TestExtractNotesTheLiveParse(t *testing.T) {
	page := "<!DOCTYPE html>\n<html><head><title>通知</title></head><body><div id=\"zoom\"><p>" + hostileBody + "</p></div></body></html>"
	live, err := Extract([]byte(page), Options{LiveDOM: true})
	require.NoError(t, err)
	assert.True(t, hasNote(live, NoteParsedLive), "notes: %v", live.Notes)
	saved, err := Extract([]byte(page), Options{})
	require.NoError(t, err)
	assert.False(t, hasNote(saved, NoteParsedLive), "a saved page is not a serialisation")
	declined, err := Extract([]byte(strings.Replace(page, "<p>", "<P>", 1)), Options{LiveDOM: true})
	require.NoError(t, err)
	assert.False(t, hasNote(declined, NoteParsedLive))
	assert.Contains(t, declined.Text, "现将有关事项通知如下")
}
