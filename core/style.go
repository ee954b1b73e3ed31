package core

// The page's own style sheets (<style> blocks and data: <link>s), read
// once by internal/css, pruned to the rules that can take part in
// hiding, compiled and cascaded per element on demand. Only what the
// visibility stage asks about is kept: hiding, painting, sizing and
// placing properties, and the custom properties var() reads.

import (
	"strings"

	"github.com/govreader/govreader/core/internal/css"
	"golang.org/x/net/html"
)

// propGroup is the question of visibility a property feeds.
type propGroup uint16

const (
	groupDisplay propGroup = 1 << iota // display, visibility
	groupPaint                         // opacity, filter
	groupFont                          // font-size
	groupScale                         // transform, scale, rotate, zoom
	groupClip                          // clip, clip-path
	groupOffset                        // position and offsets
	groupBox                           // overflow and the box's size
	groupColour                        // text and background colours
)

// readProps are the properties the visibility stage reads, by group;
// the others are dropped when a sheet is parsed.
var readProps = map[string]propGroup{
	"display": groupDisplay, "visibility": groupDisplay, "content-visibility": groupDisplay,
	"opacity": groupPaint, "filter": groupPaint,
	"font-size": groupFont,
	"zoom":      groupScale, "transform": groupScale | groupOffset, "scale": groupScale, "rotate": groupScale, "translate": groupOffset, "transform-origin": groupOffset,
	"clip": groupClip, "clip-path": groupClip,
	"position": groupOffset, "left": groupOffset, "top": groupOffset, "right": groupOffset, "bottom": groupOffset,
	"inset": groupOffset, "z-index": groupOffset, "white-space": groupBox, "margin": groupOffset, "margin-left": groupOffset, "margin-top": groupOffset, "text-indent": groupOffset,
	"overflow": groupBox, "overflow-x": groupBox, "overflow-y": groupBox, "width": groupBox, "height": groupBox,
	"max-width": groupBox, "max-height": groupBox, "line-height": groupBox,
	"color": groupColour, "-webkit-text-fill-color": groupColour, "background": groupColour,
	"background-color": groupColour, "background-clip": groupColour, "-webkit-background-clip": groupColour, "text-shadow": groupColour,
}

// readProp reports a property of readProps: the one the static reading
// keeps of a sheet's declarations.
func readProp(name string) bool {
	_, ok := readProps[name]
	return ok
}

// hidingGroups names the groups in which a declaration block, alone on
// an element of a plain page, takes a value that hides or may hide once
// compounded (an opacity or a scale under 1).
func hidingGroups(d css.Declarations) propGroup {
	var g propGroup
	r := rendering{opacity: 1, scale: 1, fontPx: defaultFontPx, textPx: defaultFontPx, box: -1}
	ctx := styleCtx{opacity: 1, scale: 1, fontPx: defaultFontPx, remPx: defaultFontPx}
	r.read(d, &ctx, &ctx)
	if r.notRendered != "" {
		g |= groupDisplay
	}
	if r.opacity < 1 {
		g |= groupPaint
	}
	if fs, ok := d.Lookup("font-size"); ok {
		if px, ok := css.FontSizePx(fs, defaultFontPx, defaultFontPx); ok && px < minReadableTextPx {
			g |= groupFont
		}
	}
	if r.scale < 1 {
		g |= groupScale
	}
	if r.clipped != "" {
		g |= groupClip
	}
	if r.offPage != "" {
		g |= groupOffset
	}
	if r.box >= 0 && r.box < minTextBoxPx || r.lines > 0 && r.lines < stripLines {
		g |= groupBox
	}
	if r.transparent != "" {
		g |= groupColour
	}
	for _, e := range d {
		if strings.Contains(e.Val, "var(") {
			g |= readProps[e.Key] // its value is known only where it applies
		}
	}
	return g
}

// pruneRules keeps, of the page's rules, the declarations that can take
// part in hiding: those of the groups in which the rule itself hides;
// in the groups where some rule of the page hides, those of the rules
// that name a class or id that a hiding rule of the group names (only
// they can undo the hiding, on the elements it reaches: .tab.active
// after .tab, .row li after .row) and those of the root and body; the
// !important ones, which beat an inline style; and the custom properties
// when a kept value reads one or when they are the page's globals. A
// sheet of a thousand rules that hide nothing is thus matched against
// no element.
func pruneRules(rules []css.Rule) []css.Rule {
	hiding := make([]propGroup, len(rules))
	names := map[string]propGroup{} // class and id names of hiding rules, by group
	for i, r := range rules {
		hiding[i] = hidingGroups(r.Decls)
		if hiding[i] != 0 {
			for _, sel := range r.Selectors {
				css.SelectorNames(sel, func(name string) { names[name] |= hiding[i] })
			}
		}
	}
	kept := make([][]css.Declaration, len(rules))
	usesVars := false
	for i, r := range rules {
		var reach propGroup // the groups whose hiding rules this one may undo
		if globalRule(r.Selectors) {
			reach = ^propGroup(0)
		} else {
			for _, sel := range r.Selectors {
				css.SelectorNames(sel, func(name string) { reach |= names[name] })
			}
		}
		for _, d := range r.Decls {
			g, read := readProps[d.Key]
			if read && (g&hiding[i] != 0 || g&reach != 0 || d.Important) {
				kept[i] = append(kept[i], d)
				usesVars = usesVars || strings.Contains(d.Val, "var(")
			}
		}
	}
	out := make([]css.Rule, 0, len(rules))
	for i, r := range rules {
		decls := kept[i]
		if usesVars || globalRule(r.Selectors) {
			for _, d := range r.Decls {
				if strings.HasPrefix(d.Key, "--") {
					decls = append(decls, d)
				}
			}
		}
		if decls != nil {
			out = append(out, css.Rule{Selectors: r.Selectors, Decls: decls})
		}
	}
	return out
}

