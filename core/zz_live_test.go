package core

import (
	"os"
	"testing"
)

func BenchmarkZZLive(b *testing.B) {
	dir := "/work/shared/corpus/gov/pages"
	entries, _ := os.ReadDir(dir)
	var pages [][]byte
	for _, e := range entries {
		src, _ := os.ReadFile(dir + "/" + e.Name())
		pages = append(pages, src)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, src := range pages {
			_, _ = Extract(src, Options{LiveDOM: true, URL: "https://www.example.gov.cn/a/1.html", Charset: "utf-8"})
		}
	}
}
