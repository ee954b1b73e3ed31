package core

// Locate stage: the cleaned DOM in, the node holding the article out.
//
// First the known CMS containers (rules_locate.go), taking the match with
// the most prose when a page carries several copies (desktop, mobile,
// elder mode). Then, when no container fits, a scorer in the manner of
// Readability: every paragraph scores by its length and punctuation, and
// passes its score up to its ancestors, damped by link density. It works
// on gov portals and on ordinary news sites alike.

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// located is what the locate stage hands on: the node that holds the
// article, whether it is the parent of a list page's entries, and what
// the headline says (read once, for locate and the kind stage).
type located struct {
	node   *html.Node
	list   bool
	anchor headlineAnchor
}

func (p *page) locate() located {
	a := p.headlineAnchor()
	body := p.bodyNodes()
	if len(body) == 0 {
		return located{anchor: a}
	}
	if n := p.locateCMS(body[0], a); n != nil {
		if alt := p.onTopicInstead(body[0], n, a); alt != nil {
			p.note(NoteLocateAnchored, "a known CMS container is off the headline's topic; a block on its topic was taken")
			return located{node: alt, anchor: a}
		}
		p.note(NoteLocateCMS, "article found in a known CMS container")
		return located{node: n, anchor: a}
	}
	n, anchored := p.locateByScore(body[0], a)
	if list := p.listBesideHeadline(body[0], n, a); list != nil {
		p.note(NoteLocateList, "no article beside the headline; the list of entries under it was taken")
		return located{node: list, list: true, anchor: a}
	}
	if n != nil {
		n = splitParts(n)
		p.note(NoteLocateFallback, "article found by text density")
		if anchored.ID != "" {
			p.art.Notes = append(p.art.Notes, anchored)
		}
		return located{node: n, anchor: a}
	}
	p.note(NoteNoArticle, "no article found; the whole page is shown")
	return located{node: body[0], anchor: a}
}

// minJudgedProse is the prose (runes) from which a CMS container's topic
// is judged: an image-only article's container has a caption at most.
const minJudgedProse = 50

// onTopicInstead returns the density scorer's choice when a known CMS
// container holds prose off the headline's topic and the scorer finds
// prose on it elsewhere: the class name is shared by a sidebar or a
// planted block there, and the headline says which text it announces.
func (p *page) onTopicInstead(body, cms *html.Node, a headlineAnchor) *html.Node {
	if !a.usable() || proseLen(cms) < minJudgedProse || a.reaches(cms, offHeadline) {
		return nil
	}
	alt, _ := p.locateByScore(body, a)
	if alt == nil || isAncestor(alt, cms) || isAncestor(cms, alt) || !a.reaches(alt, onHeadline) {
		return nil
	}
	return alt
}

// listBesideHeadline returns the parent of the entries of a column index
// or people page (kind.go), when the density scorer found no article
// beside the headline: its winner is then the footer or a sidebar, or
// nothing, and the page's content is the list. Without a headline only a
// page with no article at all is searched, for a list of links.
func (p *page) listBesideHeadline(body, winner *html.Node, a headlineAnchor) *html.Node {
	winnerProse := 0
	if winner != nil {
		if a.headline != nil && (a.near(winner) || isAncestor(winner, a.headline)) && !listBlurb(winner, a.headline) {
			return nil
		}
		if winnerProse = proseLen(winner); winnerProse >= maxListPageProse {
			return nil // an article elsewhere on the page: a news site's layout
		}
		// Without a headline on the page, a short winner that restates
		// the title is a short article (a notice of two sentences); a
		// title that only names the site says nothing of the topic.
		if a.headline == nil && a.usable() && !p.isSiteName(p.meta.title) && a.reaches(winner, onHeadline) {
			return nil
		}
	}
	// With no article anywhere (the density winner holds no prose), the
	// list is looked for on the whole page when the headline gives no
	// place or its place holds none: a column's name shows in the
	// breadcrumb and the side menu as well as above its list, and the
	// headline found may be one of those.
	scope := a.reach
	if scope == nil {
		scope = body
	}
	items := largestItemGroup(scope)
	if len(items) < minListItems && scope != body {
		scope = body
		items = largestItemGroup(scope)
	}
	if len(items) < minListItems {
		return nil
	}
	short, linked, _ := itemShape(items)
	if !short || scope == body && !linked {
		return nil
	}
	// A list in sections spans several lists: its container holds them.
	box := items[0].Parent
	if c := itemsContainer(items); c != nil {
		box = c
	}
	if total, _ := textLens(box); total <= winnerProse {
		return nil
	}
	return box
}

