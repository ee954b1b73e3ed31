package core

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/govreader/govreader/core/internal/charset"
)

// Errors Extract returns for input it cannot read at all. Anything else
// gives a best-effort Article with notes.
var (
	ErrEmptyInput = errors.New("empty input")
	ErrTooLarge   = errors.New("input larger than the configured cap")
	ErrNotHTML    = errors.New("input is not an HTML page")
)

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
	afterHTML, err := p.parse(text)
	if err != nil {
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
	p.run(afterHTML)
	return p.art, nil
}

// run is the pipeline, top to bottom. Each stage takes the page as the
// ones before it left it; what one stage hands to a later one goes through
// here as a value, named where it is made and where it is used:
//
//   - afterHTML: the markup parse set aside after </html>, for the spam
//     stage to judge;
//   - hidden: the text of large blocks the visibility stage removed, a
//     hidden second copy of the article, for the injected-block stage;
//   - found: the site the footer claims, read by the spam stage in its one
//     pass over the text, for the provenance judge; and whether the
//     <title> was hijacked, which run writes into p.meta for the metadata
//     stage;
//   - p.meta: the metadata, read before chrome removal, which title choice,
//     locate, injected, chrome, echo and finishMetadata read;
//   - loc: the located container with its headline anchor, for the
//     injected-block stage, list detection and the removal log.
//
// The order matters where noted.
func (p *page) run(afterHTML string) {
	p.applyBaseElement()
	// Text an override lays out right to left is read as it is painted.
	p.paintBidiOverrides()
	// Hidden content goes first: nothing a reader cannot see may reach the
	// metadata, the title or the body.
	hidden := p.removeHidden()
	// What style sheets paint beside elements is in no text node: it is
	// judged from the sheets.
	p.checkGeneratedContent()
	// Past the time budget (budget.go) the optional stages are skipped and
	// the page is rendered as it stands.
	var found spamFindings
	if !p.outOfTime("spam removal") {
		found = p.removeSpam(afterHTML)
	}
	// Pinyin splices go before metadata: they split the labels too.
	if !p.outOfTime("text repair") {
		p.repairText()
	}
	// Metadata is read before chrome removal, because the info line
	// (发布时间 | 来源) and the 信息公开 table are themselves chrome.
	p.meta.titleHijacked = found.titleHijacked
	if !p.outOfTime("metadata") {
		p.readMetadata()
	}
	loc := p.locate()
	if p.log != nil {
		p.explainContainer(loc.node)
	}
	root := loc.node
	p.adoptGallery(root)
	// Injected blocks go while the page's second copies of the article
	// (mobile, elder mode) are still there to compare with.
	if !p.outOfTime("injected blocks") {
		p.removeInjected(root, loc.anchor.bigrams, hidden)
	}
	// A list page is shown as its entries; chrome removal would take its
	// link-only lines for navigation.
	if items := p.listItems(loc); items != nil {
		p.art.Kind = KindList
		root = p.listArticle(items)
		p.listTitle(loc.node)
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
	p.judge(found.identity)
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
