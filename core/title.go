package core

// Title choice, part of the metadata stage: the headline element the page
// shows, confirmed by the references the page gives (ArticleTitle,
// og:title, the <title> without its site name). The <title> alone is the
// last resort, because portals suffix it with the site name and hacked
// portals hijack it.

import (
	"math"
	"path"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/govreader/govreader/core/internal/cjk"
	"github.com/govreader/govreader/core/internal/dates"
	"golang.org/x/net/html"
)

// siteNameRe recognises a <title> part that names the site, not the
// article, in simplified or traditional script.
var siteNameRe = regexp.MustCompile(`(人民政府|[门門][户戶][网網]站|[网網]站|政府[网網]|政[务務][网網]|官[网網]|首[页頁]|政府[门門][户戶])$`)

// titleRef is one reference the page gives for its title.
type titleRef struct {
	from  string // the meta tag, JSON-LD or <title>
	text  string
	grams titleGrams
	// spam: a meta tag with strong spam words, which confirms nothing
	// but is reported when the title disagrees with it.
	spam bool
}

// titleRefs returns the page's references for its title: the meta tags
// (strong, first; spam ones last) and the parts of the <title> (weak).
func (p *page) titleRefs() (strong, weak, spam []titleRef) {
	m := &p.meta
	ref := func(from, text string) titleRef {
		return titleRef{from: from, text: text, grams: newTitleGrams(text)}
	}
	for _, k := range []string{"articletitle", "og:title", "dc.title"} {
		switch v := m.tags[k]; {
		case v == "":
		case isSpamTitle(v):
			r := ref(k, v)
			r.spam = true
			spam = append(spam, r)
		default:
			strong = append(strong, ref(k, v))
		}
	}
	if v := m.jsonLD["headline"]; v != "" {
		strong = append(strong, ref("json-ld", v))
	}
	raw := p.titleTag()
	parts := splitTitle(raw)
	// A <title> part that is the site's name confirms the site's logo and
	// every headline on its lists, so it is no reference; nor is the whole
	// <title> when nothing else is in it.
	for _, part := range parts {
		if len([]rune(part)) < 4 || isSpamTitle(part) || p.isSiteName(part) {
			continue
		}
		weak = append(weak, ref("title", part))
	}
	if len(parts) > 1 && len(weak) > 0 && !isSpamTitle(raw) {
		weak = append(weak, ref("title", raw))
	}
	return strong, weak, spam
}

// isSiteName reports a <title> part that names the site: its SiteName,
// its address, or a name ending like one (…人民政府, …门户网站).
func (p *page) isSiteName(part string) bool {
	site := labelKey(firstNonEmpty(p.meta.tags["sitename"], p.meta.tags["og:site_name"]))
	part = strings.TrimSpace(part)
	return siteNameRe.MatchString(part) || domainRe.MatchString(part) || (site != "" && labelKey(part) == site)
}

// isSpamTitle reports a title reference that is spam: strong spam words
// make up much of it. A genuine title may name one (关于开展打击仿真枪
// 违法犯罪专项行动的通知), in a sentence about it.
func isSpamTitle(s string) bool {
	_, strong := spamScore(s)
	return strong > 0 && spamWordShare(s) >= proseSpamShare
}

