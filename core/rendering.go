package core

// How the static reading sees one element drawn (the visibility stage):
// its cascaded declarations, with what it inherits, read into a
// rendering, and the three questions of visibility asked of it (no area
// or off the page, no paint, text too small), each with a named
// threshold. Also whether the element is a container a cover may span
// (covered.go judges its children). The stage's walk (visibility.go)
// and the pruning of the page's rules (style.go) both ask it.

import (
	"fmt"
	"math"
	"strings"
	"unicode"

	"github.com/govreader/govreader/core/internal/cjk"
	"github.com/govreader/govreader/core/internal/css"
	"golang.org/x/net/html"
)

// styleCtx is what an element inherits that decides whether it shows.
type styleCtx struct {
	vars    *css.Vars
	opacity float64 // the product of the ancestors' opacities
	scale   float64 // the product of the ancestors' scales and zooms
	fontPx  float64 // the parent's font size
	remPx   float64 // the root's font size, for rem
}

// defaultFontPx is the browser's default font size.
const defaultFontPx = 16

// rendering is what the static reading knows of how one element is
// drawn: the evidence the three questions of visibility are asked on.
type rendering struct {
	// notRendered names the declaration that takes the element out of
	// rendering (display:none, visibility:hidden …), or "".
	notRendered string
	// box is the smaller side of the box its overflow or clip cuts its
	// content to, in px; -1 when nothing cuts it. lines is how many lines
	// of text its cut height holds, 0 when its height is not cut.
	box, lines float64
	// clipped names a clip that leaves no area; offPage the declaration
	// that moves the box off the page.
	clipped, offPage string
	// opacity is the element's own opacity times its ancestors'.
	opacity float64
	// scale is the factor its box is drawn at: its transforms and zoom
	// times its ancestors'.
	scale float64
	// transparent names the declaration that paints its text in no
	// colour, or in the colour of its own background.
	transparent string
	// fontPx is its font size; textPx the height its text is drawn at,
	// font size times scale.
	fontPx, textPx float64
	// ownFont and ownPaint: the element sets the font size or the text
	// colour itself, properties its children inherit and may set again.
	ownFont, ownPaint bool
	// cover: the element is a container a cover may span (covered.go),
	// of cover's height; for a covered block, the container it lies in.
	cover   coverContainer
	coverOK bool
	// zeroLines: its lines have no height, in a box of no height of its
	// own that cuts what overflows it.
	zeroLines bool
	// pushedBySpacer: it was pushed out of a box that cuts its height by
	// blocks with nothing to show (clippedByFlow), or out of a one-line
	// box by its own margin and padding (cutAlongLine).
	pushedBySpacer bool
}

// planted reports an element hidden by a means that serves only to keep
// words from readers, whatever they say: words in ruby's fallback
// parentheses (an <rp> holds a bracket), or text pushed out of a box by
// empty blocks or empty space (a carousel pushes slides, and a long title
// the date after it, which show something).
func (r rendering) planted() bool {
	return r.notRendered == "rp" || r.pushedBySpacer
}

// Thresholds of visibility.
const (
	// minTextBoxPx: a box that cuts its content to less than half a line
	// of the smallest text portals set (12px, in a 16px line) shows no
	// line of it.
	minTextBoxPx = 8
	// maxInvisibleOpacity: at 5% opacity black text on white has a
	// contrast under 1.1:1, which no eye reads.
	maxInvisibleOpacity = 0.05
	// minReadableTextPx: glyphs drawn under 4px high are a smudge; no
	// Chinese character can be read from them. Portals' smallest
	// visible text is 12px.
	minReadableTextPx = 4
	// offPagePx: a box moved this far left of or above the page, by
	// position or margin, has left it; positioned boxes need less,
	// since a page never places one this far out for layout.
	offPagePx           = 1000
	offPagePositionedPx = 200
	// farPx: moved this far right or down of a desktop screen, a fixed
	// or translated box is out of reach.
	farPx = 5000
	// belowPagePx: an absolutely placed box this far down starts below
	// the end of nearly every page, the longest 公文 included (a notice of
	// five tables is some 16,000 px in a reader, far less in a portal's
	// wider column); a reader would scroll through screens of nothing to
	// reach it.
	belowPagePx = 10000
	// readingSeconds is the moment the page is read at, for its
	// animations: past the fades and slides that open a page (a second
	// or two), before a reader is through a paragraph. Text an animation
	// has faded out by then, and keeps out, is not seen.
	readingSeconds = 5
)

