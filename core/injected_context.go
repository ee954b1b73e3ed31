package core

// Where a paragraph sits and how it is marked up, for the injected-block
// stage. A cloner pastes a profile into a page someone else built: its
// block rarely looks like the CMS's own paragraphs, and it lands at the
// seams of the article (after a table, before the sign-off, at the end of
// a list). None of this is evidence on its own; weigh asks for it beside
// a profile that is off the article's topic.

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/govreader/govreader/core/internal/cjk"
	"github.com/govreader/govreader/core/internal/dates"
	"golang.org/x/net/html"
)

// Thresholds of the shape evidence.
const (
	// minShapeMajority is how many paragraphs must share one markup, and
	// shapeMajority what share of them, before a paragraph marked up
	// otherwise stands out: a short article has no norm to break.
	minShapeMajority = 3
	shapeMajority    = 0.6
	// A list item stands out by length when it ends a list whose other
	// items are short lines (name and post, maxListLine runes at the
	// median) and it is listTailFactor times as long.
	maxListLine    = 40
	listTailFactor = 2
	// maxListScan bounds how many siblings of a list are read.
	maxListScan = 64
	// minLeadRunes is the shortest opening the items of a list must share
	// (书画展入选作者、, 学员代表) to make a pattern an added item breaks.
	minLeadRunes = 3
	// maxLabelLine is the longest line read as a label alone on its line.
	maxLabelLine = 14
)

// proseTags are the blocks whose markup makes an article's norm.
var proseTags = map[string]bool{"p": true, "div": true, "section": true, "blockquote": true}

// Shapes that are not a block's markup.
const (
	shapeNone = 0 // too short to judge, or not a prose block
	shapeBare = 1 // a bare run, told apart by unit.loose
)

// shapeOf is how a paragraph is marked up, to compare with its siblings:
// its block's markup, the markup of the element its text opens in, and
// whether the text opens with an indent of its own.
// Items of lists and cells of tables have shapes of their own and no
// part in the norm: a list of people would make the prose around it odd.
func shapeOf(u unit) uint64 {
	c := u.carrier
	if c == nil {
		return shapeBare
	}
	if !proseTags[c.Data] {
		return shapeNone
	}
	h := markupKey(c)
	inner := c.FirstChild
	for inner != nil && inner.Type == html.TextNode && strings.TrimSpace(inner.Data) == "" {
		inner = inner.NextSibling
	}
	if inner != nil && inner.Type == html.ElementNode {
		h = (h ^ markupKey(inner)) * fnvPrime
	}
	if t := firstText(c); t != nil {
		if lead := strings.TrimLeft(t.Data, " \t\r\n"); strings.HasPrefix(lead, "\u3000") || strings.HasPrefix(lead, "\u00a0") {
			h = (h ^ 1) * fnvPrime
		}
	}
	return max(h, shapeBare+1)
}

// commonShape returns the markup most of the judged paragraphs share, or
// shapeNone when no markup is shared widely enough to be the article's
// norm.
func commonShape(shapes []uint64) uint64 {
	count := map[uint64]int{}
	judged := 0
	var best uint64
	bestN := 0
	for _, s := range shapes {
		if s == shapeNone {
			continue
		}
		judged++
		count[s]++
		if count[s] > bestN {
			best, bestN = s, count[s]
		}
	}
	if bestN < minShapeMajority || float64(bestN) < shapeMajority*float64(judged) {
		return shapeNone
	}
	return best
}

// afterTable reports whether the unit comes right after a table (bare or
// in a wrapper of its own), where a cloner appends to an article that
// ends in one.
func afterTable(u unit) bool {
	n := u.nodes[0]
	if u.carrier != nil && n != u.carrier && prevContent(n) == nil {
		n = u.carrier // the first run of its block: look before the block
	}
	for p, hops := prevContent(n), 0; p != nil && p.Type == html.ElementNode && hops < 3; hops++ {
		if p.Data == "table" {
			return true
		}
		// A wrapper counts when the table is all it holds.
		p = p.LastChild
		for p != nil && (p.Type == html.TextNode && strings.TrimSpace(p.Data) == "" || p.Type == html.CommentNode) {
			p = p.PrevSibling
		}
		if p != nil && prevContent(p) != nil {
			return false
		}
	}
	return false
}

// prevContent is the sibling before n that is not blank text, a comment
// or a <br>.
func prevContent(n *html.Node) *html.Node {
	for p := n.PrevSibling; p != nil; p = p.PrevSibling {
		switch {
		case p.Type == html.CommentNode, isBR(p):
		case p.Type == html.TextNode && strings.TrimSpace(p.Data) == "":
		default:
			return p
		}
	}
	return nil
}

// longListTail reports whether the unit's block is the last item of a
// list of short lines (a list of people by name and post) and is many
// times as long as they are: a résumé added as one more item.
func longListTail(u unit, runes int) bool {
	c := u.carrier
	if c == nil || c.Parent == nil || u.nodes[0] != c {
		return false
	}
	for s := c.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode && s.Data == c.Data {
			return false // not the last item
		}
	}
	var lens []int
	for s := c.PrevSibling; s != nil && len(lens) < maxListScan; s = s.PrevSibling {
		if s.Type == html.ElementNode && s.Data == c.Data {
			lens = append(lens, utf8.RuneCountInString(normKey(textOf(s))))
		}
	}
	if len(lens)+1 < minListItems {
		return false
	}
	slices.Sort(lens)
	median := lens[len(lens)/2]
	return median > 0 && median <= maxListLine && runes >= listTailFactor*median
}