// globalRule reports a rule for the root or the body only, where pages
// define their custom properties.
func globalRule(selectors []string) bool {
	for _, s := range selectors {
		switch strings.ToLower(s) {
		case ":root", "html", "body", "*":
		default:
			return false
		}
	}
	return true
}

// styleRules parses the page's sheets once: rules that hold on a desktop
// screen, in source order, with the rules of container queries bound to
// the page's containers and what the rules' animations set at
// readingSeconds (css.Sheets.Resolve).
func (p *page) styleRules() []css.Rule {
	if p.sheet != nil {
		return *p.sheet
	}
	var sheets css.Sheets
	// Besides what the visibility stage reads, the properties that
	// declare containers and animations, which Resolve reads, and those
	// of paint order (stackSheet).
	keep := func(name string) bool {
		return readProp(name) || css.AnimationProp(name) || css.TransitionProp(name) || css.ContainerProp(name) || stackProps[name] || lineProps[name]
	}
	for _, n := range p.tags.all("style", nil).Nodes {
		if inShadowTree(n) || !css.MediaApplies(attr(n, "media")) {
			continue // a shadow root's styles stay inside it
		}
		sheets.Append(scriptCode(n), keep)
	}
	for _, n := range p.tags.all("link", nil).Nodes {
		if !strings.Contains(strings.ToLower(attr(n, "rel")), "stylesheet") || !css.MediaApplies(attr(n, "media")) {
			continue
		}
		if sheet, ok := css.DataSheet(attr(n, "href")); ok {
			sheets.Append(sheet, keep)
		}
	}
	rules := sheets.Resolve(readingSeconds)
	p.sheet = &rules
	p.keyframes = sheets.Keyframes
	return rules
}

// inShadowTree reports a node inside a <template>: a declarative shadow
// root or inert content.
func inShadowTree(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Type == html.ElementNode && a.Data == "template" {
			return true
		}
	}
	return false
}

// styleIndex compiles the page's rules once, for the cascade. Selectors
// of states (:hover) and pseudo-elements never match statically; those
// that show an element again are remembered as revealing it
// (page.revealed).
func (p *page) styleIndex() *css.Sheet {
	if p.cascadeIx != nil {
		return p.cascadeIx
	}
	ix := css.NewSheet()
	p.cascadeIx = ix
	p.revealed = map[string]bool{}
	names := p.classIndex()
	// States show again what rules hide; whatever the groups pruned.
	for _, r := range p.styleRules() {
		for _, sel := range r.Selectors {
			if css.Dynamic(sel) && reveals(r.Decls) {
				if kind, name := css.KeySelector(sel); kind == '#' || kind == '.' {
					p.revealed[name] = true
				}
			}
		}
	}
	order := 0
	for _, r := range pruneRules(p.styleRules()) {
		for _, sel := range r.Selectors {
			order++
			if css.Dynamic(sel) {
				continue // states and pseudo-elements never match statically
			}
			if !names.mayMatch(sel) {
				continue // names a class or id the page lacks
			}
			ix.Add(sel, order, r.Decls)
		}
	}
	return ix
}

// reveals reports declarations that show an element: a display other
// than none, visibility:visible, or full opacity.
func reveals(d css.Declarations) bool {
	for _, e := range d {
		switch {
		case e.Key == "display" && e.Val != "none",
			e.Key == "visibility" && e.Val == "visible",
			e.Key == "opacity" && e.Val != "0":
			return true
		}
	}
	return false
}

// cascade returns the element's declarations as the cascade orders them
// (css.Sheet.Cascade): its matching rules, its inline style, then the
// !important ones. Past the time budget (page.noRules) only the inline
// style is read.
func (p *page) cascade(n *html.Node) css.Declarations {
	inline := css.ParseDeclarations(attr(n, "style"))
	if p.noRules {
		return inline
	}
	// The matches of one element are gathered in a buffer the page keeps:
	// the walk asks this of every element, and most match nothing.
	ix := p.styleIndex()
	if p.keyframes != nil && strings.Contains(attr(n, "style"), "animation") {
		// An inline animation of the page's @keyframes, as a rule's
		// (css.Sheets.Resolve): what it sets overrides the rest.
		for _, a := range css.Animated(inline, p.keyframes, readingSeconds) {
			a.Important = true
			inline = append(inline, a)
		}
	}
	var d css.Declarations
	d, p.matched = ix.Cascade(n, inline, p.matched[:0])
	return d
}