// chooseTitle returns the headline element and its text. segs are the
// page's text units and info marks those that are info lines, which sit
// just below a portal article's headline.
func (p *page) chooseTitle(segs []infoSeg, info []bool) (*html.Node, string) {
	strong, weak, spam := p.titleRefs()
	all := append(append([]titleRef{}, strong...), weak...)
	refGrams := make([]titleGrams, len(all))
	refs := make([]string, len(all))
	for i, r := range all {
		refGrams[i], refs[i] = r.grams, r.text
	}
	above := aboveInfoLine(segs, info)
	if p.log != nil {
		for _, r := range all {
			p.log.titleRefs = append(p.log.titleRefs, Candidate{Value: r.text, From: r.from})
		}
	}
	// The site's name, as <title> or SiteName gives it, is the logo.
	siteKeys := map[string]bool{}
	parts := splitTitle(p.titleTag())
	for _, part := range parts {
		if p.isSiteName(part) {
			siteKeys[titleKey(part)] = true
		}
	}
	// When the page's own title field names the first part of <title>,
	// the parts after it are the column and the site (标题 - 名医名科 -
	// 卫健委): a heading that says only that is the sidebar's, not the
	// article's.
	if len(parts) > 1 {
		if own := titleKey(firstNonEmpty(p.meta.tags["articletitle"], p.meta.tags["og:title"])); own != "" && own == titleKey(parts[0]) {
			for _, part := range parts[1:] {
				siteKeys[titleKey(part)] = true
			}
		}
	}
	if site := firstNonEmpty(p.meta.tags["sitename"], p.meta.tags["og:site_name"]); site != "" {
		siteKeys[titleKey(site)] = true
	}
	firstSeg := map[*html.Node]int{}
	for i := len(segs) - 1; i >= 0; i-- {
		if segs[i].owner != nil {
			firstSeg[segs[i].owner] = i
		}
	}
	// nearInfo reports a candidate followed closely by an info line, with
	// at most headings (a subtitle) between them: other text in between
	// is the real headline, and the candidate a column heading above it.
	segOf := func(n *html.Node) (int, bool) {
		b := n
		for b.Parent != nil && !isBlockish(b.Data) {
			b = b.Parent
		}
		i, ok := firstSeg[b]
		return i, ok
	}
	nearInfo := func(n *html.Node) bool {
		i, ok := segOf(n)
		if !ok {
			return false
		}
		for j := i + 1; j <= i+3 && j < len(info); j++ {
			if info[j] {
				return true
			}
			if segs[j].plainHan >= enoughPlainHan && !isHeading(segs[j].owner) {
				return false
			}
		}
		return false
	}
	longBoxes := map[*html.Node]bool{}
	var best *html.Node
	var bestText string
	bestScore, bestConfirmed, bestNear := 0.0, false, false
	var bestGrams titleGrams
	order := 0
	body := p.bodyNodes()
	walkElements(body, func(n *html.Node) bool {
		switch n.Data {
		case "a", "nav", "ul", "ol", "select", "script", "style", "footer":
			return false
		}
		hinted := hasTitleHint(n) || attr(n, "itemprop") == "headline"
		heading := isHeading(n)
		if !heading && !hinted && above[n] == "" {
			return true
		}
		t := titleText(n)
		if above[n] != "" && len(findLabels(trimHeadline(t, nil))) > 0 {
			t = above[n] // 标题<br>发布时间：… in one cell
		}
		t = trimHeadline(t, refGrams)
		r := len([]rune(t))
		if r < 4 || r > 160 || len(findLabels(t)) > 0 || siteKeys[titleKey(t)] || isDateLine(t) || sentences(t) || locationTrail(t) || namesSite(titleKey(t), siteKeys) {
			return true
		}
		score := 0.0
		tg := newTitleGrams(t)
		for i, ref := range refGrams {
			s := tg.similarity(ref) * 10
			if i >= len(strong) {
				s *= 0.9
			}
			if s > score {
				score = s
			}
		}
		// A heading no reference names, over a list of other articles'
		// links, heads that list (相关新闻, 推荐阅读): its words vary by
		// site, the list under it does not.
		if score < 5 && headsLinkList(n, longBoxes) {
			return !heading
		}
		order++
		// Sibling documents' titles in a list resemble the headline
		// (…公开表（…36号） beside …公开表（…52号））; a list item needs a
		// near-exact match to be confirmed.
		if inRepeatedList(n) {
			score /= 2
		}
		confirmed := len(refs) == 0 || score >= 5
		if !confirmed {
			score = 0 // unconfirmed by any reference
		}
		near := nearInfo(n)
		if near {
			score += 3
		}
		switch {
		case n.Data == "h1":
			score += 2
		case heading:
			score += 1
		}
		if hinted {
			score += 1.5
		}
		if len(refs) == 0 {
			// Nothing to confirm against: earlier wins among equals, and a
			// headline is longer than the column name (政务动态) above it.
			score += 0.5/float64(order) + float64(min(r, 24))/24
		}
		if score > bestScore+0.01 {
			best, bestText, bestScore, bestConfirmed, bestNear, bestGrams = n, t, score, confirmed, near, tg
		}
		if p.log != nil {
			p.log.titleCands = append(p.log.titleCands, Candidate{Value: t, From: nodePath(n), Score: math.Round(score*100) / 100})
		}
		return !heading
	})
	var shown *titleGrams // a headline shown above the info line
	if best != nil && bestNear {
		shown = &bestGrams
	}
	trusted := p.judgeRefs(strong, weak, spam, shown)
	if best != nil && bestConfirmed {
		text := untruncated(withoutBadge(best, bestText, refs), refs)
		if i, ok := segOf(best); ok {
			text = completeSplit(text, i, segs, all)
		}
		return best, p.dropGluedSpam(text, all)
	}
	if len(trusted) > 0 {
		return nil, trusted[0].text
	}
	// The <title>'s own part is the headline only when the page shows it
	// as text of its own and no element sits above an info line; otherwise
	// it names a column or the site (工作动态, 中标公告详细页面).
	fromTag := p.titleFromTitleTag()
	if best != nil && (fromTag == "" || bestNear || !p.showsAsText(fromTag)) {
		return best, p.dropGluedSpam(bestText, all)
	}
	return nil, fromTag
}

