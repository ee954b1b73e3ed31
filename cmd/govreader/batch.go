package main

// The batch command: clean a whole archive (a directory tree of saved
// pages) in parallel, mirroring the tree in the output directory and
// summing up what was found.

import (
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/govreader/govreader/core"
)

var pageExt = map[string]bool{".html": true, ".htm": true, ".shtml": true, ".xhtml": true, ".jhtml": true}

type batchResult struct {
	rel     string
	err     error
	verdict string
	spam    int
}

func batch(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("batch", flag.ContinueOnError)
	flags.SetOutput(stderr)
	format := flags.String("format", "json", "output format: json, html, md or text")
	outDir := flags.String("o", "", "output directory (required); the input tree is mirrored")
	workers := flags.Int("j", runtime.NumCPU(), "pages cleaned at once")
	baseURL := flags.String("base-url", "", "URL the input root was saved from; each page's URL is this plus its path")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	ext, ok := extOf[*format]
	if !ok {
		fmt.Fprintf(stderr, "govreader: unknown format %q (json, html, md, text)\n", *format)
		return 2
	}
	if *outDir == "" || flags.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: govreader batch -o OUTDIR [-format json|html|md|text] [-j N] [-base-url URL] INDIR")
		return 2
	}
	root := flags.Arg(0)
	var files []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			fmt.Fprintf(stderr, "govreader: %s: %v\n", p, err)
			return nil // unreadable folders are reported, the rest goes on
		}
		if !d.IsDir() && pageExt[strings.ToLower(filepath.Ext(p))] {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		fmt.Fprintf(stderr, "govreader: %v\n", err)
		return 1
	}
	results := make([]batchResult, len(files))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < max(1, *workers); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] = cleanOne(root, files[i], *outDir, ext, *format, *baseURL)
			}
		}()
	}
	for i := range files {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return summarise(results, stdout, stderr)
}

func cleanOne(root, file, outDir, ext, format, baseURL string) batchResult {
	rel, err := filepath.Rel(root, file)
	if err != nil {
		rel = filepath.Base(file)
	}
	res := batchResult{rel: rel}
	raw, err := os.ReadFile(file)
	if err != nil {
		res.err = err
		return res
	}
	opts := core.Options{}
	if baseURL != "" {
		opts.URL = strings.TrimRight(baseURL, "/") + "/" + filepath.ToSlash(rel)
	}
	a, err := core.Extract(raw, opts)
	if err != nil {
		res.err = err
		return res
	}
	res.verdict, res.spam = a.Verdict, len(a.Spam)
	out, err := render(a, format)
	if err != nil {
		res.err = err
		return res
	}
	dst := filepath.Join(outDir, strings.TrimSuffix(rel, filepath.Ext(rel))+ext)
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		res.err = err
		return res
	}
	res.err = os.WriteFile(dst, out, 0o644)
	return res
}

func summarise(results []batchResult, stdout, stderr io.Writer) int {
	verdicts := map[string]int{}
	failed := 0
	for _, r := range results {
		if r.err != nil {
			failed++
			fmt.Fprintf(stderr, "govreader: %s: %v\n", r.rel, r.err)
			continue
		}
		verdicts[r.verdict]++
	}
	keys := make([]string, 0, len(verdicts))
	for k := range verdicts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprintf(stdout, "%d pages, %d cleaned, %d failed\n", len(results), len(results)-failed, failed)
	for _, k := range keys {
		fmt.Fprintf(stdout, "  %-14s %d\n", k, verdicts[k])
	}
	if failed > 0 {
		return 1
	}
	return 0
}
