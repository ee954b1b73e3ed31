package core

// The removal log. Every part of the page the pipeline removes or declines
// passes through decide: hidden blocks, spam, injected blocks, chrome, the
// headline's echo, what rendering drops, and the page around the article.
// With Options.Explain each decision is logged with its stage, a stable
// reason id (reasons.go), the numbers that decided it and a preview of the
// node; Article.Explain then lists every block of the page in page order
// with its fate, and how the title, the date and the container were
// chosen. Without it decide is one branch: no text is read, no evidence
// built, nothing allocated.
//
// decide is also where a reader's restorations are honoured
// (Options.Keep): a block whose fingerprint the reader kept on this site
// stays, and no stage reports it.
//
// The log's own data is explainlog.go; the types of Article.Explain are
// part of the contract (article.go).

import (
	"hash/fnv"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/govreader/govreader/core/internal/dates"
	"golang.org/x/net/html"
)

// previewRunes is how much of a block's text the log keeps.
const previewRunes = 300

// maxCandidates bounds the candidates a decision lists.
const maxCandidates = 8

// decide is the one door through which a stage removes a part of the
// page: the node n (nil for what is no node of the body: a <title>,
// markup after </html>), its text when the caller has it at hand, the
// stage, the reason and, for the log, a function that gathers the
// evidence. It returns false when the reader restored the block on this
// site (Options.Keep): the caller then leaves it and reports nothing.
// The caller removes the node; drop does both.
//
//go:noinline
func (p *page) decide(n *html.Node, text, stage string, why reason, ev func() Evidence) bool {
	if p.log == nil && p.keep == nil {
		return true
	}
	return p.decideLogged(n, text, stage, why, ev)
}

func (p *page) decideLogged(n *html.Node, text, stage string, why reason, ev func() Evidence) bool {
	undo := n != nil && restorable(stage, why.id)
	if text == "" && n != nil && (p.log != nil || undo) {
		text = textOf(n)
	}
	fp := ""
	if undo && strings.TrimSpace(text) != "" {
		fp = fingerprint(text)
	}
	spared := fp != "" && p.keep[fp]
	if p.log == nil {
		return !spared
	}
	e := logEntry{Block: Block{
		Fate: FateRemoved, Stage: stage, Reason: why.id, Text: previewOf(text, previewRunes),
		Path: nodePath(n), Fingerprint: fp,
	}, pos: p.log.pos(n)}
	if why.id == reasonSpamAfterHTML {
		e.pos = math.MaxInt32 // it followed the whole page
	}
	if ev != nil {
		e.Evidence = ev()
	}
	if n != nil && text == "" {
		if imgs := countImages(n); imgs > 0 {
			if e.Evidence == nil {
				e.Evidence = Evidence{}
			}
			e.Evidence["images"] = imgs
		}
	}
	if spared {
		e.Fate = FateKept
		p.log.restored = append(p.log.restored, e)
	} else {
		p.log.entries = append(p.log.entries, e)
	}
	return !spared
}

// drop removes n for a reason, unless the reader restored it.
func (p *page) drop(n *html.Node, stage string, why reason, ev func() Evidence) bool {
	if !p.decide(n, "", stage, why, ev) {
		return false
	}
	detach(n)
	return true
}

// fingerprint names a block's text for Options.Keep: white space does not
// count, so that a page re-indented between visits keeps its restorations.
func fingerprint(text string) string {
	h := fnv.New64a()
	for _, f := range strings.Fields(text) {
		h.Write([]byte(f))
	}
	return strconv.FormatUint(h.Sum64(), 16)
}

func countImages(n *html.Node) int {
	c := 0
	walkElements([]*html.Node{n}, func(e *html.Node) bool {
		if e.Data == "img" {
			c++
		}
		return true
	})
	return c
}

// nodePath is a short CSS-like path to n: up to four elements, each with
// its id or first class.
func nodePath(n *html.Node) string {
	if n == nil {
		return ""
	}
	if n.Type != html.ElementNode {
		n = n.Parent
	}
	var parts []string
	for a := n; a != nil && a.Type == html.ElementNode && len(parts) < 4; a = a.Parent {
		s := a.Data
		if id := strings.TrimSpace(attr(a, "id")); id != "" {
			s += "#" + clip(id, 24)
		} else if f := strings.Fields(attr(a, "class")); len(f) > 0 {
			s += "." + clip(f[0], 24)
		}
		parts = append(parts, s)
		if a.Data == "body" {
			break
		}
	}
	slices.Reverse(parts)
	return strings.Join(parts, " > ")
}

