package core

// Chrome stage: the article node in, the same node without portal chrome
// out: the headline and info line when the container holds them, share
// bars, font-size and print controls, QR blurbs, related and prev/next
// lists, empty 附件 boxes and footers. The knowledge is in rules_chrome.go.

import (
	"math"
	"path"
	"strings"

	"golang.org/x/net/html"
)

func (p *page) removeChrome(root *html.Node) {
	if root == nil {
		return
	}
	p.cutBeforeHeadline(root)
	// What goes, and why: the reason is named where the walk decides.
	type dropped struct {
		n    *html.Node
		id   string
		what string
	}
	var drop []dropped
	seenProse := false
	over := p.budgetGate("chrome removal")
	walkElements([]*html.Node{root}, func(n *html.Node) bool {
		if n == root {
			return true
		}
		if over() {
			return false
		}
		switch n.Data {
		case "script", "style", "link", "meta":
			drop = append(drop, dropped{n, reasonChromeCode, "code, not text"})
			return false
		case "img", "table", "tbody", "tr":
			return true
		case "aside":
			drop = append(drop, dropped{n, reasonChromeAside, "an aside"})
			return false
		}
		// Every check below but the prose mark needs at most
		// maxChromeText runes, and the prose mark reads a long block's
		// opening.
		t, l := textPrefix(n, maxChromeText)
		if l == 0 {
			if hasMedia(n) {
				return true
			}
			if n.Data != "br" && n.Data != "td" && n.Data != "th" {
				drop = append(drop, dropped{n, reasonChromeEmpty, "an empty box"})
			}
			return false
		}
		// Most blocks hold no link, and their link density is known
		// without measuring it.
		if isChromeByClass(n) && (l < 200 || hasLink(n) && linkDensity(n) > 0.5) {
			drop = append(drop, dropped{n, reasonChromeClass, "its class or id names page controls"})
			return false
		}
		if l <= maxChromeText && hasLink(n) {
			if isLinkList(n, l) {
				drop = append(drop, dropped{n, reasonChromeLinkList, "a list of links"})
				return false
			}
			if isLinkOnly(n, l) {
				drop = append(drop, dropped{n, reasonChromeLinkOnly, "a link to another page"})
				return false
			}
		}
		if l <= 80 && isChromeText(t) {
			drop = append(drop, dropped{n, reasonChromePhrase, "a page control's words"})
			return false
		}
		if l <= 300 && footerText.MatchString(t) && !hasSentence(t) {
			drop = append(drop, dropped{n, reasonChromeFooter, "a footer"})
			return false
		}
		if l <= 120 && isInfoLine(t, seenProse) {
			drop = append(drop, dropped{n, reasonChromeInfoLine, "the info line, read as metadata"})
			return false
		}
		// A byline line above the prose is metadata too; its names go to
		// the author, read after the body is rendered.
		if !seenProse && l <= 40 {
			if names := bylineLine(t); names != "" {
				if !p.decide(n, t, stageChrome, because(reasonChromeByline, "a byline, read as the author"), nil) {
					return true
				}
				p.meta.byline = firstNonEmpty(p.meta.byline, names)
				detach(n)
				return false
			}
		}
		if isBlockish(n.Data) && l >= 30 && hasSentence(t) {
			seenProse = true
		}
		return true
	})
	for _, d := range drop {
		p.drop(d.n, stageChrome, because(d.id, d.what), func() Evidence { return chromeEvidence(d.n, d.id) })
	}
}

// chromeEvidence is what decided a chrome removal, for the log.
func chromeEvidence(n *html.Node, id string) Evidence {
	switch id {
	case reasonChromeClass:
		return Evidence{"class": strings.TrimSpace(classID(n))}
	case reasonChromeLinkList, reasonChromeLinkOnly:
		return Evidence{"link_density": math.Round(linkDensity(n)*100) / 100}
	}
	return nil
}

// cutBeforeHeadline removes the headline and everything before it when the
// article node holds them (breadcrumbs, column names).
func (p *page) cutBeforeHeadline(root *html.Node) {
	h := p.meta.headline
	if h == nil || h == root || !isAncestor(root, h) {
		return
	}
	for n := h; n != root && n != nil; n = n.Parent {
		for s := n.PrevSibling; s != nil; {
			prev := s.PrevSibling
			if s.Type == html.ElementNode || s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
				p.drop(s, stageChrome, because(reasonChromeBefore, "above the headline: a breadcrumb or a column name"), nil)
			} else {
				detach(s) // white space and comments
			}
			s = prev
		}
	}
	p.drop(h, stageChrome, because(reasonChromeHeadline, "the headline, shown as the title"), nil)
}

func isChromeByClass(n *html.Node) bool {
	ci := classID(n)
	if strings.TrimSpace(ci) == "" {
		return false
	}
	for _, word := range strings.FieldsFunc(ci, func(r rune) bool { return r == ' ' }) {
		for _, c := range chromeClassWords {
			if word == c || strings.HasPrefix(word, c+"-") || strings.HasPrefix(word, c+"_") || strings.HasPrefix(word, c) && len(word) <= len(c)+3 {
				return true
			}
		}
	}
	return false
}

// hasLink reports an <a> at or below n.
func hasLink(n *html.Node) bool {
	return findNode(n, func(e *html.Node) bool { return isElement(e, "a") }, nil) != nil
}

// isLinkOnly reports a short block whose whole text is one link to
// another page ("More stories", a teaser headline); attachment links stay.
func isLinkOnly(n *html.Node, textLen int) bool {
	switch n.Data {
	case "p", "div", "li", "h2", "h3", "h4", "h5", "h6", "section":
	default:
		return false
	}
	if textLen > 200 || linkDensity(n) < 0.95 {
		return false
	}
	only := true
	walkElements([]*html.Node{n}, func(e *html.Node) bool {
		if e.Data == "a" && attachmentExt[strings.ToLower(path.Ext(attr(e, "href")))] {
			only = false
		}
		return only
	})
	return only
}

// isLinkList reports a block that is mostly links (related articles, tag
// clouds, more-from lists) and not a list of the article's attachments.
func isLinkList(n *html.Node, textLen int) bool {
	switch n.Data {
	case "ul", "ol", "div", "section", "dl", "p", "table":
	default:
		return false
	}
	if textLen > maxChromeText || linkDensity(n) <= 0.6 {
		return false
	}
	links, files := 0, 0
	walkElements([]*html.Node{n}, func(e *html.Node) bool {
		if e.Data == "a" {
			links++
			if attachmentExt[strings.ToLower(path.Ext(attr(e, "href")))] {
				files++
			}
		}
		return true
	})
	return links >= 2 && files*2 < links
}

// isInfoLine reports a metadata line (来源：… 发布时间：…) inside the body.
// At the start of the body one label suffices; later it takes two, so
// that a closing 图文来源：… credit line stays.
func isInfoLine(t string, seenProse bool) bool {
	if hasSentence(t) {
		return false
	}
	locs := labelLocs(t)
	if len(locs) == 0 {
		return false
	}
	if !seenProse {
		return locs[0][0] <= 2
	}
	return len(locs) >= 2 && locs[0][0] <= 2
}