// maxBadgeRunes is the longest status badge set at the end of a
// headline (已反馈, 征集中, 置顶).
const maxBadgeRunes = 4

// withoutBadge drops from the headline t of h a status badge in an
// element of its own at its end (<span class="tag">已反馈</span>) when
// what is left is exactly what a reference names the page.
func withoutBadge(h *html.Node, t string, refs []string) string {
	last := h.LastChild
	for last != nil && last.Type == html.TextNode && strings.TrimSpace(last.Data) == "" {
		last = last.PrevSibling
	}
	if last == nil || last.Type != html.ElementNode || isBlockish(last.Data) {
		return t
	}
	badge := strings.TrimSpace(textOf(last))
	if n := utf8.RuneCountInString(badge); n == 0 || n > maxBadgeRunes {
		return t
	}
	rest, ok := strings.CutSuffix(strings.TrimSpace(t), badge)
	if !ok {
		return t
	}
	key := titleKey(rest)
	for _, r := range refs {
		if titleKey(r) == key {
			return strings.TrimSpace(rest)
		}
	}
	return t
}

// completeSplit returns the reference that names whole a headline shown
// in two units, of which t, the text of segs[i], is one: portals break a
// long headline into two paragraphs (关于印发…<p>…的通知</p>), and the
// unit above the info line is only its second half. The unit before or
// after it must hold exactly the rest.
func completeSplit(t string, i int, segs []infoSeg, refs []titleRef) string {
	key := titleKey(t)
	if key == "" || i >= len(segs) {
		return t
	}
	for _, r := range refs {
		whole := r.grams.key
		if len(whole) == len(key) || !strings.Contains(whole, key) || titleKey(segs[i].text) != key {
			continue
		}
		if i > 0 && strings.HasSuffix(whole, key) && titleKey(segs[i-1].text) == whole[:len(whole)-len(key)] && sameRank(segs[i-1].owner, segs[i].owner) ||
			i+1 < len(segs) && strings.HasPrefix(whole, key) && titleKey(segs[i+1].text) == whole[len(key):] && sameRank(segs[i].owner, segs[i+1].owner) {
			return r.text
		}
	}
	return t
}

// sameRank reports two lines that can be halves of one headline: not
// headings of two ranks, which a news page uses for the 引题 or 副题
// above or below its 主题 (<h3>, <h1>, <h4>).
func sameRank(a, b *html.Node) bool {
	return !isHeading(a) || !isHeading(b) || a.Data == b.Data
}