// hidden asks the three questions in turn and names the technique; the
// zero reason when the element shows.
func (r rendering) hidden() reason {
	if r.notRendered != "" {
		if r.notRendered == "display:none" {
			return because(reasonHiddenDisplayNone, r.notRendered)
		}
		return because(reasonHiddenVisibility, r.notRendered)
	}
	if why := r.noArea(); why.id != "" {
		return why
	}
	if why := r.noPaint(); why.id != "" {
		return why
	}
	return r.tooSmall()
}

// evidence is what decided that the element does not show, for the reason
// id the rendering gave; nil for the reasons that are no measure.
func (r rendering) evidence(id string) Evidence {
	round := func(f float64) float64 { return math.Round(f*100) / 100 }
	switch id {
	case reasonHiddenDisplayNone, reasonHiddenVisibility:
		return Evidence{"declaration": r.notRendered}
	case reasonHiddenClipped:
		if r.clipped != "" {
			return Evidence{"clip": r.clipped}
		}
		return Evidence{"box_px": round(r.box)}
	case reasonHiddenOffPage:
		return Evidence{"declaration": r.offPage}
	case reasonHiddenOpacity:
		return Evidence{"opacity": round(r.opacity)}
	case reasonHiddenTransparent:
		return Evidence{"declaration": r.transparent}
	case reasonHiddenTinyText:
		return Evidence{"text_px": round(r.textPx)}
	case reasonHiddenStrip:
		return Evidence{"lines": round(r.lines)}
	case reasonHiddenCovered:
		return Evidence{"container_px": round(r.cover.heightPx)}
	case reasonHiddenNeverShown:
		return Evidence{"tag": r.notRendered}
	}
	return nil
}

// inheritedOnly reports an element hidden only by what its children
// inherit and may set again: a tiny font size or a transparent text
// colour (not a scale, which they cannot undo).
func (r rendering) inheritedOnly() bool {
	if r.notRendered != "" || r.noArea().id != "" || r.opacity <= maxInvisibleOpacity {
		return false
	}
	if r.tooSmall().id != "" && r.fontPx >= minReadableTextPx {
		return false // small by its scale
	}
	return true
}

// noArea: is its box of no area, or off the page? A box whose overflow
// is cut below minTextBoxPx, a clip that leaves nothing, or a position
// far outside the page.
func (r rendering) noArea() reason {
	switch {
	case r.clipped != "":
		return because(reasonHiddenClipped, r.clipped)
	case r.box >= 0 && r.box < minTextBoxPx:
		return because(reasonHiddenClipped, fmt.Sprintf("a box %gpx across that hides its overflow", r.box))
	case r.offPage != "":
		return because(reasonHiddenOffPage, "placed off the page ("+r.offPage+")")
	}
	return reason{}
}

// noPaint: is its paint transparent? Opacity, compounded over the
// ancestors, at or under maxInvisibleOpacity, or text painted in no
// colour.
func (r rendering) noPaint() reason {
	switch {
	case r.opacity <= maxInvisibleOpacity:
		return because(reasonHiddenOpacity, fmt.Sprintf("opacity %.2g with its ancestors'", r.opacity))
	case r.transparent != "":
		return because(reasonHiddenTransparent, "text painted in no colour ("+r.transparent+")")
	}
	return reason{}
}

// tooSmall: is its text too small to read? Its font size times the
// scale it is drawn at, under minReadableTextPx.
func (r rendering) tooSmall() reason {
	if r.textPx < minReadableTextPx {
		return because(reasonHiddenTinyText, fmt.Sprintf("text drawn %.2gpx high", r.textPx))
	}
	return reason{}
}

