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
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

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
		// The list beside the headline may be one column of several.
		if box := items[0].Parent; box != nil && box.Parent != nil && box.Parent.Parent != nil {
			if all := largestItemGroup(box.Parent.Parent); len(all) > len(items) && slices.Contains(all, items[0]) {
				return all
			}
		}
		return items
	}
	short, linked, inItems := itemShape(items)
	if !short && !ledByLinks(items) || !linked && loc.anchor.usable() {
		return nil
	}
	total, _ := textLens(root)
	if root.Data == "body" {
		// Locate found no container: the list is judged in its own, and
		// the rest of the page is its chrome.
		if c := itemsContainer(items); c != nil {
			total, _ = textLens(c)
		}
	}
	if float64(inItems) < listShare*float64(total) {
		return nil
	}
	return items
}

// shortDate is a date without its year beside an entry (05-29, [06.12]),
// which dates.Parse does not read as a day.
var shortDate = regexp.MustCompile(`^[\[(（【]?\d{1,2}[-./月]\d{1,2}日?[\])）】]?$`)

// maxLeadTagRunes is how much an entry may show before its link: a type
// tag (新闻, 公开, 办事) or a number.
const maxLeadTagRunes = 6

// minLeadLinkRunes is the shortest link text that is an entry's title.
const minLeadLinkRunes = 6

// ledByLinks reports a group whose entries open with a link to their
// page, each a title followed by a snippet, an address and a date: the
// results of a site search or a column digest, which are longer than a
// plain list's entries.
func ledByLinks(items []*html.Node) bool {
	led := 0
	for _, it := range items {
		if leadLinkText(it) != "" {
			led++
		}
	}
	return float64(led) >= linkedItems*float64(len(items))
}

// leadLinkText is the text of the link an entry opens with, or "".
func leadLinkText(it *html.Node) string {
	a := firstLink(it)
	if a == nil {
		return ""
	}
	lt, text := collapseSpace(textOf(a)), collapseSpace(textOf(it))
	i := strings.Index(text, lt)
	if utf8.RuneCountInString(lt) < minLeadLinkRunes || i < 0 || utf8.RuneCountInString(text[:i]) > maxLeadTagRunes {
		return ""
	}
	// A title stands on a line of its own: its block (a heading) holds
	// the link and at most a tag. A link opening a sentence is no title.
	block := a.Parent
	for block != it && block.Parent != nil && !isBlockish(block.Data) {
		block = block.Parent
	}
	if bt := collapseSpace(lineOf(block, a)); utf8.RuneCountInString(bt)-utf8.RuneCountInString(lt) > maxLeadTagRunes {
		return ""
	}
	return lt
}

// lineOf is the text of the line of block that holds a: the run of
// inline content around it between block children and <br>s (an entry's
// title line above its info line).
func lineOf(block, a *html.Node) string {
	at := a // block is a's nearest block: everything up to it is inline
	for at.Parent != nil && at.Parent != block {
		at = at.Parent
	}
	breaks := func(n *html.Node) bool {
		return n.Type == html.ElementNode && (isBlockish(n.Data) || n.Data == "br")
	}
	first := at
	for s := at.PrevSibling; s != nil && !breaks(s); s = s.PrevSibling {
		first = s
	}
	var b strings.Builder
	for c := first; c != nil && (c == at || !breaks(c)); c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		} else {
			b.WriteString(textOf(c))
		}
	}
	return b.String()
}

// listArticle turns the entries into Article.Items and the node the
// render stage shows: an ordered list of the entries' text, each linked to
// its page when it has one, without the dates (they are in Items).
func (p *page) listArticle(items []*html.Node) *html.Node {
	wrap := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	ol := appendElement(wrap, atom.Ol)
	// Entries longer than a list's are led by their titles: the title is
	// the entry, its snippet and address are the linked page's.
	short, _, _ := itemShape(items)
	for _, it := range items[:min(len(items), maxItems)] {
		if headerRow(it) {
			continue // the table's column names, not an entry
		}
		text := entryText(it)
		date := dates.Parse(text)
		if title := entryTitle(it); title != "" {
			// The entry's one link to a document is its title; the rest
			// (序号, 文号, 主讲人, a status badge) describes the document.
			text = title
		} else if lead := leadLinkText(it); lead != "" {
			// Beside a short title, only a date or the linked page's own
			// info line (答复部门：… 发布日期：… 浏览：…) gives way to it.
			rest := strings.TrimSpace(strings.Replace(text, lead, "", 1))
			if !short || shortDate.MatchString(rest) || len(findLabels(rest)) > 0 && !hasSentencePunct(rest) {
				text = lead
			}
		}
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

// entryTitle is the text of an entry's only link when that link leads to
// a document (articleHref) and reads as its title (minLeadLinkRunes), or "".
func entryTitle(it *html.Node) string {
	var title string
	links := 0
	walkElements([]*html.Node{it}, func(c *html.Node) bool {
		if c.Data != "a" {
			return true
		}
		if href := attr(c, "href"); href != "" && !strings.HasPrefix(strings.TrimSpace(href), "#") {
			links++
			if t := collapseSpace(textOf(c)); articleHref(href) && utf8.RuneCountInString(t) >= minLeadLinkRunes {
				title = t
			}
		}
		return false
	})
	if links != 1 {
		return ""
	}
	return title
}

// headerRow reports a table row of header cells only.
func headerRow(n *html.Node) bool {
	if n.Data != "tr" {
		return false
	}
	cells := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if c.Data != "th" {
				return false
			}
			cells++
		}
	}
	return cells > 0
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

// columnTitle corrects the title of a list page that took a heading of
// another column for its own (the 法定主动公开内容 over a 政务公开 page's
// category tree, beside the catalogue of the category shown): the page's
// name is then the part of <title> that the list's own column writes.
func (p *page) columnTitle(container *html.Node) {
	head := p.meta.headline
	if head == nil || container == nil || isAncestor(container, head) || isAncestor(head, container) {
		return
	}
	text := normKey(runePrefix(textOf(container), maxColumnNameAt))
	key := normKey(p.meta.title)
	for _, part := range splitTitle(p.titleTag()) {
		if k := normKey(part); k != "" && k != key && !p.isSiteName(part) && strings.Contains(text, k) {
			p.meta.title = part
			return
		}
	}
}

// maxColumnNameAt is how far into a list's column its name may stand:
// above the list, after a line of guidance at most.
const maxColumnNameAt = 200

// listTitle corrects the title of a list page that took one entry's
// title for its own (a search page has no heading but its results'):
// the page's name is then the first part of <title> that is neither the
// site's nor that entry's.
func (p *page) listTitle(container *html.Node) {
	p.columnTitle(container)
	key := normKey(p.meta.title)
	// The headline may carry the entry's type tag (新闻, 公开) before it.
	if !slices.ContainsFunc(p.art.Items, func(it ListItem) bool {
		k := normKey(it.Text)
		return utf8.RuneCountInString(k) >= minLeadLinkRunes && strings.Contains(key, k)
	}) {
		return
	}
	for _, part := range splitTitle(p.titleTag()) {
		if part != "" && !p.isSiteName(part) && !strings.Contains(key, normKey(part)) {
			p.meta.title = part
			return
		}
	}
}