// topCandidates keeps the best-scored candidates, best first, each value
// once (the scorer may run twice over a page).
func topCandidates(c []Candidate) []Candidate {
	out := []Candidate{}
	for _, i := range stableOrder(len(c), func(i, j int) bool { return c[i].Score > c[j].Score }) {
		x := c[i]
		if len(out) == maxCandidates {
			break
		}
		if !slices.ContainsFunc(out, func(y Candidate) bool { return y.Value == x.Value && y.From == x.From }) {
			out = append(out, x)
		}
	}
	return out
}

// logLeftovers declines the page around the article: every subtree of the
// body beside the chain of ancestors that leads to the article (and to
// the headline, which is logged on its own, shown as the title).
func (p *page) logLeftovers(article *html.Node) {
	body := p.bodyNodes()
	if len(body) == 0 || article == nil || article == body[0] || !isAncestor(body[0], article) {
		return
	}
	head := p.meta.headline
	if head != nil && !isAncestor(body[0], head) {
		head = nil
	}
	// The chains from the article and the headline up to the body, read
	// once: asked of every child on the way down, isAncestor would make a
	// deep page quadratic.
	chain := map[*html.Node]bool{}
	for a := article.Parent; a != nil; a = a.Parent {
		chain[a] = true
	}
	if head != nil {
		for a := head.Parent; a != nil; a = a.Parent {
			chain[a] = true
		}
	}
	work := []*html.Node{body[0]}
	for len(work) > 0 {
		n := work[len(work)-1]
		work = work[:len(work)-1]
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			switch {
			case c == article:
			case c == head && !chain[c]: // a headline around the article is walked into
				p.decide(c, "", stageLocate, because(reasonLocateHeadline, "the headline, shown as the title"), nil)
			case chain[c]:
				work = append(work, c)
			case c.Type == html.ElementNode || c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
				if c.Type == html.ElementNode && (c.Data == "script" || c.Data == "style") {
					continue
				}
				p.decide(c, "", stageLocate, because(reasonLocateOutside, "outside the article's container"), nil)
			}
		}
	}
}

// explanation builds Article.Explain once the article is rendered.
// article is the node the article was taken from.
func (p *page) explanation(article *html.Node) *Explanation {
	l := p.log
	ex := &Explanation{Blocks: []Block{}, Decisions: l.decisions}
	if ex.Decisions == nil {
		ex.Decisions = []Decision{}
	}
	// Where the article stood: the container, or the parts a new wrapper
	// gathered.
	var spans []span
	if s, ok := l.order[article]; ok {
		spans = append(spans, s)
	} else if article != nil {
		for c := article.FirstChild; c != nil; c = c.NextSibling {
			if s, ok := l.order[c]; ok {
				spans = append(spans, s)
			}
		}
	}
	articlePos := int32(-1)
	if len(spans) > 0 {
		articlePos = spans[0].start
	}
	srcPos := func(n *html.Node) (int32, bool) {
		if s, ok := l.src[n]; ok {
			if o, ok := l.order[s]; ok {
				return o.start, true
			}
			if pos := l.pos(s); pos >= 0 {
				return pos, true
			}
		}
		return 0, false
	}
	// The top-level elements of Content, placed by their first node that
	// came from the page.
	var tops []int32
	if l.out != nil {
		last := articlePos
		for c := l.out.FirstChild; c != nil; c = c.NextSibling {
			pos := last
			findNode(c, func(d *html.Node) bool {
				if q, ok := srcPos(d); ok {
					pos = max(q, last)
					return true
				}
				return false
			}, nil)
			tops = append(tops, pos)
			last = pos
		}
	}
	// The lines of Text, placed by the first text that landed on them;
	// never before the line above.
	var kept []logEntry
	text := p.art.Text
	if text != "" {
		lines := strings.Split(text, "\n")
		kept = make([]logEntry, len(lines))
		start, mi := 0, 0
		last := articlePos
		for i, line := range lines {
			end := start + len(line)
			pos, found := last, false
			for ; mi < len(l.marks) && l.marks[mi].end <= end+1; mi++ {
				if q, ok := srcPos(l.marks[mi].n); ok && !found && l.marks[mi].end > start {
					pos, found = max(q, last), true
				}
			}
			kept[i] = logEntry{Block: Block{Fate: FateKept, Text: line}, pos: pos}
			last = pos
			start = end + 1
		}
	}
	place := func(e *logEntry) {
		for _, s := range spans {
			if s.holds(e.pos) {
				e.InArticle = true
				e.At, _ = slices.BinarySearchFunc(tops, e.pos, func(top, pos int32) int {
					if top < pos {
						return -1
					}
					return 1
				})
				return
			}
		}
	}
	removed := make([]logEntry, 0, len(l.entries))
	for _, e := range l.entries {
		// A node without text or image is no block a reader would miss;
		// what is no node (a pinyin repair) is listed with its evidence.
		if strings.TrimSpace(e.Text) == "" && e.Evidence["images"] == nil && e.Path != "" {
			ex.Silent++
			continue
		}
		place(&e)
		removed = append(removed, e)
	}
	for _, e := range l.restored {
		place(&e)
		ex.Restored = append(ex.Restored, e.Block)
	}
	// Kept lines first among equals: a removal placed at the line's own
	// node was inside it.
	all := append(kept, removed...)
	for _, i := range stableOrder(len(all), func(i, j int) bool { return all[i].pos < all[j].pos }) {
		ex.Blocks = append(ex.Blocks, all[i].Block)
	}
	return ex
}

