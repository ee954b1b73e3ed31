package core

import (
	"encoding/json"
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

func BenchmarkZZTiny(b *testing.B) {
	src := []byte(`<html><head><title>标题</title></head><body><div id="zoom"><p>会议指出，去年全市新改建农村公路一千二百公里，完成危桥改造八十六座，群众出行条件明显改善。</p></div></body></html>`)
	for b.Loop() {
		_, _ = Extract(src, Options{LiveDOM: true, URL: "https://www.example.gov.cn/a/1.html", Charset: "utf-8"})
	}
}

func BenchmarkZZSmallest(b *testing.B) {
	dir := "/work/shared/corpus/gov/pages"
	entries, _ := os.ReadDir(dir)
	var best []byte
	for _, e := range entries {
		src, _ := os.ReadFile(dir + "/" + e.Name())
		if best == nil || len(src) < len(best) {
			best = src
		}
	}
	b.Logf("%d bytes", len(best))
	for b.Loop() {
		_, _ = Extract(best, Options{LiveDOM: true, URL: "https://www.example.gov.cn/a/1.html", Charset: "utf-8"})
	}
}

func BenchmarkZZPage(b *testing.B) {
	src, _ := os.ReadFile("/work/shared/corpus/gov/pages/" + os.Getenv("ZZPAGE") + ".html")
	for b.Loop() {
		_, _ = Extract(src, Options{LiveDOM: true, URL: "https://www.example.gov.cn/a/1.html", Charset: "utf-8"})
	}
}

func BenchmarkZZLiveJSON(b *testing.B) {
	dir := "/work/shared/corpus/gov/pages"
	entries, _ := os.ReadDir(dir)
	var arts []*Article
	for _, e := range entries {
		src, _ := os.ReadFile(dir + "/" + e.Name())
		a, _ := Extract(src, Options{LiveDOM: true, URL: "https://www.example.gov.cn/a/1.html", Charset: "utf-8"})
		arts = append(arts, a)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			_, _ = json.Marshal(map[string]any{"article": a})
		}
	}
}
