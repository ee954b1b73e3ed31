package core

// Benchmarks. Realistic pages:
//
//	go test ./core -run '^$' -bench 'BenchmarkExtract$' -benchmem
//
// Hostile sizes (slow; one iteration is enough to read the figures):
//
//	go test ./core -run '^$' -bench 'BenchmarkExtractHostile' -benchtime 1x
//
// The same in WebAssembly under Node (where the heap sampler only runs when
// Extract yields, so peak-heap is a lower bound there):
//
//	GOOS=js GOARCH=wasm go test ./core -run '^$' -bench 'BenchmarkExtractHostile' \
//	    -benchtime 1x -exec "$(go env GOROOT)/lib/wasm/go_js_wasm_exec"
//
// Besides ns/op they report peak-heap/in-byte, the highest live heap seen
// while Extract ran divided by the input size (the target: under
// 10), and alloc/in-byte, everything allocated divided by the input size.

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"
)

func BenchmarkExtract(b *testing.B) {
	for _, dir := range goldenCases(b) {
		src, err := os.ReadFile(filepath.Join(dir, "source.html"))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(filepath.Base(dir), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Extract(src, Options{URL: "http://www.example.gov.cn/art/1.html"}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkGovCorpus extracts every page of the shared gov corpus in one
// op: the workload scripts/pgo.sh profiles for the profile-guided build.
func BenchmarkGovCorpus(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "gov", "pages", "*.html"))
	if len(files) == 0 {
		b.Skip("no ../shared/corpus/gov/pages beside the repository")
	}
	pages := make([][]byte, len(files))
	for i, f := range files {
		var err error
		if pages[i], err = os.ReadFile(f); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		for _, page := range pages {
			if _, err := Extract(page, Options{URL: "http://www.example.gov.cn/art/1.html"}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkExtractHostile(b *testing.B) {
	links := func() []byte {
		var s strings.Builder
		s.WriteString(`<html><body><div id="zoom"><p>` + hostileBody + `</p></div><div>`)
		for i := range 50000 {
			fmt.Fprintf(&s, `<a href="http://spam.example.com/%d.html">链接%d</a> `, i, i)
		}
		s.WriteString("</div></body></html>")
		return []byte(s.String())
	}
	headings := func() []byte {
		var s strings.Builder
		s.WriteString(`<html><head><title>安全生产工作会议召开_某某区人民政府</title></head><body><div>`)
		for i := range 50000 {
			fmt.Fprintf(&s, `<h3>栏目标题名称%d</h3>`, i)
		}
		s.WriteString(`</div><div id="zoom"><p>` + hostileBody + `</p></div></body></html>`)
		return []byte(s.String())
	}
	// Inputs are built when their case runs: the garbage collector paces
	// itself on the live heap, so the inputs of the other cases held live
	// would let every case's heap grow further before a collection.
	str := func(s string) func() []byte { return func() []byte { return []byte(s) } }
	cases := []struct {
		name  string
		input func() []byte
		opts  Options
	}{
		// The default options: the 5 s budget may cut the optional stages.
		{"20MB", func() []byte { return hugePage(DefaultMaxInputBytes) }, Options{}},
		// The same page with no practical budget: the full pipeline's cost.
		{"20MB-unbudgeted", func() []byte { return hugePage(DefaultMaxInputBytes) }, Options{TimeBudget: time.Hour}},
		// An article with its hidden copy: each paragraph is looked up in
		// the copy.
		{"20MB-hidden-copy", func() []byte { return hiddenCopyPage(DefaultMaxInputBytes) }, Options{}},
		// The article inside 300 nested layout wrappers.
		{"20MB-wrapped-300", func() []byte { return wrappedPage(DefaultMaxInputBytes-4096, 300) }, Options{}},
		{"nested-100k-div", func() []byte { return nested("<div>", "</div>", 100000) }, Options{}},
		{"nested-100k-table", func() []byte { return nested("<table><tr><td>", "</td></tr></table>", 100000) }, Options{}},
		{"text-1MB", str("<html><body><p>" + strings.Repeat("长文本没有换行", (1<<20)/21) + "</p></body></html>"), Options{}},
		{"links-50k", links, Options{}},
		// Sibling headings, each a headline candidate that the title stage
		// compares with its neighbours and with the box around it.
		{"headings-50k", headings, Options{}},
		{"garbage-1MB", func() []byte { return garbage(1 << 20) }, Options{}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			input := c.input()
			b.SetBytes(int64(len(input)))
			b.ReportAllocs()
			var peak uint64
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			for b.Loop() {
				peak = max(peak, peakHeapDuring(func() { _, _ = Extract(input, c.opts) }))
			}
			runtime.ReadMemStats(&after)
			in := float64(len(input))
			b.ReportMetric(float64(peak)/in, "peak-heap/in-byte")
			b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/in, "alloc/in-byte")
		})
	}
}

// peakHeapDuring runs f and returns the highest live heap above the heap
// it started from, sampled every millisecond through runtime/metrics,
// which does not stop the world.
func peakHeapDuring(f func()) uint64 {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() uint64 {
		metrics.Read(sample)
		return sample[0].Value.Uint64()
	}
	base := read()
	var peak uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			peak = max(peak, read())
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	f()
	close(done)
	wg.Wait()
	peak = max(peak, read())
	if peak < base {
		return 0
	}
	return peak - base
}
