package core

// Visibility stage: DOM in, DOM out without what a browser would not show.
//
// The static reading cascades the page's own style sheets (style.go) and
// asks of every element, with what it inherits, three questions
// (rendering.go): is its box of no area or off the page (noArea), is its
// paint transparent (noPaint), is its text too small to read (tooSmall);
// covered.go finds text under an opaque box. The extension's
// content script knows better, because it sees computed styles: it marks
// every element the browser really hides with HiddenHintAttr, and that
// mark is authoritative.
//
// Every hidden block that looks like spam is reported by the spam stage's
// classifier; one that does not is reported when hiddenEvidence finds it
// worth it. Hidden copies of the article, menus, pop-ups and UI strings
// are ordinary on portals and go unreported.

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/govreader/govreader/core/internal/cjk"
	"github.com/govreader/govreader/core/internal/css"
	"github.com/govreader/govreader/core/internal/dq"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HiddenHintAttr is set by the extension's content script on every element
// whose computed style hides it (display, visibility, opacity, zero or tiny
// boxes with overflow hidden, off-screen boxes, font-size 0, transforms to
// nothing, transparent text). Its presence means "the browser does not
// show this", whatever its value but CamouflageHint.
const HiddenHintAttr = "data-govreader-hidden"

// CamouflageHint, as the value of HiddenHintAttr, marks text painted in
// the colour behind it. Unlike the other marks it hides the element only
// when its text reads as spam.
const CamouflageHint = "camouflage"

// CutOffHint, as the value of HiddenHintAttr, marks text cut off by a box
// that hides what overflows it and shows none of its content: the box
// holds nothing but what lies outside it, as a box whose empty blocks
// push text out of it does (rendering.pushedBySpacer), so the text is
// reported whatever it says.
const CutOffHint = "cut-off"

// neverShown are the elements of the body whose content a browser does
// not render as text (a <dialog> only while it is closed).
var neverShown = map[string]bool{
	"template": true, "noscript": true, "iframe": true, "object": true, "embed": true, "audio": true,
	"video": true, "canvas": true, "select": true, "button": true, "textarea": true, "input": true,
	"map": true, "datalist": true, "dialog": true,
	// Fallbacks for browsers without plug-ins or frames: every browser
	// has both, and the UA sheet hides them.
	"noembed": true, "noframes": true,
	// Ruby's fallback parentheses, for browsers without ruby: every
	// browser has it, and the UA sheet hides them (rp{display:none})
	// unless the page's own style shows them again (uaShown).
	"rp": true,
	// A gauge's content is a fallback for browsers without it, like
	// <object>'s: every browser draws the bar and none of its text.
	"progress": true, "meter": true,
}

// uaShown reports a neverShown element that the page's style displays
// again: only the UA sheet hides an <rp>, and a rule of the page beats it.
func (p *page) uaShown(n *html.Node) bool {
	if n.Data != "rp" {
		return false
	}
	// The cascade's sheet keeps only the rules that may hide; one that
	// displays an <rp> hides nothing and is pruned from it.
	v := p.flowCascade(n).Get("display")
	return v != "" && v != "none"
}

// removeNeverShown removes them in one walk of the body. A declarative
// shadow root (<template shadowrootmode>) is rendered instead of its
// host's children: it is flattened in place, and the children it does not
// slot are returned, hidden.
// The elements it removes come back as gone, to be judged as spam: a
// <template> or a <select> of links is a place to plant it.
func (p *page) removeNeverShown() (unslottedBlocks, gone []hiddenBlock) {
	var drop, shadows []*html.Node
	walkElements(p.bodyNodes(), func(n *html.Node) bool {
		if n.Data == "template" && isShadowRoot(n) {
			shadows = append(shadows, n)
			return false
		}
		if neverShown[n.Data] && !(n.Data == "dialog" && hasAttr(n, "open")) && !p.uaShown(n) {
			drop = append(drop, n)
			return false
		}
		return true
	})
	var unslotted []hiddenBlock
	for _, t := range shadows {
		for _, n := range flattenShadowRoot(t) {
			unslotted = append(unslotted, hiddenBlock{n: n, why: because(reasonHiddenUnslotted, "a child its host's shadow root does not slot")})
		}
	}
	for _, n := range drop {
		h := hiddenBlock{n: n, why: because(reasonHiddenNeverShown, "an element a browser does not render as text"), r: rendering{notRendered: n.Data}}
		if p.drop(n, stageVisibility, h.why, h.evidence) {
			gone = append(gone, h)
		}
	}
	return unslotted, gone
}

// isShadowRoot reports a declarative shadow root: the first <template>
// of its host with a shadowrootmode (or the older shadowroot) attribute.
func isShadowRoot(t *html.Node) bool {
	if t.Parent == nil || t.Parent.Type != html.ElementNode || !hasAttr(t, "shadowrootmode") && !hasAttr(t, "shadowroot") {
		return false
	}
	for c := t.Parent.FirstChild; c != t; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == "template" && (hasAttr(c, "shadowrootmode") || hasAttr(c, "shadowroot")) {
			return false // a host has one shadow root
		}
	}
	return true
}

