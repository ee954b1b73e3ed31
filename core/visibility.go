package core

// Visibility stage: DOM in, DOM out without what a browser would not show.
//
// The static rules read inline styles, the hidden attribute and the page's
// own <style> blocks. The extension's content script knows better, because
// it sees computed styles: it marks every element the browser really hides
// with HiddenHintAttr, and that mark is authoritative.
//
// Hidden content is removed silently unless it looks like spam, in which
// case the spam stage's classifier reports it.

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/andybalholm/cascadia"
	goquery "github.com/govreader/govreader/core/internal/dq"
	"golang.org/x/net/html"
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

// neverShown are the elements of the body whose content a browser does
// not render as text (a <dialog> only while it is closed).
var neverShown = map[string]bool{
	"template": true, "noscript": true, "iframe": true, "object": true, "embed": true, "audio": true,
	"video": true, "canvas": true, "select": true, "button": true, "textarea": true, "input": true,
	"map": true, "datalist": true, "dialog": true,
}

// removeNeverShown removes them in one walk of the body.
func (p *page) removeNeverShown() {
	var drop []*html.Node
	walkElements(p.bodyNodes(), func(n *html.Node) bool {
		if neverShown[n.Data] && !(n.Data == "dialog" && hasAttr(n, "open")) {
			drop = append(drop, n)
			return false
		}
		return true
	})
	for _, n := range drop {
		detach(n)
	}
}

func (p *page) removeHidden() {
	// <noscript> is shown to search engines, not to readers with
	// JavaScript: a classic place for hidden links. It is read before the
	// never-shown elements go.
	p.reportNoscript()
	p.removeNeverShown()
	hidden := p.staticallyHidden()
	var drop []*html.Node
	walkElements(p.bodyNodes(), func(n *html.Node) bool {
		if markedHidden(n) || p.markedCamouflage(n) || hidden != nil && hidden(n) {
			drop = append(drop, n)
			return false
		}
		return true
	})
	for _, n := range drop {
		p.classifyRemoved(n, SpamHidden, "hidden from readers")
		p.guard.rememberHidden(n)
		detach(n)
	}
}

// staticallyHidden is the guess, from inline styles, the page's <style>
// blocks, its scripts and its colours, at what a browser would hide; nil
// for a live serialisation, where the content script has marked what the
// browser's computed styles really hide. Those cover every rule here and
// see what the static reading cannot (class rules, inheritance, @media,
// external stylesheets), and skipping the guess saves a sixth of the
// extraction in the extension.
func (p *page) staticallyHidden() func(*html.Node) bool {
	if p.opts.LiveDOM {
		return nil
	}
	byRule := p.styleRuleHidden()
	p.scriptHidden(byRule)
	pageBg := p.pageBackground()
	return func(n *html.Node) bool {
		return inlineStyleHides(n) || byRule[n] || p.camouflaged(n, pageBg)
	}
}