// refEvidence is what the page says about one meta reference of its
// title (ArticleTitle, og:title …).
type refEvidence struct {
	agreed   bool // another reference, or the shown headline, names the same
	others   int  // the other references, none of which agrees
	shownOff bool // the headline shown above the info line differs
	spam     int  // spam lexicon score
	strong   bool // strong spam words
	onPage   bool // the page shows it as text of its own (a column's name)
}

// What judgeRefs does with a reference.
const (
	refTrust = iota
	refDrop
	refReport // drop, and report as a hijacked title
)

// refAgreement is the similarity at which two references name the same
// headline: the one at which a reference confirms a candidate.
const refAgreement = 0.5

// plantedSpamScore is the lexicon score of a promotional reference: two
// weak words (娱乐 and 官网), as a hijacked <title> segment needs.
const plantedSpamScore = 2

// weigh turns the evidence into an action. A reference that agrees with
// another, or with the shown headline, stands. One that the other
// references and the shown headline contradict is dropped, and reported
// when it carries spam words the page does not show. A lone reference
// with nothing to contradict it stands: it is all the page says.
func (e refEvidence) weigh() int {
	switch {
	case e.agreed:
		return refTrust
	case e.strong && (e.others > 0 || e.shownOff):
		return refReport
	case e.spam >= plantedSpamScore && (e.others > 0 || e.shownOff) && !e.onPage:
		return refReport
	case e.others > 0 && e.shownOff:
		return refDrop
	}
	return refTrust
}

// judgeRefs returns the strong references that stand, in order, and
// reports the planted ones (spam, or a promotion no other reference and
// not the shown headline confirm) as a hijacked title. shown is the
// headline shown above the info line, if any.
func (p *page) judgeRefs(strong, weak, spam []titleRef, shown *titleGrams) []titleRef {
	var trusted []titleRef
	agree := func(a, b titleGrams) bool { return max(a.similarity(b), b.similarity(a)) >= refAgreement }
	others := append(append([]titleRef{}, strong...), weak...)
	for _, r := range append(append([]titleRef{}, strong...), spam...) {
		e := refEvidence{strong: r.spam}
		if shown != nil {
			e.agreed = agree(*shown, r.grams)
			e.shownOff = !e.agreed
		}
		e.spam, _ = spamScore(r.text)
		for _, o := range others {
			if e.agreed || o.from == r.from {
				continue
			}
			if agree(o.grams, r.grams) {
				e.agreed = true
				break
			}
			e.others++
		}
		if !e.agreed && e.spam >= plantedSpamScore && !e.strong {
			e.onPage = p.showsAsText(r.text)
		}
		switch e.weigh() {
		case refTrust:
			if !r.spam {
				trusted = append(trusted, r)
			}
		case refReport:
			why := because(reasonTitleHijacked, "the page's "+refName(r.from)+" names a headline that the page and its other references do not")
			p.decide(nil, r.text, stageMetadata, why, func() Evidence {
				return Evidence{"reference": r.from, "spam_score": e.spam, "other_references": e.others}
			})
			p.report(SpamTitle, clip(r.text, 200), why, true, Evidence{"reference": r.from})
		}
	}
	return trusted
}

// refName is how a report names where a reference comes from.
func refName(from string) string {
	switch from {
	case "articletitle":
		return "ArticleTitle meta tag"
	case "og:title", "dc.title":
		return from + " meta tag"
	}
	return from
}

// dropGluedSpam removes spam glued to a headline (【某某娱乐官网】 before
// it): words around a reference's headline that no reference carries and
// that the spam lexicon knows. It reports what it removed.
func (p *page) dropGluedSpam(t string, refs []titleRef) string {
	key := titleKey(t)
	for _, r := range refs {
		inner := r.grams.key
		at := strings.Index(key, inner)
		if utf8.RuneCountInString(inner) < minHeadlineKey || inner == key || at < 0 {
			continue
		}
		glued := key[:at] + " " + key[at+len(inner):]
		carried := false
		for _, o := range refs {
			for _, part := range strings.Fields(glued) {
				carried = carried || strings.Contains(o.grams.key, part)
			}
		}
		if score, strong := spamScore(glued); carried || strong == 0 && score < plantedSpamScore {
			continue
		}
		why := because(reasonTitleGluedSpam, "spam words glued to the headline, which none of the page's references of its title carries")
		p.decide(nil, glued, stageMetadata, why, func() Evidence { return Evidence{"kept": r.text} })
		p.report(SpamTitle, clip(t, 200), why, true, nil)
		return r.text
	}
	return t
}