// listBlurb reports a winner that only introduces what follows it: its
// text besides the headline and links is one line of no sentence, as a
// column's banner says what its list holds (汇集全省各部门政策咨询高频问题
// 及权威解答，共收录问答 3,862 条). A short article has sentences, and
// stays.
func listBlurb(n, headline *html.Node) bool {
	var b strings.Builder
	long := findNode(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		return b.Len() > 4*maxListBlurbRunes*utf8.UTFMax // stop: far too long
	}, func(c *html.Node) bool {
		return c != headline && c.Type == html.ElementNode && c.Data != "a" && !hiddenText(c)
	})
	if long != nil {
		return false
	}
	text := collapseSpace(b.String())
	return utf8.RuneCountInString(text) <= maxListBlurbRunes && !hasSentencePunct(text)
}

// maxListBlurbRunes is the longest banner line of a list page.
const maxListBlurbRunes = 60

// maxListPageProse is the most prose (runes) the density winner of a list
// page holds: a footer or a sidebar blurb, never an article.
const maxListPageProse = 150

// cmsMatchers are cmsContainers compiled once, in the same order. A
// selector cascadia cannot read stops the program at start-up, where every
// test sees it, instead of being a container silently never found.
var cmsMatchers = func() []cascadia.Selector {
	out := make([]cascadia.Selector, len(cmsContainers))
	for i, sel := range cmsContainers {
		out[i] = cascadia.MustCompile(sel)
	}
	return out
}()

func (p *page) locateCMS(body *html.Node, a headlineAnchor) *html.Node {
	if n := p.markedContent(body); n != nil && proseLen(n) >= 20 {
		return n
	}
	var best *html.Node
	var bestMatches []*html.Node
	bestLen := 0
	ix := p.classIndex()
	for i, sel := range cmsContainers {
		if !ix.mayMatch(sel) {
			continue
		}
		if p.outOfTime("locate containers") {
			break // each selector walks the whole page
		}
		matches := withoutTableColumns(cmsMatchers[i].MatchAll(body))
		for _, n := range matches {
			l := proseLen(n)
			if p.log != nil && len(p.log.cmsCands) < maxCandidates {
				p.log.cmsCands = append(p.log.cmsCands, Candidate{Value: nodePath(n), From: "CMS container " + sel, Score: float64(l)})
			}
			if best == nil || l > bestLen*11/10 || (isAncestor(best, n) && l*10 >= bestLen*9) {
				best, bestLen, bestMatches = n, l, matches
			}
		}
	}
	if best != nil {
		best = joinParts(best, bestMatches)
	}
	// A container with hardly any prose is only trusted when nothing else
	// on the page reads as an article (an image-only article, say).
	if best != nil && bestLen < 30 {
		alt, _ := p.locateByScore(body, a)
		if alt != nil && !isAncestor(alt, best) && isProse(alt) && (!hasMedia(best) || proseLen(alt) > 300) {
			return nil
		}
	}
	return best
}

// withoutTableColumns drops the table cells of matches that repeat down
// rows of one table: a content class there (td.zw, a 职务 column) names a
// column of a table, not the article's box.
func withoutTableColumns(matches []*html.Node) []*html.Node {
	perTable := map[*html.Node]int{}
	tableOf := func(n *html.Node) *html.Node {
		if n.Data != "td" && n.Data != "th" {
			return nil
		}
		for a := n.Parent; a != nil; a = a.Parent {
			if a.Data == "table" {
				return a
			}
		}
		return nil
	}
	for _, n := range matches {
		if t := tableOf(n); t != nil {
			perTable[t]++
		}
	}
	if len(perTable) == 0 {
		return matches
	}
	return slices.DeleteFunc(slices.Clone(matches), func(n *html.Node) bool {
		t := tableOf(n)
		return t != nil && perTable[t] >= minListItems
	})
}

