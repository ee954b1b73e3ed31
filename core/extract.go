package core

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/govreader/govreader/core/internal/charset"
	"github.com/govreader/govreader/core/internal/dq"
	"golang.org/x/net/html"
)

// Errors Extract returns for input it cannot read at all. Anything else
// gives a best-effort Article with notes.
var (
	ErrEmptyInput = errors.New("empty input")
	ErrTooLarge   = errors.New("input larger than the configured cap")
	ErrNotHTML    = errors.New("input is not an HTML page")
)

// page is the state one Extract call threads through the stages. It lives
// for one call only.
type page struct {
	opts     Options
	base     *url.URL // page URL for resolving links; nil when unknown
	doc      *dq.Document
	art      *Article
	deadline time.Time
	// afterHTML is markup found after the last </html>, set aside by parse.
	afterHTML string
	// info holds the metadata read before chrome removal.
	meta metadata
	// tags lists the elements stages look up across the page (parse.go).
	tags tagIndex
	// index lists the page's classes and ids; built lazily by classIndex.
	index *docIndex
	// sheet holds the rules of the page's <style> blocks; see styleRules.
	sheet *[]styleRule
	// matched is cascade's buffer for the rules one element matches.
	matched []int
	// cascadeIx is the sheet compiled for the cascade; see styleIndex.
	// noRules is set when the time budget ran out while styles were read:
	// from then on only inline styles count.
	cascadeIx *styleSheet
	noRules   bool
	// guard is what the spam stages leave for removeInjected and judge.
	guard guardState
	// log is the removal log of Options.Explain (explain.go), nil without
	// it; keep holds Options.Keep, nil when it is empty.
	log  *explainLog
	keep map[string]bool
}

// Extract reads one HTML page and returns its article. The zero Options is
// the default. It returns an error only for input that is empty, too large
// or not HTML; a page without an article gives a best-effort Article with a
// NoteNoArticle note.
func Extract(html []byte, opts Options) (*Article, error) {
	if len(bytes.TrimSpace(html)) == 0 {
		return nil, ErrEmptyInput
	}
	if len(html) > opts.maxInput() {
		return nil, fmt.Errorf("%w: %d bytes, cap %d", ErrTooLarge, len(html), opts.maxInput())
	}
	text, enc, err := charset.Decode(html, opts.Charset)
	if err != nil {
		return nil, err
	}
	if !looksLikeHTML(text) {
		return nil, ErrNotHTML
	}
	p := &page{
		opts:     opts,
		art:      &Article{Encoding: enc, URL: opts.URL, Spam: []SpamItem{}, Notes: []Note{}, Attachments: []Attachment{}, Images: []Image{}},
		deadline: time.Now().Add(opts.budget()),
	}
	if opts.URL != "" {
		if u, err := url.Parse(opts.URL); err == nil && u.IsAbs() {
			p.base = u
		}
	}
	if err := p.parse(text); err != nil {
		return nil, err
	}
	if len(opts.Keep) > 0 {
		p.keep = make(map[string]bool, len(opts.Keep))
		for _, fp := range opts.Keep {
			p.keep[fp] = true
		}
	}
	if opts.Explain {
		p.log = newExplainLog(p.doc.Get(0))
	}
	p.run()
	return p.art, nil
}

// run is the pipeline. The order matters where noted.
func (p *page) run() {
	p.applyBaseElement()
	// Hidden content goes first: nothing a reader cannot see may reach the
	// metadata, the title or the body.
	p.removeHidden()
	// Past the time budget (budget.go) the optional stages are skipped and
	// the page is rendered as it stands.
	if !p.outOfTime("spam removal") {
		p.removeSpam()
	}
	// Pinyin splices go before metadata: they split the labels too.
	if !p.outOfTime("text repair") {
		p.repairText()
	}
	// Metadata is read before chrome removal, because the info line
	// (发布时间 | 来源) and the 信息公开 table are themselves chrome.
	if !p.outOfTime("metadata") {
		p.readMetadata()
	}
	loc := p.locate()
	if p.log != nil {
		p.explainContainer(loc)
	}
	root := loc.node
	// Injected blocks go while the page's second copies of the article
	// (mobile, elder mode) are still there to compare with.
	if !p.outOfTime("injected blocks") {
		p.removeInjected(root, loc.anchor.bigrams)
	}
	// A list page is shown as its entries; chrome removal would take its
	// link-only lines for navigation.
	if items := p.listItems(loc); items != nil {
		p.art.Kind = KindList
		root = p.listArticle(items)
	} else {
		if !p.outOfTime("chrome removal") {
			p.removeChrome(root)
		}
		// The echo is looked for once the chrome before it has gone.
		if !p.outOfTime("headline echo") {
			p.removeHeadlineEcho(root)
		}
	}
	p.render(root)
	p.finishMetadata()
	p.art.Kind = p.kind()
	p.dropListDate()
	p.judge()
	if p.log != nil {
		// The page around the article is what locate declined.
		p.logLeftovers(loc.node)
		p.art.Explain = p.explanation(loc.node)
	}
}

// kind names what the page is, once its metadata is read.
func (p *page) kind() string {
	switch {
	case p.art.Kind != "":
		return p.art.Kind
	case p.art.DocNumber != "" || p.art.IndexNumber != "":
		return KindDocument
	}
	return KindArticle
}

// dropListDate clears a publish date that is only one entry's date on a
// list page: the page itself shows none, and an entry's is not its own.
func (p *page) dropListDate() {
	if p.art.Kind != KindList || p.art.Published == "" {
		return
	}
	day := p.art.Published[:min(len(p.art.Published), len("2006-01-02"))]
	for _, it := range p.art.Items {
		if strings.HasPrefix(it.Date, day) {
			p.art.Published = ""
			return
		}
	}
}

// bodyNodes returns the page's <body> as a one-element slice (nil when
// there is none). The HTML parser always builds html > body, so looking
// among the root's children beats a selector walk over the whole page.
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

func (p *page) note(id, format string, args ...any) {
	p.art.Notes = append(p.art.Notes, Note{ID: id, Message: fmt.Sprintf(format, args...)})
}

// report tells the reader of a removal or a suspicion (Article.Spam).
// ev is given where the evidence helps the reader: a number the reason
// quotes.
func (p *page) report(kind, text string, why reason, removed bool, ev Evidence) {
	p.art.Spam = append(p.art.Spam, SpamItem{Kind: kind, Text: text, Reason: why.text, ReasonID: why.id, Evidence: ev, Removed: removed})
}

// overBudget reports whether the optional work should stop.
func (p *page) overBudget() bool {
	return time.Now().After(p.deadline)
}
