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
	"regexp"
	"strconv"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// HiddenHintAttr is set by the extension's content script on every element
// whose computed style hides it (display, visibility, opacity, zero or tiny
// boxes with overflow hidden, off-screen boxes, font-size 0). Its value is
// ignored; its presence means "the browser does not show this".
const HiddenHintAttr = "data-govreader-hidden"

// neverShown are elements whose content a browser does not render as text.
var neverShown = "body template, body noscript, body iframe, body object, body embed, body audio, body video, body canvas, body select, body button, body textarea, body input, body map, body datalist, body dialog:not([open])"

func (p *page) removeHidden() {
	p.doc.Find(neverShown).Remove()
	hidden := p.styleRuleHidden()
	var drop []*html.Node
	walkElements(p.doc.Find("body").Nodes, func(n *html.Node) bool {
		if isHiddenElement(n) || hidden[n] {
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

func isHiddenElement(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.Data {
	case "script", "style":
		return false // kept for the stages that read them; never rendered
	}
	for _, a := range n.Attr {
		switch a.Key {
		case HiddenHintAttr, "hidden":
			return true
		case "style":
			if styleHides(a.Val) {
				return true
			}
		}
	}
	return false
}

// styleHides reports whether a CSS declaration block hides its element.
func styleHides(decl string) bool {
	d := parseDeclarations(decl)
	if len(d) == 0 {
		return false
	}
	switch {
	case d["display"] == "none",
		d["visibility"] == "hidden", d["visibility"] == "collapse",
		isZero(d["opacity"]),
		isZero(d["font-size"]),
		d["content-visibility"] == "hidden":
		return true
	}
	if strings.HasPrefix(d["clip"], "rect(0") || strings.HasPrefix(d["clip-path"], "inset(50%") || strings.HasPrefix(d["clip-path"], "inset(100%") {
		return true
	}
	if strings.Contains(d["transform"], "scale(0)") {
		return true
	}
	if pos := d["position"]; pos == "absolute" || pos == "fixed" {
		for _, k := range []string{"left", "top", "right", "bottom", "margin-left", "margin-top"} {
			if v, ok := lengthPx(d[k]); ok && v <= -500 {
				return true
			}
		}
	}
	if v, ok := lengthPx(d["text-indent"]); ok && v <= -500 {
		return true
	}
	// Tiny boxes that clip their content.
	if ov := d["overflow"]; ov == "hidden" || ov == "clip" {
		w, wok := lengthPx(d["width"])
		h, hok := lengthPx(d["height"])
		if (wok && w <= 1) || (hok && h <= 1) {
			return true
		}
	}
	if v, ok := lengthPx(d["line-height"]); ok && v == 0 {
		if h, ok := lengthPx(d["height"]); ok && h == 0 {
			return true
		}
	}
	return false
}

func parseDeclarations(decl string) map[string]string {
	out := map[string]string{}
	for _, part := range strings.Split(decl, ";") {
		k, v, ok := strings.Cut(part, ":")
		if !ok {
			continue
		}
		k = strings.ToLower(strings.TrimSpace(k))
		v = strings.ToLower(strings.TrimSpace(v))
		v = strings.TrimSpace(strings.TrimSuffix(v, "!important"))
		out[k] = v
	}
	return out
}

func isZero(v string) bool {
	if v == "" {
		return false
	}
	f, ok := lengthPx(v)
	return ok && f == 0
}

var lengthRe = regexp.MustCompile(`^(-?[0-9]*\.?[0-9]+)(px|pt|em|rem|%|vw|vh)?$`)

// lengthPx reads a CSS length; em and rem count as 16px, which is all the
// precision "is it off-screen or tiny" needs.
func lengthPx(v string) (float64, bool) {
	m := lengthRe.FindStringSubmatch(strings.TrimSpace(v))
	if m == nil {
		return 0, false
	}
	f, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		return 0, false
	}
	switch m[2] {
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

var (
	cssComment = regexp.MustCompile(`(?s)/\*.*?\*/`)
	cssRule    = regexp.MustCompile(`([^{}]+)\{([^{}]*)\}`)
)

// styleRuleHidden applies the page's own <style> rules that hide elements.
// Rules inside @media blocks are ignored: they depend on the screen, and
// portal pages use them to switch between desktop and mobile copies.
func (p *page) styleRuleHidden() map[*html.Node]bool {
	out := map[*html.Node]bool{}
	p.doc.Find("style").Each(func(_ int, s *goquery.Selection) {
		css := dropAtBlocks(cssComment.ReplaceAllString(s.Text(), ""))
		for _, m := range cssRule.FindAllStringSubmatch(css, -1) {
			if !styleHides(m[2]) {
				continue
			}
			for _, sel := range strings.Split(m[1], ",") {
				sel = strings.TrimSpace(sel)
				if sel == "" || strings.ContainsAny(sel, ":@[") {
					continue // pseudo-classes and states are not static
				}
				compiled, err := cascadia.Compile(sel)
				if err != nil {
					continue
				}
				for _, n := range compiled.MatchAll(p.doc.Get(0)) {
					if n.Data != "html" && n.Data != "body" {
						out[n] = true
					}
				}
			}
		}
	})
	return out
}

// dropAtBlocks removes @media, @supports and similar nested blocks.
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
		css = rest[j+1:]
	}
}
