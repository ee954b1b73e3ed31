package core

// Parse stage: UTF-8 text in, a DOM out. Markup that a hacked page appends
// after its last </html> is set aside first, because a browser still shows
// it while it belongs to no part of the page.

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"unicode"

	"github.com/govreader/govreader/core/internal/dq"
	"github.com/govreader/govreader/core/internal/liveparse"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// lastClosingHTML returns the end of the last </html> tag (any case, white
// space before the >), or -1. It searches back from the end of the page,
// where the tag is: a case-folding regexp has no literal to skip ahead
// with and stepped through every byte of the page.
func lastClosingHTML(text string) int {
	for end := len(text); ; {
		i := strings.LastIndex(text[:end], "</")
		if i < 0 {
			return -1
		}
		end = i
		rest := text[i+2:]
		if len(rest) < 4 || !strings.EqualFold(rest[:4], "html") {
			continue
		}
		rest = strings.TrimLeft(rest[4:], " \t\n\r\f") // the regexp \s
		if strings.HasPrefix(rest, ">") {
			return len(text) - len(rest) + 1
		}
	}
}

// parse builds the DOM and returns the markup found after the last
// </html>, set aside for the spam stage (which run hands it to).
func (p *page) parse(text string) (afterHTML string, err error) {
	if end := lastClosingHTML(text); end >= 0 {
		tail := text[end:]
		if strings.TrimSpace(stripComments(tail)) != "" {
			afterHTML = tail
			text = text[:end]
		}
	}
	doc, err := p.parseTree(text)
	if err != nil {
		return "", err
	}
	p.doc = doc
	p.tags = settleTree(doc.Get(0))
	if len(p.tags.frames) > 0 {
		// Rare: the frames' documents join the page, which is indexed
		// again with them.
		inlineSrcdoc(p.tags.frames)
		p.tags = settleTree(doc.Get(0))
	}
	return afterHTML, nil
}

// inlineSrcdoc puts the body of every <iframe srcdoc> in the frame's
// place. A srcdoc frame is painted inside the page as its own document,
// and some platforms serve the article that way: left as an iframe it
// is never read, and the page has no article. The frame's head (its
// styles, which apply to it alone) is left out; frames inside a frame
// stay frames.
func inlineSrcdoc(frames []*html.Node) {
	for _, f := range frames {
		doc, err := html.Parse(strings.NewReader(attr(f, "srcdoc")))
		if err != nil || f.Parent == nil {
			continue
		}
		body := findNode(doc, func(n *html.Node) bool { return n.Type == html.ElementNode && n.Data == "body" }, nil)
		if body == nil {
			continue
		}
		box := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
		for _, a := range f.Attr {
			if a.Key == "id" || a.Key == "class" {
				box.Attr = append(box.Attr, a)
			}
		}
		for c := body.FirstChild; c != nil; c = body.FirstChild {
			body.RemoveChild(c)
			box.AppendChild(c)
		}
		f.Parent.InsertBefore(box, f)
		f.Parent.RemoveChild(f)
	}
}

// parseTree builds the document tree: a live page's serialisation is read
// directly where it can be (internal/liveparse, the same tree, several times
// faster in wasm); everything else goes to x/net/html.
func (p *page) parseTree(text string) (*dq.Document, error) {
	if p.opts.LiveDOM {
		if root, ok := liveparse.Parse(text); ok {
			p.note(NoteParsedLive, "the browser's serialisation was read directly")
			return dq.NewDocumentFromNode(root), nil
		}
	}
	doc, err := dq.NewDocumentFromReader(strings.NewReader(text))
	if err == nil {
		return doc, nil
	}
	// x/net/html refuses pages nested deeper than 512 elements. Browsers
	// stop nesting at that depth and carry on, so the page is flattened
	// below maxParseDepth and parsed again.
	// The parser inserts elements of its own (tbody and tr in bare
	// tables, up to two per raw tag), so the limit halves until it fits.
	parseErr := err
	for limit := maxParseDepth; limit >= 32 && err != nil; limit /= 2 {
		flat, n := flattenDeep(text, limit)
		if n == 0 {
			break
		}
		if doc, err = dq.NewDocumentFromReader(strings.NewReader(flat)); err == nil {
			p.note(NoteTruncatedDepth, "flattened %d elements nested deeper than %d", n, limit)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("parse: %w", parseErr)
	}
	return doc, nil
}

// settleTree is the one walk over a new tree. It removes the text nodes of
// source indentation between blocks: ASCII white space with a block (or
// nothing) on each side inside a block. A browser shows none of it, every
// stage would skip it, and on a long page it is a third of the nodes. And
// it indexes the elements that stages look up across the whole page (see
// tagIndex).
func settleTree(root *html.Node) tagIndex {
	ix := tagIndex{doc: root}
	var drop []*html.Node
	// Inside these elements white space shows, or is not text at all.
	keepsSpace := func(n *html.Node) bool {
		switch n.Data {
		case "pre", "textarea", "script", "style", "template", "listing", "xmp", "plaintext":
			return true
		}
		return false
	}
	kept := 0
	walkTree(root, func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			if kept == 0 && isLayoutSpace(n) {
				drop = append(drop, n)
			}
			return false
		case html.ElementNode:
			ix.add(n)
			if keepsSpace(n) {
				kept++
			}
		}
		return true
	}, func(n *html.Node) {
		if n.Type == html.ElementNode && keepsSpace(n) {
			kept--
		}
	})
	for _, n := range drop {
		detach(n)
	}
	return ix
}