// read fills the rendering from the element's declarations (var()
// resolved) and sets what its children inherit on ctx.
func (r *rendering) read(d css.Declarations, parent, ctx *styleCtx) {
	switch {
	case d.Get("display") == "none":
		r.notRendered = "display:none"
	case d.Get("visibility") == "hidden", d.Get("visibility") == "collapse":
		r.notRendered = "visibility:" + d.Get("visibility")
	case d.Get("content-visibility") == "hidden":
		r.notRendered = "content-visibility:hidden"
	}
	// Paint: opacity multiplies down the tree and no child can undo it.
	own := 1.0
	if v, ok := css.Factor(d.Get("opacity")); ok {
		own = v
	}
	if f, ok := css.FilterOpacity(d.Get("filter")); ok {
		own *= f
	}
	ctx.opacity = parent.opacity * own
	r.opacity = ctx.opacity
	// Scale: transforms and zoom multiply down the tree too.
	scale := css.TransformScale(d.Get("transform")) * css.ScaleProperty(d.Get("scale")) * css.RotateProperty(d.Get("rotate"))
	if z, ok := css.Factor(d.Get("zoom")); ok && z > 0 {
		scale *= z
	} else if ok && z == 0 {
		scale = 0
	}
	ctx.scale = parent.scale * scale
	r.scale = ctx.scale
	// Font size: relative units against the parent's and the root's.
	if fs, ok := d.Lookup("font-size"); ok {
		if px, ok := css.FontSizePx(fs, parent.fontPx, parent.remPx); ok {
			ctx.fontPx = px
			r.ownFont = true
		}
	}
	r.fontPx = ctx.fontPx
	r.textPx = ctx.fontPx * ctx.scale
	r.box, r.lines = cutBox(d, ctx.fontPx, parent.remPx)
	r.clipped = clipsAll(d.Get("clip"), d.Get("clip-path"))
	if r.clipped == "" {
		r.clipped = masksAll(d)
	}
	r.offPage = offPage(d)
	r.transparent, r.ownPaint = transparentText(d)
}

// linesOfNoHeight reports a box whose lines have no height and which,
// with no height, padding or border of its own, is as tall as they are
// while it cuts what overflows: line-height:0;overflow:hidden shows none
// of its text.
func linesOfNoHeight(d css.Declarations) bool {
	if lh, ok := css.LengthPx(d.Get("line-height")); !ok || lh != 0 {
		return false
	}
	if !cutsVertically(d) {
		return false
	}
	for _, k := range [...]string{"height", "min-height", "padding", "padding-top", "padding-bottom", "border", "border-width"} {
		v := strings.TrimSpace(d.Get(k))
		if v == "" || v == "auto" || v == "none" {
			continue
		}
		for _, f := range strings.Fields(v) {
			if px, ok := css.LengthPx(f); !ok || px != 0 {
				return false
			}
		}
	}
	return true
}

// cutBox is the smaller side, in px, of the box an element cuts its
// content to: a width or height (or their maximum) with overflow hidden
// or clip on that axis; -1 when nothing cuts it. lines is how many lines
// of its text the cut height holds (0 when the height is not cut).
func cutBox(d css.Declarations, fontPx, remPx float64) (box, lines float64) {
	ov := d.Get("overflow")
	ovX, ovY := firstWord(ov), firstWord(ov)
	if f := strings.Fields(ov); len(f) == 2 {
		ovY = f[1]
	}
	if v := d.Get("overflow-x"); v != "" {
		ovX = v
	}
	if v := d.Get("overflow-y"); v != "" {
		ovY = v
	}
	cuts := func(o string) bool { return o == "hidden" || o == "clip" }
	box = -1.0
	side := func(keys ...string) float64 {
		cut := -1.0
		for _, k := range keys {
			if v, ok := css.LengthIn(d.Get(k), fontPx, remPx); ok && v >= 0 && (cut < 0 || v < cut) {
				cut = v
			}
		}
		if cut >= 0 && (box < 0 || cut < box) {
			box = cut
		}
		return cut
	}
	if cuts(ovX) {
		side("width", "max-width")
	}
	if cuts(ovY) {
		if h := side("height", "max-height"); h > 0 && fontPx > 0 {
			lines = h / css.LineHeightPx(d.Get("line-height"), fontPx, remPx)
		}
	}
	// A box of no height whose lines have no height draws its text on
	// one line of no height.
	if h, ok := css.LengthPx(d.Get("height")); ok && h == 0 {
		if lh, ok := css.LengthPx(d.Get("line-height")); ok && lh == 0 {
			box = 0
		}
	}
	return box, lines
}

// Strips: a box whose cut height holds less than stripLines lines of its
// text shows one line of it (a ticker, a scrolling notice bar); when that
// line is less than maxStripShare of the text it needs, at the font size
// and in a content column of contentColumnPx, the rest is hidden.
const (
	stripLines      = 2
	maxStripShare   = 1.0 / 3
	contentColumnPx = 1200
)

