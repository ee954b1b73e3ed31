package core

// Text cut off along a line: a box that keeps its content on one line
// (white-space:nowrap) and hides what overflows sideways shows only its
// width of that line. An inline child pushed, by the text before it and
// its own margin and padding, to start beyond that width is not painted
// at all. A title cut with an ellipsis starts inside the box and stays.

import (
	"strings"

	"github.com/govreader/govreader/core/internal/css"
	"golang.org/x/net/html"
)

// nowrapRules reports a rule of the page's style sheets that keeps lines
// from wrapping (white-space: nowrap or pre).
func (p *page) nowrapRules() bool {
	if !p.lineScanned {
		p.lineScanned = true
		for _, r := range p.styleRules() {
			for _, d := range r.Decls {
				p.lineNowrap = p.lineNowrap || keepsLines(d)
			}
		}
	}
	return p.lineNowrap
}

// lineSheets compiles, once, the page's rules that set a property of
// lineProps (all) and those of boxes that keep their lines whole and cut
// what overflows (gate, the cheap test).
func (p *page) lineSheets() (all, gate *css.Sheet) {
	if p.lineIx != nil {
		return p.lineIx, p.lineGate
	}
	p.lineIx, p.lineGate = css.NewSheet(), css.NewSheet()
	order := 0
	for _, r := range p.styleRules() {
		var decls css.Declarations
		nowrap, cuts := false, false
		for _, d := range r.Decls {
			if lineProps[d.Key] {
				decls = append(decls, d)
			}
			nowrap = nowrap || keepsLines(d)
			cuts = cuts || cutsOverflow(d)
		}
		for _, sel := range r.Selectors {
			order++
			if len(decls) == 0 || css.Dynamic(sel) {
				continue
			}
			p.lineIx.Add(sel, order, decls)
			if nowrap || cuts {
				p.lineGate.Add(sel, order, decls)
			}
		}
	}
	return p.lineIx, p.lineGate
}

// lineCascade is an element's declarations of lineProps: the page's
// rules and its inline style.
func (p *page) lineCascade(n *html.Node) css.Declarations {
	inline := css.ParseDeclarations(attr(n, "style"))
	if p.noRules {
		return inline
	}
	all, _ := p.lineSheets()
	d, _ := all.Cascade(n, inline, nil)
	return d
}

// cutLine is an inline element a one-line box cuts off (cutAlongLine).
type cutLine struct {
	n *html.Node
	// spaced: its own margin and padding, space with nothing to show,
	// take half the box's width or more: it is pushed out by emptiness
	// (as blocks with nothing to show push one out of a cut height), not
	// by a long title before it.
	spaced bool
}

// cutAlongLine returns the inline descendants of n, a box that keeps its
// text on one line and hides its overflow sideways, that start beyond its
// width, and that width; nil when n is no such box or its line holds
// what the static reading cannot measure (a block, a float, a box out of
// the flow). Text is measured as textWidthPx measures it; images count
// nothing, so that a start is never overestimated.
func (p *page) cutAlongLine(n *html.Node, fontPx, remPx float64) ([]cutLine, float64) {
	style := attr(n, "style")
	if !strings.Contains(style, "nowrap") && !strings.Contains(style, "pre") {
		if p.noRules {
			return nil, 0
		}
		// No line is cut along where no rule keeps lines from wrapping:
		// most pages, which are then spared the sheets and a cascade per
		// element.
		if !p.nowrapRules() {
			return nil, 0
		}
		_, gate := p.lineSheets()
		if d, _ := gate.Cascade(n, nil, nil); len(d) == 0 {
			return nil, 0
		}
	}
	d := p.lineCascade(n)
	if ws := d.Get("white-space"); ws != "nowrap" && ws != "pre" {
		return nil, 0
	}
	ov := d.Get("overflow-x")
	if ov == "" {
		ov = firstWord(d.Get("overflow"))
	}
	if ov != "hidden" && ov != "clip" {
		return nil, 0
	}
	width := -1.0
	for _, k := range [...]string{"width", "max-width"} {
		v := strings.TrimSpace(d.Get(k))
		if v == "" || strings.HasSuffix(v, "%") {
			continue
		}
		if px, ok := css.LengthIn(v, fontPx, remPx); ok && px > 0 && (width < 0 || px < width) {
			width = px
		}
	}
	if width < 0 {
		return nil, 0
	}
	lead := func(d css.Declarations) float64 {
		x := 0.0
		for _, k := range [...]string{"margin-left", "padding-left"} {
			if px, ok := css.LengthIn(d.Get(k), fontPx, remPx); ok {
				x += px
			}
		}
		return x
	}
	x := lead(css.Declarations{{Key: "padding-left", Val: d.Get("padding-left")}})
	if px, ok := css.LengthIn(d.Get("text-indent"), fontPx, remPx); ok {
		x += px
	}
	var out []cutLine
	measurable := true
	var walk func(c *html.Node)
	walk = func(c *html.Node) {
		for ; c != nil && measurable; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				x += textWidthPx(strings.Join(strings.Fields(c.Data), " "), fontPx)
			case html.ElementNode:
				if c.Data == "br" || blockTags[c.Data] {
					measurable = false
					return
				}
				cd := p.lineCascade(c)
				disp, fl, pos := cd.Get("display"), cd.Get("float"), cd.Get("position")
				if disp != "" && disp != "inline" && disp != "inline-block" || fl != "" && fl != "none" || pos == "absolute" || pos == "fixed" {
					measurable = false
					return
				}
				space := lead(cd)
				x += space
				if x >= width && strings.TrimSpace(textOf(c)) != "" {
					out = append(out, cutLine{n: c, spaced: space >= width/2})
					continue
				}
				walk(c.FirstChild)
			}
		}
	}
	walk(n.FirstChild)
	if !measurable {
		return nil, 0
	}
	return out, width
}
