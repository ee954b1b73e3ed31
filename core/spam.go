package core

// Spam stage: DOM in, DOM out without link farms, keyword stuffing and
// spam text; content after </html>, static document.write payloads and
// hijacked <title>/keywords/description are judged too. Every removal is
// reported in Article.Spam. Hidden content has already been removed by the
// visibility stage, which hands each removed node to classifyRemoved.
//
// Words alone remove nothing a reader can see: genuine articles about
// crackdowns name gambling and porn in sentences. Structure decides: no
// sentence punctuation, phrases stuffed with spam words, links to cheap
// or random foreign domains.

import (
	"hash/fnv"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/govreader/govreader/core/internal/cjk"
	"github.com/govreader/govreader/core/internal/dq"
	"github.com/govreader/govreader/core/internal/gate"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// linkStats describes the outbound links below a node.
type linkStats struct {
	links   int // all links
	foreign int // links to other sites (not the page's own, not government)
	// domains counts distinct foreign registrable domains; spammy those
	// of them that look bought for spam.
	domains, spammy int
	// named counts foreign links whose text names their target: a brand
	// that matches the domain (Variety → variety.com) or an institution
	// (重庆图书馆, 中国航天科技集团有限公司).
	named int
	// chinese: the foreign links' texts are Chinese. The farm of
	// ordinary-looking domains is judged on Chinese pages only: English
	// publisher menus and share bars look the same and are not spam.
	chinese bool
}

// linkFarm reports whether the links look like a farm: several foreign
// domains, most of them cheap or random. Publisher networks and friend
// links also point at many domains, but at real names.
func (s linkStats) linkFarm() bool {
	if s.domains >= 3 && s.spammy*2 >= s.domains {
		return true
	}
	// Many domains, about one link each, whose texts name nothing: a farm
	// of ordinary-looking domains.
	return s.chinese && s.domains >= 5 && s.domains*10 >= s.foreign*8 && s.named*2 < s.foreign
}

// hiddenFarm is the looser test for a block the page hides: hidden links
// to four or more unrelated sites, with keyword texts rather than names,
// are there for search engines only.
func (s linkStats) hiddenFarm() bool {
	return s.chinese && s.domains >= 4 && s.named*2 < s.foreign
}

// linkStats measures the links below n against the page's own site.
// Government hosts, .edu.cn and well-known media never count as foreign.
func (p *page) linkStats(n *html.Node) linkStats {
	var s linkStats
	// The anchors' Han and letter counts add up piece by piece, so the
	// texts need not be joined to take their ratio.
	var han, letters int
	seen := map[string]bool{}
	own := p.ownHosts()
	walkElements([]*html.Node{n}, func(e *html.Node) bool {
		if e.Data != "a" {
			return true
		}
		s.links++
		dom := foreignDomain(e, own)
		if dom == "" {
			return true
		}
		s.foreign++
		text := textOf(e)
		h, l := hanLetters(text)
		han, letters = han+h, letters+l
		if namesTarget(text, dom) {
			s.named++
		}
		if !seen[dom] {
			seen[dom] = true
			s.domains++
			if spammyDomain(dom) {
				s.spammy++
			}
		}
		return true
	})
	s.chinese = letters > 0 && float64(han)/float64(letters) >= 0.8 // hanRatio of the joined texts
	return s
}

// foreignDomain is the registrable domain a link leads to when that is
// foreign to the page's own hosts (own); "" for a relative link, or one
// to the site itself, a government host, .edu.cn or well-known media.
func foreignDomain(a *html.Node, own []string) string {
	href := attr(a, "href")
	if !strings.Contains(href, "//") {
		return "" // relative: no host (most links of a portal)
	}
	host, ok := linkHost(strings.TrimSpace(href))
	if !ok {
		return ""
	}
	host = strings.ToLower(host)
	if isGovHost(host) || strings.HasSuffix(host, ".edu.cn") {
		return ""
	}
	for _, o := range own {
		if sameSite(host, o) {
			return ""
		}
	}
	dom := registrableDomain(host)
	if trustedDomains[dom] {
		return ""
	}
	return dom
}

// foreignLinksBelow counts, for every element of root's subtree with at
// least one, the links below it to foreign domains, and the distinct
// foreign domains in all (linkStats' domains, of root). Links themselves
// are left out of the counts (one entry per link would cost more than the
// page on a link farm): an <a> holds at most itself.
func (p *page) foreignLinksBelow(root *html.Node) (below map[*html.Node]int, domains int) {
	below = map[*html.Node]int{}
	seen := map[string]bool{}
	own := p.ownHosts()
	walkElements([]*html.Node{root}, func(e *html.Node) bool {
		if e.Data != "a" || e == root {
			return true
		}
		dom := foreignDomain(e, own)
		if dom == "" {
			return true
		}
		if !seen[dom] {
			seen[dom] = true
			domains++
		}
		for a := e.Parent; a != nil && a != root.Parent; a = a.Parent {
			below[a]++
		}
		return true
	})
	return below, domains
}

// namesTarget reports link text that names the site it links to: its
// letters match the domain's name, or it is the name of an institution.
// Farm links carry keywords instead.
func namesTarget(text, dom string) bool {
	if t := strings.TrimSpace(text); slices.ContainsFunc(institutionSuffixes, func(w string) bool { return strings.HasSuffix(t, w) }) {
		return true
	}
	// The ASCII letters and digits of strings.ToLower(text), which maps
	// rune by rune, gathered without lowering the whole text first.
	var buf [32]byte
	letters := buf[:0]
	for _, r := range text {
		if r = unicode.ToLower(r); r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			letters = append(letters, byte(r))
		}
	}
	name, _, _ := strings.Cut(dom, ".")
	l := string(letters)
	if len(l) < 3 || len(name) < 3 {
		return false
	}
	return strings.Contains(name, l) || strings.Contains(l, name) ||
		(len(l) >= 4 && len(name) >= 4 && strings.Contains(name, l[:4]))
}

// looksSpam classifies a block by its words and its links: lexicon words,
// a link farm, or a keyword list whose phrases carry spam words.
func (p *page) looksSpam(n *html.Node, text string) bool {
	score, strong := spamScore(text)
	prose := hasSentencePunct(text)
	// A hidden copy of an article about a crackdown or a fraud names the
	// trade in its sentences; an advert is mostly its selling words.
	if strong > 0 && (!prose || spamWordShare(text) >= proseSpamShare) {
		return true
	}
	if prose {
		return false
	}
	return keywordSpam(text, score) || p.linkStats(n).linkFarm()
}

// carriesSpam is looksSpam for text no reader is meant to read as the
// article (text painted out of sight, an image's description, what a
// script writes): there a strong spam word settles it, even in a
// sentence (…犀利士一手货源，隐私包装。).
func (p *page) carriesSpam(n *html.Node, text string) bool {
	if _, strong := spamScore(text); strong > 0 {
		return true
	}
	return p.looksSpam(n, text)
}