// firstLineSheet compiles the rules of the pseudo-element ::first-line
// under the selector of the element whose first line they style.
func (p *page) firstLineSheet() *css.Sheet {
	if p.firstLineIx != nil {
		return p.firstLineIx
	}
	p.firstLineIx = css.NewSheet()
	order := 0
	for _, r := range p.styleRules() {
		for _, sel := range r.Selectors {
			order++
			host, ok := strings.CutSuffix(strings.TrimSpace(sel), "::first-line")
			if !ok {
				host, ok = strings.CutSuffix(strings.TrimSpace(sel), ":first-line")
			}
			if ok && host != "" && !css.Dynamic(host) && p.firstLineIx.Add(host, order, r.Decls) {
				p.firstLineRules++
			}
		}
	}
	return p.firstLineIx
}

// lineProps are the properties the reading of one line cut along its
// width needs (line.go).
var lineProps = map[string]bool{
	"white-space": true, "overflow": true, "overflow-x": true, "width": true, "max-width": true,
	"padding": true, "padding-left": true, "margin": true, "margin-left": true, "text-indent": true,
	"display": true, "float": true, "position": true,
}

// stackProps are the properties that decide paint order and flow: where
// a box stacks (position, z-index), what makes it a stacking context, the
// background it paints, and how its children flow and are cut.
var stackProps = map[string]bool{
	"position": true, "z-index": true, "display": true, "opacity": true, "transform": true, "scale": true,
	"rotate": true, "translate": true, "filter": true, "backdrop-filter": true, "perspective": true,
	"clip-path": true, "mask": true, "mask-image": true, "-webkit-mask": true, "-webkit-mask-image": true,
	"mix-blend-mode": true, "isolation": true, "will-change": true, "contain": true, "container-type": true,
	"container": true, "background": true, "background-color": true,
	"left": true, "top": true, "right": true, "bottom": true, "inset": true,
	// The flow of a box's children (clippedByFlow).
	"float": true, "height": true, "min-height": true, "max-height": true, "width": true,
	"overflow": true, "overflow-x": true, "overflow-y": true, "box-sizing": true,
	"padding": true, "padding-top": true, "padding-bottom": true,
	"columns": true, "column-count": true, "column-width": true, "column-gap": true,
}

// stackGates compiles, once, the page's rules that set a negative
// z-index (neg) and those that cut a box to its height (cut): the cheap
// tests in front of the questions of paint order and flow. A page with
// no such rule gets empty sheets, and its elements are asked no more.
func (p *page) stackGates() (neg, cut *css.Sheet) {
	if p.stackNeg != nil {
		return p.stackNeg, p.stackCut
	}
	p.stackNeg, p.stackCut = css.NewSheet(), css.NewSheet()
	order := 0
	for _, r := range p.styleRules() {
		negative, height, cuts := false, false, false
		for _, d := range r.Decls {
			negative = negative || d.Key == "z-index" && strings.HasPrefix(d.Val, "-")
			height = height || d.Key == "height" || d.Key == "max-height"
			cuts = cuts || cutsOverflow(d)
		}
		for _, sel := range r.Selectors {
			order++
			if !negative && !(height && cuts) || css.Dynamic(sel) {
				continue
			}
			if negative {
				p.stackNeg.Add(sel, order, r.Decls)
			}
			if height && cuts {
				p.stackCut.Add(sel, order, r.Decls)
			}
		}
	}
	return p.stackNeg, p.stackCut
}

// flowSheet compiles, once and only when a gate (stackGates) or an inline
// style asks, the page's rules that set a property of paint order or
// flow, unpruned: the cascade's sheet keeps only the rules that hide
// alone, and a box painted under its ancestor's background, or pushed out
// of a box, hides by no rule alone.
func (p *page) flowSheet() *css.Sheet {
	if p.stackIx != nil {
		return p.stackIx
	}
	p.stackIx = css.NewSheet()
	order := 0
	for _, r := range p.styleRules() {
		stacking := false
		for _, d := range r.Decls {
			stacking = stacking || stackProps[d.Key]
		}
		for _, sel := range r.Selectors {
			order++
			if stacking && !css.Dynamic(sel) {
				p.stackIx.Add(sel, order, r.Decls)
			}
		}
	}
	return p.stackIx
}

// keepsLines reports a declaration that keeps lines from wrapping.
func keepsLines(d css.Declaration) bool {
	return d.Key == "white-space" && (d.Val == "nowrap" || d.Val == "pre")
}

// cutsOverflow reports a declaration that cuts what overflows the box.
func cutsOverflow(d css.Declaration) bool {
	return strings.HasPrefix(d.Key, "overflow") && (strings.Contains(d.Val, "hidden") || strings.Contains(d.Val, "clip"))
}