// stableOrder returns the indexes 0…n-1 in the order less gives, equal
// ones as they were. It sorts ints, whose sort the module already holds,
// rather than instantiating one more generic sort per element type.
func stableOrder(n int, less func(i, j int) bool) []int {
	ix := make([]int, n)
	for i := range ix {
		ix[i] = i
	}
	slices.SortFunc(ix, func(a, b int) int {
		switch {
		case less(a, b):
			return -1
		case less(b, a):
			return 1
		}
		return a - b
	})
	return ix
}

// keptText joins the kept blocks' texts: Article.Text.
func (ex *Explanation) keptText() string {
	var b strings.Builder
	for _, bl := range ex.Blocks {
		if bl.Fate != FateKept {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(bl.Text)
	}
	return b.String()
}

// previewOf is s cut after n runes, with an ellipsis: clip without
// converting a long text to runes.
func previewOf(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i] + "…"
		}
		n--
	}
	return s
}

// namedValue is a candidate value and where it comes from.
type namedValue struct{ from, value string }

// explainDate records how Article.Published was chosen: the first of the
// candidates, in order of trust, that reads as a date.
func (p *page) explainDate(cands []namedValue, chosen int) {
	var out []Candidate
	for i, c := range cands {
		if strings.TrimSpace(c.value) == "" {
			continue
		}
		out = append(out, Candidate{Value: dates.Parse(c.value), From: c.from, Score: float64(len(cands) - i), Chosen: i == chosen})
		if out[len(out)-1].Value == "" {
			out[len(out)-1].Value = previewOf(c.value, 40) // not a date
			out[len(out)-1].Score = 0
		}
	}
	by := "no date found"
	if chosen >= 0 {
		by = cands[chosen].from
	}
	p.log.decisions = append(p.log.decisions, Decision{What: "published", Chosen: p.art.Published, By: by, Candidates: append([]Candidate{}, out...)})
}

// explainContainer records how the article's container was chosen: the
// locate note says how, the candidates are the CMS containers that
// matched and the density scorer's best.
func (p *page) explainContainer(container *html.Node) {
	by := ""
	for _, n := range p.art.Notes {
		switch n.ID {
		case NoteLocateCMS, NoteLocateFallback, NoteLocateAnchored, NoteLocateList, NoteNoArticle, NoteLocateOffTopic:
			by = n.ID
		}
	}
	cands := append(p.log.cmsCands, topCandidates(p.log.boxCands)...)
	p.log.decision("container", nodePath(container), by, cands)
}