// keywordSpam reports text made of short phrases separated by commas,
// bars or spaces, with no sentence, where most phrases carry a spam word:
// the shape of SEO keyword stuffing. A menu is a list of short phrases
// too, but its items are not spam words.
// score is spamScore(text), which the callers have at hand.
func keywordSpam(text string, score int) bool {
	if score < 4 || hasSentencePunct(text) {
		return false // three phrases, two of them with two words, or more
	}
	parts := strings.FieldsFunc(text, func(r rune) bool {
		return isSpace(r) || strings.ContainsRune(",，、|｜/_;；", r)
	})
	if len(parts) < 3 {
		return false
	}
	// hits are phrases with a spam word, rich those with two or more: a
	// stuffed phrase combines words (娱乐+平台+注册), a menu item has one.
	hits, rich := 0, 0
	for _, part := range parts {
		if utf8.RuneCountInString(part) > 24 {
			return false
		}
		score, _ := spamScore(part)
		if score > 0 {
			hits++
		}
		if score >= 2 {
			rich++
		}
	}
	return hits >= 3 && rich >= 2 && hits*3 >= len(parts)*2
}

// classifyRemoved reports a node that another stage removed when its
// content looks like spam; ordinary hidden chrome goes silently.
// A large hidden block (a hidden wrapper, a collapsed panel) may carry a
// spam block inside; the search stops after a few reports.
// why is the removal's reason; ev, when given, the evidence its report
// quotes, gathered only for a report.
func (p *page) classifyRemoved(n *html.Node, kind string, why reason, ev func() Evidence) (text string, strong int) {
	// Nothing inside can qualify when the block as a whole has no strong
	// word, too few words for keyword stuffing and too few foreign domains
	// for a farm: an element's text and links are part of its block's.
	// Most hidden blocks are menus and mobile copies, and are passed here.
	// The block's text and strong words go back to the caller, which
	// weighs the block again when nothing in it was reported.
	text = textOf(n)
	score, strong := spamScore(text)
	if strong == 0 && score < 4 && p.linkStats(n).domains < 3 {
		return text, strong
	}
	const maxReports = 8
	reported := 0
	walkElements([]*html.Node{n}, func(e *html.Node) bool {
		if reported >= maxReports {
			return false
		}
		text := textOf(e)
		if text == "" {
			return false
		}
		if p.looksSpam(e, text) || (!hasSentencePunct(text) && p.linkStats(e).hiddenFarm()) {
			var evidence Evidence
			if ev != nil {
				evidence = ev()
			}
			if trade := tradeOf(text); trade != "" {
				if evidence == nil {
					evidence = Evidence{}
				}
				evidence["trade"] = trade
			}
			p.report(kind, clip(text, 300), why, true, evidence)
			reported++
			return false
		}
		return true
	})
	return text, strong
}

// spamFindings is what the spam stage hands on through run(): the site
// the page's footer claims (for the provenance judge, read in the same
// pass over the text) and whether the <title> was hijacked (the metadata
// stage then leaves keywords and description alone).
type spamFindings struct {
	identity      identity
	titleHijacked bool
}

func (p *page) removeSpam(afterHTML string) spamFindings {
	// The page's text is read once, in windows, for the footer's identity
	// (as the page came) and the lexicon score that tells whether any
	// element may be spam: on a 20 MB page, neither needs the whole text
	// in memory, let alone its normalised and folded copies.
	var found spamFindings
	var tally spamTally
	var fold spamFoldBuf // one pair of buffers for all the windows
	contacts := false    // a seller's handle or cheap site is written somewhere
	body := p.bodyNodes()
	if len(body) > 0 {
		textWindows(body[0], textWindowSize, textWindowOverlap, func(w string, owned int) {
			found.identity.read(w, owned)
			folded, compact := fold.fold(cjk.NFKC(w))
			contacts = contacts || p.writesContact(folded)
			tally.addFolded(folded, compact)
		})
	}
	p.checkAfterHTML(afterHTML)
	// Live, what a script has written by the time of the click is in the
	// DOM and judged there (judgeScriptText skips it); what it writes
	// later (after a timer, or a frame the content script did not wait
	// for) is not, and is judged from the script as natively.
	p.checkDocumentWrite()
	p.checkImageText()
	p.checkAccessibleLabels()
	p.removeVisibleSpam(tally, contacts)
	p.removeLinkRuns()
	// The head is judged against the page without its spam: a hijacked
	// title repeats the spam blocks' words, the genuine one the headline.
	// Most heads hold no spam word, and then the body is not needed.
	found.titleHijacked = p.checkHeadHijack(sync.OnceValue(func() string {
		if b := p.bodyNodes(); len(b) > 0 {
			return normKey(textOf(b[0]))
		}
		return ""
	}))
	return found
}

// The windows in which removeSpam reads a page's text: a page shorter than
// one window is read whole, and consecutive windows share more runes than
// any lexicon word or identity line holds.
const (
	textWindowSize    = 256 << 10
	textWindowOverlap = 512
)

// textWindows calls fn with the text of n (textOf's) in windows of about
// size bytes that overlap by at least overlap runes, so that a word of up
// to overlap runes lies whole in one of them. Windows start and end before
// a rune that NFKC leaves alone and that nothing combines with, so each
// can be normalised on its own. Text without such runes is not cut.
//
// owned is where the next window starts: a match that starts before it
// belongs to this window, one that starts after it is seen whole in the
// next. It is len(window) for the last.
func textWindows(n *html.Node, size, overlap int, fn func(window string, owned int)) {
	var f spaceFolder
	// The first window is sized once, from a bound on the text it will
	// hold: left to grow by doubling it allocated about twice the window
	// (or, on a short page, twice the text) before the first cut.
	bound := 0
	walkNodes(n, func(c *html.Node) bool {
		switch {
		case bound > size:
		case c.Type == html.TextNode:
			bound += len(c.Data) + 1 // and a space before it
		case c.Type == html.ElementNode && !hiddenText(c):
			if breaksText(c) {
				bound++
			}
			return true
		}
		return false
	})
	f.b.Grow(min(bound, size+size/16))
	cut := func() {
		s := f.b.String()
		c := stableCut(s, len(s), 1) // a rune back from the end
		if c <= 0 {
			return
		}
		o := stableCut(s, c, overlap)
		if o <= 0 {
			return
		}
		fn(s[:c], o)
		f.b = strings.Builder{}
		f.b.Grow(size + len(s) - o)
		f.b.WriteString(s[o:])
	}
	walkNodes(n, func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			// A long text node goes in in pieces, so that windows stay
			// about size bytes however the text is split into nodes.
			for s := c.Data; s != ""; {
				piece := s[:min(len(s), size)]
				for len(piece) < len(s) && !utf8.RuneStart(s[len(piece)]) {
					piece = s[:len(piece)+1]
				}
				s = s[len(piece):]
				f.WriteString(piece)
				if f.b.Len() >= size {
					cut()
				}
			}
			return false
		case html.ElementNode:
			if hiddenText(c) {
				return false
			}
			if breaksText(c) {
				f.WriteString(" ")
			}
		}
		return true
	})
	if s := f.String(); s != "" {
		fn(s, len(s))
	}
}

