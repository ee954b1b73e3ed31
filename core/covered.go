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
