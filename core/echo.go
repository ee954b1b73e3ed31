package core

// Headline echo stage: the article node in, the same node without the
// headline that editors paste again at the top of the body, whole or
// broken over two paragraphs or lines (关于印发…<br>…的通知). It runs after
// chrome removal, so that a breadcrumb or an info line no longer stands
// before the echo. It is not spam: it goes with a note, not a report.

import (
	"strings"
	"unicode/utf8"

	"github.com/govreader/govreader/core/internal/cjk"
	"golang.org/x/net/html"
)

// maxEchoBlocks is how many of the body's first text blocks an echo may
// take: the headline whole, or broken in two.
const maxEchoBlocks = 2

// echoSlack is how many runes beyond the title's letters an echo block
// may hold: the page's punctuation around them (《》, “”, a bracketed
// number). A block longer than that is prose, and is not read further.
func echoSlack(letters int) int { return letters + 16 }

// removeHeadlineEcho detaches the first one or two text blocks of root when
// their text, NFKC-folded and without spaces and punctuation, is the
// title's. A block that goes on past the title is a paragraph that opens
// with the title's words and stays, and so does a block with an image;
// the echo is never the only text.
func (p *page) removeHeadlineEcho(root *html.Node) {
	if root == nil {
		return
	}
	key := titleKey(cjk.NFKC(p.meta.title))
	runes := utf8.RuneCountInString(key)
	if runes < minHeadlineKey {
		return
	}
	blocks := leadingBlocks(root, maxEchoBlocks+1)
	limit := runes + echoSlack(runes)
	var joined strings.Builder
	for i, b := range blocks[:max(0, min(len(blocks)-1, maxEchoBlocks))] {
		if hasMedia(b) {
			return
		}
		t, l := textPrefix(b, limit)
		if l > limit {
			return
		}
		joined.WriteString(titleKey(cjk.NFKC(t)))
		switch got := joined.String(); {
		case got == key:
			gone := 0
			for _, e := range blocks[:i+1] {
				if p.drop(e, stageEcho, because(reasonEchoHeadline, "the headline repeated at the top of the body"), nil) {
					gone++
				}
			}
			if gone > 0 {
				p.note(NoteHeadlineEcho, "the headline repeated at the top of the body was removed (%d block(s))", gone)
				p.art.Notes[len(p.art.Notes)-1].ReasonID = reasonEchoHeadline
			}
			return
		case !strings.HasPrefix(key, got):
			return
		}
	}
}

// leadingBlocks returns the innermost blocks that hold the first n runs
// of text below root, in document order. Text that follows in a block
// around them (or in root itself) ends the list with that block, which
// stands for the rest of the text.
func leadingBlocks(root *html.Node, n int) []*html.Node {
	var out []*html.Node
	findNode(root, func(c *html.Node) bool {
		if c.Type != html.TextNode || strings.TrimSpace(c.Data) == "" {
			return false
		}
		b := c.Parent
		for b != root && !isBlockish(b.Data) {
			b = b.Parent
		}
		if len(out) > 0 && isAncestor(out[len(out)-1], b) {
			return false // more text of the last block
		}
		out = append(out, b)
		return len(out) >= n || b == root || len(out) > 1 && isAncestor(b, out[len(out)-2])
	}, func(c *html.Node) bool { return !hiddenText(c) })
	return out
}