// pageBackground is the page's background colour as its <body> style or
// its own body/html rules set it; white when the page sets none.
func (p *page) pageBackground() string {
	bg := ""
	for _, sel := range []string{"html", "body"} {
		if s := p.doc.Find(sel).First(); len(s.Nodes) > 0 {
			d := parseDeclarations(s.AttrOr("style", ""))
			if c := colorValue(firstNonEmpty(d.get("background-color"), firstWord(d.get("background")))); c != "" {
				bg = c
			}
		}
	}
	if bg != "" {
		return bg
	}
	for _, r := range p.styleRules() {
		for _, sel := range r.selectors {
			if sel = strings.ToLower(sel); sel == "body" || sel == "html" {
				d := parseDeclarations(r.decl)
				if c := colorValue(firstNonEmpty(d.get("background-color"), firstWord(d.get("background")))); c != "" {
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

// camouflaged reports spam written in the page's background colour: its
// inline colour equals the page background and neither it nor an
// ancestor paints a background of its own. Only spam counts, because a
// class rule the static reading cannot see may give genuine white text a
// dark box.
func (p *page) camouflaged(n *html.Node, pageBg string) bool {
	d := parseDeclarations(attr(n, "style"))
	c := colorValue(d.get("color"))
	if c == "" || c != pageBg {
		return false
	}
	for a := n; a != nil && a.Type == html.ElementNode; a = a.Parent {
		ad := parseDeclarations(attr(a, "style"))
		if bg := colorValue(firstNonEmpty(ad.get("background-color"), firstWord(ad.get("background")))); bg != "" && bg != pageBg {
			return false
		}
		if attr(a, "bgcolor") != "" && colorValue(attr(a, "bgcolor")) != pageBg {
			return false
		}
	}
	return p.looksSpam(n, textOf(n))
}

// markedHidden reports an element hidden by markup alone: the content
// script's hint, the hidden attribute, or an unreadable <marquee> (which
// computed styles call visible).
func markedHidden(n *html.Node) bool {
	switch n.Data {
	case "script", "style":
		return false // kept for the stages that read them; never rendered
	case "marquee":
		if marqueeHides(n) {
			return true
		}
	}
	for _, a := range n.Attr {
		if a.Key == HiddenHintAttr && a.Val != CamouflageHint || a.Key == "hidden" {
			return true
		}
	}
	return false
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

// inlineStyleHides reports an element whose own style attribute hides it.
func inlineStyleHides(n *html.Node) bool {
	if n.Data == "script" || n.Data == "style" {
		return false // kept for the stages that read them; never rendered
	}
	for _, a := range n.Attr {
		if a.Key == "style" && styleHides(a.Val) && !(tinyFontOnly(a.Val) && restoresFont(n)) {
			return true
		}
	}
	return false
}

// tinyFontOnly reports a declaration block that hides only by a tiny font
// size.
func tinyFontOnly(decl string) bool {
	d := parseDeclarations(decl)
	size, ok := d.lookup("font-size")
	if !ok {
		return false
	}
	var rest strings.Builder
	for _, e := range d {
		if e.key == "font-size" {
			continue
		}
		rest.WriteString(e.key + ":" + e.val + ";")
	}
	return !styleHides(rest.String()) && styleHides("font-size:"+size)
}

// restoresFont reports a descendant that sets its own font size again:
// font-size:0 on a container is a layout trick against the gaps between
// inline blocks, and the children stay readable.
func restoresFont(n *html.Node) bool {
	found := false
	walkElements([]*html.Node{n}, func(e *html.Node) bool {
		if found || e == n {
			return !found
		}
		if v, ok := lengthPx(parseDeclarations(attr(e, "style")).get("font-size")); ok && v > 2 {
			found = true
		}
		return !found
	})
	return found
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
		if v, ok := lengthPx(attr(n, k)); ok && v <= 2 {
			return true
		}
	}
	return false
}

// styleHides reports whether a CSS declaration block hides its element.
// It covers every way a hacked page hides links from readers but not from
// search engines: not displayed, transparent, clipped to nothing, moved
// off-screen, shrunk to a tiny box or font, or painted in the background
// colour.
func styleHides(decl string) bool {
	d := parseDeclarations(decl)
	if len(d) == 0 {
		return false
	}
	switch {
	case d.get("display") == "none",
		d.get("visibility") == "hidden", d.get("visibility") == "collapse",
		d.get("content-visibility") == "hidden":
		return true
	}
	if v, ok := lengthPx(d.get("opacity")); ok && v <= 0.05 {
		return true
	}
	if f := d.get("filter"); strings.Contains(f, "opacity(0)") || strings.Contains(f, "opacity(0%)") {
		return true
	}
	if v, ok := lengthPx(d.get("font-size")); ok && v <= 2 {
		return true
	}
	if v, ok := lengthPx(d.get("zoom")); ok && v <= 0.05 {
		return true
	}
	if clipsAll(d.get("clip"), d.get("clip-path")) {
		return true
	}
	if transformHides(d.get("transform")) || transformHides(d.get("translate")) || isZeroScale(d.get("scale")) {
		return true
	}
	offscreen := -200.0
	if pos := d.get("position"); pos != "absolute" && pos != "fixed" {
		offscreen = -1000 // negative margins move static boxes too, by less
		for _, k := range []string{"margin-left", "margin-top"} {
			if v, ok := lengthPx(d.get(k)); ok && v <= offscreen {
				return true
			}
		}
	} else {
		for _, k := range []string{"left", "top", "right", "bottom", "margin-left", "margin-top", "inset"} {
			if v, ok := lengthPx(firstWord(d.get(k))); ok && v <= offscreen {
				return true
			}
		}
		if v, ok := lengthPx(d.get("left")); ok && v >= 5000 {
			return true // pushed far right of any screen
		}
	}
	if v, ok := lengthPx(d.get("text-indent")); ok && (v <= -500 || v >= 5000) {
		return true
	}
	// Tiny boxes that clip their content.
	if ov := firstNonEmpty(d.get("overflow"), d.get("overflow-x"), d.get("overflow-y")); ov == "hidden" || ov == "clip" || strings.HasPrefix(ov, "hidden ") {
		for _, k := range []string{"width", "height", "max-width", "max-height"} {
			if v, ok := lengthPx(d.get(k)); ok && v <= 2 {
				return true
			}
		}
	}
	if v, ok := lengthPx(d.get("line-height")); ok && v == 0 {
		if h, ok := lengthPx(d.get("height")); ok && h == 0 {
			return true
		}
	}
	// Text painted in its own background colour, or in no colour at all.
	// Without a background in the same block only the second can be, and
	// most blocks set a colour and no background.
	color, bg, bgShort := d.get("color"), d.get("background-color"), d.get("background")
	if color == "" || bg == "" && bgShort == "" && !strings.HasPrefix(color, "rgba") && !strings.HasPrefix(color, "hsla") && color != "transparent" {
		return false
	}
	if c := colorValue(color); c != "" {
		if c == "transparent" || c == colorValue(bg) || c == colorValue(firstWord(bgShort)) {
			return true
		}
	}
	return false
}

// clipsAll reports a clip or clip-path that leaves nothing visible.
func clipsAll(clip, clipPath string) bool {
	if strings.HasPrefix(clip, "rect(") {
		nums := cssNumbers(clip)
		if len(nums) == 4 && nums[0] >= nums[2] || len(nums) == 4 && nums[3] >= nums[1] {
			return true // top >= bottom or left >= right: an empty box
		}
	}
	switch {
	case strings.HasPrefix(clipPath, "inset("):
		for _, n := range cssNumbers(clipPath) {
			if n >= 50 {
				return true
			}
		}
	case strings.HasPrefix(clipPath, "circle("), strings.HasPrefix(clipPath, "ellipse("):
		nums := cssNumbers(clipPath)
		return len(nums) > 0 && nums[0] == 0
	case strings.HasPrefix(clipPath, "polygon("):
		nums := cssNumbers(clipPath)
		allZero := len(nums) > 0
		for _, n := range nums {
			allZero = allZero && n == 0
		}
		return allZero
	}
	return false
}

// transformHides reports a transform that scales to nothing or moves the
// box far off-screen.
func transformHides(t string) bool {
	if t == "" || t == "none" {
		return false
	}
	for _, fn := range []string{"scale(", "scalex(", "scaley(", "scale3d("} {
		if i := strings.Index(t, fn); i >= 0 {
			for _, n := range cssNumbers(t[i+len(fn) : i+len(fn)+strings.IndexByte(t[i+len(fn):]+")", ')')]) {
				if n == 0 {
					return true
				}
			}
		}
	}
	if strings.Contains(t, "translate") || !strings.Contains(t, "(") {
		for _, f := range strings.FieldsFunc(t, func(r rune) bool { return r == '(' || r == ')' || r == ',' || r == ' ' }) {
			if v, ok := lengthPx(f); ok && (v <= -500 || v >= 5000) {
				return true
			}
		}
	}
	return false
}

func isZeroScale(v string) bool {
	nums := cssNumbers(v)
	return len(nums) > 0 && nums[0] == 0
}

var cssNumberRe = regexp.MustCompile(`-?[0-9]*\.?[0-9]+`)

// cssNumbers lists the numbers in a CSS value, units dropped.
func cssNumbers(v string) []float64 {
	var out []float64
	for _, m := range cssNumberRe.FindAllString(v, 8) {
		if f, err := strconv.ParseFloat(m, 64); err == nil {
			out = append(out, f)
		}
	}
	return out
}

func firstWord(v string) string {
	if f := strings.Fields(v); len(f) > 0 {
		return f[0]
	}
	return ""
}

// colorValue normalises a CSS colour for comparison: names and short hex
// forms of the same colour compare equal; a fully transparent rgba() is
// "transparent".
func colorValue(v string) string {
	v = strings.ReplaceAll(strings.TrimSpace(v), " ", "")
	if v == "" {
		return ""
	}
	if named, ok := namedColors[v]; ok {
		v = named
	}
	if len(v) == 4 && v[0] == '#' {
		v = "#" + string([]byte{v[1], v[1], v[2], v[2], v[3], v[3]})
	}
	if strings.HasPrefix(v, "rgba(") || strings.HasPrefix(v, "hsla(") {
		if nums := cssNumbers(v); len(nums) == 4 && nums[3] == 0 {
			return "transparent"
		}
	}
	if strings.HasPrefix(v, "rgb(") {
		if nums := cssNumbers(v); len(nums) == 3 {
			return fmt.Sprintf("#%02x%02x%02x", int(nums[0]), int(nums[1]), int(nums[2]))
		}
	}
	return v
}

var namedColors = map[string]string{
	"white": "#ffffff", "black": "#000000", "red": "#ff0000", "transparent": "transparent",
	"#fff": "#ffffff", "#000": "#000000",
}

func parseDeclarations(decl string) declarations {
	if !strings.Contains(decl, ":") {
		return nil // most elements have no style: no allocation for them
	}
	out := make(declarations, 0, strings.Count(decl, ";")+1)
	for decl != "" {
		part := decl
		if i := strings.IndexByte(decl, ';'); i >= 0 {
			part, decl = decl[:i], decl[i+1:]
		} else {
			decl = ""
		}
		k, v, ok := strings.Cut(part, ":")
		if !ok {
			continue
		}
		k = strings.ToLower(strings.TrimSpace(k))
		v = strings.ToLower(strings.TrimSpace(v))
		v = strings.TrimSpace(strings.TrimSuffix(v, "!important"))
		out = append(out, declaration{k, v})
	}
	return out
}

// declarations is a parsed CSS declaration block. A slice, not a map: a
// style attribute holds a handful of properties, and one is parsed for
// every styled element of the page.
type declarations []declaration

type declaration struct{ key, val string }

// lookup returns the last value set for key, as the cascade would.
func (d declarations) lookup(key string) (string, bool) {
	for i := len(d) - 1; i >= 0; i-- {
		if d[i].key == key {
			return d[i].val, true
		}
	}
	return "", false
}

func (d declarations) get(key string) string {
	v, _ := d.lookup(key)
	return v
}

// isCSSNumber accepts what a length's number may be here: an optional
// minus, digits with at most one point, ending in a digit. ParseFloat
// alone would also take exponents, Inf, NaN and hex.
func isCSSNumber(s string) bool {
	s = strings.TrimPrefix(s, "-")
	if s == "" || s[len(s)-1] < '0' || s[len(s)-1] > '9' {
		return false
	}
	point := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '.' && !point:
			point = true
		case c < '0' || c > '9':
			return false
		}
	}
	return true
}

// lengthPx reads a CSS length; em and rem count as 16px, which is all the
// precision "is it off-screen or tiny" needs.
func lengthPx(v string) (float64, bool) {
	v = strings.TrimSpace(v)
	num := v
	unit := ""
	for _, u := range []string{"rem", "px", "pt", "em", "%", "vw", "vh"} {
		if strings.HasSuffix(v, u) {
			num, unit = v[:len(v)-len(u)], u
			break
		}
	}
	if !isCSSNumber(num) {
		return 0, false
	}
	f, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return 0, false
	}
	switch unit {
	case "em", "rem":
		f *= 16
	case "pt":
		f *= 4.0 / 3
	case "%", "vw", "vh":
		if f != 0 {
			return 0, false
		}
	}
	return f, true
}

// styleRuleHidden applies the page's own <style> rules that hide elements.
// Rules inside @media blocks are ignored: they depend on the screen, and
// portal pages use them to switch between desktop and mobile copies.
func (p *page) styleRuleHidden() map[*html.Node]bool {
	out := map[*html.Node]bool{}
	ix := p.classIndex()
	for _, r := range p.styleRules() {
		if p.outOfTime("style rules") {
			break // each rule walks the whole page
		}
		if !styleHides(r.decl) {
			continue
		}
		for _, sel := range r.selectors {
			if strings.Contains(sel, "@") || dynamicPseudo.MatchString(sel) {
				continue // states (:hover) and pseudo-elements are not static
			}
			if !ix.mayMatch(sel) {
				continue // names a class or id the page lacks
			}
			compiled, err := cascadia.Compile(sel)
			if err != nil {
				continue
			}
			for _, n := range compiled.MatchAll(p.doc.Get(0)) {
				if n.Data != "html" && n.Data != "body" && !inlineOverrides(n, r.decl) {
					out[n] = true
				}
			}
		}
	}
	return out
}

// styleRule is one rule of the page's own <style> blocks.
type styleRule struct {
	selectors []string // trimmed, non-empty
	decl      string
}

// styleRules parses the page's <style> blocks once, outside @-blocks
// that depend on the screen (see dropAtBlocks).
func (p *page) styleRules() []styleRule {
	if p.sheet != nil {
		return *p.sheet
	}
	var rules []styleRule
	p.tags.all("style", nil).Each(func(_ int, s *goquery.Selection) {
		css := dropAtBlocks(stripCSSComments(s.Text()))
		for css != "" {
			open := strings.IndexByte(css, '{')
			if open < 0 {
				break
			}
			end := strings.IndexByte(css[open+1:], '}')
			if end < 0 {
				break
			}
			sels, decl := css[:open], css[open+1:open+1+end]
			css = css[open+1+end+1:]
			if strings.Contains(decl, "{") {
				continue // a stray nested block: not a rule to trust
			}
			r := styleRule{decl: decl}
			for _, sel := range strings.Split(sels, ",") {
				if sel = strings.TrimSpace(sel); sel != "" {
					r.selectors = append(r.selectors, sel)
				}
			}
			if len(r.selectors) > 0 {
				rules = append(rules, r)
			}
		}
	})
	p.sheet = &rules
	return rules
}

// inlineOverrides reports whether the element's inline style shows what a
// stylesheet rule hides: inline declarations win the cascade unless the
// rule is !important.
func inlineOverrides(n *html.Node, rule string) bool {
	if strings.Contains(rule, "!important") {
		return false
	}
	inline := parseDeclarations(attr(n, "style"))
	hiding := parseDeclarations(rule)
	for _, h := range hiding {
		if v, ok := inline.lookup(h.key); ok && !styleHides(h.key+":"+v) {
			return true
		}
	}
	return false
}

// scriptHiding matches inline scripts that hide an element by id as soon
// as the page loads: getElementById('x').style.display='none', jQuery's
// $('#x').hide() or .css('display','none').
var scriptHiding = regexp.MustCompile(`(?:getElementById\(\s*['"]([\w-]+)['"]\s*\)\s*\.\s*style\s*\.\s*(?:display\s*=\s*['"]none|visibility\s*=\s*['"]hidden)|\$\(\s*['"]#([\w-]+)['"]\s*\)\s*\.\s*(?:hide\(\s*\)|css\(\s*['"](?:display['"]\s*,\s*['"]none|visibility['"]\s*,\s*['"]hidden)))`)

// scriptHidden adds to hidden the elements that inline scripts hide by id
// at load time; the browser runs them before the reader sees the page.
func (p *page) scriptHidden(hidden map[*html.Node]bool) {
	ids := map[string]bool{}
	p.tags.all("script", nil).Each(func(_ int, s *goquery.Selection) {
		if _, external := s.Attr("src"); external {
			return
		}
		text := scriptCode(s.Nodes[0])
		if !strings.Contains(text, "none") && !strings.Contains(text, "hidden") && !strings.Contains(text, "hide(") {
			return // every pattern needs one of these
		}
		for _, m := range scriptHiding.FindAllStringSubmatch(text, 32) {
			ids[m[1]+m[2]] = true
		}
	})
	if len(ids) == 0 {
		return
	}
	walkElements(p.bodyNodes(), func(n *html.Node) bool {
		if !ids[attr(n, "id")] {
			return true
		}
		// Scripts also switch between desktop and mobile copies of the
		// article, on conditions a static reading cannot see: a block of
		// prose is never hidden this way.
		if t := textOf(n); !(utf8.RuneCountInString(t) > 200 && hasSentencePunct(t)) {
			hidden[n] = true
		}
		return true
	})
}

// reportNoscript reports spam inside <noscript>: the parser keeps its
// content as raw text, so it is parsed again here to be judged.
func (p *page) reportNoscript() {
	p.tags.all("noscript", inBody).Each(func(_ int, s *goquery.Selection) {
		raw := s.Text()
		if !strings.Contains(raw, "<") {
			return
		}
		frag, err := goquery.NewDocumentFromReader(strings.NewReader(raw))
		if err != nil {
			return
		}
		p.classifyRemoved(frag.Get(0), SpamHidden, "shown only to browsers without JavaScript")
	})
}

// dynamicPseudo matches selectors whose match depends on the reader's
// actions or on generated content; structural ones (:first-child,
// :nth-of-type, :not) are static and kept.
var dynamicPseudo = regexp.MustCompile(`::|:(?:hover|focus|active|visited|link|target|checked|focus-within|focus-visible|before|after|first-line|first-letter|selection|placeholder|disabled|enabled|empty|fullscreen|open)`)

// everyScreen matches @media queries that hold on every screen, whose
// rules apply as if they stood outside the block.
var everyScreen = regexp.MustCompile(`^@media\s+(?:all|screen|only\s+screen)\s*$`)

// stripCSSComments removes /* … */ comments; an unclosed one runs to the
// end, as in CSS.
func stripCSSComments(css string) string {
	var b strings.Builder
	for {
		i := strings.Index(css, "/*")
		if i < 0 {
			b.WriteString(css)
			return b.String()
		}
		b.WriteString(css[:i])
		j := strings.Index(css[i+2:], "*/")
		if j < 0 {
			return b.String()
		}
		css = css[i+2+j+2:]
	}
}

// dropAtBlocks removes @media, @supports and similar nested blocks; the
// rules of an @media block for every screen are kept.
func dropAtBlocks(css string) string {
	var b strings.Builder
	for {
		i := strings.Index(css, "@")
		if i < 0 {
			b.WriteString(css)
			return b.String()
		}
		b.WriteString(css[:i])
		rest := css[i:]
		open := strings.IndexAny(rest, "{;")
		if open < 0 {
			return b.String()
		}
		if rest[open] == ';' { // @import, @charset
			css = rest[open+1:]
			continue
		}
		depth, j := 0, open
		for ; j < len(rest); j++ {
			if rest[j] == '{' {
				depth++
			} else if rest[j] == '}' {
				depth--
				if depth == 0 {
					break
				}
			}
		}
		if j >= len(rest) {
			return b.String()
		}
		if everyScreen.MatchString(strings.ToLower(strings.TrimSpace(rest[:open]))) {
			b.WriteString(dropAtBlocks(rest[open+1 : j]))
		}
		css = rest[j+1:]
	}
}
