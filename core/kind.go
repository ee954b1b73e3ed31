package core

// Page-kind stage: the located article (planted blocks already gone) in,
// the page's kind out, and for a list page its items.
//
// Not every portal page is an article. A column index (通知公告 with its
// dated links), a leader introduction (领导介绍: name, post, duties) or a
// staff list is a list of entries, and rendered as an article it loses
// what matters: chrome removal takes the link-only lines (the names, the
// titles) for navigation. A list page is recognised by its structure, not
// its words: most of the located text sits in repeated siblings of one
// shape, each short, most of them links or under a headline too short to
// name a topic.

import (
	"strings"

	"github.com/govreader/govreader/core/internal/dates"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Thresholds of list recognition.
const (
	// listShare: the share of the located text the items must hold.
	listShare = 0.7
	// maxItems bounds the entries kept: a column index shows a page of
	// them, and a huge list is not read item by item.
	maxItems = 500
)

// listItems returns the entries of root, in order, when the located
// article is a list: the locate stage found it as one (located.list), or
// most of its text sits in short entries that are links or stand under a
// headline that only names the page's kind (领导介绍). It returns nil for
// an article.
func (p *page) listItems(loc located) []*html.Node {
	root := loc.node
	if root == nil || root.Data == "html" {
		return nil
	}
	items := largestItemGroup(root)
	if len(items) < minListItems {
		return nil
	}
	if loc.list {
		return items
	}
	short, linked, inItems := itemShape(items)
	if !short || !linked && loc.anchor.usable() {
		return nil
	}
	if total, _ := textLens(root); float64(inItems) < listShare*float64(total) {
		return nil
	}
	return items
}

// listArticle turns the entries into Article.Items and the node the
// render stage shows: an ordered list of the entries' text, each linked to
// its page when it has one, without the dates (they are in Items).
func (p *page) listArticle(items []*html.Node) *html.Node {
	wrap := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	ol := appendElement(wrap, atom.Ol)
	for _, it := range items[:min(len(items), maxItems)] {
		text := entryText(it)
		date := dates.Parse(text)
		if date != "" {
			// The date is shown beside the entry; it goes to Items alone.
			f := dates.FoldDigits(text)
			if m := dates.Re.FindStringIndex(f); m != nil {
				text = strings.Trim(strings.TrimSpace(f[:m[0]]+f[m[1]:]), " ()（）[]【】")
			}
		}
		if text == "" {
			continue
		}
		li := appendElement(ol, atom.Li)
		var href string
		if a := firstLink(it); a != nil {
			href = attr(a, "href")
		}
		target := li
		if href != "" {
			target = &html.Node{Type: html.ElementNode, Data: "a", DataAtom: atom.A, Attr: []html.Attribute{{Key: "href", Val: href}}}
			li.AppendChild(target)
		}
		target.AppendChild(&html.Node{Type: html.TextNode, Data: text})
		p.art.Items = append(p.art.Items, ListItem{Text: text, URL: p.safeURL(href, false), Date: date})
	}
	return wrap
}

// entryText is an entry's text with its blocks (a name in <dt>, the post
// in <dd>) kept apart by a space, as the page shows them side by side or
// one below the other.
func entryText(n *html.Node) string {
	var f spaceFolder
	walkTree(n, func(c *html.Node) bool {
		switch {
		case c.Type == html.TextNode:
			f.WriteString(c.Data)
			return false
		case hiddenText(c):
			return false
		case c.Type == html.ElementNode && (isBlockish(c.Data) || c.Data == "br"):
			f.WriteString(" ")
		}
		return true
	}, nil)
	return strings.TrimSpace(f.String())
}
