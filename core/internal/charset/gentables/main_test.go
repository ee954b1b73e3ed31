package main

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTablesAreGenerated(t *testing.T) {
	files, err := generate()
	require.NoError(t, err)
	require.Len(t, files, 3)
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join("..", name))
		require.NoError(t, err)
		assert.True(t, string(want) == string(got), "core/internal/charset/%s is stale: run go generate ./core/internal/charset", name)
	}
}

func TestDeltasRoundTrip(t *testing.T) {
	in := []rune{0, 1, 0, 0x7fff, 0x20000, 0x4e00}
	b := deltas(in)
	// Zigzag: +1 is 2, -1 is 1; 0x7fff is 0xfffe, three bytes of seven bits.
	assert.Equal(t, []byte{0x00, 0x02, 0x01, 0xfe, 0xff, 0x03}, b[:6])
	var out []rune
	prev := int64(0)
	for len(b) > 0 {
		d, k := binary.Varint(b)
		require.Positive(t, k)
		b, prev = b[k:], prev+d
		out = append(out, rune(prev))
	}
	assert.Equal(t, in, out)
}