// stableCut returns the start of a rune NFKC leaves alone, at least back
// runes before byte index from in s, or 0 when there is none.
func stableCut(s string, from, back int) int {
	i := from
	for ; i > 0 && back > 0; back-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	for i > 0 {
		r, _ := utf8.DecodeRuneInString(s[i:])
		if cjk.NFKCStable(r) && utf8.RuneStart(s[i]) {
			return i
		}
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return 0
}

// checkAfterHTML reports markup appended after </html> when it is spam.
// parse has set it aside, so none of it reaches the article either way;
// a CMS that closes its page early (a stray footer, a file name) is not
// worth a warning.
func (p *page) checkAfterHTML(afterHTML string) {
	if afterHTML == "" {
		return
	}
	frag, err := dq.NewDocumentFromReader(strings.NewReader(afterHTML))
	if err != nil {
		return
	}
	frag.FindMatcher(selScriptStyle).Remove()
	root := frag.Get(0)
	if text := collapseSpace(frag.Text()); text != "" && p.looksSpam(root, text) {
		if p.decide(nil, text, stageSpam, because(reasonSpamAfterHTML, "content appended after </html>"), nil) {
			p.report(SpamAfterHTML, clip(text, 300), because(reasonSpamAfterHTML, "content appended after </html>"), true, nil)
		}
	}
}

// docWriteCall finds document.write and document.writeln calls; the
// arguments are read by scriptStrings.
var docWriteCall = regexp.MustCompile(`document\s*\.\s*write(?:ln)?\s*\(`)

// scriptInserts are the other ways a script puts text into the page:
// assignments to innerHTML, outerHTML, innerText or textContent, and
// insertAdjacentHTML, insertAdjacentText or createTextNode calls. Run
// after load, they add what no static reading of the markup sees. Each
// is found by its name and read on by scriptInsertAt; a regular
// expression over a whole script clears a bitmap the script's size at
// every search, which cost more than the rest of the check.
var scriptInserts = [...]struct {
	name string
	call bool // a call, name(…), rather than an assignment, name = …
}{
	{"innerHTML", false}, {"outerHTML", false}, {"innerText", false}, {"textContent", false},
	{"insertAdjacentHTML", true}, {"insertAdjacentText", true}, {"createTextNode", true},
}

// scriptInsertAt reads what follows a name of scriptInserts: for a call,
// white space and "("; for an assignment, white space, an optional "+"
// and "=" then white space. It gives where the value or the arguments
// start, or -1 when the name is used otherwise (read, compared).
func scriptInsertAt(rest string, call bool) int {
	i := skipJSSpace(rest, 0)
	if call {
		if i < len(rest) && rest[i] == '(' {
			return i + 1
		}
		return -1
	}
	if i < len(rest) && rest[i] == '+' {
		i++
	}
	if i >= len(rest) || rest[i] != '=' || i+1 < len(rest) && rest[i+1] == '=' {
		return -1
	}
	return skipJSSpace(rest, i+1)
}

// skipJSSpace skips the white space of a regular expression's \s from i.
func skipJSSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return i
}

// checkDocumentWrite reports static document.write payloads that carry
// spam. The browser runs them and the result is usually hidden DOM; here
// scripts are never rendered, so nothing is left to remove.
func (p *page) checkDocumentWrite() {
	writes := because(reasonSpamDocWrite, "spam written by a script")
	inserts := because(reasonSpamScriptText, "spam a script puts into the page")
	head := sync.OnceValue(p.headlineBigrams) // read once, for all payloads
	p.tags.all("script", nil).Each(func(_ int, s *dq.Selection) {
		src := scriptCode(s.Nodes[0])
		// The pattern's literal prefix is "document", which nearly every
		// script names many times; "write" is rare, so look for it first.
		if strings.Contains(src, "write") {
			for _, loc := range docWriteCall.FindAllStringIndex(src, -1) {
				p.judgeScriptText(scriptStrings(src[loc[1]:]), writes, head)
			}
		}
		for _, ins := range scriptInserts {
			for from := 0; ; {
				at := strings.Index(src[from:], ins.name)
				if at < 0 {
					break
				}
				from += at + len(ins.name)
				value := scriptInsertAt(src[from:], ins.call)
				if value < 0 {
					continue
				}
				rest := src[from+value:]
				if !ins.call {
					// An assignment: its value runs to the end of the statement.
					end := strings.IndexAny(rest, ";\n")
					if end < 0 {
						end = len(rest)
					}
					rest = rest[:end] + ")"
				}
				p.judgeScriptText(scriptStrings(rest), inserts, head)
			}
		}
	})
}

// judgeScriptText reports the markup a script writes into the page when
// its text is spam. Nothing of it is in the page to remove.
func (p *page) judgeScriptText(payload string, why reason, head func() []uint64) {
	if !writesText(payload) {
		return // only markup: a script tag, an empty box, a comment
	}
	frag, err := dq.NewDocumentFromReader(strings.NewReader(payload))
	if err != nil {
		return
	}
	text := collapseSpace(frag.Text())
	if text == "" {
		return
	}
	if !p.carriesSpam(frag.Get(0), text) {
		// An advert by its shape, as a visible block is judged: what a
		// script writes is painted where the script puts it.
		advert, because := p.standaloneAdvert(text, head)
		if !advert {
			return
		}
		why.text += "; " + because
	}
	if p.opts.LiveDOM && p.liveHas(text) {
		return
	}
	p.decide(nil, text, stageSpam, why, nil)
	p.report(SpamDocWrite, clip(text, 300), why, true, nil)
}

// liveHas reports whether a live page already holds what a script
// writes: in its text, or in what the stages before removed and
// reported. Only a payload the script has not written yet is judged
// from the script.
func (p *page) liveHas(text string) bool {
	key := normKey(text)
	if key == "" {
		return true
	}
	if b := p.bodyNodes(); len(b) > 0 && strings.Contains(normKey(textOf(b[0])), key) {
		return true
	}
	for _, s := range p.art.Spam {
		if strings.Contains(normKey(s.Text), key) {
			return true
		}
	}
	return false
}

// writesText reports whether markup may show any text: whether anything
// but white space lies outside its tags. Most payloads portals write are
// script or style tags; parsing each into a document only to find no
// text was a tenth of the spam stage. A '<' opens a tag only before a
// letter, '/', '!' or '?', as the tokenizer reads it, so "1 < 2" is text;
// the content of a raw-text element (script, style …) counts as text, as
// the parsed document's text holds it. Where the reading is unsure (a tag
// left open) it answers yes, which only costs the parse.
func writesText(markup string) bool {
	for i := 0; i < len(markup); i++ {
		c := markup[i]
		if c == '<' && i+1 < len(markup) {
			if d := markup[i+1] | 0x20; d >= 'a' && d <= 'z' || markup[i+1] == '/' || markup[i+1] == '!' || markup[i+1] == '?' {
				end := strings.IndexByte(markup[i+1:], '>')
				if end < 0 {
					return true // an unclosed tag, which may read as text
				}
				tag := markup[i+1 : i+1+end]
				i += end + 1
				if name := rawTextTag(tag); name != "" {
					body := markup[i+1:] // i is at the tag's '>'
					close := indexFold(body, "</"+name)
					if close < 0 || strings.TrimLeft(body[:close], " \t\n\r\f") != "" {
						return true
					}
					i += close // the end tag is read next
				}
				continue
			}
		}
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			return true
		}
	}
	return false
}

