package core

// Text under an opaque box: the visibility stage's static reading of
// paint order. A page can hide a line by stacking a box with an opaque
// background over it, a sibling placed over their common containing
// block: every property of the text itself reads as visible. The browser
// path sees it by hit-testing (the content script); here it is read from
// the declarations of the container, the box and the text: what the
// browser paints on top, and whether the text stays inside the area the
// box paints over.
//
// Only a small container is judged: of a declared height of a few lines,
// or holding a few lines of text. A box over a whole column is usually a
// loading mask that a script lifts, and what it covers is the article.

import (
	"math"
	"strconv"
	"strings"

	"github.com/govreader/govreader/core/internal/css"
	"golang.org/x/net/html"
)

// Thresholds of covering.
const (
	// minCoverAlpha: a background at least this opaque hides what lies
	// under it (at 95% black text on white keeps a contrast near 1.05).
	minCoverAlpha = 0.95
	// narrowLineRunes is how many Han characters a line holds in the
	// narrowest column a portal sets (a phone's 320 px at 16 px): text
	// is assumed to take as many lines as it would there, so that only
	// text certain to fit under the box is judged covered.
	narrowLineRunes = 20
	// maxCoverRunes: a container of no declared height is judged when it
	// holds no more text than this, a short paragraph: its box is then
	// no taller than its own few lines, all under the cover.
	maxCoverRunes = 200
)

// zLevel is an element's place in its container's paint order: in-flow
// content paints first, then positioned boxes by z-index, equal ones in
// document order.
type zLevel struct {
	positioned bool
	z          int
}

// zLevelOf reads position and z-index. A box made a layer by opacity or
// a transform paints among the positioned ones at level 0.
func zLevelOf(d css.Declarations) zLevel {
	pos := d.Get("position")
	positioned := pos != "" && pos != "static"
	if !positioned {
		if o, ok := css.Factor(d.Get("opacity")); ok && o < 1 {
			positioned = true
		}
		if t := d.Get("transform"); t != "" && t != "none" {
			positioned = true
		}
	}
	z := 0
	if v, err := strconv.Atoi(strings.TrimSpace(d.Get("z-index"))); err == nil && positioned {
		z = v
	}
	return zLevel{positioned: positioned, z: z}
}

// coversContainer reports a box that paints an opaque background over
// the whole of its containing block: placed at its corner, as wide and as
// tall as it.
func coversContainer(d css.Declarations, box coverContainer, fontPx, remPx float64) bool {
	if d.Get("position") != "absolute" || d.Get("display") == "none" || d.Get("visibility") == "hidden" {
		return false
	}
	if o, ok := css.Factor(d.Get("opacity")); ok && o < minCoverAlpha {
		return false
	}
	zero := func(k string) bool {
		v, ok := css.LengthPx(d.Get(k))
		return ok && v == 0
	}
	inset := strings.Fields(d.Get("inset"))
	insetZero := len(inset) > 0
	for _, v := range inset {
		if px, ok := css.LengthPx(v); !ok || px != 0 {
			insetZero = false
		}
	}
	full := func(size, end string) bool {
		if strings.TrimSpace(d.Get(size)) == "100%" || zero(end) {
			return true
		}
		if size == "height" {
			h, ok := css.LengthIn(d.Get("height"), fontPx, remPx)
			return ok && box.heightPx > 0 && !strings.HasSuffix(strings.TrimSpace(d.Get("height")), "%") && h >= box.heightPx
		}
		return false
	}
	placed := insetZero || zero("top") && zero("left") && full("width", "right") && full("height", "bottom")
	return placed && opaqueBackground(d)
}

// opaqueBackground reports a background colour of alpha minCoverAlpha or
// more. An image (a url or a gradient) may be transparent anywhere and is
// not judged.
func opaqueBackground(d css.Declarations) bool {
	bg := d.Get("background-color")
	if bg == "" {
		bg = d.Get("background")
		if strings.Contains(bg, "(") && !strings.HasPrefix(bg, "rgb") && !strings.HasPrefix(bg, "hsl") {
			return false // url(), gradients
		}
	}
	bg = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(bg), "!important"))
	switch strings.ToLower(bg) {
	case "", "none", "transparent", "inherit", "initial", "unset", "revert", "currentcolor":
		return false
	}
	if strings.ContainsAny(bg, " \t") && !strings.Contains(bg, "(") {
		return false // a shorthand of several values: not read here
	}
	a, ok := css.ColorAlpha(bg)
	return ok && a >= minCoverAlpha
}

