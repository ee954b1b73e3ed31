package core

import (
	"os"
	"path/filepath"
	"testing"
)

func BenchmarkCorpusTmp(b *testing.B) {
	files, _ := filepath.Glob("/work/shared/corpus/gov/pages/*.html")
	var pages [][]byte
	total := 0
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		pages = append(pages, raw)
		total += len(raw)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			Extract(p, Options{})
		}
	}
}