// stripShare is the share of n's text a strip of the given lines shows.
func stripShare(n *html.Node, lines, fontPx float64) float64 {
	width := textWidthPx(textOf(n), fontPx)
	if width <= 0 {
		return 1
	}
	return lines * contentColumnPx / width
}

// textWidthPx is how wide a text runs on one line at a font size.
func textWidthPx(text string, fontPx float64) float64 {
	width := 0.0
	for _, r := range text {
		if r >= 0x1100 && (cjk.IsHan(r) || unicode.In(r, unicode.Hangul, unicode.Hiragana, unicode.Katakana) || r >= 0xff00 && r <= 0xffef || r >= 0x3000 && r <= 0x303f) {
			width += fontPx // full-width glyphs are an em wide
		} else {
			width += 0.55 * fontPx // Latin letters about half
		}
	}
	return width
}

// clipsAll names a clip or clip-path that leaves nothing visible, or "".
func clipsAll(clip, clipPath string) string {
	if strings.HasPrefix(clip, "rect(") {
		nums := css.Numbers(clip)
		if len(nums) == 4 && (nums[0] >= nums[2] || nums[3] >= nums[1]) {
			return "clip:" + clip // top >= bottom or left >= right: an empty box
		}
	}
	empty := false
	css.Functions(clipPath, func(name string, args []string) {
		switch name {
		case "inset":
			empty = insetEmpty(args)
		case "circle", "ellipse":
			r, ok := css.LengthPx(firstWordOf(args))
			empty = ok && r == 0
		case "polygon":
			empty = sameNumbers(css.Numbers(strings.Join(args, " ")))
		}
	})
	if empty {
		return "clip-path:" + clipPath
	}
	return ""
}

func firstWordOf(args []string) string {
	if len(args) == 0 {
		return ""
	}
	return args[0]
}

// insetEmpty judges an inset() by all its values: the box is empty when
// the top and bottom insets, or the left and right ones, meet. Percentages
// compare with each other; lengths are empty only when one side is as
// large as any box a line of text needs.
func insetEmpty(args []string) bool {
	var v []string
	for _, a := range args {
		if a == "round" {
			break
		}
		v = append(v, a)
	}
	if len(v) == 0 {
		return false
	}
	for len(v) < 4 { // top, right, bottom, left as in margin
		switch len(v) {
		case 1:
			v = append(v, v[0])
		case 2:
			v = append(v, v[0])
		case 3:
			v = append(v, v[1])
		}
	}
	meet := func(a, b string) bool {
		pa, aPct := strings.CutSuffix(a, "%")
		pb, bPct := strings.CutSuffix(b, "%")
		fa, okA := css.Number(pa)
		fb, okB := css.Number(pb)
		if !okA || !okB {
			return false
		}
		if aPct && bPct {
			return fa+fb >= 100
		}
		return aPct && fa >= 100 || bPct && fb >= 100
	}
	return meet(v[0], v[2]) || meet(v[1], v[3])
}

// sameNumbers: a polygon whose points all coincide has no area.
func sameNumbers(nums []float64) bool {
	if len(nums) < 2 {
		return false
	}
	for i := 2; i+1 < len(nums); i += 2 {
		if nums[i] != nums[0] || nums[i+1] != nums[1] {
			return false
		}
	}
	return true
}