// coveredChildren returns the children of n, a container of the given
// declarations, that a cover among them paints over whole: they paint
// below it and stay inside the area it covers.
func (p *page) coveredChildren(n *html.Node, box coverContainer, ctx *styleCtx) []*html.Node {
	type child struct {
		n *html.Node
		d css.Declarations
	}
	var kids []child
	cover, coverAt := zLevel{}, -1
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		var d css.Declarations
		if c.Type == html.ElementNode {
			if d = p.cascade(c); len(d) > 0 {
				d = ctx.vars.Scope(d).Resolved(d)
			}
			if coverAt < 0 && coversContainer(d, box, ctx.fontPx, ctx.remPx) {
				cover, coverAt = zLevelOf(d), len(kids)
				if cover.z < 0 {
					return nil // under the container's in-flow content
				}
			}
		}
		kids = append(kids, child{c, d})
	}
	if coverAt < 0 {
		return nil
	}
	auto := box.heightPx == 0
	if auto && textRunes(n, maxCoverRunes) > maxCoverRunes {
		return nil // a column, not a patch
	}
	var out []*html.Node
	flowPx := 0.0 // the height the in-flow content above has taken
	for i, k := range kids {
		if i == coverAt {
			continue
		}
		if k.n.Type != html.ElementNode && k.n.Type != html.TextNode {
			continue
		}
		text := k.n.Data
		if k.n.Type == html.ElementNode {
			text = textOf(k.n)
		}
		pos := k.d.Get("position")
		if auto && pos == "absolute" {
			continue // out of the flow that makes the container's height
		}
		lvl := zLevelOf(k.d)
		fontPx := ctx.fontPx
		if fs, ok := k.d.Lookup("font-size"); ok {
			if px, ok := css.FontSizePx(fs, ctx.fontPx, ctx.remPx); ok {
				fontPx = px
			}
		}
		lines := 1.0
		if k.d.Get("white-space") != "nowrap" {
			lines = math.Ceil(float64(runeLenNoSpace(text)) / narrowLineRunes)
		}
		height := lines * css.LineHeightPx(k.d.Get("line-height"), fontPx, ctx.remPx)
		top := flowPx
		switch pos {
		case "fixed":
			continue // placed against the screen, not the container
		case "absolute", "relative":
			t := 0.0
			for _, side := range [...]string{"top", "left", "margin-top", "margin-left"} {
				v, ok := css.LengthPx(k.d.Get(side))
				if ok && v < 0 {
					t = -1 // moved out of the container
				} else if ok && side == "top" {
					t = v
				}
			}
			if t < 0 {
				continue
			}
			if pos == "absolute" {
				top = t
			} else {
				top += t
			}
		}
		if pos != "absolute" && strings.TrimSpace(text) != "" {
			flowPx += height
		}
		below := !lvl.positioned || lvl.z < cover.z || lvl.z == cover.z && i < coverAt
		// A container as tall as its flow holds what stays in the flow.
		inFlow := auto && k.d.Get("top") == "" && k.d.Get("margin-top") == "" && k.d.Get("transform") == ""
		inside := inFlow || !auto && (box.cuts || top+height <= box.heightPx+minTextBoxPx)
		if !below || !inside || strings.TrimSpace(text) == "" || k.n.Type == html.ElementNode && liftsDescendant(k.n) {
			continue
		}
		out = append(out, k.n)
	}
	return out
}

// liftsDescendant reports an element with a descendant that sets its own
// z-index in its style: it may paint above a cover its ancestor is under.
func liftsDescendant(n *html.Node) bool {
	return findNode(n, func(c *html.Node) bool {
		return c != n && c.Type == html.ElementNode && strings.Contains(attr(c, "style"), "z-index")
	}, nil) != nil
}

// Text under its ancestor's background. A positioned box of negative
// z-index paints in the stacking context of its nearest ancestor that
// makes one, after that ancestor's own background but before every
// in-flow box in it (CSS 2 Appendix E, steps 2 to 4): an ancestor on the
// way up that makes no stacking context paints its background over it.
// The root and the body do not count: their backgrounds are the canvas's,
// painted under everything.