// flattenShadowRoot renders a shadow root as the browser composes it: the
// shadow tree takes the place of the host's children, each <slot> holds
// the children assigned to it (by their slot attribute, or the unnamed
// slot for the rest) or else its fallback content. The host's children
// no slot takes are not rendered; they are returned (text wrapped in a
// <span>), still attached, for the caller to remove and judge.
func flattenShadowRoot(t *html.Node) []*html.Node {
	host := t.Parent
	var light []*html.Node
	for c := host.FirstChild; c != nil; c = c.NextSibling {
		if c != t {
			light = append(light, c)
		}
	}
	slots := map[string]*html.Node{}
	walkElements([]*html.Node{t}, func(n *html.Node) bool {
		if n.Data == "slot" {
			if name := attr(n, "name"); slots[name] == nil {
				slots[name] = n
			}
		}
		return true
	})
	var hidden []*html.Node
	assigned := map[*html.Node]bool{}
	for _, c := range light {
		name := ""
		if c.Type == html.ElementNode {
			name = attr(c, "slot")
		}
		slot := slots[name]
		if slot == nil {
			switch {
			case c.Type == html.ElementNode:
				hidden = append(hidden, c)
			case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
				span := &html.Node{Type: html.ElementNode, Data: "span", DataAtom: atom.Span}
				host.InsertBefore(span, c)
				host.RemoveChild(c)
				span.AppendChild(c)
				hidden = append(hidden, span)
			default:
				host.RemoveChild(c)
			}
			continue
		}
		if !assigned[slot] {
			assigned[slot] = true
			for f := slot.FirstChild; f != nil; f = slot.FirstChild {
				slot.RemoveChild(f) // fallback content gives way
			}
		}
		host.RemoveChild(c)
		slot.AppendChild(c)
	}
	for c := t.FirstChild; c != nil; c = t.FirstChild {
		t.RemoveChild(c)
		host.InsertBefore(c, t)
	}
	host.RemoveChild(t)
	return hidden
}

// pageBackground is the page's background colour as its <body> style or
// its own body/html rules set it; white when the page sets none.
func (p *page) pageBackground() string {
	bg := ""
	if body := p.bodyNodes(); body != nil {
		for _, n := range [...]*html.Node{body[0].Parent, body[0]} {
			d := css.ParseDeclarations(attr(n, "style"))
			if c := css.ColorValue(css.BackgroundColour(d)); c != "" {
				bg = c
			}
		}
	}
	if bg != "" {
		return bg
	}
	for _, r := range p.styleRules() {
		for _, sel := range r.Selectors {
			if sel = strings.ToLower(sel); sel == "body" || sel == "html" {
				d := r.Decls
				if c := css.ColorValue(css.BackgroundColour(d)); c != "" {
					bg = c
				}
			}
		}
	}
	if bg == "" {
		return "#ffffff"
	}
	return bg
}

// camouflaged reports text written in the colour painted behind it: its
// inline colour against the background of the nearest ancestor that
// paints one (inline), or the page's. When that background is the page's
// guess, or a class or id on the way may be given a box of another colour
// by a rule the static reading does not keep, only spam counts: genuine
// white text may sit on a dark box set that way. When the element and
// every box up to the one that paints are styled inline alone, the
// colours are known, and the text is not seen whatever it says.
func (p *page) camouflaged(n *html.Node, pageBg string) bool {
	style := attr(n, "style")
	if indexFold(style, "color") < 0 {
		return false // most styled elements set no colour
	}
	d := css.ParseDeclarations(style)
	ink, ok := css.RGB(css.ColorValue(d.Get("color")))
	// Text cut out of its own background (background-clip:text) in a
	// transparent colour is painted in that background's colour, which
	// is then not painted behind it: the paper is looked for above.
	from, clipText := n, false
	if clipped, ok2 := clippedTextInk(d); ok2 {
		ink, ok, from, clipText = clipped, true, n.Parent, true
	}
	if !ok {
		return false
	}
	// filter:invert() repaints the text, over the element's own
	// (transparent) background: black inverted is white.
	if x, ok := css.FilterInvert(d.Get("filter")); ok {
		for i := range ink {
			ink[i] = ink[i]*(1-x) + (1-ink[i])*x
		}
	}
	// A solid colour clipped to the text serves only to choose the text's
	// colour, in a way no colour rule of a reader's style undoes: the
	// boxes behind are read with the page's own rules (flowCascade keeps
	// the backgrounds), and when none paints, the page's background is
	// taken as known.
	bg, known := pageBg, clipText
	for a := from; a != nil && a.Type == html.ElementNode; a = a.Parent {
		ad := css.ParseDeclarations(attr(a, "style"))
		if clipText {
			ad = p.flowCascade(a)
		}
		if c := css.BackgroundColour(ad); c != "" {
			if _, alpha, ok := css.ParseColour(c); !ok || alpha >= minCoverAlpha {
				// An image over the colour (a banner behind white
				// text) paints what the colour does not say.
				b := strings.ToLower(ad.Get("background"))
				image := strings.Contains(b, "url(") || strings.Contains(b, "gradient(") || strings.Contains(b, "image") ||
					ad.Get("background-image") != "" && ad.Get("background-image") != "none"
				bg, known = css.ColorValue(c), ok && !image && (clipText || !hasClassOrID(n, a))
				break
			}
			continue // a translucent wash: what shows is further up
		}
		if c := attr(a, "bgcolor"); c != "" {
			bg, known = css.ColorValue(c), !hasClassOrID(n, a)
			break
		}
	}
	paper, ok := css.RGB(bg)
	if !ok {
		return false
	}
	// A blend mode paints the text in a mix of its colour and the
	// backdrop's: screen over white, or multiply over black, is the
	// backdrop's colour whatever the text's.
	if blended, ok := css.Blend(d.Get("mix-blend-mode"), paper, ink); ok {
		ink = blended
	}
	if css.Contrast(ink, paper) >= minTextContrast {
		return false
	}
	text := textOf(n)
	if p.carriesSpam(n, text) {
		return true
	}
	return known && strings.TrimSpace(text) != "" && !repaintsBelow(n)
}