// aboveInfoLine returns the blocks that hold the nearest headline-like
// unit above each of the page's first info lines, with the unit's text:
// short text of its own, not links, not a label, not a sentence. Portals
// without headline markup (<td><span class="txt2">…</span></td>) still put
// the headline there.
func aboveInfoLine(segs []infoSeg, info []bool) map[*html.Node]string {
	out := map[*html.Node]string{}
	seen := 0
	for j := range segs {
		if !info[j] {
			continue
		}
		if seen++; seen > 6 {
			break
		}
		for k := j - 1; k >= 0 && k >= j-3; k-- {
			s := segs[k]
			if s.text == "" {
				continue
			}
			// Font-size controls glued to the headline carry a colon
			// (【字体：大 中 小】); the headline does not.
			text := strings.ReplaceAll(s.text, string(sep), " ")
			bare := trimHeadline(text, nil)
			r := utf8.RuneCountInString(bare)
			if s.plainHan >= enoughPlainHan && r <= 100 && !hasAnyOf(bare, ":：∶") && !hasSentence(bare) && s.owner != nil {
				out[s.owner] = text
			}
			break
		}
	}
	return out
}

// domainRe matches a <title> part that is the site's address.
var domainRe = regexp.MustCompile(`(?i)^(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?$`)

// showsAsText reports whether some text of the page outside links reads t
// and nothing else.
func (p *page) showsAsText(t string) bool {
	key := titleKey(t)
	if key == "" {
		return false
	}
	found := false
	for _, body := range p.bodyNodes() {
		walkNodes(body, func(n *html.Node) bool {
			switch {
			case found:
				return false
			case n.Type == html.TextNode:
				found = titleKey(n.Data) == key
				return false
			case n.Type == html.ElementNode:
				switch n.Data {
				case "a", "script", "style", "title", "select", "option":
					return false
				}
			}
			return true
		})
	}
	return found
}

// titleFromTitleTag is the article's part of <title>: portals write
// "headline_column_site" or "site-column-headline", so the part at the far
// end from the site's name; without a recognisable site name, the longest
// part.
func (p *page) titleFromTitleTag() string {
	raw := p.titleTag()
	if raw == "" || isSpamTitle(raw) {
		return ""
	}
	parts := splitTitle(raw)
	isSite := p.isSiteName
	var keep []string
	for _, part := range parts {
		if part = strings.TrimSpace(part); len([]rune(part)) >= 2 && !isSite(part) && !isSpamTitle(part) {
			keep = append(keep, part)
		}
	}
	switch {
	case len(keep) == 0:
		return ""
	case len(parts) > 1 && isSite(strings.TrimSpace(parts[0])):
		return keep[len(keep)-1]
	case len(parts) > 1 && isSite(strings.TrimSpace(parts[len(parts)-1])):
		return keep[0]
	}
	longest := keep[0]
	for _, k := range keep[1:] {
		if len([]rune(k)) > len([]rune(longest)) {
			longest = k
		}
	}
	return longest
}

func hasTitleHint(n *html.Node) bool {
	// Asked of every element of the body: the class and id are read in
	// place, not joined and lowered into a new string (classID).
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for word := range strings.FieldsFuncSeq(a.Val, func(r rune) bool { return isSpace(r) || r == '-' || r == '_' }) {
			for _, h := range titleHints {
				if len(word) >= len(h) && (strings.EqualFold(word[:len(h)], h) || strings.EqualFold(word[len(word)-len(h):], h)) {
					return true
				}
			}
		}
	}
	return false
}