func isLayoutSpace(n *html.Node) bool {
	if strings.Trim(n.Data, " \t\n\r\f") != "" || n.Parent == nil || n.Parent.Type != html.ElementNode {
		return false
	}
	if parent := n.Parent.Data; !isBlockish(parent) && parent != "body" && parent != "html" && parent != "head" {
		return false
	}
	side := func(s *html.Node) bool {
		return s == nil || s.Type == html.CommentNode || s.Type == html.ElementNode && isBlockish(s.Data)
	}
	return side(n.PrevSibling) && side(n.NextSibling)
}

// maxParseDepth is where flattenDeep stops nesting: below the parser's own
// limit of 512 open elements, with room for the elements it inserts itself
// (html, body, tbody …).
const maxParseDepth = 400

// flattenDeep drops the start and end tags of elements that would open
// deeper than limit, keeping their text. The depth is counted on the raw
// tags, which overestimates it where end tags are implied; that only costs
// structure on pages the parser has already refused. It returns the new
// markup and how many start tags it dropped.
func flattenDeep(text string, limit int) (string, int) {
	z := html.NewTokenizer(strings.NewReader(text))
	var b strings.Builder
	b.Grow(len(text))
	depth, excess, dropped := 0, 0, 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return b.String(), dropped
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidElements[string(name)] {
				break
			}
			if depth >= limit {
				excess++
				dropped++
				continue
			}
			depth++
		case html.EndTagToken:
			if excess > 0 {
				excess--
				continue
			}
			if depth > 0 {
				depth--
			}
		}
		b.Write(z.Raw())
	}
}

var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true,
}

var htmlComment = regexp.MustCompile(`(?s)<!--.*?-->`)

func stripComments(s string) string { return htmlComment.ReplaceAllString(s, "") }

// looksLikeHTML rejects binary data and plain text: a page needs at least
// one tag and must be mostly printable.
func looksLikeHTML(s string) bool {
	if documentStart.MatchString(s) {
		return true // a page that opens as a document gets a best effort
	}
	head := s
	if len(head) > 8192 {
		head = head[:8192]
	}
	var ctrl, total int
	for _, r := range head {
		total++
		if r == unicode.ReplacementChar || (unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t') {
			ctrl++
		}
	}
	if total == 0 || ctrl*10 > total {
		return false
	}
	return tagPattern.MatchString(s)
}

// documentStart is the opening of an HTML document: a doctype or an html,
// head or body tag before any other text.
var documentStart = regexp.MustCompile(`^(?:\x{FEFF}|\s|<!--[^>]*-->)*<(?i:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s)`)

var tagPattern = regexp.MustCompile(`<(?i:[a-z!/][^>]*)>`)

// applyBaseElement honours <base href>, which decides what relative links
// on the page mean.
func (p *page) applyBaseElement() {
	href, ok := p.tags.first("base", withAttr("href")).Attr("href")
	if !ok {
		return
	}
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil {
		return
	}
	if p.base != nil {
		u = p.base.ResolveReference(u)
	}
	if u.IsAbs() && (u.Scheme == "http" || u.Scheme == "https") {
		p.base = u
	}
}