// clippedTextInk is the colour of text whose background is clipped to
// its glyphs (background-clip:text, or -webkit-) and whose own colour is
// transparent: its background's colour, when that is a plain colour.
func clippedTextInk(d css.Declarations) ([3]float64, bool) {
	if firstNonEmpty(d.Get("-webkit-background-clip"), d.Get("background-clip")) != "text" {
		return [3]float64{}, false
	}
	colour := firstNonEmpty(d.Get("-webkit-text-fill-color"), d.Get("color"))
	if a, ok := css.ColorAlpha(colour); !ok || a > maxInvisibleOpacity {
		return [3]float64{}, false // the text's own colour shows
	}
	b := strings.ToLower(d.Get("background") + d.Get("background-image"))
	if strings.Contains(b, "url(") || strings.Contains(b, "gradient(") {
		return [3]float64{}, false // an image: its colours are not read
	}
	c := css.BackgroundColour(d)
	if _, alpha, ok := css.ParseColour(c); !ok || alpha < minCoverAlpha {
		return [3]float64{}, false
	}
	return css.RGB(css.ColorValue(c))
}

// firstLineWidthPx: text narrower than this is on one line in any column
// a desktop page gives an article or a list (half a content column).
const firstLineWidthPx = contentColumnPx / 2

// firstLineHides names the ::first-line rule that paints an element's
// text in no colour when all of its text is on that line: text only, no
// break, no block inside, narrower than firstLineWidthPx at its size.
func (p *page) firstLineHides(n *html.Node, fontPx float64) (string, bool) {
	if p.noRules || p.firstLineSheet() == nil || p.firstLineRules == 0 {
		return "", false
	}
	d, _ := p.firstLineIx.Cascade(n, nil, nil)
	if len(d) == 0 {
		return "", false
	}
	fl, _ := transparentText(d)
	if fl == "" {
		return "", false
	}
	text := strings.TrimSpace(textOf(n))
	if text == "" || textWidthPx(text, fontPx) > firstLineWidthPx {
		return "", false
	}
	if findNode(n, func(c *html.Node) bool {
		return c != n && c.Type == html.ElementNode && (c.Data == "br" || blockTags[c.Data])
	}, nil) != nil {
		return "", false // the first line ends before the text does
	}
	return "::first-line " + fl, true
}

// hasClassOrID reports a class or id on n or an ancestor up to top.
func hasClassOrID(n, top *html.Node) bool {
	for a := n; a != nil; a = a.Parent {
		if hasAttr(a, "class") || hasAttr(a, "id") {
			return true
		}
		if a == top {
			break
		}
	}
	return false
}

// repaintsBelow reports a descendant that sets a colour or a background
// of its own, which may be seen.
func repaintsBelow(n *html.Node) bool {
	return findNode(n, func(c *html.Node) bool {
		return c != n && c.Type == html.ElementNode && (indexFold(attr(c, "style"), "color") >= 0 || indexFold(attr(c, "style"), "background") >= 0 || hasAttr(c, "class"))
	}, nil) != nil
}

// minTextContrast: below this contrast ratio (WCAG's measure, 1 for the
// same colour, 21 for black on white) text is not read: #fdfdfd on white
// is 1.02, the palest grey portals print (#ccc) 1.6.
const minTextContrast = 1.25

// markedHidden reports an element hidden by markup alone, and how: the
// content script's hint, the hidden attribute, or an unreadable <marquee>
// (which computed styles call visible).
func markedHidden(n *html.Node) reason {
	switch n.Data {
	case "script", "style":
		return reason{} // kept for the stages that read them; never rendered
	case "marquee":
		if marqueeHides(n) {
			return because(reasonHiddenMarquee, "a marquee too fast or too small to read")
		}
	case "svg", "foreignObject":
		// An SVG viewport clips what overflows it (the UA sheet's
		// overflow:hidden), and its size is set by attributes.
		for _, k := range [...]string{"width", "height"} {
			if v, ok := css.LengthPx(attr(n, k)); ok && v < minTextBoxPx {
				return because(reasonHiddenClipped, "an SVG viewport of no size, which clips its content")
			}
		}
	}
	if n.Namespace == "svg" {
		if why := svgPresentationHides(n); why.id != "" {
			return why
		}
	}
	for _, a := range n.Attr {
		switch {
		case a.Key == HiddenHintAttr && a.Val == "covered":
			return because(reasonHiddenCovered, "the browser paints an opaque box over it")
		case a.Key == HiddenHintAttr && a.Val == "contrast":
			return because(reasonHiddenCamouflage, "the browser paints it in the colour behind it")
		case a.Key == HiddenHintAttr && a.Val == CutOffHint:
			return because(reasonHiddenClipped, "cut off by a box that shows none of its content")
		case a.Key == HiddenHintAttr && a.Val != CamouflageHint:
			return because(reasonHiddenBrowser, "the browser does not show it")
		case a.Key == "hidden":
			return because(reasonHiddenAttribute, "the hidden attribute")
		}
	}
	return reason{}
}

// markedCamouflage reports text the content script found painted in the
// colour behind it, when it reads as spam: like the static camouflage
// rule, because a positioned image that no walk up the tree can see may
// sit behind genuine white text.
func (p *page) markedCamouflage(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == HiddenHintAttr && a.Val == CamouflageHint {
			return p.looksSpam(n, textOf(n))
		}
	}
	return false
}

