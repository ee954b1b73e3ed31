package core

// The removal log of Options.Explain, as data: the page's nodes numbered
// in document order when it is made, the decisions and removals stages
// record in it, and render's output. It knows nothing of the page; the
// page's door to it (page.decide) and the account built from it
// (page.explanation) are in explain.go.

import "golang.org/x/net/html"

// span is a node's place in the page as parsed: its own number in
// document order and the last number below it.
type span struct{ start, end int32 }

func (s span) holds(pos int32) bool { return pos >= s.start && pos <= s.end }

// explainLog is the state of Options.Explain for one Extract call.
type explainLog struct {
	order    map[*html.Node]span
	entries  []logEntry
	restored []logEntry
	// Decisions, and the candidates stages leave for them.
	decisions  []Decision
	titleCands []Candidate
	titleRefs  []Candidate
	cmsCands   []Candidate
	boxCands   []Candidate
	// render's output: the clean tree, its nodes' sources in the page,
	// and where each source's text landed in Article.Text.
	out   *html.Node
	src   map[*html.Node]*html.Node
	marks []textMark
}

type logEntry struct {
	Block
	pos int32
}

// textMark says that the text of out node n ends at byte end of the text.
type textMark struct {
	n   *html.Node
	end int
}

// newExplainLog numbers the page's nodes in document order, so that a
// node removed early can still be placed among the blocks kept at the end.
func newExplainLog(root *html.Node) *explainLog {
	l := &explainLog{order: map[*html.Node]span{}}
	var next int32
	walkTree(root, func(n *html.Node) bool {
		l.order[n] = span{next, next}
		next++
		return true
	}, func(n *html.Node) {
		s := l.order[n]
		s.end = next - 1
		l.order[n] = s
	})
	return l
}

// pos is where n stood in the page as parsed: its own number, its nearest
// numbered ancestor's (nodes the pipeline made: a wrapper, a span around
// loose text), or its first numbered descendant's; -1 for none.
func (l *explainLog) pos(n *html.Node) int32 {
	for a := n; a != nil; a = a.Parent {
		if s, ok := l.order[a]; ok {
			return s.start
		}
	}
	if n == nil {
		return -1
	}
	if d := findNode(n, func(c *html.Node) bool { _, ok := l.order[c]; return ok }, nil); d != nil {
		return l.order[d].start
	}
	return -1
}

// decision records a choice; the first candidate equal to chosen is
// marked.
func (l *explainLog) decision(what, chosen, by string, cands []Candidate) {
	if cands == nil {
		cands = []Candidate{}
	}
	for i := range cands {
		if cands[i].Value == chosen && chosen != "" {
			cands[i].Chosen = true
			break
		}
	}
	l.decisions = append(l.decisions, Decision{What: what, Chosen: chosen, By: by, Candidates: cands})
}

// rendered keeps render's output for the explanation: the clean tree and
// where each piece of its text landed in Article.Text.
func (l *explainLog) rendered(out *html.Node, marks []textMark) {
	l.out, l.marks = out, marks
}
