package core

// Corpus scoring for the evaluation sets the project keeps (eval/): pages
// with gold files in the shared corpus's format, scored the way the shared
// evaluation scores (character-bigram F1 after NFKC without white space,
// fields compared after the same folding, dates by day and minute), plus
// what a gold file of ours says beyond it: the page kind, and whether each
// planted block was removed and reported.
//
// eval/holdout was written apart from the rules, by someone who did not
// read them, to tell whether the rules generalise to pages nobody tuned
// them on. `go test ./core -run TestHoldoutCorpus -v` prints its figures.

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// corpusGold is one gold file.
type corpusGold struct {
	Title       string   `json:"title"`
	Published   string   `json:"published"`
	Written     string   `json:"written"`
	Source      string   `json:"source"`
	Publisher   string   `json:"publisher"`
	Author      string   `json:"author"`
	Editor      string   `json:"editor"`
	DocNumber   string   `json:"doc_number"`
	IndexNumber string   `json:"index_number"`
	Body        string   `json:"body"`
	Boilerplate []string `json:"boilerplate"`
	Injected    []string `json:"injected"`
	Kind        string   `json:"kind"`
	// PlantedOnly: the page's whole article is a planted profile, which
	// the Article must admit to (a suspect or injected item, or a note).
	PlantedOnly bool `json:"planted_only"`
}

// corpusScore sums a corpus up.
type corpusScore struct {
	Pages          int               `json:"pages"`
	F1Mean         float64           `json:"body_f1_mean"`
	F1Min          float64           `json:"body_f1_min"`
	PagesBelowHalf int               `json:"pages_f1_below_0.5"`
	BoilerLeaks    int               `json:"pages_with_boilerplate_leak"`
	Injected       string            `json:"injected_blocks_removed_and_reported"`
	InjectedLeaked string            `json:"injected_blocks_leaked"`
	FalseAlarms    int               `json:"spam_false_alarms"`
	Kinds          string            `json:"kinds_right"`
	PlantedOnly    string            `json:"planted_only_admitted"`
	Fields         map[string]string `json:"fields"`
	// Misses lists, per page, what went wrong, for -v runs.
	Misses map[string][]string `json:"-"`
}

var corpusFields = []string{"title", "published", "written", "source", "publisher", "author", "editor", "doc_number", "index_number"}