// svgPresentationHides reads the presentation attributes by which an SVG
// element, as a style would, hides what it draws: display, visibility,
// and an opacity (or a fill's, for text) near zero.
func svgPresentationHides(n *html.Node) reason {
	switch {
	case strings.TrimSpace(attr(n, "display")) == "none":
		return because(reasonHiddenDisplayNone, "an SVG element displayed as none")
	case strings.TrimSpace(attr(n, "visibility")) == "hidden":
		return because(reasonHiddenVisibility, "an SVG element with visibility hidden")
	}
	for _, k := range [...]string{"opacity", "fill-opacity"} {
		if v, ok := css.Factor(attr(n, k)); ok && v < maxInvisibleOpacity && (k == "opacity" || n.Data == "text") {
			return because(reasonHiddenOpacity, "an SVG element drawn at opacity "+attr(n, k))
		}
	}
	return reason{}
}

// marqueeHides reports a <marquee> that no one can read: it scrolls too
// fast (scrollamount in the hundreds, or a scrolldelay of hours with a huge
// step), or its box is a pixel or two, the trick hacked pages use to keep
// a link list "visible" to search engines.
func marqueeHides(n *html.Node) bool {
	if v, err := strconv.Atoi(strings.TrimSpace(attr(n, "scrollamount"))); err == nil && v >= 100 {
		return true
	}
	if v, err := strconv.Atoi(strings.TrimSpace(attr(n, "scrolldelay"))); err == nil && v >= 60000 {
		return true
	}
	for _, k := range []string{"width", "height"} {
		if v, ok := css.LengthPx(attr(n, k)); ok && v <= 2 {
			return true
		}
	}
	return false
}

// scriptHiding matches inline scripts that hide an element by id as soon
// as the page loads: getElementById('x').style.display='none', jQuery's
// $('#x').hide() or .css('display','none'). Two patterns, not one
// alternation: each then opens with a literal the matcher jumps to,
// instead of trying every position of every script.
var scriptHiding = [...]*regexp.Regexp{
	regexp.MustCompile(`getElementById\(\s*['"]([\w-]+)['"]\s*\)\s*\.\s*style\s*\.\s*(?:display\s*=\s*['"]none|visibility\s*=\s*['"]hidden)`),
	regexp.MustCompile(`\$\(\s*['"]#([\w-]+)['"]\s*\)\s*\.\s*(?:hide\(\s*\)|css\(\s*['"](?:display['"]\s*,\s*['"]none|visibility['"]\s*,\s*['"]hidden))`),
}

// scriptHiddenIDs lists the ids that inline scripts hide at load time;
// the browser runs them before the reader sees the page.
func (p *page) scriptHiddenIDs() map[string]bool {
	var ids map[string]bool
	p.tags.all("script", nil).Each(func(_ int, s *dq.Selection) {
		if _, external := s.Attr("src"); external {
			return
		}
		text := scriptCode(s.Nodes[0])
		if !strings.Contains(text, "none") && !strings.Contains(text, "hidden") && !strings.Contains(text, "hide(") {
			return // every pattern needs one of these
		}
		for _, re := range scriptHiding {
			for _, m := range re.FindAllStringSubmatch(text, 32) {
				if ids == nil {
					ids = map[string]bool{}
				}
				ids[m[1]] = true
			}
		}
	})
	return ids
}

// scriptHides reports an element an inline script hides by id. Scripts
// also switch between desktop and mobile copies of the article, on
// conditions a static reading cannot see: a block of prose is never
// hidden this way.
func scriptHides(n *html.Node, ids map[string]bool) bool {
	if !ids[attr(n, "id")] {
		return false
	}
	t := textOf(n)
	return !(utf8.RuneCountInString(t) > 200 && hasSentencePunct(t))
}

// reportNoscript reports spam inside <noscript>: the parser keeps its
// content as raw text, so it is parsed again here to be judged.
func (p *page) reportNoscript() {
	p.tags.all("noscript", inBody).Each(func(_ int, s *dq.Selection) {
		raw := s.Text()
		if !strings.Contains(raw, "<") {
			return
		}
		frag, err := dq.NewDocumentFromReader(strings.NewReader(raw))
		if err != nil {
			return
		}
		p.classifyRemoved(frag.Get(0), SpamHidden, because(reasonHiddenNoscript, "shown only to browsers without JavaScript"), nil)
	})
}

// hiddenBlock is an element the visibility stage removes, how the page
// hides it, and (for the static reading) what the cascade found.
type hiddenBlock struct {
	n   *html.Node
	why reason
	r   rendering
}

// evidence is what decided a hidden block, for the log and the report.
func (h *hiddenBlock) evidence() Evidence { return h.r.evidence(h.why.id) }