// offPage names the declaration that moves a box off the page, or "".
func offPage(d css.Declarations) string {
	far := func(k string, v float64) string { return fmt.Sprintf("%s %gpx", k, v) }
	var margins [2]string // top, left
	if m := strings.Fields(d.Get("margin")); len(m) > 0 {
		margins[0], margins[1] = m[0], m[0]
		if len(m) >= 2 {
			margins[1] = m[1]
		}
		if len(m) == 4 {
			margins[1] = m[3]
		}
	}
	if v := d.Get("margin-top"); v != "" {
		margins[0] = v
	}
	if v := d.Get("margin-left"); v != "" {
		margins[1] = v
	}
	for i, k := range [2]string{"margin-top", "margin-left"} {
		if v, ok := css.LengthPx(margins[i]); ok && v <= -offPagePx {
			return far(k, v)
		}
	}
	switch pos := d.Get("position"); pos {
	case "absolute", "fixed", "relative", "sticky":
		for _, k := range []string{"left", "top", "right", "bottom", "inset"} {
			if v, ok := css.LengthPx(firstWord(d.Get(k))); ok && v <= -offPagePositionedPx {
				return far(k, v)
			}
		}
		if v, ok := css.LengthPx(d.Get("left")); ok && v >= farPx {
			return far("left", v) // pushed far right of any screen
		}
		if v, ok := css.LengthPx(d.Get("top")); ok && v >= farPx && pos == "fixed" {
			return far("top", v) // fixed below the screen: never scrolled to
		}
		if v, ok := css.LengthPx(d.Get("top")); ok && v >= belowPagePx && pos == "absolute" {
			return far("top", v) // past the end of the page, after a long scroll through nothing
		}
	}
	if v := originOffPage(d); v != "" {
		return v
	}
	if v, ok := css.LengthPx(d.Get("text-indent")); ok && (v <= -500 || v >= farPx) {
		return far("text-indent", v)
	}
	for _, k := range []string{"transform", "translate"} {
		t := d.Get(k)
		if t == "" || t == "none" || k == "transform" && !strings.Contains(t, "translate") && !strings.Contains(t, "matrix") {
			continue
		}
		for _, f := range strings.FieldsFunc(t, func(r rune) bool { return r == '(' || r == ')' || r == ',' || r == ' ' }) {
			if v, ok := css.LengthPx(f); ok && (v <= -500 || v >= farPx) {
				return far(k, v)
			}
		}
	}
	return ""
}

// maxScreenPx is the widest desktop screen a page is laid out for: a
// box is at most that far right of the page's left edge.
const maxScreenPx = 1920

// originOffPage names the transform that, turned or scaled about a
// transform-origin far outside the box, carries the whole box off the
// page's left or top edge, or "": a half turn about a point 2500px up
// and left lands it 5000px up and left. The box is taken as large as a
// content column, placed anywhere on a screen's width (or, vertically,
// anywhere above belowPagePx): only what ends beyond that is off.
func originOffPage(d css.Declarations) string {
	t, origin := d.Get("transform"), strings.Fields(d.Get("transform-origin"))
	if t == "" || t == "none" || len(origin) < 2 {
		return ""
	}
	ox, okX := css.LengthPx(origin[0])
	oy, okY := css.LengthPx(origin[1])
	if !okX || !okY {
		return "" // keywords and percentages stay within the box
	}
	m := [4]float64{1, 0, 0, 1} // the linear part, a b / c d, in the order applied
	known := true
	mul := func(a, b, c, e float64) { // m = m × [a b; c e]
		m = [4]float64{m[0]*a + m[1]*c, m[0]*b + m[1]*e, m[2]*a + m[3]*c, m[2]*b + m[3]*e}
	}
	css.Functions(t, func(name string, args []string) {
		switch strings.ToLower(name) {
		case "rotate", "rotatez":
			if a, ok := css.AngleRad(firstWordOf(args)); ok {
				sin, cos := math.Sincos(a)
				mul(cos, -sin, sin, cos)
				return
			}
		case "scale", "scalex", "scaley":
			if len(args) > 0 {
				x, okX := css.Number(args[0])
				y, okY := x, okX
				if len(args) > 1 {
					y, okY = css.Number(args[1])
				}
				switch strings.ToLower(name) {
				case "scalex":
					y, okY = 1, true
				case "scaley":
					x, y = 1, x
				}
				if okX && okY {
					mul(x, 0, 0, y)
					return
				}
			}
		}
		known = false // translations and the rest are read elsewhere
	})
	if !known {
		return ""
	}
	maxX, maxY := math.Inf(-1), math.Inf(-1)
	for _, p := range [...][2]float64{{0, 0}, {contentColumnPx, 0}, {0, contentColumnPx}, {contentColumnPx, contentColumnPx}} {
		dx, dy := p[0]-ox, p[1]-oy
		maxX = math.Max(maxX, ox+m[0]*dx+m[1]*dy)
		maxY = math.Max(maxY, oy+m[2]*dx+m[3]*dy)
	}
	if maxX < -maxScreenPx || maxY < -belowPagePx {
		return fmt.Sprintf("transform %s about %s", t, d.Get("transform-origin"))
	}
	return ""
}

