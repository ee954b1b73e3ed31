package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/govreader/govreader/core"
)

// explained is the JSON form of `govreader explain`.
type explained struct {
	Title     string          `json:"title"`
	Blocks    []core.Block    `json:"blocks"`
	Restored  []core.Block    `json:"restored,omitempty"`
	Silent    int             `json:"silent"`
	Decisions []core.Decision `json:"decisions"`
	Text      string          `json:"text"`
}

// explainCmd prints, in page order, every block of a page with its fate,
// and how the title, the date and the container were chosen.
func explainCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("explain", flag.ContinueOnError)
	fs.SetOutput(stderr)
	pageURL := fs.String("url", "", "the page's URL (resolves links, decides provenance)")
	format := fs.String("format", "text", "output format: text or json")
	charset := fs.String("charset", "", "override the page's character set (e.g. gbk)")
	keep := fs.String("keep", "", "comma-separated fingerprints of blocks to keep, as the reader restores them")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "govreader: unknown format %q (text, json)\n", *format)
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "govreader: explain takes one page: a file, or - for standard input")
		return 2
	}
	name := fs.Arg(0)
	raw, err := readInput(name, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "govreader: %s: %v\n", name, err)
		return 1
	}
	opts := core.Options{URL: *pageURL, Charset: *charset, Explain: true}
	if *keep != "" {
		opts.Keep = strings.Split(*keep, ",")
	}
	out, err := explainPage(raw, opts, *format)
	if err != nil {
		fmt.Fprintf(stderr, "govreader: %s: %v\n", name, err)
		return 1
	}
	if _, err := stdout.Write(out); err != nil {
		fmt.Fprintf(stderr, "govreader: %v\n", err)
		return 1
	}
	return 0
}

// explainPage extracts one page with Options.Explain and writes the
// explanation as text or JSON.
func explainPage(raw []byte, opts core.Options, format string) ([]byte, error) {
	a, err := core.Extract(raw, opts)
	if err != nil {
		return nil, err
	}
	ex := a.Explain
	if ex == nil {
		return nil, fmt.Errorf("no explanation: Options.Explain was not honoured")
	}
	e := explained{Title: a.Title, Blocks: ex.Blocks, Restored: ex.Restored, Silent: ex.Silent, Decisions: ex.Decisions, Text: a.Text}
	if format == "json" {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", " ")
		if err := enc.Encode(e); err != nil {
			return nil, fmt.Errorf("json: %w", err)
		}
		return buf.Bytes(), nil
	}
	var b bytes.Buffer
	writeExplanation(&b, e)
	return b.Bytes(), nil
}

// writeExplanation is the text form: one line a block, its fate first.
func writeExplanation(w *bytes.Buffer, e explained) {
	fmt.Fprintf(w, "title: %s\n\nblocks, in page order:\n", e.Title)
	removed := map[string]int{}
	for _, b := range e.Blocks {
		if b.Fate == core.FateKept {
			fmt.Fprintf(w, "  kept     %s\n", oneLine(b.Text, 100))
			continue
		}
		removed[b.Stage]++
		fmt.Fprintf(w, "  removed  by %s for %s%s\n", b.Stage, b.Reason, evidenceText(b.Evidence))
		if b.Path != "" {
			fmt.Fprintf(w, "           at %s\n", b.Path)
		}
		if b.Text != "" {
			fmt.Fprintf(w, "           %s\n", oneLine(b.Text, 100))
		}
	}
	for _, b := range e.Restored {
		fmt.Fprintf(w, "  restored (would go by %s for %s) %s\n", b.Stage, b.Reason, oneLine(b.Text, 80))
	}
	stages := make([]string, 0, len(removed))
	for s := range removed {
		stages = append(stages, s)
	}
	sort.Strings(stages)
	fmt.Fprintf(w, "\nremoved blocks by stage:")
	for _, s := range stages {
		fmt.Fprintf(w, " %s %d", s, removed[s])
	}
	fmt.Fprintf(w, "; %d removals without text or image (scripts, styles, empty boxes)\n", e.Silent)
	fmt.Fprintf(w, "\ndecisions:\n")
	for _, d := range e.Decisions {
		fmt.Fprintf(w, "  %s: %q, by %s\n", d.What, oneLine(d.Chosen, 80), d.By)
		for _, c := range d.Candidates {
			mark := " "
			if c.Chosen {
				mark = "*"
			}
			fmt.Fprintf(w, "    %s %8.2f  %-32s %s\n", mark, c.Score, oneLine(c.From, 32), oneLine(c.Value, 60))
		}
	}
}

// evidenceText prints evidence as {key=value …}, keys sorted.
func evidenceText(ev core.Evidence) string {
	if len(ev) == 0 {
		return ""
	}
	keys := make([]string, 0, len(ev))
	for k := range ev {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s=%v", k, ev[k])
	}
	return " {" + strings.Join(parts, " ") + "}"
}

// oneLine folds white space and clips s to n runes.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