func (p *page) removeHidden() (hiddenProse []string) {
	// <noscript> is shown to search engines, not to readers with
	// JavaScript: a classic place for hidden links. It is read before the
	// never-shown elements go.
	p.reportNoscript()
	drop, gone := p.removeNeverShown()
	if p.opts.LiveDOM {
		// The content script has marked what the browser's computed
		// styles hide: they cover every static rule and see what the
		// static reading cannot (external sheets, scripts), and skipping
		// the guess saves a sixth of the extraction in the extension.
		walkElements(p.bodyNodes(), func(n *html.Node) bool {
			if why := markedHidden(n); why.id != "" {
				h := hiddenBlock{n: n, why: why}
				if attr(n, HiddenHintAttr) == CutOffHint {
					h.r = rendering{pushedBySpacer: true, clipped: "overflow of a box that shows none of its content"}
				}
				drop = append(drop, h)
				return false
			}
			if n.Data == "details" && !hasAttr(n, "open") {
				// Its content is not rendered, which no computed style
				// of it says.
				drop = append(drop, closedDetailsBlocks(closedDetails(n))...)
				return false
			}
			if p.markedCamouflage(n) {
				drop = append(drop, hiddenBlock{n: n, why: because(reasonHiddenCamouflage, "text painted in the colour behind it")})
				return false
			}
			return true
		})
	} else {
		drop = append(drop, p.staticallyHidden()...)
	}
	var quiet []hiddenEvidence
	judge := func(h *hiddenBlock) {
		before := len(p.art.Spam)
		text, strong := p.classifyRemoved(h.n, SpamHidden, because(h.why.id, "hidden from readers: "+h.why.text), h.evidence)
		if len(p.art.Spam) == before {
			if e, ok := p.hiddenEvidenceOf(*h, text, strong); ok {
				quiet = append(quiet, e)
			}
		}
	}
	for i := range gone {
		h := gone[i] // already out of the tree
		if h.n.Data == "input" {
			// A form field's value is no text of the page, but a planted
			// field carries its words there (<input type=hidden
			// value="…">), and its placeholder is painted in the empty
			// field: they are judged by the lexicon and an advert's
			// shape only, never as hidden prose, since ordinary fields
			// hold titles and ids no reader sees.
			if v := strings.TrimSpace(attr(h.n, "value") + " " + attr(h.n, "placeholder")); v != "" {
				h.n.AppendChild(&html.Node{Type: html.TextNode, Data: v})
				why := because(h.why.id, "hidden from readers: "+h.why.text)
				before := len(p.art.Spam)
				p.classifyRemoved(h.n, SpamHidden, why, h.evidence)
				if len(p.art.Spam) == before && p.attrAdvert(v, p.headlineBigrams) {
					p.report(SpamHidden, clip(v, 300), why, true, h.evidence())
				}
			}
			continue
		}
		if h.n.Data != "template" {
			judge(&h)
			continue
		}
		// A template's text is no text of the page (textOf skips it);
		// what it holds is judged piece by piece.
		for c := h.n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				judge(&hiddenBlock{n: c, why: h.why, r: h.r})
			}
		}
	}
	for i := range drop {
		h := &drop[i]
		if !p.decide(h.n, "", stageVisibility, h.why, h.evidence) {
			continue // the reader restored it on this site
		}
		judge(h)
		hiddenProse = rememberHidden(hiddenProse, h.n)
		detach(h.n)
	}
	p.reportQuietHidden(quiet)
	return hiddenProse
}

// onlyText reports an element whose content is text in elements that
// style nothing of their own: no image, no style or class that could give
// a child a height or a line height of its own.
func onlyText(n *html.Node) bool {
	return findNode(n, func(c *html.Node) bool {
		return c != n && c.Type == html.ElementNode && (hasAttr(c, "style") || hasAttr(c, "class") || isElement(c, "img", "video", "table", "svg", "canvas", "iframe", "object", "input", "button"))
	}, nil) == nil
}

// closedDetails returns what a closed <details> does not render: all but
// its first <summary>, text included.
func closedDetails(n *html.Node) []*html.Node {
	var out []*html.Node
	summary := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && c.Data == "summary" && !summary:
			summary = true
		case c.Type == html.ElementNode, c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			out = append(out, c)
		}
	}
	return out
}

// closedDetailsBlocks are the hidden blocks of what closedDetails found.
func closedDetailsBlocks(nodes []*html.Node) []hiddenBlock {
	out := make([]hiddenBlock, len(nodes))
	for i, c := range nodes {
		out[i] = hiddenBlock{n: c, why: because(reasonHiddenVisibility, "inside a closed <details>"), r: rendering{notRendered: "details:closed"}}
	}
	return out
}