// rawTextTag names the element a start tag opens when its content is
// raw text, read to its end tag whatever it holds; "" otherwise.
func rawTextTag(tag string) string {
	n := 0
	for n < len(tag) && (tag[n]|0x20 >= 'a' && tag[n]|0x20 <= 'z') {
		n++
	}
	name := strings.ToLower(tag[:n])
	switch name {
	case "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext":
		return name
	}
	return ""
}

// checkImageText clears spam from the alt and title text of the body's
// images: a reader without images, or whose image fails to load, is
// shown that text, and it goes into saved files.
func (p *page) checkImageText() {
	head := sync.OnceValue(p.headlineBigrams) // read once, for all attributes
	for _, n := range p.tags.all("img", inBody).Nodes {
		p.clearSpamAttrs(n, head, "alt", "title")
	}
	// Tooltips: a link's or a box's title is painted when the pointer
	// rests on it, and readers of saved pages see it. Portals title most
	// links, so one lexicon pass over them all decides whether any needs
	// a look.
	titled, all := p.attrTexts("[title]", "title")
	if score, strong := spamScore(all); strong == 0 && score < advertWords {
		return
	}
	for _, n := range titled {
		p.clearSpamAttrs(n, head, "title")
	}
}

// attrTexts returns the elements of the tag index's list (inside the
// body) and their attribute key's values joined, for one lexicon pass
// over them all.
func (p *page) attrTexts(list, key string) ([]*html.Node, string) {
	nodes := p.tags.all(list, inBody).Nodes
	var all strings.Builder
	for _, n := range nodes {
		all.WriteString(attr(n, key))
		all.WriteByte('|')
	}
	return nodes, all.String()
}

// standaloneAdvert judges a text that stands alone (a label, an
// attribute, what a script writes) as a visible block of it would be
// judged: whether it is an advert by its shape, and why.
func (p *page) standaloneAdvert(text string, head func() []uint64) (bool, string) {
	block := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
	block.AppendChild(&html.Node{Type: html.TextNode, Data: text})
	score, strong := spamScore(text)
	return p.advertEvidence(block, text, score, strong, 0, head).weigh()
}

// attrAdvert is standaloneAdvert for an attribute's text, which is looked
// at only when it may hold an advert's marks (a handle, a site, digits).
func (p *page) attrAdvert(text string, head func() []uint64) bool {
	if !mayHoldAdvert(text) {
		return false
	}
	advert, _ := p.standaloneAdvert(text, head)
	return advert
}

// checkAccessibleLabels reports the aria-label of an element that shows
// no text of its own: screen readers read it in the element's place, and
// an icon link is where a planted advert hides its words.
func (p *page) checkAccessibleLabels() {
	labelled, all := p.attrTexts("[aria-label]", "aria-label")
	if score, strong := spamScore(all); strong == 0 && score < advertWords && !mayHoldAdvert(all) {
		return
	}
	head := sync.OnceValue(p.headlineBigrams)
	for _, n := range labelled {
		if strings.TrimSpace(textOf(n)) != "" {
			continue
		}
		p.clearSpamAttrs(n, head, "aria-label")
		if label := collapseSpace(attr(n, "aria-label")); label != "" && p.labelLeadsAway(n, label, head) {
			why := because(reasonSpamTooltip, "a label that sends readers to another site, unrelated to the article, read for <"+n.Data+">")
			if p.decide(nil, label, stageSpam, why, nil) {
				p.report(SpamText, clip(label, 300), why, true, nil)
				removeAttr(n, "aria-label")
			}
		}
	}
}

// labelLeadsAway reports an icon link whose accessible name is a sentence
// that writes out the foreign site the link goes to, off the article's
// topic: a control's name names it (微信, 返回顶部, 中国政府网), it does
// not pitch a site, whatever words the pitch uses.
func (p *page) labelLeadsAway(n *html.Node, label string, head func() []uint64) bool {
	if n.Data != "a" || clauseMarks(label) == 0 {
		return false
	}
	folded, _ := foldSpam(label)
	if site, _ := p.writtenSites(folded); !site || foreignDomain(n, p.ownHosts()) == "" {
		return false
	}
	return offAdvertTopic(label, head())
}

// clearSpamAttrs removes and reports the named attributes of n whose text
// is spam; head gives the headline's bigrams, for an advert's topic.
func (p *page) clearSpamAttrs(n *html.Node, head func() []uint64, keys ...string) {
	for i := 0; i < len(n.Attr); i++ {
		a := n.Attr[i]
		if !slices.Contains(keys, a.Key) {
			continue
		}
		text := collapseSpace(a.Val)
		if text == "" || !p.carriesSpam(n, text) && !p.attrAdvert(text, head) {
			continue
		}
		why := because(reasonSpamImageText, "spam in an image's "+a.Key+" text")
		switch {
		case a.Key == "aria-label":
			why = because(reasonSpamTooltip, "spam in the label a screen reader reads for <"+n.Data+">")
		case n.Data != "img":
			why = because(reasonSpamTooltip, "spam in a tooltip (the title of <"+n.Data+">)")
		}
		if !p.decide(nil, text, stageSpam, why, nil) {
			continue
		}
		p.report(SpamText, clip(text, 300), why, true, nil)
		n.Attr = append(n.Attr[:i], n.Attr[i+1:]...)
		i--
	}
}

// scriptStrings reads the argument list of a call, from just after its
// opening parenthesis, and returns its string literals joined, with JS
// escapes (\x3c, \u003c, \') decoded and unescape('%3C…') undone: the
// static part of what the call writes.
func scriptStrings(src string) string {
	var out strings.Builder
	depth := 1
	unescape := false
	for i := 0; i < len(src) && depth > 0; i++ {
		switch c := src[i]; c {
		case '(':
			depth++
			if strings.HasSuffix(strings.TrimSpace(src[:i]), "unescape") || strings.HasSuffix(strings.TrimSpace(src[:i]), "decodeURIComponent") {
				unescape = true
			}
		case ')':
			depth--
		case '\'', '"', '`':
			j := i + 1
			var lit strings.Builder
			for ; j < len(src) && src[j] != c; j++ {
				if src[j] == '\\' && j+1 < len(src) {
					j++
					switch src[j] {
					case 'x':
						if j+2 < len(src) {
							if v, err := strconv.ParseUint(src[j+1:j+3], 16, 8); err == nil {
								lit.WriteRune(rune(v))
								j += 2
								continue
							}
						}
					case 'u':
						if j+4 < len(src) {
							if v, err := strconv.ParseUint(src[j+1:j+5], 16, 16); err == nil {
								lit.WriteRune(rune(v))
								j += 4
								continue
							}
						}
					case 'n':
						lit.WriteByte('\n')
						continue
					}
				}
				lit.WriteByte(src[j])
			}
			s := lit.String()
			if unescape {
				if u, err := url.PathUnescape(s); err == nil {
					s = u
				}
			}
			out.WriteString(s)
			i = j
		}
		if out.Len() > 1<<16 {
			break
		}
	}
	return out.String()
}