// splitParts returns the density winner with the other parts of an
// article a layout splits into blocks of one kind: the sections of a
// 领导之窗 page (个人简历, 工作分工, each its own box), the letter and the
// reply of a 市长信箱 page (two cells of one table). The other parts are
// the blocks of prose near the winner (below its ancestor partsReach
// levels up) of its tag and class, or, for a table cell, the other prose
// cells of its table.
func splitParts(n *html.Node) *html.Node {
	top := n
	for up := 0; up < partsReach && top.Parent != nil && top.Parent.Type == html.ElementNode &&
		top.Parent.Data != "body" && top.Parent.Data != "html"; up++ {
		top = top.Parent
		if n.Data == "td" && top.Data == "table" {
			break
		}
	}
	// These are the layouts of Chinese portals' templates; elsewhere a
	// box of the winner's kind is as often its summary (key points).
	if top == n || hanRatio(textOf(n)) < minPartsHan {
		return n
	}
	class := attr(n, "class")
	var parts []*html.Node
	walkElements([]*html.Node{top}, func(c *html.Node) bool {
		if c == n {
			parts = append(parts, c)
			return false
		}
		if hiddenText(c) {
			return false
		}
		sameKind := c.Data == n.Data && (n.Data == "td" || class != "" && attr(c, "class") == class)
		if !sameKind {
			return true
		}
		if total, linked := textLens(c); total-linked >= splitPartProse && linked*4 < total && punctCount(textOf(c)) >= 2 {
			parts = append(parts, c)
		}
		return false
	})
	if len(parts) < 2 {
		return n
	}
	joined := joinParts(n, parts)
	if joined != n && n.Data == "td" {
		// Cells taken out of their table are blocks of the article now.
		for c := joined.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.Data == "td" {
				c.Data, c.DataAtom, c.Attr = "div", atom.Div, nil
			}
		}
	}
	return joined
}

// partsReach is how far above the density winner splitParts looks; a
// part needs splitPartProse runes of prose.
const (
	partsReach     = 3
	splitPartProse = 50
	minPartsHan    = 0.3
)

// joinParts gathers an article that a layout splits over several
// containers of the same kind (lead, body, body after an inline ad) into
// one new element, in document order. Copies of the same text (desktop,
// mobile and elder-mode versions) are not parts and stay out.
func joinParts(best *html.Node, matches []*html.Node) *html.Node {
	bestText := ""
	parts := []*html.Node{}
	for _, m := range matches {
		if m == best {
			parts = append(parts, m)
			continue
		}
		if isAncestor(m, best) || isAncestor(best, m) || proseLen(m) < 50 {
			continue
		}
		if bestText == "" {
			bestText = textOf(best)
		}
		if sameOpening(textOf(m), bestText) {
			continue // another copy of the article
		}
		parts = append(parts, m)
	}
	if len(parts) == 1 {
		return best
	}
	for _, a := range parts {
		for _, b := range parts {
			if a != b && isAncestor(a, b) {
				return best
			}
		}
	}
	wrap := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	parts[0].Parent.InsertBefore(wrap, parts[0])
	for _, n := range parts { // MatchAll returns document order
		detach(n)
		wrap.AppendChild(n)
	}
	return wrap
}

// sameOpening reports whether two texts open with the same words, as two
// copies of one article do.
func sameOpening(a, b string) bool {
	a, b = titleKey(a), titleKey(b)
	n := min(40, len([]rune(a)), len([]rune(b)))
	if n < 10 {
		return false
	}
	return strings.Contains(b, string([]rune(a)[:n])) || strings.Contains(a, string([]rune(b)[:n]))
}

// markedContent returns the parent of a begin/end comment marker pair,
// with everything outside the markers removed.
func (p *page) markedContent(body *html.Node) *html.Node {
	var begin, end *html.Node
	var pair [2]string
	walkNodes(body, func(n *html.Node) bool {
		if begin != nil && end != nil {
			return false
		}
		if n.Type == html.CommentNode {
			for _, m := range contentMarkers {
				if begin == nil && strings.Contains(n.Data, m[0]) {
					begin, pair = n, m
				} else if begin != nil && end == nil && strings.Contains(n.Data, pair[1]) {
					end = n
				}
			}
		}
		return true
	})
	if begin == nil || end == nil || begin.Parent != end.Parent {
		return nil
	}
	parent := begin.Parent
	var drop []*html.Node
	inside := false
	for c := parent.FirstChild; c != nil; c = c.NextSibling {
		switch c {
		case begin:
			inside = true
			continue
		case end:
			inside = false
			continue
		}
		if !inside {
			drop = append(drop, c)
		}
	}
	for _, c := range drop {
		p.drop(c, stageLocate, because(reasonLocateMarkers, "outside the CMS's begin and end markers"), nil)
	}
	return parent
}