// staticallyHidden is the guess, from the page's styles (inline, <style>
// blocks and data: sheets, cascaded), its scripts and its colours, at
// what a browser would hide: one walk of the body, each element judged
// with what it inherits.
func (p *page) staticallyHidden() []hiddenBlock {
	body := p.bodyNodes()
	if body == nil {
		return nil
	}
	scripted := p.scriptHiddenIDs()
	pageBg := p.pageBackground()
	root := &styleCtx{opacity: 1, scale: 1, fontPx: defaultFontPx, remPx: defaultFontPx}
	if h := body[0].Parent; h != nil && h.Type == html.ElementNode {
		_, root = p.styleOf(h, root)
		root.remPx = root.fontPx
	}
	_, bodyCtx := p.styleOf(body[0], root)
	// A page whose root or body hides everything (a fade-in that a script
	// ends, body{opacity:0}) shows its content once loaded: their opacity,
	// scale and an unreadable font size are not passed down.
	top := *bodyCtx
	top.opacity, top.scale = 1, 1
	if top.fontPx < minReadableTextPx {
		top.fontPx = defaultFontPx
	}
	bodyCtx = &top
	type item struct {
		n   *html.Node
		ctx *styleCtx
	}
	var drop []hiddenBlock
	var stack []item
	var covered []*html.Node
	push := func(n *html.Node, ctx *styleCtx) {
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			if c.Type == html.ElementNode && !slices.Contains(covered, c) {
				stack = append(stack, item{c, ctx})
			}
		}
	}
	push(body[0], bodyCtx)
	// Past the time budget the style sheets are dropped and only inline
	// styles are read: a sheet of thousands of rules on a huge page must
	// not hang a tab.
	spent := p.budgetGate("style rules")
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := it.n
		if !p.noRules && spent() {
			p.noRules = true
		}
		if n.Data == "script" || n.Data == "style" {
			continue // kept for the stages that read them; never rendered
		}
		why := markedHidden(n)
		var ctx *styleCtx
		var r rendering
		if why.id == "" {
			r, ctx = p.styleOf(n, it.ctx)
			why = r.hidden()
			if why.id != "" && r.inheritedOnly() && (strings.TrimSpace(textOf(n)) == "" || p.restoresBelow(n, it.ctx)) {
				// Size and colour hide text only, and font-size:0 is a
				// trick against the gaps between inline blocks: images
				// and children that set their own font stay.
				why = reason{}
			}
			if why.id == "" && r.zeroLines && onlyText(n) {
				why = because(reasonHiddenClipped, "lines of no height in a box that hides its overflow")
			}
			if why.id == "" && r.lines > 0 && r.lines < stripLines && stripShare(n, r.lines, r.fontPx) < maxStripShare {
				why = because(reasonHiddenStrip, "a one-line strip that shows a fraction of its text")
			}
			if why.id == "" && p.underAncestorBackground(n) {
				why = because(reasonHiddenCovered, "painted under its ancestor's opaque background (a negative z-index)")
			}
		}
		if why.id == "" && scripted != nil && scriptHides(n, scripted) {
			why = because(reasonHiddenScript, "hidden by the page's script as it loads")
		}
		if why.id == "" && p.camouflaged(n, pageBg) {
			why = because(reasonHiddenCamouflage, "text painted in the page's background colour")
		}
		if why.id == "" && ctx != nil {
			if fl, ok := p.firstLineHides(n, r.fontPx); ok {
				why, r.transparent = because(reasonHiddenTransparent, "its one line painted in no colour ("+fl+")"), fl
			}
		}
		if why.id != "" {
			drop = append(drop, hiddenBlock{n: n, why: why, r: r})
			continue
		}
		covered = covered[:0]
		if n.Data == "details" && !hasAttr(n, "open") {
			covered = closedDetails(n)
			drop = append(drop, closedDetailsBlocks(covered)...)
		} else if r.coverOK && ctx != nil && n.Data != "body" {
			covered = p.coveredChildren(n, r.cover, ctx)
			for _, c := range covered {
				drop = append(drop, hiddenBlock{n: c, why: because(reasonHiddenCovered, "under an opaque box painted over it"), r: rendering{cover: r.cover}})
			}
		}
		if ctx != nil && n.FirstChild != nil && n.FirstChild.NextSibling != nil {
			// A box that keeps its line whole and cuts it: children
			// that start beyond its width.
			cutOff, widthPx := p.cutAlongLine(n, ctx.fontPx, ctx.remPx)
			for _, c := range cutOff {
				if !slices.Contains(covered, c.n) {
					covered = append(covered, c.n)
					drop = append(drop, hiddenBlock{n: c.n, why: because(reasonHiddenClipped, "starts beyond the width of a one-line box that cuts what overflows"), r: rendering{box: widthPx, pushedBySpacer: c.spaced}})
				}
			}
			// A box that cuts its height: children its flow pushes
			// below what it shows.
			pushed, cutPx, spacers := p.clippedByFlow(n, ctx.fontPx, ctx.remPx)
			for _, c := range pushed {
				if !slices.Contains(covered, c) {
					covered = append(covered, c)
					drop = append(drop, hiddenBlock{n: c, why: because(reasonHiddenClipped, "pushed below all that a box cut to its height shows"), r: rendering{box: cutPx, pushedBySpacer: spacers}})
				}
			}
		}
		push(n, ctx)
	}
	return drop
}

// styleOf reads an element's cascaded style into what decides whether it
// shows, and the context its children inherit.
func (p *page) styleOf(n *html.Node, parent *styleCtx) (rendering, *styleCtx) {
	d := p.cascade(n)
	r := rendering{opacity: parent.opacity, scale: parent.scale, fontPx: parent.fontPx, textPx: parent.fontPx * parent.scale, box: -1}
	if len(d) == 0 {
		return r, parent
	}
	vars := parent.vars.Scope(d)
	d = vars.Resolved(d)
	ctx := &styleCtx{vars: vars, opacity: parent.opacity, scale: parent.scale, fontPx: parent.fontPx, remPx: parent.remPx}
	r.read(d, parent, ctx)
	// Read for elements only: hidingGroups reads every rule of a sheet
	// with read, and these need the element's children.
	r.cover, r.coverOK = containerOf(d, ctx.fontPx, parent.remPx)
	r.zeroLines = linesOfNoHeight(d)
	return r, ctx
}

// restoresBelow reports a descendant that sets again, readably, the font
// size or the text colour an element hides its text with: font-size:0
// on a container is a layout trick against the gaps between inline
// blocks, and its children stay readable.
func (p *page) restoresBelow(n *html.Node, parent *styleCtx) bool {
	_, ctx := p.styleOf(n, parent)
	found := false
	walkElements([]*html.Node{n}, func(e *html.Node) bool {
		if found || e == n {
			return !found
		}
		r, _ := p.styleOf(e, ctx)
		if r.ownFont && r.tooSmall().id == "" || r.ownPaint && r.transparent == "" {
			found = true
		}
		return !found
	})
	return found
}

// hiddenEvidence is what is known of a hidden block that reads as no
// spam, to decide whether it is still reported.
type hiddenEvidence struct {
	text string
	why  reason
	r    rendering
	// words counts the letters of its text, digits aside.
	words int
	// handle: its text gives a contact handle, a run of digits or a
	// letters-and-digits id (a phone, QQ or WeChat number) outside any
	// path or address, or an id after a messaging app's name.
	handle bool
	// leaves: words around links that mostly lead to sites not the
	// page's own (nor government or well-known ones), with texts that do
	// not name them: an advert, not a list of institutions or a lone
	// vendor credit.
	leaves bool
	// ownLinks: it links into the page's own site, as a portal's own
	// menus, footers and widgets do.
	ownLinks bool
	// revealable: the reader can open it, a menu or a pop-up: the page's
	// rules for a state (:hover, :checked …) or its scripts name it, or
	// it carries script controls of its own (a close button).
	revealable bool
	// shown is the share of its text's rune pairs the page shows
	// visibly: near 1 for a second copy (mobile, elder mode, print).
	shown float64
	// prose: its text reads as sentences, which no menu, label or widget
	// of a portal holds; hidden, unopenable and shown nowhere else, such
	// text was written for crawlers, whatever its words.
	prose bool
	// trade: it holds a strong lexicon word, which sells a spam trade.
	// Visible, a crackdown's sentences may quote one; hidden, unopenable
	// and shown nowhere else, no reader was meant to see it. (Weak words
	// are not enough: 您的浏览器不支持视频播放 names 视频 and 观看.)
	trade bool
	// sells: it states the terms of a sale (货到付款, 快递到家) and warns
	// against nothing: a notice or a player's fallback has no use for them.
	sells bool
	// site: it writes out the address of a site not the page's own (nor
	// government or well-known) beside a trade's words, weak ones too
	// (比特币 … 日结 kj-tuoguan.com): where the seller is reached.
	site bool
}