// checkHeadHijack reports a <title>, keywords or description that a
// hacker filled with spam, and strips the spam from the DOM so that the
// metadata stage reads what the site wrote: the title then comes from the
// headline and what is left of the <title>.
//
// A hijacked segment is one with spam words that the page's body does not
// repeat: the genuine title segments (headline, site name) are shown on
// the page, the spam keywords are not. That catches unknown spam words
// that the lexicon only knows as weak ones (体育, 官网, 棋牌). body is the
// page's visible text folded by normKey. It reports whether the <title>
// itself was hijacked.
func (p *page) checkHeadHijack(body func() string) (titleHijacked bool) {
	if t := p.tags.first("title", nil); len(t.Nodes) > 0 {
		raw := t.Text()
		if clean, hijacked := stripHeadSpam(raw, body); hijacked {
			why := because(reasonSpamHeadHijack, "spam words in the page's title")
			p.decide(nil, raw, stageSpam, why, func() Evidence { return Evidence{"field": "title", "kept": clean} })
			p.report(SpamTitle, clip(collapseSpace(raw), 200), why, true, Evidence{"field": "title"})
			titleHijacked = true
			t.SetText(clean)
		}
	}
	// Every text the page declares about itself (keywords, description,
	// share cards, Dublin Core, microdata, the 来源 and 作者 fields) is
	// what search engines, share cards and readers show of it, whatever
	// vocabulary names it.
	head := sync.OnceValue(p.headlineBigrams)
	p.tags.all("meta", nil).Each(func(_ int, s *dq.Selection) {
		name := strings.ToLower(firstNonEmpty(s.AttrOr("name", ""), s.AttrOr("property", ""), s.AttrOr("itemprop", "")))
		switch name {
		case "", "viewport", "robots", "renderer", "format-detection", "referrer", "theme-color", "color-scheme":
			return // settings for the browser, not text
		}
		raw := s.AttrOr("content", "")
		if _, url := cutSchemePrefix(strings.TrimSpace(raw)); url {
			return // an address, judged where it is linked
		}
		clean, hijacked := stripHeadSpam(raw, body)
		if !hijacked && hanRatio(raw) >= minAdvertHan && (p.attrAdvert(raw, head) || p.unshownSite(raw, body)) {
			// An advert's shape (a handle and a call to action, off the
			// page's topic), or the address of a site the page never
			// shows, in words no lexicon knows. Only in Chinese: an
			// English page's tags name its desks (@mlive-river).
			clean, hijacked = "", true
		}
		if hijacked {
			why := because(reasonSpamHeadHijack, "spam words in the page's "+name)
			p.decide(nil, raw, stageSpam, why, func() Evidence { return Evidence{"field": name, "kept": clean} })
			p.report(SpamTitle, clip(collapseSpace(raw), 200), why, true, Evidence{"field": name})
			s.SetAttr("content", clean)
		}
	})
	return titleHijacked
}

// yuanPrice is a sum in yuan: 68元, 1,888 元, 3.5万元.
var yuanPrice = regexp.MustCompile(`[0-9０-９][0-9０-９,.]*\s*[万千百]?元`)

// unshownSite reports a text that writes out the address of a foreign
// site (not government, education or well known: writtenSites) that the
// page's visible text (body, folded by normKey) never names: what the
// page declares about itself points nowhere the page goes.
func (p *page) unshownSite(text string, body func() string) bool {
	folded, _ := foldSpam(text)
	if strings.IndexByte(folded, '.') < 0 {
		return false
	}
	for _, m := range writtenSite.FindAllStringSubmatch(folded, 4) {
		if site, _ := p.writtenSites(m[0]); site && !strings.Contains(body(), normKey(m[1])) {
			return true
		}
	}
	return false
}

// minAdvertHan is the share of Han letters of a head text judged by an
// advert's shape.
const minAdvertHan = 0.3

// headSeparator splits a <title> or keywords list into its segments.
var headSeparator = mustSepRegexp(`\s*(?:[_|｜,，、;；/]|--|—+|\s-\s|-)\s*`, "_|｜,，、;；/-—")

// stripHeadSpam removes the spam segments of a head text. It reports a
// hijack when a segment has a strong spam word, or when the segments the
// body does not repeat carry spam words in number.
func stripHeadSpam(text string, body func() string) (string, bool) {
	if strings.TrimSpace(text) == "" {
		return text, false
	}
	seps := headSeparator.findAll(text)
	var segs []string
	start := 0
	for _, loc := range seps {
		segs = append(segs, text[start:loc[0]])
		start = loc[1]
	}
	segs = append(segs, text[start:])
	var keep []string
	hijacked := false
	foreignScore, foreignHits := 0, 0
	spam := make([]bool, len(segs))
	for i, seg := range segs {
		score, strong := spamScore(seg)
		if score == 0 && strong == 0 {
			continue
		}
		k := normKey(seg)
		shown := utf8.RuneCountInString(k) >= 2 && strings.Contains(body(), k)
		// Strong words hijack, except in a headline the page shows: a
		// news story about a casino, a fraud warning that quotes the
		// fraud's slogan, are titled so. A Chinese segment made mostly of
		// spam words hijacks even when a spam block repeats it.
		if strong > 0 && (!shown || hanRatio(k) >= 0.3 && spamWordShare(seg) >= proseSpamShare) {
			spam[i], hijacked = true, true
			continue
		}
		// Weak words count in Chinese segments only: English keyword
		// lists (App Store, poker night) name the page's own topics.
		if score > 0 && hanRatio(k) >= 0.5 && len([]rune(k)) >= 2 && !shown {
			spam[i] = true
			foreignScore += score
			foreignHits++
		}
	}
	if foreignScore >= 3 || foreignHits >= 2 {
		hijacked = true
	}
	if !hijacked {
		return text, false
	}
	for i, seg := range segs {
		if !spam[i] && strings.TrimSpace(seg) != "" {
			keep = append(keep, strings.TrimSpace(seg))
		}
	}
	sep := "_"
	if len(seps) > 0 {
		sep = strings.TrimSpace(text[seps[len(seps)-1][0]:seps[len(seps)-1][1]])
	}
	return strings.Join(keep, sep), true
}

// minCatalogueOffers is how many sibling blocks that each sell at a
// price with a number to call make a catalogue.
const minCatalogueOffers = 3

// offerSiblings counts the element children of parent that name a price
// in yuan and give a phone number or a messaging id.
func offerSiblings(parent *html.Node) int {
	n := 0
	for c := parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		text := textOf(c)
		if !yuanPrice.MatchString(text) {
			continue
		}
		if folded, _ := foldSpam(text); anyPhone.MatchString(folded) || writesHandle(folded) {
			n++
		}
	}
	return n
}

