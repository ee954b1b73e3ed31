// Command govreader cleans Chinese government portal pages from the command
// line: the same core.Extract that the browser extension runs, for people
// who clean archives, for the evaluation and for benchmarks.
//
//	govreader extract [-url URL] [-format json|html|md|text] [-o DIR] FILE... | -
//	govreader batch -o OUTDIR [-format json|html|md|text] [-j N] INDIR
//	govreader explain [-url URL] [-format text|json] FILE | -
//	govreader demo [-o DIR]
package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/govreader/govreader/core"
)

//go:embed sample.html
var samplePage []byte

// sampleURL is where the sample copy pretends to be served: not the
// official host, so the provenance check has something to say.
const sampleURL = "http://www.yzcity-news.cn/xxgk/2025/0425/art_8812.html"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	switch args[0] {
	case "extract":
		return extract(args[1:], stdin, stdout, stderr)
	case "batch":
		return batch(args[1:], stdout, stderr)
	case "explain":
		return explainCmd(args[1:], stdin, stdout, stderr)
	case "demo":
		return demo(args[1:], stdout, stderr)
	case "-h", "-help", "--help", "help":
		usage(stdout)
		return 0
	}
	fmt.Fprintf(stderr, "govreader: unknown command %q\n", args[0])
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprint(w, `usage:
  govreader extract [-url URL] [-format json|html|md|text] [-o DIR] FILE... | -
      Clean each page. Without -o the result goes to standard output; with
      -o DIR it goes to DIR/<name without .html>.<ext>, and a bad file is
      reported and skipped (the exit status is 1 at the end).
  govreader batch -o OUTDIR [-format json|html|md|text] [-j N] [-base-url URL] INDIR
      Clean every page (.html .htm .shtml) under INDIR in parallel, mirror
      the tree in OUTDIR and print how many pages were clean, had spam
      removed or look tampered.
  govreader explain [-url URL] [-format text|json] [-keep FP,...] FILE | -
      Print every block of the page in page order with its fate (kept, or
      removed by which stage for which reason, with the evidence), and how
      the title, the date and the article container were chosen.
  govreader demo [-o DIR]
      Clean the built-in sample page (a tampered copy of a city portal
      article), print its metadata and write the reader HTML.
`)
}

var extOf = map[string]string{"json": ".json", "html": ".html", "md": ".md", "text": ".txt"}

func extract(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	pageURL := fs.String("url", "", "the page's URL (resolves links, decides provenance)")
	format := fs.String("format", "json", "output format: json, html, md or text")
	outDir := fs.String("o", "", "write one file per input into this directory")
	charset := fs.String("charset", "", "override the page's character set (e.g. gbk)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	ext, ok := extOf[*format]
	if !ok {
		fmt.Fprintf(stderr, "govreader: unknown format %q (json, html, md, text)\n", *format)
		return 2
	}
	files := fs.Args()
	if len(files) == 0 {
		fmt.Fprintln(stderr, "govreader: no input; name files or - for standard input")
		return 2
	}
	if *outDir != "" {
		if err := os.MkdirAll(*outDir, 0o755); err != nil {
			fmt.Fprintf(stderr, "govreader: %v\n", err)
			return 1
		}
	}
	status := 0
	for _, f := range files {
		raw, err := readInput(f, stdin)
		if err == nil {
			var out []byte
			out, err = convert(raw, core.Options{URL: *pageURL, Charset: *charset}, *format)
			if err == nil {
				err = write(out, f, ext, *outDir, stdout)
			}
		}
		if err != nil {
			fmt.Fprintf(stderr, "govreader: %s: %v\n", f, err)
			status = 1
			if *outDir == "" && len(files) == 1 {
				return status
			}
		}
	}
	return status
}

func readInput(name string, stdin io.Reader) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(io.LimitReader(stdin, core.DefaultMaxInputBytes+1))
	}
	return os.ReadFile(name)
}

func convert(raw []byte, opts core.Options, format string) ([]byte, error) {
	a, err := core.Extract(raw, opts)
	if err != nil {
		return nil, err
	}
	return render(a, format)
}

// render writes an Article in one of the output formats.
func render(a *core.Article, format string) ([]byte, error) {
	switch format {
	case "html":
		return core.Document(a, core.ExportOptions{})
	case "md":
		return []byte(core.Markdown(a, core.ExportOptions{})), nil
	case "text":
		return []byte(a.Title + "\n\n" + a.Text + "\n"), nil
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(a); err != nil {
		return nil, fmt.Errorf("json: %w", err)
	}
	return buf.Bytes(), nil
}

func write(out []byte, input, ext, dir string, stdout io.Writer) error {
	if dir == "" {
		_, err := stdout.Write(out)
		return err
	}
	name := "stdin"
	if input != "-" {
		name = strings.TrimSuffix(filepath.Base(input), filepath.Ext(input))
	}
	return os.WriteFile(filepath.Join(dir, name+ext), out, 0o644)
}

func demo(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	outDir := fs.String("o", "govreader-demo", "directory for the reader HTML")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	a, err := core.Extract(samplePage, core.Options{URL: sampleURL})
	if err != nil {
		fmt.Fprintf(stderr, "govreader: demo: %v\n", err)
		return 1
	}
	doc, err := core.Document(a, core.ExportOptions{})
	if err == nil {
		err = os.MkdirAll(*outDir, 0o755)
	}
	path := filepath.Join(*outDir, "sample.html")
	if err == nil {
		err = os.WriteFile(path, doc, 0o644)
	}
	if err != nil {
		fmt.Fprintf(stderr, "govreader: demo: %v\n", errors.Unwrap(err))
		return 1
	}
	printSummary(stdout, a)
	fmt.Fprintf(stdout, "\nreader HTML: %s\n", path)
	return 0
}

func printSummary(w io.Writer, a *core.Article) {
	rows := [][2]string{
		{"标题 title", a.Title}, {"发布 published", a.Published}, {"来源 source", a.Source},
		{"发布机构 publisher", a.Publisher}, {"作者 author", a.Author}, {"文号 doc_number", a.DocNumber},
		{"索引号 index_number", a.IndexNumber}, {"判定 verdict", a.Verdict},
		{"官方 official", fmt.Sprint(a.Official)}, {"原文 original_url", a.OriginalURL},
	}
	for _, r := range rows {
		if r[1] != "" {
			fmt.Fprintf(w, "%-22s %s\n", r[0], r[1])
		}
	}
	for _, s := range a.Spam {
		fmt.Fprintf(w, "%-22s [%s] %s — %s\n", "垃圾 spam", s.Kind, s.Reason, s.Text)
	}
	text := []rune(a.Text)
	if len(text) > 160 {
		text = append(text[:160], '…')
	}
	fmt.Fprintf(w, "\n%s\n", string(text))
}