// isPageControl reports an element that works the page rather than
// saying anything: its text is a control's (大 中 小, 打印, 关闭) and it
// runs a script when clicked. Inside a headline it is glued to the
// words, with no space to cut at: 推进会<span><a onclick>大</a>…</span>.
func isPageControl(n *html.Node) bool {
	switch n.Data {
	case "a", "span", "font", "em", "i", "b", "small", "label", "button":
	default:
		return false // controls are inline: a block is not read again
	}
	t, runes := textPrefix(n, maxControlTail)
	if runes == 0 || runes > maxControlTail || !isChromeText(t) {
		return false
	}
	return findNode(n, func(e *html.Node) bool {
		if e.Type != html.ElementNode {
			return false
		}
		href := strings.ToLower(strings.TrimSpace(attr(e, "href")))
		return strings.HasPrefix(href, "javascript:") || hasAttr(e, "onclick")
	}, nil) != nil
}

// titleText is the headline's text. A <br> inside a headline only breaks
// the line: Chinese joins the lines with nothing, as the headline reads
// (…关于举办<br>2024年高校…); words in Latin script get a space.
func titleText(n *html.Node) string {
	var b strings.Builder
	walkNodes(n, func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
			return false
		case html.ElementNode:
			if hiddenText(c) || c != n && isPageControl(c) {
				return false
			}
			switch c.Data {
			case "br":
				b.WriteRune(lineBreak)
				return false
			case "p", "div", "li":
				if c != n {
					b.WriteByte(' ')
				}
			}
		}
		return true
	})
	joined := collapseSpace(b.String())
	if !strings.ContainsRune(joined, lineBreak) && utf8.ValidString(joined) {
		return strings.TrimSpace(collapseSpace(joined)) // the loop below would copy it as it is
	}
	rs := []rune(joined)
	var out strings.Builder
	for i, r := range rs {
		if r != lineBreak {
			out.WriteRune(r)
			continue
		}
		prev, next := ' ', ' '
		if i > 0 {
			prev = rs[i-1]
		}
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		if isLatin(prev) && isLatin(next) {
			out.WriteByte(' ')
		}
	}
	return strings.TrimSpace(collapseSpace(out.String()))
}

// lineBreak stands for a <br> while a headline's text is joined.
const lineBreak = '\x1e'

// titleGrams is a title as similarity reads it, made once per title: a
// page's candidate headlines are each compared with several references.
type titleGrams struct {
	key   string
	runes int
	grams []uint64 // the key's bigrams, two runes packed, sorted
}

func newTitleGrams(s string) titleGrams {
	t := titleGrams{key: titleKey(s)}
	t.grams = packedPairs(t.key)
	t.runes = len(t.grams) + 1
	if t.key == "" {
		t.runes = 0
	}
	return t
}

func (a titleGrams) similarity(b titleGrams) float64 {
	if a.key == "" || b.key == "" {
		return 0
	}
	if a.key == b.key {
		return 1
	}
	// A headline inside the reference ("headline_site") is confirmed; a
	// reference inside a longer headline is only as good as its share of
	// it, or the site's name would confirm every list item.
	if strings.Contains(b.key, a.key) {
		return 0.5 + 0.5*float64(a.runes)/float64(b.runes)
	}
	if strings.Contains(a.key, b.key) {
		return float64(b.runes) / float64(a.runes)
	}
	// The bigrams the two share, each as often as both have it.
	common := 0
	for i, j := 0, 0; i < len(a.grams) && j < len(b.grams); {
		switch {
		case a.grams[i] < b.grams[j]:
			i++
		case a.grams[i] > b.grams[j]:
			j++
		default:
			common++
			i++
			j++
		}
	}
	total := a.runes + b.runes - 2
	if total <= 0 {
		return 0
	}
	return 2 * float64(common) / float64(total)
}