// listOf is what makes units items of one list: the block whose <br>
// runs they are, or the parent of the blocks they are; nil for bare runs.
func listOf(u unit) *html.Node {
	switch {
	case u.carrier == nil:
		return nil
	case u.nodes[0] != u.carrier:
		return u.carrier
	}
	return u.carrier.Parent
}

// breaksListLead reports whether units[i] is the last item of a list
// whose other items (at least two) all open with the same words, and
// does not: the comments of named participants (书画展入选作者、某某：…)
// with one more speaker added who is not one of them.
func breaksListLead(units []unit, i int) bool {
	list := listOf(units[i])
	if list == nil || i+1 < len(units) && listOf(units[i+1]) == list {
		return false
	}
	var lead []rune
	others := 0
	for j := i - 1; j >= 0 && others < maxListScan && listOf(units[j]) == list; j-- {
		t := []rune(normKey(runePrefix(units[j].text, 32)))
		if others == 0 {
			lead = t
		} else {
			n := 0
			for n < len(lead) && n < len(t) && lead[n] == t[n] {
				n++
			}
			lead = lead[:n]
		}
		others++
		if len(lead) < minLeadRunes {
			return false
		}
	}
	return others >= 2 && !strings.HasPrefix(normKey(runePrefix(units[i].text, 32)), string(lead))
}

// labelLine reports whether a paragraph is only a label that announces a
// profile on the next line (关于出席嘉宾<br>某某，歌手 …): a cloner's
// heading (strict) or the wider shape of a role label (role).
func labelLine(text string) (strict, role bool) {
	if utf8.RuneCountInString(text) > maxLabelLine {
		return false, false
	}
	t := cjk.NFKC(text)
	// Nothing may follow the label: 讲解员：王某 is a paragraph that
	// opens with one (opensWithLabel), not a label line.
	if i := strings.IndexAny(t, ":："); i >= 0 && strings.TrimSpace(t[i+1:]) != "" {
		return false, false
	}
	if bioHeader.MatchString(t) {
		return true, false
	}
	return false, roleLabel.MatchString(t)
}

// boxCaption reports a short line (label) that is, with the unit u after
// it, all the text of their one block: a box a cloner fills with a
// caption and a profile.
func boxCaption(label, u unit) bool {
	box := u.carrier
	if box == nil || label.carrier != box || hasSentencePunct(label.text) {
		return false
	}
	n := utf8.RuneCountInString(label.text)
	return n <= maxLabelLine && utf8.RuneCountInString(collapseSpace(textOf(box))) <= n+utf8.RuneCountInString(u.text)+2
}

// opensWithLabel reports whether a paragraph opens with a role label.
func opensWithLabel(text string) bool {
	return roleLabel.MatchString(cjk.NFKC(runePrefix(text, 24)))
}

// latestYear is the latest year (1900-2099) text names as a year that
// has come (2024年签约), leaving out targets and ranges (到2027年,
// 2025年底前, 2024—2026年): a plan names later years, a profile written
// after the article names them as past.
func latestYear(text string) int {
	latest := 0
	for i := strings.Index(text, "年"); i >= 0; {
		before, after := text[:i], text[i+len("年"):]
		if y, ok := yearBefore(before); ok && y > latest && !targetYear(before[:len(strings.TrimRight(before, " "))-4], after) {
			latest = y
		}
		j := strings.Index(after, "年")
		if j < 0 {
			break
		}
		i += len("年") + j
	}
	return latest
}

// targetYear reports whether the year between before and after is a
// target or the end of a range.
func targetYear(before, after string) bool {
	b, _ := utf8.DecodeLastRuneInString(strings.TrimRight(before, " "))
	a, _ := utf8.DecodeRuneInString(after)
	return strings.ContainsRune("到至—–-~～", b) || strings.ContainsRune("底末前", a)
}

// yearBefore reads the four ASCII digits that end s, when they make a
// year of 1900-2099 and are not the tail of a longer number.
func yearBefore(s string) (int, bool) {
	s = strings.TrimRight(s, " ")
	if len(s) < 4 {
		return 0, false
	}
	d := s[len(s)-4:]
	y := 0
	for i := 0; i < 4; i++ {
		if d[i] < '0' || d[i] > '9' {
			return 0, false
		}
		y = y*10 + int(d[i]-'0')
	}
	if len(s) > 4 && s[len(s)-5] >= '0' && s[len(s)-5] <= '9' {
		return 0, false
	}
	return y, y >= 1900 && y <= 2099
}

// publishedYear is the year the page says the article was published, or
// 0: the displayed date first, then the page's own meta tags.
func (p *page) publishedYear() int {
	m := &p.meta
	d := dates.First(m.shown[fieldPublished], m.shown[fieldInfoDate], m.tags["pubdate"], m.tags["firstpublishedtime"],
		m.tags["article:published_time"], m.jsonLD["datePublished"])
	if y, ok := yearBefore(runePrefix(d, 4)); ok {
		return y
	}
	return 0
}