// masksAll names a mask that lets nothing of the element through: an
// image made only of gradients whose every colour stop is transparent.
// A mask from a file (url()) may show anything and is left alone.
func masksAll(d css.Declarations) string {
	for _, k := range [...]string{"mask-image", "-webkit-mask-image", "mask", "-webkit-mask"} {
		v := d.Get(k)
		if v == "" || v == "none" {
			continue
		}
		if !strings.Contains(v, "gradient(") || strings.Contains(v, "url(") {
			return ""
		}
		stops := 0
		for _, g := range css.GradientArgs(v) {
			f := strings.Fields(g)
			if len(f) == 0 || css.GradientGeometry(f[0]) {
				continue
			}
			stops++
			if strings.Contains(f[0], "(") && !strings.HasSuffix(f[0], ")") {
				f[0] = g[:strings.IndexByte(g, ')')+1] // rgba(0, 0, 0, 0) split by the spaces
			}
			if a, ok := css.ColorAlpha(f[0]); !ok || f[0] != "transparent" && !strings.ContainsAny(f[0], "(#") || a > maxInvisibleOpacity {
				return "" // a stop that lets the element show
			}
		}
		if stops > 0 {
			return k + ":" + v
		}
		return ""
	}
	return ""
}

// transparentText names the declaration that paints an element's text in
// no colour, or in its own background's, and whether the element sets
// its text colour itself. Text cut out of a background image
// (background-clip:text) or drawn by its shadow is painted all the same.
func transparentText(d css.Declarations) (string, bool) {
	color, fill := d.Get("color"), d.Get("-webkit-text-fill-color")
	if color == "" && fill == "" {
		return "", false
	}
	if clipText := firstNonEmpty(d.Get("-webkit-background-clip"), d.Get("background-clip")); clipText == "text" {
		return "", true
	}
	if sh := d.Get("text-shadow"); sh != "" && sh != "none" {
		return "", true
	}
	for _, c := range [...]struct{ key, val string }{{"color", color}, {"-webkit-text-fill-color", fill}} {
		if a, ok := css.ColorAlpha(c.val); ok && a <= maxInvisibleOpacity {
			return c.key + ":" + c.val, true
		}
	}
	// Text painted in its own background colour.
	if c := css.ColorValue(firstNonEmpty(fill, color)); c != "" && c == css.ColorValue(css.BackgroundColour(d)) {
		return "color:" + color + " on the same background", true
	}
	return "", true
}

func firstWord(v string) string {
	if f := strings.Fields(v); len(f) > 0 {
		return f[0]
	}
	return ""
}

// styleHides reports whether a declaration block, alone on an element of
// a plain page, hides it.
func styleHides(decl string) bool {
	root := &styleCtx{opacity: 1, scale: 1, fontPx: defaultFontPx, remPx: defaultFontPx}
	r := rendering{opacity: 1, scale: 1, fontPx: defaultFontPx, textPx: defaultFontPx, box: -1}
	d := css.ParseDeclarations(decl)
	ctx := *root
	r.read(d, root, &ctx)
	return r.hidden().id != ""
}

// maxCoverPx is the tallest container judged covered (covered.go): a
// few lines of text (a patch over a line or two is the trick; a loading
// mask covers a whole column, whose height the page does not declare).
const maxCoverPx = 120

// coverContainer is what coveredChildren needs of the container: its
// declared height (0 when it has none: it is as tall as its in-flow
// content) and whether it cuts what overflows it.
type coverContainer struct {
	heightPx float64
	cuts     bool
}

// containerOf reads n's declarations as a container that a cover may
// span: positioned, of a small declared height. ok is false otherwise.
func containerOf(d css.Declarations, fontPx, remPx float64) (coverContainer, bool) {
	switch d.Get("position") {
	case "relative", "absolute", "sticky":
	default:
		return coverContainer{}, false
	}
	h := 0.0
	if v := strings.TrimSpace(d.Get("height")); v != "" && v != "auto" {
		px, ok := css.LengthIn(v, fontPx, remPx)
		if !ok || strings.HasSuffix(v, "%") || px <= 0 || px > maxCoverPx {
			return coverContainer{}, false
		}
		h = px
	}
	return coverContainer{heightPx: h, cuts: cutsVertically(d)}, true
}

// cutsVertically reports a box that hides what overflows it downwards:
// overflow (its second value, when it has two) or overflow-y hidden or
// clip.
func cutsVertically(d css.Declarations) bool {
	ov := strings.Fields(d.Get("overflow"))
	cuts := len(ov) > 0 && (ov[len(ov)-1] == "hidden" || ov[len(ov)-1] == "clip")
	if v := d.Get("overflow-y"); v != "" {
		cuts = v == "hidden" || v == "clip"
	}
	return cuts
}