func foldForScore(s string) string {
	s = norm.NFKC.String(s)
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

func bigramCounts(s string) map[string]int {
	rs := []rune(foldForScore(s))
	out := map[string]int{}
	for i := 0; i+1 < len(rs); i++ {
		out[string(rs[i:i+2])]++
	}
	return out
}

// bigramF1 is the shared evaluation's body score.
func bigramF1(gold, pred string) float64 {
	g, p := bigramCounts(gold), bigramCounts(pred)
	if len(g) == 0 && len(p) == 0 {
		return 1
	}
	tp, ng, np := 0, 0, 0
	for k, c := range g {
		tp += min(c, p[k])
		ng += c
	}
	for _, c := range p {
		np += c
	}
	if tp == 0 {
		return 0
	}
	prec, rec := float64(tp)/float64(np), float64(tp)/float64(ng)
	return 2 * prec * rec / (prec + rec)
}

var scoreDateRe = regexp.MustCompile(`(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})(?:\D{1,3}(\d{1,2}):(\d{2}))?`)

// sameField compares a field as the shared scorer does: dates by day, and
// by minute where the gold shows one; other fields after folding.
func sameField(name, gold, pred string) bool {
	if name == "published" || name == "written" {
		g, p := scoreDateRe.FindStringSubmatch(gold), scoreDateRe.FindStringSubmatch(pred)
		if g == nil || p == nil {
			return foldForScore(gold) == foldForScore(pred)
		}
		day := func(m []string) string { return fmt.Sprintf("%s-%02s-%02s", m[1], m[2], m[3]) }
		if day(g) != day(p) {
			return false
		}
		return g[4] == "" || (g[4] == strings.TrimLeft(p[4], "0") || g[4] == p[4]) && g[5] == p[5]
	}
	return foldForScore(gold) == foldForScore(pred)
}

func articleField(a *Article, name string) string {
	switch name {
	case "title":
		return a.Title
	case "published":
		return a.Published
	case "written":
		return a.Written
	case "source":
		return a.Source
	case "publisher":
		return a.Publisher
	case "author":
		return a.Author
	case "editor":
		return a.Editor
	case "doc_number":
		return a.DocNumber
	case "index_number":
		return a.IndexNumber
	}
	return ""
}

// scoreCorpus extracts every page of dir/pages and scores it against
// dir/gold.
func scoreCorpus(t *testing.T, dir string) corpusScore {
	return scoreCorpusGlob(t, dir, "*")
}

// scoreCorpusGlob is scoreCorpus over the pages whose names match glob.
func scoreCorpusGlob(t *testing.T, dir string, globs ...string) corpusScore {
	var golds []string
	for _, glob := range globs {
		found, err := filepath.Glob(filepath.Join(dir, "gold", glob+".json"))
		require.NoError(t, err)
		golds = append(golds, found...)
	}
	sort.Strings(golds)
	s := corpusScore{F1Min: 1, Fields: map[string]string{}, Misses: map[string][]string{}}
	hits, totals := map[string]int{}, map[string]int{}
	var injTotal, injGone, injLeaked, kinds, kindTotal, planted, plantedTotal int
	f1Sum := 0.0
	for _, gp := range golds {
		name := strings.TrimSuffix(filepath.Base(gp), ".json")
		raw, err := os.ReadFile(gp)
		require.NoError(t, err)
		var g corpusGold
		require.NoError(t, json.Unmarshal(raw, &g), gp)
		src, err := os.ReadFile(filepath.Join(dir, "pages", name+".html"))
		require.NoError(t, err, "gold without a page")
		a, err := Extract(src, Options{})
		require.NoError(t, err, name)
		miss := func(format string, args ...any) {
			s.Misses[name] = append(s.Misses[name], fmt.Sprintf(format, args...))
		}

		s.Pages++
		f1 := bigramF1(g.Body, a.Text)
		f1Sum += f1
		s.F1Min = min(s.F1Min, f1)
		if f1 < 0.5 {
			s.PagesBelowHalf++
		}
		if f1 < 0.95 {
			miss("body F1 %.3f", f1)
		}
		for _, fld := range corpusFields {
			want := map[string]string{"title": g.Title, "published": g.Published, "written": g.Written, "source": g.Source,
				"publisher": g.Publisher, "author": g.Author, "editor": g.Editor, "doc_number": g.DocNumber, "index_number": g.IndexNumber}[fld]
			if want == "" {
				continue
			}
			totals[fld]++
			if got := articleField(a, fld); sameField(fld, want, got) {
				hits[fld]++
			} else {
				miss("%s: want %q, got %q", fld, want, got)
			}
		}
		text := foldForScore(a.Text)
		leaked := false
		for _, b := range g.Boilerplate {
			if fb := foldForScore(b); len([]rune(fb)) >= 4 && strings.Contains(text, fb) {
				leaked = true
				miss("boilerplate in body: %q", b)
			}
		}
		if leaked {
			s.BoilerLeaks++
		}
		body := foldForScore(g.Body)
		for _, it := range a.Spam {
			if g.PlantedOnly && !it.Removed {
				continue // the flag such a page asks for, with its text kept
			}
			if ft := foldForScore(it.Text); len([]rune(ft)) >= 6 && strings.Contains(body, ft) {
				s.FalseAlarms++
				miss("false alarm (%s): %q", it.Kind, clip(it.Text, 40))
			}
		}
		for _, b := range g.Injected {
			key := string([]rune(foldForScore(b))[:min(24, len([]rune(foldForScore(b))))])
			injTotal++
			if strings.Contains(text, key) {
				injLeaked++
				miss("planted block left: %q", clip(b, 40))
				continue
			}
			reported := false
			for _, it := range a.Spam {
				if it.Removed && strings.Contains(foldForScore(it.Text), key[:min(len(key), 12)]) {
					reported = true
				}
			}
			if reported {
				injGone++
			} else {
				miss("planted block gone but not reported: %q", clip(b, 40))
			}
		}
		// Our gold says list or article; an article with a 文号 is a
		// document, which is an article too.
		if g.Kind == KindList || g.Kind == KindArticle {
			kindTotal++
			if (g.Kind == KindList) == (a.Kind == KindList) {
				kinds++
			} else {
				miss("kind: want %s, got %s", g.Kind, a.Kind)
			}
		}
		if g.PlantedOnly {
			plantedTotal++
			admitted := false
			for _, it := range a.Spam {
				admitted = admitted || it.Kind == SpamInjected || it.Kind == SpamSuspect
			}
			for _, n := range a.Notes {
				admitted = admitted || n.ID == NoteLocateOffTopic || n.ID == NoteOnlyPromotion
			}
			if admitted {
				planted++
			} else {
				miss("a page made only of a planted profile shown as a clean article")
			}
		}
	}
	if s.Pages > 0 {
		s.F1Mean = f1Sum / float64(s.Pages)
	}
	for _, fld := range corpusFields {
		if totals[fld] > 0 {
			s.Fields[fld] = fmt.Sprintf("%d/%d", hits[fld], totals[fld])
		}
	}
	s.Injected = fmt.Sprintf("%d/%d", injGone, injTotal)
	s.InjectedLeaked = fmt.Sprintf("%d/%d", injLeaked, injTotal)
	s.Kinds = fmt.Sprintf("%d/%d", kinds, kindTotal)
	s.PlantedOnly = fmt.Sprintf("%d/%d", planted, plantedTotal)
	return s
}

func logCorpus(t *testing.T, s corpusScore) {
	names := make([]string, 0, len(s.Misses))
	for n := range s.Misses {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		for _, m := range s.Misses[n] {
			t.Logf("%s: %s", n, m)
		}
	}
	line, _ := json.Marshal(s)
	t.Logf("%s", line)
}

func TestBigramF1(t *testing.T) {
	tests := []struct {
		gold, pred string
		want       float64
	}{
		{"", "", 1},
		{"会议召开", "", 0},
		{"会议召开", "会议 召开", 1},
		{"会议召开", "会议召开了", 2 * (3.0 / 4) * 1 / (3.0/4 + 1)},
		{"ＡＢ", "AB", 1}, // NFKC
	}
	for _, tt := range tests {
		assert.InDelta(t, tt.want, bigramF1(tt.gold, tt.pred), 1e-9, "%q vs %q", tt.gold, tt.pred)
	}
	assert.True(t, sameField("published", "2024-05-11", "2024-05-11T10:17+08:00"))
	assert.True(t, sameField("published", "2024-05-11T09:05+08:00", "2024-05-11T09:05:33+08:00"))
	assert.False(t, sameField("published", "2024-05-11T09:05+08:00", "2024-05-11"))
	assert.False(t, sameField("published", "2024-05-11", "2024-05-12"))
	assert.True(t, sameField("source", "市 政府办公室", "市政府办公室"))
}

// TestHoldoutCorpus scores eval/holdout, pages written apart from the
// rules (see its README), and holds its figures so that they only move
// up. Batch one (h01–h24) first gave mean F1 0.990 (lowest 0.806), 23/24
// titles and 1 of 8 planted blocks left. Batch two (h25–h49, written by
// another hand later) first gave, on its own, mean F1 0.910 (lowest
// 0.012), 25/25 titles, 6/8 发布机构, 6/9 authors and 3 of 9 planted
// blocks left. Batch three (h50–h74, a third hand) first gave, on its
// own, mean F1 0.938 (lowest 0.000, an article in an iframe srcdoc),
// 24/25 titles, 2 of 7 planted blocks left and 1 false alarm. Batch four
// (h75–h99, a fourth hand) first gave, on its own, mean F1 0.899 (lowest
// 0.246, a site search page), 24/25 titles, 4 of 7 planted blocks left,
// 5 pages with chrome in the body and no false alarm. Left: a 留言板
// page's labels and rules (h76, 0.77), a 专题 page's introduction (h82),
// and a planted profile put first whose subject the genuine text names
// (h93). README.md keeps the figures.
func TestHoldoutCorpus(t *testing.T) {
	s := scoreCorpusGlob(t, filepath.Join("..", "eval", "holdout"), "h[0-9][0-9]-*")
	logCorpus(t, s)
	require.Equal(t, 99, s.Pages)
	assert.GreaterOrEqual(t, s.F1Mean, 0.99, "mean body F1")
	assert.GreaterOrEqual(t, s.F1Min, 0.75, "lowest page's body F1")
	assert.Zero(t, s.PagesBelowHalf, "pages below F1 0.5")
	assert.LessOrEqual(t, leftOf(t, s.InjectedLeaked), 1, "planted blocks left in the body: %s", s.InjectedLeaked)
	assert.Equal(t, "99/99", s.Fields["title"], "titles")
	assert.GreaterOrEqual(t, leftOf(t, s.Kinds), 98, "page kinds right: %s", s.Kinds)
	assert.Equal(t, "1/1", s.PlantedOnly, "pages that are only a planted profile, flagged")
	assert.LessOrEqual(t, s.BoilerLeaks, 1, "pages with portal chrome in the body")
	assert.Zero(t, s.FalseAlarms, "genuine text reported as spam")
}

// TestHoldoutBatchFive scores batch five (h100–h124), written without
// reading the extractor, on its own: a ratchet, not a target. Its honest
// first run (the previous stop's core) gave mean body F1 0.902, lowest
// 0.005 (a Q&A bank list), 23/25 titles, 4 of 6 planted blocks left and
// one false alarm (an official's 嘉宾简介). Left: one planted profile (an
// English wealth planner: the injected stage reads Chinese only) and a
// disclosure catalogue whose gold keeps only the document names (its rows
// show their 索引号 and dates too).
func TestHoldoutBatchFive(t *testing.T) {
	s := scoreCorpusGlob(t, filepath.Join("..", "eval", "holdout"), "h1[01][0-9]-*", "h12[0-4]-*")
	logCorpus(t, s)
	require.Equal(t, 25, s.Pages)
	assert.GreaterOrEqual(t, s.F1Mean, 0.97, "mean body F1")
	assert.GreaterOrEqual(t, s.F1Min, 0.6, "lowest page's body F1")
	assert.Zero(t, s.PagesBelowHalf, "pages below F1 0.5")
	assert.LessOrEqual(t, leftOf(t, s.InjectedLeaked), 1, "planted blocks left in the body: %s", s.InjectedLeaked)
	assert.GreaterOrEqual(t, leftOf(t, s.Fields["title"]), 25, "titles")
	assert.Zero(t, s.FalseAlarms, "genuine text reported as spam")
}

// TestHoldoutBatchSix scores batch six (h125–h149), written without
// reading the extractor, on its own: a ratchet, not a target. Its honest
// first run (this stop's core before any rule for it) gave mean body F1
// 0.859, lowest 0.034 (a 领导分工 table read as one cell), 16/25 pages at
// 0.95 or more, 23/25 titles, 2 of 6 planted blocks left and three false
// alarms (a 消费帮扶 product list, a 老字号 page's founder, a police
// warning's case report).
func TestHoldoutBatchSix(t *testing.T) {
	s := scoreCorpusGlob(t, filepath.Join("..", "eval", "holdout"), "h12[5-9]-*", "h1[34][0-9]-*")
	logCorpus(t, s)
	require.Equal(t, 25, s.Pages)
	assert.GreaterOrEqual(t, s.F1Mean, 0.955, "mean body F1")
	assert.Zero(t, leftOf(t, s.InjectedLeaked), "planted blocks left in the body: %s", s.InjectedLeaked)
	assert.GreaterOrEqual(t, leftOf(t, s.Fields["title"]), 23, "titles")
	assert.LessOrEqual(t, s.FalseAlarms, 2, "genuine text reported as spam")
}

// leftOf reads the count before the slash of an "n/total" figure.
func leftOf(t *testing.T, figure string) int {
	var n, total int
	_, err := fmt.Sscanf(figure, "%d/%d", &n, &total)
	require.NoError(t, err, figure)
	return n
}

// TestHoldoutAttacks scores eval/holdout/spam the way the shared
// score_spam.py does: a variant leaks when one of its needles reaches the
// title or the text, and is flagged when the Article reports any spam.
// The genuine pages about sensitive topics (h45–h49) must not be flagged.
// First run, natively: 4 of 30 leaking, 23 of 30 flagged.
func TestHoldoutAttacks(t *testing.T) {
	dir := filepath.Join("..", "eval", "holdout")
	for _, set := range []struct {
		dir                        string
		variants, flagged, leaking int
	}{
		// Set one: the variant that stacks its text behind an opaque box
		// is read from the paint order of inline styles (covered.go).
		{"spam", 30, 30, 0},
		// Set three first gave 10 of 34 leaking and 17 flagged.
		{"spam3", 34, 34, 0},
		// Set four first gave 7 of 40 leaking and 17 flagged.
		{"spam4", 40, 40, 0},
		// Set five first gave 12 of 40 leaking and 22 flagged.
		{"spam5", 40, 40, 0},
		// Set six first gave 10 of 40 leaking and 19 flagged (the
		// previous stop's core).
		{"spam6", 40, 31, 5},
	} {
		t.Run(set.dir, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(dir, set.dir, "spam.json"))
			require.NoError(t, err)
			var variants map[string]struct {
				Base    string   `json:"base"`
				Tech    string   `json:"tech"`
				Needles []string `json:"needles"`
			}
			require.NoError(t, json.Unmarshal(raw, &variants))
			leaking, flagged := 0, 0
			for name, v := range variants {
				src, err := os.ReadFile(filepath.Join(dir, set.dir, name+".html"))
				require.NoError(t, err)
				a, err := Extract(src, Options{})
				require.NoError(t, err, name)
				hay := foldForScore(a.Title + "\n" + a.Text)
				for _, n := range v.Needles {
					if strings.Contains(hay, foldForScore(n)) {
						leaking++
						t.Logf("%s (%s) leaks %q", name, v.Tech, n)
						break
					}
				}
				if len(a.Spam) > 0 {
					flagged++
				} else {
					t.Logf("%s (%s) is not flagged", name, v.Tech)
				}
			}
			t.Logf("attack variants: %d, leaking %d, flagged %d", len(variants), leaking, flagged)
			assert.Equal(t, set.variants, len(variants))
			assert.LessOrEqual(t, leaking, set.leaking, "variants leaking")
			assert.GreaterOrEqual(t, flagged, set.flagged, "variants flagged")
		})
	}
	sensitive, err := filepath.Glob(filepath.Join(dir, "pages", "h*-sensitive-*.html"))
	require.NoError(t, err)
	require.Len(t, sensitive, 25)
	for _, f := range sensitive {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		a, err := Extract(src, Options{})
		require.NoError(t, err)
		assert.Empty(t, a.Spam, "a genuine page on a sensitive topic is not flagged: %s", filepath.Base(f))
	}
}