// Thresholds of the report of quiet hidden blocks.
const (
	// minReportedHiddenWords: an advert says what it sells in a few
	// words besides its number; hidden labels and ids say less.
	minReportedHiddenWords = 8
	// hiddenCopyShare: a block that much of whose rune pairs the page
	// shows elsewhere is a copy of what the reader sees.
	hiddenCopyShare = 0.5
	// minHandleDigits: a phone or QQ number has at least five digits,
	// more than a year or a count.
	minHandleDigits = 5
	// minHiddenProseWords and minHiddenProsePunct: sentences, not a
	// label or a run of menu entries: two clauses of a dozen characters.
	minHiddenProseWords = 24
	minHiddenProsePunct = 2
)

// worthReport decides whether a hidden block that reads as no spam is
// reported: words the reader cannot see anywhere on the page nor open,
// that send the reader off the page, by a contact handle or keyword
// links to other sites. Hidden copies, menus, pop-ups, footers, UI
// strings and tiny bits are ordinary on portals and go unreported.
func (e hiddenEvidence) worthReport() bool {
	switch {
	case e.words < minReportedHiddenWords, e.revealable, e.ownLinks:
		return false
	case e.shown >= hiddenCopyShare:
		return false
	case fallbackFor[e.r.notRendered]:
		// Written for browsers without the player or plug-in: its
		// sentences (您的浏览器不支持视频播放…) are no sign; a seller's
		// words or contact are.
		return e.handle || e.leaves || e.trade || e.sells || e.site
	}
	return e.handle || e.leaves || e.prose || e.trade || e.sells || e.site || deliberate(e.why.id) || e.r.planted()
}

// fallbackFor are the elements whose content is a fallback for browsers
// that cannot show the element itself.
var fallbackFor = map[string]bool{
	"video": true, "audio": true, "canvas": true, "object": true, "embed": true, "iframe": true, "noembed": true, "noframes": true,
	"progress": true, "meter": true,
}

// deliberate reports the ways of hiding that only serve to keep words
// from readers: a patch painted over a line, text in the colour of its
// box. Portals hide their own widgets otherwise (display:none, folds).
func deliberate(id string) bool {
	return id == reasonHiddenCovered || id == reasonHiddenCamouflage
}

// hiddenEvidenceOf gathers what can be known of a hidden block before it
// is removed, given its text and strong lexicon words as classifyRemoved
// read them; false when it cannot be worth a report whatever the page
// shows.
func (p *page) hiddenEvidenceOf(h hiddenBlock, text string, strong int) (hiddenEvidence, bool) {
	e := hiddenEvidence{text: text, why: h.why, r: h.r, trade: strong > 0}
	e.words, e.handle = handleStats(e.text)
	if e.words < minReportedHiddenWords {
		return e, false
	}
	// A messaging id behind its app's name (微信tcsm520, QQ 12345) is a
	// seller's contact however few digits it has, as in a visible advert.
	messaging := writesHandleIn(e.text)
	e.handle = e.handle || messaging
	e.prose = e.words >= minHiddenProseWords && clauseMarks(e.text) >= minHiddenProsePunct
	folded, _ := foldSpam(e.text)
	e.sells = saleTerms.In(folded) && !tradeWarnings.In(folded)
	if strings.IndexByte(folded, '.') >= 0 {
		if site, _ := p.writtenSites(folded); site {
			score, _ := spamScore(e.text)
			e.site = score >= advertWords
		}
	}
	own := p.ownHosts()
	foreign := false
	linkWords := 0
	controls := false
	walkElements([]*html.Node{h.n}, func(a *html.Node) bool {
		for _, at := range a.Attr {
			controls = controls || strings.HasPrefix(at.Key, "on")
		}
		if a.Data != "a" {
			return true
		}
		w, _ := handleStats(textOf(a))
		linkWords += w
		href := strings.TrimSpace(attr(a, "href"))
		switch {
		case len(href) >= 11 && strings.EqualFold(href[:11], "javascript:"):
			controls = true
		case href == "" || href[0] == '#':
		case !strings.Contains(href, "//"):
			e.ownLinks = true
		default:
			if host, ok := linkHost(href); ok && slices.ContainsFunc(own, func(o string) bool { return sameSite(host, o) }) {
				e.ownLinks = true
			} else {
				foreign = true
			}
		}
		return false
	})
	// A portal's own menus and lists link into its site and give no
	// one's messaging id: an entry that does is an advert dressed as one
	// of them (a hidden <li> of the list, linking to the list's pages).
	if messaging {
		e.ownLinks = false
	}
	if foreign && e.words-linkWords >= minReportedHiddenWords {
		s := p.linkStats(h.n)
		e.leaves = s.foreign*2 > s.links && s.named*2 < s.foreign
	}
	if e.ownLinks || !e.handle && !e.leaves && !e.prose && !e.trade && !e.sells && !e.site && !deliberate(e.why.id) && !h.r.planted() {
		return e, false
	}
	e.revealable = controls || p.revealable(h.n)
	if e.revealable && e.handle && !controls {
		// A script or a state rule may show it, but what it would show is
		// an advert by the shape visible blocks are judged by (a handle,
		// a trade's words, off the article's topic): a page's own menus
		// and pop-ups are no such thing, and a script that names a
		// planted block may be the one that hides it.
		if advert, _ := p.standaloneAdvert(e.text, p.headlineBigrams); advert {
			e.revealable = false
		}
	}
	return e, !e.revealable
}