// underAncestorBackground reports a box of negative z-index painted under
// an opaque background of an ancestor that makes no stacking context.
// Only a box that stays inside that ancestor is judged: one placed
// relatively (or sticky), or absolutely without an offset (at its place
// in the flow).
func (p *page) underAncestorBackground(n *html.Node) bool {
	style := attr(n, "style")
	neg, _ := p.stackGates()
	if !strings.Contains(style, "z-index") {
		if p.noRules {
			return false
		}
		if d, _ := neg.Cascade(n, nil, nil); len(d) == 0 {
			return false // the cheap test: no rule of a negative z-index matches
		}
	}
	d := p.flowCascade(n)
	z, err := strconv.Atoi(strings.TrimSpace(d.Get("z-index")))
	if err != nil || z >= 0 {
		return false
	}
	switch d.Get("position") {
	case "relative", "sticky":
	case "absolute":
		for _, k := range [...]string{"left", "top", "right", "bottom", "inset"} {
			if v := d.Get(k); v != "" && v != "auto" {
				return false // placed against a containing block it may leave
			}
		}
	default:
		return false // z-index does not apply, or fixed to the screen
	}
	for a := n.Parent; a != nil && a.Type == html.ElementNode; a = a.Parent {
		if a.Data == "body" || a.Data == "html" {
			return false
		}
		da := p.flowCascade(a)
		if p.makesStackingContext(da, a) {
			return false // it paints over this ancestor's background
		}
		if opaqueBackground(da) {
			return true
		}
	}
	return false
}

// makesStackingContext reports an element that makes a stacking context
// (CSS 2 §9.9.1, and the properties later specifications added): a
// positioned box with a z-index, a fixed or sticky one, a flex or grid
// item with a z-index, and opacity, transforms, filters, masks, clips,
// blending, isolation, containment and will-change of any of them.
func (p *page) makesStackingContext(d css.Declarations, n *html.Node) bool {
	z := strings.TrimSpace(d.Get("z-index"))
	hasZ := z != "" && z != "auto"
	switch d.Get("position") {
	case "fixed", "sticky":
		return true
	case "relative", "absolute":
		if hasZ {
			return true
		}
	}
	if o, ok := css.Factor(d.Get("opacity")); ok && o < 1 {
		return true
	}
	for _, k := range [...]string{"transform", "scale", "rotate", "translate", "filter", "backdrop-filter", "perspective", "clip-path", "mask", "mask-image", "-webkit-mask", "-webkit-mask-image"} {
		if v := d.Get(k); v != "" && v != "none" {
			return true
		}
	}
	if v := d.Get("mix-blend-mode"); v != "" && v != "normal" {
		return true
	}
	if d.Get("isolation") == "isolate" {
		return true
	}
	if c := d.Get("contain"); strings.Contains(c, "layout") || strings.Contains(c, "paint") || c == "strict" || c == "content" {
		return true
	}
	if t := d.Get("container-type"); t == "size" || t == "inline-size" || strings.Contains(d.Get("container"), "size") {
		return true
	}
	if w := d.Get("will-change"); w != "" && w != "auto" {
		return true // a browser makes a layer of what is about to change
	}
	if hasZ && n.Parent != nil && n.Parent.Type == html.ElementNode {
		if pd := p.flowCascade(n.Parent).Get("display"); strings.Contains(pd, "flex") || strings.Contains(pd, "grid") {
			return true
		}
	}
	return false
}

// Text pushed out of a box that cuts it. A box of a declared height that
// hides what overflows it shows the children that start inside it; its
// in-flow block children stack one under the other (in a multi-column
// box, column after column), so a child after blocks of declared heights
// that fill the box, or all its columns, starts where nothing is shown.
// Only declared heights count, and a block of unknown height counts as
// none: the child can only start lower than that.

// blockTags are the elements a browser lays out as blocks.
var blockTags = map[string]bool{
	"div": true, "p": true, "section": true, "article": true, "aside": true, "main": true, "header": true,
	"footer": true, "nav": true, "ul": true, "ol": true, "li": true, "dl": true, "dd": true, "dt": true,
	"blockquote": true, "figure": true, "form": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "pre": true, "table": true, "address": true, "hr": true, "center": true,
}