// removeVisibleSpam removes visible blocks that are spam: lexicon word
// lists without sentences, keyword stuffing, link farms to foreign hosts
// and adverts (advertEvidence). It takes the smallest block that holds
// the spam, so that an article with a farm inside keeps its text; a table
// cell is judged like a paragraph, and emptied rather than removed, so
// that the table keeps its columns. contacts tells that the page's text
// may hold a messaging handle, which an advert without spam words needs.
func (p *page) removeVisibleSpam(page spamTally, contacts bool) {
	body := p.bodyNodes()
	if len(body) == 0 {
		return
	}
	// A farm links three domains or more: a subtree with fewer than three
	// foreign links can only be spam by its words. And an element's text is
	// part of the page's, so its lexicon score cannot exceed the page's:
	// a page with no spam word and fewer than three foreign domains holds
	// no visible spam at all, and on one without a spam word the subtrees
	// with too few foreign links need no look and the others no scoring of
	// their text.
	foreign, domains := p.foreignLinksBelow(body[0])
	wordless := page.score == 0 && page.strong == 0
	if page.strong == 0 && page.score < 4 && domains < 3 && !contacts {
		return
	}
	head := sync.OnceValue(p.headlineBigrams)
	// sizes bounds each element's text from below in one pass, so that
	// big containers are passed over without building their text.
	sizes := nonSpaceRunes(body[0])
	var drop []*html.Node
	over := p.budgetGate("spam removal")
	// judged remembers each verdict: a node is judged as a child of its
	// parent first, then again when the walk reaches it. barren says that
	// nothing in the subtree can be spam either: no spam word in its text
	// (so none in any part of it) and too few foreign links for a farm.
	type verdict struct {
		spam, barren bool
		why          string // an advert's reason
	}
	judged := map[*html.Node]verdict{}
	judge := func(n *html.Node, text string) verdict {
		v, ok := judged[n]
		if ok {
			return v
		}
		score, strong := 0, 0
		if !wordless {
			score, strong = spamScore(text)
		}
		v.spam = p.visibleSpam(n, text, score, strong)
		if !v.spam {
			v.spam, v.why = p.advertEvidence(n, text, score, strong, foreign[n], head).weigh()
		}
		v.barren = !v.spam && score == 0 && strong == 0 && foreign[n] < 3 && !(contacts && mayHoldAdvert(text))
		judged[n] = v
		return v
	}
	walkElements(p.bodyNodes(), func(n *html.Node) bool {
		switch n.Data {
		case "body", "html":
			return true
		}
		if over() {
			return false
		}
		if wordless && foreign[n] < 3 && !contacts {
			return false
		}
		if sizes[n] > 600 {
			return true // too big to judge as a whole; look at the parts
		}
		text := textOf(n)
		if text == "" {
			return false
		}
		if utf8.RuneCountInString(text) > 600 {
			return true // too big to judge as a whole; look at the parts
		}
		if v := judge(n, text); !v.spam {
			return !v.barren
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && judge(c, textOf(c)).spam {
				return true // the spam sits in a child: take just that
			}
		}
		drop = append(drop, n)
		return false
	})
	// An advert by its shape alone (no spam word) among siblings that
	// all sell at a price with a number to call is one offer of a
	// catalogue the page itself presents (消费帮扶 products, 民宿 rooms):
	// a planted advert stands alone.
	catalogue := map[*html.Node]bool{}
	drop = slices.DeleteFunc(drop, func(n *html.Node) bool {
		if judged[n].why == "" {
			return false
		}
		// The offer may be a box of its own (a name over its terms).
		for up, a := 0, n.Parent; up < 2 && a != nil; up, a = up+1, a.Parent {
			is, ok := catalogue[a]
			if !ok {
				is = offerSiblings(a) >= minCatalogueOffers
				catalogue[a] = is
			}
			if is {
				return true
			}
		}
		return false
	})
	for _, n := range drop {
		text := textOf(n)
		kind, why := SpamText, because(reasonSpamText, "visible spam block")
		st := p.linkStats(n)
		if st.linkFarm() {
			kind, why.id = SpamLinkFarm, reasonSpamLinkFarm
		} else if v := judged[n]; v.why != "" {
			why = because(reasonSpamAdvert, v.why)
		} else {
			why.id = tradeReason(tradeOf(text))
		}
		if v := judged[n]; v.why != "" && isInfoLine(text, true) {
			// The page's own info line with a planted value (来源：an
			// advert): the metadata stage reads its date and refuses the
			// value, which is shaped like no name, and chrome removal keeps
			// the line out of the body. Removed here, the date would go too.
			p.report(SpamText, clip(text, 300), because(reasonSpamInfoLine, v.why+"; planted in the page's info line, whose value is not used"), true, nil)
			continue
		}
		if !p.decide(n, text, stageSpam, why, func() Evidence {
			score, strong := spamScore(text)
			return Evidence{"score": score, "strong_words": strong, "foreign_domains": st.domains, "cheap_domains": st.spammy}
		}) {
			continue // the reader restored it on this site
		}
		p.report(kind, clip(text, 300), why, true, nil)
		if n.Data == "td" || n.Data == "th" {
			for n.FirstChild != nil {
				n.RemoveChild(n.FirstChild)
			}
			continue
		}
		detach(n)
	}
}

// mayHoldAdvert reports text in which a part may be an advert without a
// spam word: it names a messaging app (handleMarks), writes an address
// (a dot before a letter) or a mobile number (eleven digits). It runs on
// every block of a page that names a messaging app, so it reads the text
// once without folding it: full-width forms and upper case are mapped
// rune by rune, as NFKC and foldSpam would.
func mayHoldAdvert(text string) bool {
	var last [8]byte // the latest Latin letters, lower case, newest last
	digits := 0
	prev := rune(0)
	var step func(r rune) bool
	step = func(r rune) bool {
		switch {
		case r >= 0xff01 && r <= 0xff5e:
			r -= 0xfee0 // full-width ASCII
		case r == '\u3000' || r < 0x80 || cjk.IsIdeograph(r):
		case unicode.Is(unicode.Cf, r) || r == '\u034f' || r == '\u180e':
			return false // foldSpam drops it: its neighbours meet
		case isDrawn(r):
			if d, ok := drawnAs(r); ok { // ❶, 🇦: read as drawn
				for _, c := range d {
					if step(c) {
						return true
					}
				}
				return false
			}
		case !cjk.NFKCStable(r):
			if n := cjk.NFKC(string(r)); n != string(r) { // ①, ﹒, ﹫: rare
				for _, c := range n {
					if step(c) {
						return true
					}
				}
				return false
			}
		}
		switch {
		case r >= '0' && r <= '9':
			if digits++; digits >= 11 {
				return true
			}
		case r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z':
			if prev == '.' || prev == '@' {
				return true
			}
			r |= 0x20
			copy(last[:], last[1:])
			last[7] = byte(r)
			if latinHandleMark(last[:]) {
				return true
			}
		case cjk.IsIdeograph(r):
			if m, ok := spamFoldRunes[r]; ok {
				r = m
			}
		}
		if pairHandleMarks[[2]rune{prev, r}] {
			return true
		}
		prev = r
		return false
	}
	for _, r := range text {
		if step(r) {
			return true
		}
	}
	return false
}

// latinHandleMark reports whether the Latin letters just read (newest
// last) end with one of handleMarks.
func latinHandleMark(last []byte) bool {
	for _, m := range handleMarks {
		if m[0] < 0x80 && len(m) <= len(last) && string(last[len(last)-len(m):]) == m {
			return true
		}
	}
	return false
}