// inRepeatedList reports whether n, or one of its near ancestors, is one
// of at least three siblings with the same tag and class: an item of a
// list of links, not a page's single headline. Items of a list stand
// together, so the search looks at the nearest maxHeadlineSiblings element
// siblings on each side and stops at the second match: a page of 50,000
// sibling headings costs no more than a list of three.
func inRepeatedList(n *html.Node) bool {
	for a, depth := n, 0; a != nil && a.Type == html.ElementNode && depth < 4; a, depth = a.Parent, depth+1 {
		same := 0
		for _, sib := range []func(*html.Node) *html.Node{
			func(x *html.Node) *html.Node { return x.PrevSibling },
			func(x *html.Node) *html.Node { return x.NextSibling },
		} {
			seen := 0
			for s := sib(a); s != nil && seen < maxHeadlineSiblings && same < 2; s = sib(s) {
				if s.Type != html.ElementNode {
					continue
				}
				seen++
				if s.Data == a.Data && attr(s, "class") == attr(a, "class") {
					same++
				}
			}
		}
		if same >= 2 {
			return true
		}
	}
	return false
}

// sentences reports text that goes on after a full stop: prose, where a
// headline is one line (none of the 99 held-out or 44 shared titles has a
// 。 inside).
func sentences(t string) bool {
	return strings.Contains(strings.TrimRight(t, "。 "), "。")
}

// maxHeadlineSiblings is how many element siblings on each side inRepeatedList
// compares.
const maxHeadlineSiblings = 16

// namesSite reports a candidate that is the site's name, or that name
// without a word or two around it (a sidebar's 中国地理学会 under a
// <title> ending in 中国地理学会官网).
func namesSite(key string, siteKeys map[string]bool) bool {
	if siteKeys[key] {
		return true
	}
	n := utf8.RuneCountInString(key)
	if n < 4 {
		return false
	}
	for k := range siteKeys {
		if strings.Contains(k, key) && utf8.RuneCountInString(k)-n <= maxSiteNameExtra {
			return true
		}
	}
	return false
}

// maxSiteNameExtra is how many more runes a site's name in <title> may
// have than the name a heading gives (官网, 门户网站).
const maxSiteNameExtra = 4

// locationTrail reports a breadcrumb set as a heading (首页 - 新闻动态,
// 首页 > 政务公开 > 通知公告): it says where the page is, not what it says.
func locationTrail(t string) bool {
	rest, ok := strings.CutPrefix(strings.TrimSpace(t), "首页")
	if !ok {
		return false
	}
	rest = strings.TrimSpace(rest)
	r, _ := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune(">»›→-—/|＞", r)
}

func isHeading(n *html.Node) bool {
	return n != nil && len(n.Data) == 2 && n.Data[0] == 'h' && n.Data[1] >= '1' && n.Data[1] <= '6'
}

// untruncated completes a headline the page shortens with an ellipsis
// from the reference it begins: 关于做好2024年…的通… → the ArticleTitle.
func untruncated(t string, refs []string) string {
	trimmed := strings.TrimRight(t, ".…。 ")
	if trimmed == t {
		return t
	}
	key := titleKey(trimmed)
	for _, ref := range refs {
		if k := titleKey(ref); len(k) > len(key) && strings.HasPrefix(k, key) {
			return ref
		}
	}
	return t
}

// isDateLine reports text that is a date and little else: the time line
// under a headline, which headline-like classes (…tit…) also mark.
func isDateLine(t string) bool {
	loc := dates.Re.FindStringIndex(t)
	if loc == nil {
		return false
	}
	han := 0
	for _, r := range t[:loc[0]] + t[loc[1]:] {
		if cjk.IsHan(r) {
			han++
		}
	}
	return han < 4
}

// headlineDateRe matches a date in brackets at the end of a headline,
// which list and article templates print after it (…的通知( 2024-05-11),
// …（2024年5月11日）). A bracketed year or span is part of a name
// (（2024年版）, (2024—2026年)) and does not match: it takes a full day.
var headlineDateRe = regexp.MustCompile(`[(（\[【]\s*(?:` + dates.Expr + `)\s*[)）\]】]\s*$`)