// isProse reports whether n reads as an article: long enough and
// punctuated like sentences.
func isProse(n *html.Node) bool {
	t := textOf(n)
	return runeLenNoSpace(t) > 200 && punctCount(t) >= 8
}

// locateByScore is the density scorer. Its winner is anchored to the
// headline (anchor.go); the note says when that changed anything.
func (p *page) locateByScore(body *html.Node, a headlineAnchor) (*html.Node, Note) {
	scores := map[*html.Node]float64{}
	over := p.budgetGate("locate scoring")
	walkElements([]*html.Node{body}, func(n *html.Node) bool {
		if over() {
			return false
		}
		switch n.Data {
		case "script", "style", "nav", "footer", "aside", "a", "select":
			return false
		case "p", "td", "pre", "blockquote", "li", "div", "section", "article", "font", "span":
		default:
			return true
		}
		t := ownBlockText(n)
		l, punct, han, letters := proseStats(t)
		if l < 12 {
			return true
		}
		s := 1 + float64(punct) + float64(min(l/60, 4))
		if (letters == 0 || float64(han)/float64(letters) < 0.2) && !strings.ContainsAny(t, ".,") {
			s *= 0.3
		}
		start, k0 := n, 1.0
		if isParagraphTag(n.Data) || leafBox(n) && n.Parent.Data != "body" {
			start = n.Parent // a paragraph feeds its container, not itself
		}
		if table := dataTableOf(n); table != nil {
			// Cells of a data table score for the table's container, as
			// one block: a table of names and amounts has little
			// punctuation but is the article (处罚信息公开表).
			start = table.Parent
		}
		for a, k := start, k0; a != nil && k <= 4; a, k = a.Parent, k+1 {
			if a.Type != html.ElementNode {
				break
			}
			scores[a] += s / k
		}
		return true
	})
	var best *html.Node
	bestScore := 0.0
	i := 0
	lens := textLensOf(p.doc.Get(0), scores)
	for n, s := range scores {
		if i++; i%budgetCheckEvery == 0 && p.outOfTime("locate scoring") {
			break
		}
		total, linked := lens[n].total, lens[n].linked
		if total == 0 {
			continue
		}
		ld := float64(linked) / float64(total)
		s *= 1 - ld
		switch w := hintWeight(n); {
		case w < 0:
			s *= 0.4
		case w > 0:
			s *= 1.3
		}
		if s > bestScore || (s == bestScore && best != nil && isAncestor(n, best)) {
			best, bestScore = n, s
		}
		if p.log != nil && s >= minLocateScore {
			p.log.boxCands = append(p.log.boxCands, Candidate{Value: nodePath(n), From: "text density", Score: math.Round(s*100) / 100})
		}
	}
	if bestScore < minLocateScore {
		return nil, Note{}
	}
	best, note := p.anchorToHeadline(best, scores, a)
	return wholeArticle(best, p.meta.headline), note
}

// minGalleryFigures is how many captioned figures make a gallery.
const minGalleryFigures = 2

// adoptGallery moves into the article the gallery that follows its
// container: 图片新闻 pages put the lead in the CMS's text box and the
// photos with their captions in a box of their own right after it. A
// gallery is figures with captions that link nowhere; a strip of
// thumbnails or a list of other photo stories links to other pages.
func (p *page) adoptGallery(root *html.Node) {
	if root == nil || !isElement(root, "div", "section", "article", "main", "td") {
		return // a box of text, where a box of figures can go
	}
	s := root.NextSibling
	for s != nil && (s.Type != html.ElementNode || strings.TrimSpace(textOf(s)) == "" && !isElement(s, "figure", "img")) {
		if s.Type == html.ElementNode && hasAttr(s, "class") && firstLink(s) != nil {
			return
		}
		s = s.NextSibling
	}
	if s == nil || hiddenText(s) || linkDensity(s) > 0 {
		return
	}
	figures, captioned := 0, 0
	walkElements([]*html.Node{s}, func(n *html.Node) bool {
		if n.Data != "figure" {
			return true
		}
		figures++
		if findNode(n, func(c *html.Node) bool { return isElement(c, "figcaption") && strings.TrimSpace(textOf(c)) != "" }, nil) != nil {
			captioned++
		}
		return false
	})
	if captioned < minGalleryFigures || captioned*2 < figures {
		return
	}
	detach(s)
	root.AppendChild(s)
}