// pairHandleMarks are the two-rune marks of handleMarks (微信, v信, 加v).
var pairHandleMarks = func() map[[2]rune]bool {
	out := map[[2]rune]bool{}
	for _, m := range handleMarks {
		if r := []rune(m); len(r) == 2 {
			out[[2]rune{r[0], r[1]}] = true
		}
	}
	return out
}()

// removeLinkRuns removes runs of spam links spliced straight into a
// paragraph, with no element of their own to remove: three or more links
// in a row (only spaces and separators between them) to cheap or random
// foreign domains. The paragraph's own text stays.
func (p *page) removeLinkRuns() {
	var runs [][]*html.Node
	walkElements(p.bodyNodes(), func(n *html.Node) bool {
		var run []*html.Node
		flush := func() {
			if len(run) >= 3 {
				runs = append(runs, run)
			}
			run = nil
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.ElementNode && c.Data == "a" && p.spamLink(c):
				run = append(run, c)
			case c.Type == html.TextNode && strings.TrimFunc(c.Data, func(r rune) bool {
				return isSpace(r) || strings.ContainsRune(",，、|｜/-", r)
			}) == "":
				if len(run) > 0 {
					run = append(run, c) // the separator goes with the run
				}
			default:
				flush()
			}
		}
		flush()
		return true
	})
	for _, run := range runs {
		var b strings.Builder
		for _, n := range run {
			b.WriteString(textOfNode(n))
			b.WriteByte(' ')
		}
		text := collapseSpace(b.String())
		why := because(reasonSpamLinkRun, "spam links spliced into the text")
		if !p.decide(run[0], text, stageSpam, why, func() Evidence { return Evidence{"links": len(run)} }) {
			continue
		}
		p.report(SpamLinkFarm, clip(text, 300), why, true, nil)
		for _, n := range run {
			detach(n)
		}
	}
}

// spamLink reports a link to a cheap or random foreign domain, or one
// whose text is lexicon spam.
func (p *page) spamLink(a *html.Node) bool {
	st := p.linkStats(a)
	if st.spammy > 0 {
		return true
	}
	if st.foreign == 0 {
		return false // most links, whose text need not be scored
	}
	_, strong := spamScore(textOf(a))
	return strong > 0
}

// visibleSpam is the stricter test for what a reader can see: genuine
// articles about crackdowns use spam words in sentences, so words alone
// remove a block that reads as prose only when they make up much of it.
// score and strong are spamScore(text). Without a spam word it reduces to
// an unpunctuated link farm, which removeVisibleSpam relies on.
func (p *page) visibleSpam(n *html.Node, text string, score, strong int) bool {
	if text == "" {
		return false
	}
	if strong >= 2 && spamWordShare(text) >= proseSpamShare {
		return true // an advert in sentences: 澳门葡京欢迎您！注册送彩金！
	}
	if hasSentencePunct(text) {
		return false
	}
	if strong >= 1 && score >= 4 || keywordSpam(text, score) {
		return true
	}
	st := p.linkStats(n)
	return st.linkFarm() || (strong >= 1 && st.foreign >= 2 && st.foreign*2 >= st.links)
}

// advertEvidence is what is known about one visible block that may be a
// planted advert, whatever it sells: how to reach the seller, what the
// reader is asked to do, and whether the block is about what the page is
// about. Genuine pages carry contacts too (咨询电话, 联系人, a 微信公众号,
// the address of a service): on their own, or on the page's topic, they
// keep the block.
type advertEvidence struct {
	handle    bool // a personal messaging handle: QQ number, WeChat id, Telegram name
	phone     bool // a mobile number
	site      bool // a foreign, non-government site, linked or written out
	cheapSite bool // such a site on a cheap or random-looking domain
	cta       bool // a call to action (加微信, 详询, 官网, 注册 …) or the terms of a sale
	sale      bool // the terms of a sale (出售, 货到付款, 包邮 …)
	scan      bool // asks the reader to scan a code: the contact of an advert that shows it as an image
	warns     bool // warns against a trade (警惕, 谨防, 诈骗 …) rather than selling it
	masked    bool // words spelt half in pinyin or initials (dy刷fen, xhs涨fen) to pass word filters
	score     int  // lexicon score (spamScore)
	strong    int  // strong lexicon words
	offTopic  bool // shares almost none of the headline's words
}

// Thresholds of the advert judgement.
const (
	// A block is judged as an advert between these sizes (runes): below,
	// a caption or a label; above, a passage whose one contact line is
	// better judged in a smaller block.
	minAdvertRunes = 8
	maxAdvertRunes = 300
	// advertTopicShare: a block on the page's topic holds at least this
	// share of the headline's Han bigrams (of at most advertHeadBigrams of
	// them, so that a long <title> with the site's name does not dilute it).
	advertTopicShare  = 0.2
	advertHeadBigrams = 12
	// maskedRuns: words spelt half in pinyin (刷fen, 涨fen, dy刷): this
	// many runs of lower-case Latin letters glued to Han characters. One
	// or two are ordinary (下载pdf, e政务); a unit after a number (5km处)
	// does not count.
	maskedRuns = 3
)

// weigh decides whether the block is a planted advert, and why. Every
// rule asks for a way to reach a seller, a second sign of selling and a
// block off the page's topic: a contact, a call to action or a trade's
// words alone never remove anything. A mobile number counts only beside
// a cheap domain or a strong spam word: a notice's contact person has
// one, and a WeChat id too, now and then.
func (e advertEvidence) weigh() (bool, string) {
	switch {
	case !e.offTopic:
		return false, ""
	case e.handle && e.cta:
		return true, "an advert: a messaging handle and a call to action, unrelated to the article"
	case e.handle && (e.cheapSite || e.score >= advertWords):
		return true, "an advert: a messaging handle and a trade's words or site, unrelated to the article"
	case e.handle && e.masked:
		// Spelling words half in pinyin serves only to slip past word
		// filters: the trade is hidden, the contact is not.
		return true, "an advert: a messaging handle and words spelt half in pinyin, unrelated to the article"
	case e.cheapSite && (e.cta || e.phone || e.score >= advertWords):
		return true, "an advert: a cheap or random domain and a call to action, unrelated to the article"
	case e.strong > 0 && (e.phone || e.site || e.handle):
		return true, "an advert: spam words with a contact or a site, unrelated to the article"
	case e.strong > 0 && (e.cta || e.scan) && !e.warns:
		// Its contact is a code in an image, or the site it names: the
		// words sell and the sentence asks the reader to act.
		return true, "an advert: spam words and a call to action, unrelated to the article"
	case e.score >= advertWords && e.sale && !e.warns:
		// A trade's plain words (窃听器, 偷拍设备) with the terms of a
		// sale: a story about a fraud quotes the lure, not the terms.
		return true, "an advert: a trade's words and the terms of a sale, unrelated to the article"
	}
	return false, ""
}