// clippedByFlow returns the children of n, a box whose height is cut,
// that start below all it shows; nil when its flow is not a plain block
// flow the static reading can follow. cutPx is the height it shows;
// spacers is set when the blocks that push them have nothing to show (no
// text, no image).
func (p *page) clippedByFlow(n *html.Node, fontPx, remPx float64) (out []*html.Node, cutPx float64, spacers bool) {
	_, cut := p.stackGates()
	if style := attr(n, "style"); !strings.Contains(style, "overflow") || !strings.Contains(style, "height") {
		if p.noRules {
			return nil, 0, false
		}
		if d, _ := cut.Cascade(n, nil, nil); len(d) == 0 {
			return nil, 0, false // the cheap test: no rule cuts its height
		}
	}
	d := p.flowCascade(n)
	if !blockFlow(n, d) || !cutsVertically(d) {
		return nil, 0, false
	}
	px := func(v string) (float64, bool) {
		v = strings.TrimSpace(v)
		if v == "" || v == "auto" || v == "none" || strings.HasSuffix(v, "%") {
			return 0, false
		}
		return css.LengthIn(v, fontPx, remPx)
	}
	h, okH := px(d.Get("height"))
	if mh, ok := px(d.Get("max-height")); ok && (!okH || mh < h) {
		h, okH = mh, true
	}
	if !okH || h <= 0 {
		return nil, 0, false
	}
	// The padding shows too; a padding it cannot read stops the judgement.
	pad := 0.0
	for _, k := range [...]string{"padding", "padding-top", "padding-bottom"} {
		for _, f := range strings.Fields(d.Get(k)) {
			v, ok := px(f)
			if !ok {
				return nil, 0, false
			}
			pad += v
		}
	}
	columns, ok := columnCount(d, px)
	if !ok {
		return nil, 0, false
	}
	if columns > 1 || d.Get("columns") != "" || d.Get("column-count") != "" || d.Get("column-width") != "" {
		// Columns past the last overflow sideways: they are hidden only
		// when the box cuts that way too.
		ov := strings.Fields(d.Get("overflow"))
		x := len(ov) > 0 && (ov[0] == "hidden" || ov[0] == "clip")
		if v := d.Get("overflow-x"); v != "" {
			x = v == "hidden" || v == "clip"
		}
		if !x {
			return nil, 0, false
		}
	}
	shown := float64(columns)*h + pad
	offset := 0.0
	spacers = true
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		dc := p.flowCascade(c)
		pos := dc.Get("position")
		if pos == "absolute" || pos == "fixed" || dc.Get("display") == "none" {
			continue // out of the flow
		}
		if offset >= shown {
			out = append(out, c)
			continue
		}
		if !blockFlow(c, dc) || dc.Get("float") != "" && dc.Get("float") != "none" {
			continue // inline content of unknown height: counted as none
		}
		ch, _ := px(dc.Get("height"))
		if mh, ok := px(dc.Get("min-height")); ok && mh > ch {
			ch = mh
		}
		if ch > 0 {
			offset += ch
			spacers = spacers && strings.TrimSpace(textOf(c)) == "" && findNode(c, func(e *html.Node) bool {
				return isElement(e, "img", "svg", "video", "canvas", "picture", "iframe", "object", "embed")
			}, nil) == nil
		}
	}
	return out, shown, spacers
}

// blockFlow reports a box that lays its children out as blocks: a block
// element, or one displayed as a block, that no flex or grid layout
// rearranges.
func blockFlow(n *html.Node, d css.Declarations) bool {
	switch d.Get("display") {
	case "":
		return blockTags[n.Data]
	case "block", "flow-root", "list-item":
		return true
	}
	return false
}

// columnCount reads how many columns a box lays its content in: 1 for
// none; column-count, or the columns shorthand; from column-width only
// with a declared width. false when it cannot be told.
func columnCount(d css.Declarations, px func(string) (float64, bool)) (int, bool) {
	count, width := d.Get("column-count"), d.Get("column-width")
	for _, f := range strings.Fields(d.Get("columns")) {
		if n, ok := css.Number(f); ok {
			count = strconv.Itoa(int(n))
		} else if f != "auto" {
			width = f
		}
	}
	if count != "" && count != "auto" {
		n, err := strconv.Atoi(count)
		if err != nil || n < 1 {
			return 0, false
		}
		return n, true
	}
	if width == "" || width == "auto" {
		return 1, true
	}
	cw, ok := px(width)
	box, okBox := px(d.Get("width"))
	if !ok || !okBox || cw <= 0 {
		return 0, false
	}
	gap, ok := px(d.Get("column-gap"))
	if !ok {
		gap = 16 // normal: 1em
	}
	return max(1, int((box+gap)/(cw+gap))), true
}

// flowCascade is an element's declarations of paint order and flow, from
// the unpruned rules of stackSheet and its inline style (only the inline
// style past the time budget).
func (p *page) flowCascade(e *html.Node) css.Declarations {
	inline := css.ParseDeclarations(attr(e, "style"))
	if p.noRules {
		return inline
	}
	d, _ := p.flowSheet().Cascade(e, inline, nil)
	return d
}