// trimHeadline removes what templates glue after a headline: a date in
// brackets and the font-size and print controls (大 中 小, 【字体：大 中 小】,
// 打印 关闭). A headline that a reference names in full keeps its tail, as
// a speech keeps its date (…上的讲话（2024年5月11日）).
func trimHeadline(t string, refs []titleGrams) string {
	cut := headlineTail(t)
	if cut < 0 {
		return t // most headlines: nothing is read twice
	}
	key := titleKey(t)
	for _, ref := range refs {
		if strings.Contains(ref.key, key) {
			return t
		}
	}
	for ; cut >= 0; cut = headlineTail(t) {
		t = strings.TrimRightFunc(t[:cut], func(r rune) bool { return isSpace(r) || r == '|' || r == '｜' })
	}
	return t
}

// maxControlTail is the longest tail (runes) headlineTail reads as
// controls: 【字体：大 中 小】【打印】【关闭】 is 16.
const maxControlTail = 32

// headlineTail returns where the shortest removable tail of t starts, or
// -1. Controls start after white space or at an opening bracket, hold a
// Han character (an English headline may end in "top") and read as chrome.
func headlineTail(t string) int {
	cut := -1
	if last, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(t, isSpace)); strings.ContainsRune(")）]】", last) {
		if loc := headlineDateRe.FindStringIndex(t); loc != nil {
			cut = loc[0]
		}
	}
	// Controls are a few words: only the last maxControlTail runes may
	// start one, so a long candidate (a paragraph above the info line) is
	// not read again from every space in it.
	from := len(t) - len(runeSuffix(t, maxControlTail))
	prevSpace := false
	for i, r := range t {
		starts := prevSpace && !isSpace(r) || r == '【' || r == '['
		prevSpace = isSpace(r)
		if !starts || i <= cut || i < from {
			continue
		}
		if tail := t[i:]; strings.IndexFunc(tail, cjk.IsHan) >= 0 && isChromeText(tail) {
			cut = i
		}
	}
	if cut < 0 || len([]rune(titleKey(t[:cut]))) < minHeadlineKey {
		return -1
	}
	return cut
}

// listLinkShare is the share of a box's text, the heading's aside, that
// links make in a list of articles, as isLinkList reads a link list.
const listLinkShare = 0.6

// articleLinkRunes is the shortest link text that reads as another
// article's headline rather than a menu item or a share button.
const articleLinkRunes = 8

// headsLinkList reports whether n heads a list of links to other
// articles: one of its ancestors, within a few levels, holds more than n
// and is mostly links, at least two of them headline-long and not
// attachments. A wrapper of the heading alone, or of the heading and its
// 更多 link, is climbed; an ancestor with text of its own (the headline's
// block, with its info line or body) ends the search. Each level reads at
// most maxChromeText runes; long records the ancestors found longer,
// which sibling headings share.
func headsLinkList(n *html.Node, long map[*html.Node]bool) bool {
	ownTotal, ownLinked := textLens(n)
	for a, depth := n.Parent, 0; a != nil && a.Type == html.ElementNode && depth < 3; a, depth = a.Parent, depth+1 {
		if long[a] {
			return false
		}
		if textRunes(a, maxChromeText) > maxChromeText {
			long[a] = true
			return false
		}
		total, linked := textLens(a)
		rest, restLinked := total-ownTotal, linked-ownLinked
		if rest <= 0 {
			continue // a wrapper of the heading alone
		}
		if float64(restLinked) < listLinkShare*float64(rest) {
			return false // the headline's own block, with its info line or body
		}
		articles := 0
		walkElements([]*html.Node{a}, func(e *html.Node) bool {
			if e.Data == "a" && attr(e, "href") != "" && !attachmentExt[strings.ToLower(path.Ext(attr(e, "href")))] &&
				runeLenNoSpace(textOf(e)) >= articleLinkRunes {
				articles++
			}
			return articles < 2
		})
		if articles >= 2 {
			return true
		}
	}
	return false
}