// handleStats counts the letters of a text that are not digits, and
// reports a contact handle in it: a token of ASCII letters, digits and
// hyphens (after NFKC) with minHandleDigits digits or more (a phone
// number, 0318-7523456, a QQ number, a WeChat id), that is not a date
// and not inside a path, a file name or an address (a slash, a dot, an
// underscore or an @ next to it).
func handleStats(text string) (words int, handle bool) {
	t := cjk.NFKC(text)
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		tok := strings.Trim(t[start:end], "-")
		digits := countDigits(tok)
		inPath := start > 0 && strings.IndexByte("/.@\\_", t[start-1]) >= 0 ||
			end < len(t) && strings.IndexByte("/.@\\_", t[end]) >= 0
		if digits >= minHandleDigits && len(tok) <= 24 && !inPath && !isoDate.MatchString(tok) {
			handle = true
		}
		start = -1
	}
	for i, r := range t {
		if r < 0x80 && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-') {
			if start < 0 {
				start = i
			}
		} else {
			flush(i)
		}
		if unicode.IsLetter(r) {
			words++
		}
	}
	flush(len(t))
	return words, handle
}

// isoDate matches a date written with hyphens, 2025-06-28.
var isoDate = regexp.MustCompile(`^\d{4}-\d{1,2}-\d{1,2}$`)

// revealable reports a hidden element the page can show: a state rule
// (li:hover .sub{display:block}) or an inline script names its id or one
// of its classes.
func (p *page) revealable(n *html.Node) bool {
	if tabPanel(n) {
		return true
	}
	var names []string
	if id := strings.TrimSpace(attr(n, "id")); id != "" {
		names = append(names, id)
	}
	names = append(names, strings.Fields(attr(n, "class"))...)
	if len(names) == 0 {
		return false
	}
	p.styleIndex() // sets p.revealed
	for _, name := range names {
		if p.revealed[name] {
			return true
		}
	}
	found := false
	p.tags.all("script", nil).Each(func(_ int, s *dq.Selection) {
		if found {
			return
		}
		code := scriptCode(s.Nodes[0])
		for _, name := range names {
			if len(name) >= 3 && strings.Contains(code, name) {
				found = true
				return
			}
		}
	})
	return found
}

// reportQuietHidden reports the hidden blocks that read as no spam but
// are worth a report (hiddenEvidence.worthReport), once the page's
// visible text is known.
func (p *page) reportQuietHidden(quiet []hiddenEvidence) {
	if len(quiet) == 0 {
		return
	}
	var visible []uint64
	if body := p.bodyNodes(); body != nil {
		visible = runePairs(normKey(textOf(body[0])))
	}
	for _, e := range quiet {
		e.shown = shownShare(runePairs(normKey(e.text)), visible)
		if e.worthReport() {
			p.report(SpamHidden, clip(e.text, 300), because(e.why.id, "hidden from readers: "+e.why.text), true, e.r.evidence(e.why.id))
		}
	}
}

// runePairs lists the distinct pairs of adjacent runes of a folded text
// (normKey), sorted: hanBigrams for text of any script, so that a hidden
// copy in English is known as one too.
func runePairs(key string) []uint64 {
	return slices.Compact(packedPairs(key))
}

// shownShare is the share of a block's rune pairs (runePairs) that the
// visible text has.
func shownShare(block, visible []uint64) float64 {
	if len(block) == 0 {
		return 0
	}
	hit := 0
	for _, b := range block {
		if _, ok := slices.BinarySearch(visible, b); ok {
			hit++
		}
	}
	return float64(hit) / float64(len(block))
}

// tabPanel reports one panel of a tab widget: its id is a stem and a
// number (tab2, con_one_3) and a sibling carries the same stem with
// another number. Portals build those ids in their scripts ("tab"+i), so
// no script names the panel, but the widget shows one panel at a time.
func tabPanel(n *html.Node) bool {
	stem, ok := numberedID(n)
	if !ok || n.Parent == nil {
		return false
	}
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c == n || c.Type != html.ElementNode {
			continue
		}
		if s, ok := numberedID(c); ok && s == stem {
			return true
		}
	}
	return false
}

// numberedID splits an element's id into its stem and a trailing number;
// false when it has no stem or no number.
func numberedID(n *html.Node) (string, bool) {
	id := strings.TrimSpace(attr(n, "id"))
	stem := strings.TrimRightFunc(id, func(r rune) bool { return r >= '0' && r <= '9' })
	return stem, stem != "" && len(stem) < len(id)
}

// minHiddenProse is the size (runes) from which a removed hidden block is
// kept as a possible copy of the article.
const minHiddenProse = 80

// rememberHidden adds to prose the text of a hidden block that may be a
// copy of the article.
func rememberHidden(prose []string, n *html.Node) []string {
	t := normKey(textOf(n))
	if utf8.RuneCountInString(t) >= minHiddenProse {
		prose = append(prose, t)
	}
	return prose
}
