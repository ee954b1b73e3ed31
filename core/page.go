package core

// The state one Extract call threads through the stages, and the few
// services every stage uses (the body, the class index, notes and the
// removal report). It depends on no stage: the stages hand each other
// their results through run() (extract.go).

import (
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/govreader/govreader/core/internal/css"
	"github.com/govreader/govreader/core/internal/dq"
	"golang.org/x/net/html"
)

// page is the state one Extract call threads through the stages. It lives
// for one call only.
type page struct {
	opts     Options
	base     *url.URL // page URL for resolving links; nil when unknown
	doc      *dq.Document
	art      *Article
	deadline time.Time
	// info holds the metadata read before chrome removal.
	meta metadata
	// tags lists the elements stages look up across the page (parse.go).
	tags tagIndex
	// index lists the page's classes and ids; built lazily by classIndex.
	index *docIndex
	// sheet holds the rules of the page's <style> blocks; see styleRules.
	sheet *[]css.Rule
	// keyframes holds the @keyframes of the page's sheets, by name; set
	// with sheet.
	keyframes map[string]css.Keyframes
	// matched is cascade's buffer for the rules one element matches.
	matched []int
	// cascadeIx is the sheet compiled for the cascade; see styleIndex.
	// noRules is set when the time budget ran out while styles were read:
	// from then on only inline styles count.
	cascadeIx *css.Sheet
	noRules   bool
	// stackNeg and stackCut gate the questions of paint order and flow
	// (stackGates); stackIx holds their rules (flowSheet).
	stackNeg, stackIx, stackCut *css.Sheet
	// firstLineIx holds the rules of ::first-line, under their host's
	// selector (firstLineSheet); firstLineRules counts them.
	firstLineIx    *css.Sheet
	firstLineRules int
	// lineIx and lineGate hold the rules of lines cut along (lineSheets);
	// lineNowrap says that a rule keeps lines from wrapping at all, once
	// lineScanned (nowrapRules).
	lineIx, lineGate        *css.Sheet
	lineNowrap, lineScanned bool
	// revealed are class and id names that a rule for a state (:hover,
	// :focus, :checked, :target …) shows again: menus and pop-ups the
	// page hides until the reader acts. Set with cascadeIx.
	revealed map[string]bool
	// own caches ownHosts (hosts.go); ownDone tells that it was computed.
	own     []string
	ownDone bool
	// log is the removal log of Options.Explain (explain.go), nil without
	// it; keep holds Options.Keep, nil when it is empty.
	log  *explainLog
	keep map[string]bool
}

// bodyNodes returns the page's <body> as a one-element slice (nil when
// there is none). The HTML parser always builds html > body, so looking
// among the root's children beats a selector walk over the whole page.
//
//go:noinline
func (p *page) bodyNodes() []*html.Node {
	for h := p.doc.Get(0).FirstChild; h != nil; h = h.NextSibling {
		if h.Type != html.ElementNode || h.Data != "html" {
			continue
		}
		for b := h.FirstChild; b != nil; b = b.NextSibling {
			if b.Type == html.ElementNode && b.Data == "body" {
				return []*html.Node{b}
			}
		}
	}
	return nil
}

// classIndex returns the page's class and id index, building it on first
// use. Stages that remove nodes only make it less exact, never wrong in
// the direction that matters: a selector is skipped only when it cannot
// match.
func (p *page) classIndex() *docIndex {
	if p.index == nil {
		p.index = newDocIndex(p.doc.Get(0))
	}
	return p.index
}

//go:noinline
func (p *page) note(id, format string, args ...any) {
	p.art.Notes = append(p.art.Notes, Note{ID: id, Message: fmt.Sprintf(format, args...)})
}

// report tells the reader of a removal or a suspicion (Article.Spam).
// ev is given where the evidence helps the reader: a number the reason
// quotes.
//
//go:noinline
func (p *page) report(kind, text string, why reason, removed bool, ev Evidence) {
	p.art.Spam = append(p.art.Spam, SpamItem{Kind: kind, Text: text, Reason: why.text, ReasonID: why.id, Evidence: ev, Removed: removed})
}

// overBudget reports whether the optional work should stop.
func (p *page) overBudget() bool {
	return time.Now().After(p.deadline)
}

// titleTag is the text of <title>, without the markup some CMSs leak
// into it (<h1 style=…>…</h1>-某县人民政府).
func (p *page) titleTag() string {
	raw := p.tags.first("title", nil).Text()
	if strings.Contains(raw, "<") {
		raw = html.UnescapeString(tagRe.ReplaceAllString(raw, ""))
	}
	return collapseSpace(raw)
}

type metadata struct {
	titleHijacked bool
	tags          map[string]string
	// shown holds the displayed value of each field nearest the headline.
	shown map[field]string
	// scriptSource is a 来源 an inline script would print (var csource = "…").
	scriptSource string
	// headline is the chosen headline element, if any.
	headline *html.Node
	title    string
	jsonLD   map[string]string
	// byline names the writers of a byline line that chrome removal took
	// out of the top of the body (文/张三 通讯员 李四).
	byline string
}
