package core

// Repeated items, part of the locate stage: the structure of a list of
// entries (a column's dated links, a list of leaders), laid out as
// siblings of one tag and class, one entry each. Anchoring (anchor.go)
// takes the list around the densest block of a list page, locate.go the
// list beside a headline with no article, and the kind stage (kind.go)
// shows a list page as its entries. It depends on none of them.

import (
	"slices"

	"golang.org/x/net/html"
)

// Repeated items: a list of people or entries is laid out as siblings of
// one tag and class (li, div.ld-item …), one item each.
const (
	// minListItems: fewer siblings of one shape are not a list (also
	// what the injected stage asks of a list of people).
	minListItems = 3
	// minSectionItems: a list in sections joins groups this small.
	minSectionItems = 2
	// maxItemDepth: how far below its item the densest block may sit (the
	// item's text box, a paragraph in it).
	maxItemDepth = 2
)

// Thresholds of an entry's shape.
const (
	// maxMedianEntryRunes: the median entry's length. A list entry is a title,
	// or a name with a post and a line of duties; a paragraph is longer.
	maxMedianEntryRunes = 80
	// linkedItems: the share of items that hold a link, on a page whose
	// headline names a topic. A column's entries all link to their pages.
	linkedItems = 0.6
)

// itemList returns the parent of the repeated items that n belongs to
// (n, or an ancestor at most maxItemDepth above it, is one of at least
// minListItems element siblings of the same tag and class, shaped like an
// entry: itemShaped), or nil. The densest block of a list page is one
// item, often the longest: a planted profile among short name-and-post
// entries.
func itemList(n *html.Node) *html.Node {
	for up := 0; up <= maxItemDepth && n != nil && n.Type == html.ElementNode && n.Parent != nil; up, n = up+1, n.Parent {
		if n.Data == "body" || n.Data == "html" {
			return nil
		}
		same := 0
		for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.Data == n.Data && attr(c, "class") == attr(n, "class") {
				same++
			}
		}
		if same >= minListItems && itemShaped(n) {
			return n.Parent
		}
	}
	return nil
}

// itemShape tells whether a group of siblings is short like a list's
// entries (the median one), whether most of them are links, and how much
// text they hold in all.
func itemShape(items []*html.Node) (short, linked bool, total int) {
	lens := make([]int, 0, len(items))
	links := 0
	for _, it := range items {
		l, _ := textLens(it)
		lens = append(lens, l)
		total += l
		if firstLink(it) != nil {
			links++
		}
	}
	slices.Sort(lens)
	median := lens[len(lens)/2]
	return median > 0 && median <= maxMedianEntryRunes, float64(links) >= linkedItems*float64(len(items)), total
}

// largestItemGroup returns the largest group, by text, of at least
// minListItems element siblings of one shape below root: li or dd, or
// classed blocks (div.ld-item). Paragraphs are never list items: an
// article is a run of them.
func largestItemGroup(root *html.Node) []*html.Node {
	var groups [][]*html.Node
	byShape := map[string]int{}
	walkElements([]*html.Node{root}, func(n *html.Node) bool {
		if hiddenText(n) {
			return false
		}
		clear(byShape)
		first := len(groups)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || !itemShaped(c) {
				continue
			}
			key := c.Data + "." + attr(c, "class")
			i, ok := byShape[key]
			if !ok {
				i = len(groups)
				byShape[key] = i
				groups = append(groups, nil)
			}
			groups[i] = append(groups[i], c)
		}
		// Groups too small to be a list are dropped at once, but for
		// pairs: a list in sections (a 公报's 市政府文件, 部门文件 …)
		// may give two entries to a section.
		kept := groups[:first]
		for _, g := range groups[first:] {
			if len(g) >= minSectionItems {
				kept = append(kept, g)
			}
		}
		groups = kept
		return true
	})
	columns := columnGroups(groups)
	groups = slices.DeleteFunc(groups, func(g []*html.Node) bool { return len(g) < minListItems })
	groups = append(groups, columns...)
	if len(groups) == 0 {
		return nil
	}
	want := map[*html.Node]bool{}
	for _, g := range groups {
		for _, it := range g {
			want[it] = true
		}
	}
	lens := textLensOf(root, want)
	var best []*html.Node
	bestText := 0
	for _, g := range groups {
		t := 0
		for _, it := range g {
			t += lens[it].total
		}
		if t > bestText {
			best, bestText = g, t
		}
	}
	// The columns themselves are a group of boxes, each holding a list:
	// the entries are the lists' items.
	for _, c := range columns {
		if len(best) > 0 && best[0] == c[0].Parent.Parent {
			return c
		}
	}
	return best
}

// columnGroups joins the groups of a list laid out in columns: a 专题
// page sets its entries in boxes of one shape side by side (div.col > h2
// + ul > li, three times), each too small to be the page's list alone.
// Groups whose items, lists and boxes have the same shapes, under one
// container, are one list, in page order.
func columnGroups(groups [][]*html.Node) [][]*html.Node {
	type column struct {
		key       string
		container *html.Node
	}
	shape := func(n *html.Node) string { return n.Data + "." + attr(n, "class") }
	joined := map[column][]*html.Node{}
	var order []column
	count := map[column]int{}
	for _, g := range groups {
		list := g[0].Parent
		if list == nil || list.Parent == nil || list.Parent.Parent == nil {
			continue
		}
		c := column{shape(g[0]) + "|" + shape(list) + "|" + shape(list.Parent), list.Parent.Parent}
		if count[c] == 0 {
			order = append(order, c)
		}
		count[c]++
		joined[c] = append(joined[c], g...)
	}
	var out [][]*html.Node
	for _, c := range order {
		if count[c] >= 2 {
			out = append(out, joined[c])
		}
	}
	return out
}

// itemsContainer is the nearest element that holds every item.
func itemsContainer(items []*html.Node) *html.Node {
	for a := items[0].Parent; a != nil; a = a.Parent {
		if !slices.ContainsFunc(items, func(it *html.Node) bool { return !isAncestor(a, it) }) {
			return a
		}
	}
	return nil
}

func itemShaped(n *html.Node) bool {
	switch n.Data {
	case "li", "dd", "tr":
		// A catalogue table (序号 | 索引号 | 名称 | 生成日期) is a list
		// of entries a row each.
		return true
	case "div", "section", "article", "dl":
		return attr(n, "class") != ""
	}
	return false
}

func firstLink(n *html.Node) *html.Node {
	return findNode(n, func(c *html.Node) bool {
		return c.Type == html.ElementNode && c.Data == "a" && attr(c, "href") != ""
	}, nil)
}
