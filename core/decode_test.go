package core

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExtractRejectsBadInput(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []byte
		opts Options
		want error
	}{
		{"empty", nil, Options{}, ErrEmptyInput},
		{"blank", []byte(" \n\t "), Options{}, ErrEmptyInput},
		{"too large", []byte("<p>0123456789</p>"), Options{MaxInputBytes: 8}, ErrTooLarge},
		{"plain text", []byte("just a sentence without markup"), Options{}, ErrNotHTML},
		{"binary", []byte{0x00, 0x01, 0x02, 0x03, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1f, 0x8b, 0x08, 0x00}, Options{}, ErrNotHTML},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Extract(tc.in, tc.opts)
			assert.ErrorIs(t, err, tc.want)
		})
	}
}

// TestArticleOutlivesInput: the decoded text shares the caller's bytes
// (sharedText), so nothing in the Article may point into them. The
// input is overwritten after Extract and the Article must not change.
func TestArticleOutlivesInput(t *testing.T) {
	for _, dir := range goldenCases(t) {
		src, err := os.ReadFile(filepath.Join(dir, "source.html"))
		require.NoError(t, err)
		for _, charset := range []string{"", "utf-8"} {
			buf := bytes.Clone(src)
			a, err := Extract(buf, Options{URL: "http://www.example.gov.cn/art/1.html", Charset: charset})
			require.NoError(t, err)
			before, err := json.Marshal(a)
			require.NoError(t, err)
			for i := range buf {
				buf[i] = 'x'
			}
			after, err := json.Marshal(a)
			require.NoError(t, err)
			require.Equal(t, string(before), string(after), "%s: the Article changed with its input", filepath.Base(dir))
		}
	}
}