// advertEvidence gathers the evidence about a visible block. foreign is
// the number of links below n to foreign domains; head returns the
// headline's bigrams. The cheap tests come first: most blocks have no
// contact and are done without a regexp.
func (p *page) advertEvidence(n *html.Node, text string, score, strong, foreign int, head func() []uint64) (e advertEvidence) {
	// Only a leaf block is an advert's unit: a table or a list as a whole
	// would combine the contact of one cell with the words of another.
	runes := utf8.RuneCountInString(text)
	if runes < minAdvertRunes || runes > maxAdvertRunes || foreign == 0 && strong == 0 && score < advertWords && !mayHoldAdvert(text) || hasBlockDescendant(n) && !shortRow(n) && !listEntry(n) {
		return e
	}
	folded, compact := foldSpam(text)
	e.handle = writesHandle(folded)
	// A number spelt out with spaces (1 3 6 5 …) is read joined.
	e.phone = countDigits(folded) >= 11 && (mobilePhone.MatchString(folded) || mobilePhone.MatchString(compact))
	if foreign > 0 {
		st := p.linkStats(n)
		e.site, e.cheapSite = st.foreign > 0, st.spammy > 0
	}
	if strings.IndexByte(folded, '.') >= 0 {
		site, cheap := p.writtenSites(folded)
		e.site, e.cheapSite = e.site || site, e.cheapSite || cheap
	}
	if !e.handle && !e.phone && !e.site && strong == 0 && score < advertWords {
		return e // every rule of weigh needs one of these
	}
	e.sale = saleTerms.In(folded)
	e.cta = e.sale || callsToAction.In(folded)
	e.scan = scanCalls.In(folded)
	e.warns = tradeWarnings.In(folded)
	e.masked = e.handle && gluedLatinRuns(text) >= maskedRuns
	e.score, e.strong = score, strong
	e.offTopic = offAdvertTopic(text, head())
	return e
}

// gluedLatinRuns counts the runs of two or more lower-case Latin letters
// (full-width too) that touch a Han character on either side, leaving out
// those after a digit (units: 5km, 3mg).
func gluedLatinRuns(text string) int {
	runs := 0
	var prev rune
	start, n := rune(0), 0 // the rune before the current run, and its length
	for _, r := range text + " " {
		if r >= 'ａ' && r <= 'ｚ' {
			r -= 0xfee0
		}
		if r >= 'a' && r <= 'z' {
			if n == 0 {
				start = prev
			}
			n++
		} else {
			if n >= 2 && !unicode.IsDigit(start) && (cjk.IsHan(start) || cjk.IsHan(r)) {
				runs++
			}
			n = 0
		}
		prev = r
	}
	return runs
}

// maxAdvertCells: a table row of this many leaf cells or fewer reads as
// one line, and an advert split over its cells (the trade in one, the
// contact in the next) is judged whole.
const maxAdvertCells = 4

// shortRow reports a table row of at most maxAdvertCells cells with no
// block inside them.
func shortRow(n *html.Node) bool {
	if n.Data != "tr" {
		return false
	}
	cells := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.Data != "td" && c.Data != "th" || hasBlockDescendant(c) {
			return false
		}
		cells++
	}
	return cells <= maxAdvertCells
}

// maxEntryInfoRunes: the longest block line under a list entry's title
// that is still its info line (答复部门：… 发布日期：…), not a snippet.
const maxEntryInfoRunes = 60

// listEntry reports a list item whose blocks are only short lines under
// its title (its date, its source): the entry is one unit, as a
// search-result or Q&A list shows it.
func listEntry(n *html.Node) bool {
	if n.Data != "li" {
		return false
	}
	ok := true
	walkElements([]*html.Node{n}, func(c *html.Node) bool {
		switch {
		case !ok || c == n:
			return ok
		case isBlockish(c.Data):
			ok = !hasBlockDescendant(c) && utf8.RuneCountInString(textOf(c)) <= maxEntryInfoRunes
			return false
		}
		return true
	})
	return ok
}

// cheapSiteMarks finds whether a text may write a cheap domain.
var cheapSiteMarks = func() gate.Phrases {
	var marks []string
	for tld := range spamTLDs {
		marks = append(marks, "."+tld)
	}
	slices.Sort(marks) // one order, whatever the map's
	return gate.NewPhrases(marks)
}()

// writesContact reports folded text that writes a messaging handle or a
// cheap domain: without one, a page's blocks with no spam word hold no
// advert. Share bars name 微信 and QQ on every page, so the marks only
// gate the patterns.
func (p *page) writesContact(folded string) bool {
	if writesHandle(folded) {
		return true
	}
	if !cheapSiteMarks.In(folded) {
		return false
	}
	_, cheap := p.writtenSites(folded)
	return cheap
}

// offAdvertTopic reports a text that holds less than advertTopicShare of
// the headline's bigrams (head, sorted). Without a headline nothing is
// off it.
func offAdvertTopic(text string, head []uint64) bool {
	if len(head) == 0 {
		return false
	}
	var own []uint64
	if head[0]&latinWordMark != 0 {
		own = latinWordKeys(text)
	} else {
		own, _ = keyBigrams(nil, text)
	}
	shared := 0
	for _, bg := range head {
		if _, ok := slices.BinarySearch(own, bg); ok {
			shared++
		}
	}
	return float64(shared) < advertTopicShare*float64(min(len(head), advertHeadBigrams))
}

// headlineBigrams are the Han bigrams of what the page says it is about:
// its <title> parts, its h1 headings and its ArticleTitle, leaving out
// any with strong spam words (a hijacked title would put the advert on
// topic). Weak words stay: 成人高考 and 游戏产业 are headlines.
// The metadata stage, which chooses the headline, comes later.
func (p *page) headlineBigrams() []uint64 {
	var b strings.Builder
	add := func(s string) {
		// A warning's headline quotes the lure it warns against (警惕
		// “首充送彩金”陷阱): quoted words are not said.
		if _, strong := spamScore(s); strong == 0 || tradeWarnings.In(s) && spamStrongUnquoted(s) == 0 {
			b.WriteString(s)
			b.WriteByte('|') // no bigram across two pieces
		}
	}
	for _, part := range splitTitle(p.titleTag()) {
		add(part)
	}
	p.tags.all("h1", nil).Each(func(_ int, s *dq.Selection) { add(textOf(s.Nodes[0])) })
	p.tags.all("meta", withAttr("name")).Each(func(_ int, s *dq.Selection) {
		if name := strings.ToLower(s.AttrOr("name", "")); name == "articletitle" {
			add(s.AttrOr("content", ""))
		}
	})
	if grams := hanBigrams(nil, normKey(b.String())); len(grams) > 0 {
		return grams
	}
	// An English page's headline: its words stand for its topic.
	return latinWordKeys(b.String())
}

// spamStrongUnquoted counts the strong lexicon words of text outside its
// short quotations.
func spamStrongUnquoted(text string) int {
	_, strong := spamScore(unquoted(text))
	return strong
}

// latinWordMark sets latinWordKeys apart from Han bigrams, which never
// reach the top bit.
const latinWordMark = 1 << 63

// latinWordKeys are the distinct Latin words of four letters or more in
// text, lowered and hashed, marked with latinWordMark, sorted.
func latinWordKeys(text string) []uint64 {
	var keys []uint64
	latinWords(strings.ToLower(text), func(w string) {
		if len(w) >= 4 && countDigits(w) == 0 {
			h := fnv.New64a()
			h.Write([]byte(w))
			keys = append(keys, h.Sum64()|latinWordMark)
		}
	})
	slices.Sort(keys)
	return slices.Compact(keys)
}
