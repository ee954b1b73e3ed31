package script

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFoldFileIsGenerated(t *testing.T) {
	want, err := FoldTable()
	require.NoError(t, err)
	got, err := os.ReadFile(FoldFile)
	require.NoError(t, err)
	assert.True(t, want == string(got), "%s is stale: run go generate ./core/script", FoldFile)
}

func TestFoldTable(t *testing.T) {
	table, err := FoldTable()
	require.NoError(t, err)
	pairs := map[rune]rune{}
	s := strings.TrimSuffix(table, "\n")
	for s != "" {
		from, n := utf8.DecodeRuneInString(s)
		to, k := utf8.DecodeRuneInString(s[n:])
		require.NotZero(t, k, "odd number of characters")
		pairs[from] = to
		s = s[n+k:]
	}
	assert.Greater(t, len(pairs), 2000)
	c, err := New(ToSimplified)
	require.NoError(t, err)
	for _, r := range "義務樹會議發臺灣裡為歷號" {
		want := []rune(c.Convert(string(r)))
		require.Len(t, want, 1)
		assert.Equal(t, string(want[0]), string(pairs[r]), string(r))
	}
	// Simplified characters and everything else are not in it.
	for _, r := range "会议植树永州2025〔〕ABC" {
		_, ok := pairs[r]
		assert.False(t, ok, string(r))
	}
}