// Thresholds of wholeArticle.
const (
	// maxPartsClimb bounds how far up the article's wrapper may be: editors
	// that nest every paragraph in sections (WeChat pastes) put the parts
	// of one article five levels apart.
	maxPartsClimb = 6
	// minPartProse is the prose (runes) a sibling needs to count as a part
	// of the article rather than a label.
	minPartProse = 30
	// maxPartLinkDensity: a part is read, not clicked.
	maxPartLinkDensity = 0.3
)

// wholeArticle widens the scorer's winner to the wrapper that holds the
// rest of the article's parts, where the article is laid out as nested
// <section>s: the editors that produce WeChat articles (and the portals
// that paste them in) wrap every paragraph in sections of their own, so
// the paragraphs of one article sit at different depths, and the scorer,
// which passes a paragraph's score only a few levels up, is won by the
// deepest section holding most of them. A parent is taken when the winner
// is a section and every other child of the parent that holds text is a
// section (or paragraph) of prose: long enough, punctuated, hardly linked,
// not named as chrome. It never climbs to the headline's container.
func wholeArticle(n, headline *html.Node) *html.Node {
	if n == nil {
		return nil
	}
	for up := 0; up < maxPartsClimb; up++ {
		parent := n.Parent
		if parent == nil || parent.Type != html.ElementNode || parent.Data == "body" || parent.Data == "html" ||
			(headline != nil && isAncestor(parent, headline)) {
			break
		}
		if n.Data != "section" || !onlyProseBeside(parent, n) {
			break
		}
		n = parent
	}
	return n
}

// onlyProseBeside reports whether every child of parent other than n that
// holds text is a section or paragraph of prose.
func onlyProseBeside(parent, n *html.Node) bool {
	for c := parent.FirstChild; c != nil; c = c.NextSibling {
		if c == n {
			continue
		}
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return false // loose text beside the winner: a caption, a label
			}
			continue
		case html.ElementNode:
		default:
			continue
		}
		if hiddenText(c) {
			continue
		}
		total, linked := textLens(c)
		if total == 0 {
			continue // an image, a spacer
		}
		if c.Data != "section" && c.Data != "p" {
			return false
		}
		if total-linked < minPartProse || float64(linked) > maxPartLinkDensity*float64(total) || hintWeight(c) < 0 {
			return false
		}
		if punctCount(textOf(c)) < 2 {
			return false
		}
	}
	return true
}

// dataTableOf returns the table of a data cell: a td or th without block
// children. Layout cells, which hold paragraphs, are containers instead.
func dataTableOf(n *html.Node) *html.Node {
	if n.Data != "td" && n.Data != "th" || hasBlockChild(n) {
		return nil
	}
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Data == "table" {
			return a
		}
	}
	return nil
}

// leafBox reports a <div> or <section> that holds no block and no line
// break: an editor's paragraph (many CMSs and pasted WeChat articles write
// every paragraph as one), which feeds its container as a <p> does. A box
// of <br> lines is the article's container itself.
func leafBox(n *html.Node) bool {
	if n.Data != "div" && n.Data != "section" {
		return false
	}
	return findNode(n, func(e *html.Node) bool {
		return e != n && e.Type == html.ElementNode && (e.Data == "br" || isBlockish(e.Data))
	}, func(e *html.Node) bool { return e.Type == html.ElementNode }) == nil
}

func isParagraphTag(tag string) bool {
	return tag == "p" || tag == "pre" || tag == "blockquote" || tag == "li" || tag == "td"
}

// ownBlockText is the text of n without the text of block descendants, so
// that a container is not counted as a paragraph of itself.
func ownBlockText(n *html.Node) string {
	var b strings.Builder
	walkNodes(n, func(c *html.Node) bool {
		switch {
		case c == n:
			return true
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
			return false
		case c.Type != html.ElementNode, isBlockish(c.Data), c.Data == "script", c.Data == "style":
			return false
		}
		return true
	})
	return b.String()
}

// hintWeight is +1 when the class or id names content, -1 when it names
// chrome, 0 otherwise; negative wins.
func hintWeight(n *html.Node) int {
	words := strings.FieldsFunc(classID(n), func(r rune) bool { return r == ' ' || r == '-' || r == '_' })
	w := 0
	for _, word := range words {
		for _, h := range negativeHints {
			if word == h {
				return -1
			}
		}
		for _, h := range positiveHints {
			if word == h {
				w = 1
			}
		}
	}
	return w
}
