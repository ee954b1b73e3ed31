package main

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLabelsAreGenerated(t *testing.T) {
	want, err := generate("../../../_locales")
	require.NoError(t, err)
	got, err := os.ReadFile("../../labels_gen.go")
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), "core/labels_gen.go is stale: run go generate ./core")
}

func TestGenerateRefusesAMissingMessage(t *testing.T) {
	dir := t.TempDir()
	for _, l := range locales {
		require.NoError(t, os.MkdirAll(dir+"/"+l[1], 0o755))
		require.NoError(t, os.WriteFile(dir+"/"+l[1]+"/messages.json", []byte(`{"factPublished":{"message":"发布时间"}}`), 0o644))
	}
	_, err := generate(dir)
	assert.ErrorContains(t, err, "missing")
}
