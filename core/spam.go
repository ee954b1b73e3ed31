package core

// Spam stage: DOM in, DOM out without link farms, spam text, content after
// </html> and static document.write payloads; every removal is reported in
// Article.Spam. Hidden content has already been removed by the visibility
// stage, which hands each removed node to classifyRemoved.

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/text/unicode/norm"
)

// spamScore counts lexicon hits: strong words weigh 2, weak words 1.
func spamScore(text string) (score int, strong int) {
	t := strings.ToLower(norm.NFKC.String(text))
	for _, w := range spamStrong {
		if strings.Contains(t, w) {
			score += 2
			strong++
		}
	}
	for _, w := range spamWeak {
		if strings.Contains(t, w) {
			score++
		}
	}
	return score, strong
}

// foreignLinks counts links to hosts other than the page's own and other
// than government hosts.
func (p *page) foreignLinks(n *html.Node) (foreign, total int) {
	walkElements([]*html.Node{n}, func(e *html.Node) bool {
		if e.Data != "a" {
			return true
		}
		total++
		u, err := url.Parse(strings.TrimSpace(attr(e, "href")))
		if err != nil || u.Host == "" {
			return true
		}
		host := strings.ToLower(u.Hostname())
		if isGovHost(host) || (p.base != nil && sameSite(host, p.base.Hostname())) {
			return true
		}
		foreign++
		return true
	})
	return foreign, total
}

func isGovHost(host string) bool {
	return strings.HasSuffix(host, ".gov.cn") || host == "gov.cn"
}

func sameSite(a, b string) bool {
	a, b = strings.TrimPrefix(strings.ToLower(a), "www."), strings.TrimPrefix(strings.ToLower(b), "www.")
	return a == b || strings.HasSuffix(a, "."+b) || strings.HasSuffix(b, "."+a)
}

// classifyRemoved reports a node that another stage removed when its
// content looks like spam; ordinary hidden chrome goes silently.
func (p *page) classifyRemoved(n *html.Node, kind, reason string) {
	text := textOf(n)
	score, strong := spamScore(text)
	foreign, _ := p.foreignLinks(n)
	if strong > 0 || score >= 3 || foreign >= 3 {
		p.report(kind, clip(text, 300), reason, true)
	}
}

func (p *page) removeSpam() {
	p.readIdentity()
	p.checkAfterHTML()
	p.checkDocumentWrite()
	p.checkHeadHijack()
	p.removeVisibleSpam()
}

func (p *page) checkAfterHTML() {
	if p.afterHTML == "" {
		return
	}
	frag, err := goquery.NewDocumentFromReader(strings.NewReader(p.afterHTML))
	if err != nil {
		return
	}
	frag.Find("script, style").Remove()
	if text := collapseSpace(frag.Text()); text != "" {
		p.report(SpamAfterHTML, clip(text, 300), "content appended after </html>", true)
	}
}

var docWriteRe = regexp.MustCompile(`document\.write(?:ln)?\s*\(\s*(['"])((?:\\.|[^\\])*?)['"]\s*\)`)

// checkDocumentWrite reports static document.write payloads that carry
// spam. Scripts are never rendered, so nothing is left to remove.
func (p *page) checkDocumentWrite() {
	p.doc.Find("script").Each(func(_ int, s *goquery.Selection) {
		for _, m := range docWriteRe.FindAllStringSubmatch(s.Text(), -1) {
			payload := strings.NewReplacer(`\'`, `'`, `\"`, `"`, `\/`, `/`).Replace(m[2])
			frag, err := goquery.NewDocumentFromReader(strings.NewReader(payload))
			if err != nil {
				continue
			}
			text := collapseSpace(frag.Text())
			score, strong := spamScore(text)
			foreign, _ := p.foreignLinks(frag.Get(0))
			if strong > 0 || score >= 3 || foreign >= 3 {
				p.report(SpamDocWrite, clip(text, 300), "spam written by a script", true)
			}
		}
	})
}

// checkHeadHijack reports a <title>, keywords or description that carries
// spam words; the title then comes from the headline alone.
func (p *page) checkHeadHijack() {
	check := func(what, text string) {
		if _, strong := spamScore(text); strong > 0 {
			p.report(SpamTitle, clip(text, 200), "spam words in the page's "+what, true)
			if what == "title" {
				p.meta.titleHijacked = true
			}
		}
	}
	check("title", p.doc.Find("title").First().Text())
	p.doc.Find("meta[name]").Each(func(_ int, s *goquery.Selection) {
		name := strings.ToLower(s.AttrOr("name", ""))
		if name == "keywords" || name == "description" {
			check(name, s.AttrOr("content", ""))
		}
	})
}

// removeVisibleSpam removes visible blocks that are lexicon spam: link
// farms to foreign hosts and word lists without sentence punctuation.
func (p *page) removeVisibleSpam() {
	var drop []*html.Node
	walkElements(p.doc.Find("body").Nodes, func(n *html.Node) bool {
		switch n.Data {
		case "body", "html":
			return true
		}
		text := textOf(n)
		if text == "" {
			return false
		}
		score, strong := spamScore(text)
		if strong == 0 && score < 3 {
			return false // nothing below can score either
		}
		foreign, links := p.foreignLinks(n)
		runes := len([]rune(text))
		if runes > 600 {
			return true // too big to judge as a whole; look at the parts
		}
		if (foreign >= 2 && foreign*2 >= links) || (!hasSentencePunct(text) && strong >= 1 && score >= 4) {
			if childHoldsAll(n, strong) {
				return true // the spam sits in one child: take just that
			}
			drop = append(drop, n)
			return false
		}
		return true
	})
	for _, n := range drop {
		p.report(SpamText, clip(textOf(n), 300), "visible spam block", true)
		detach(n)
	}
}

// hasSentencePunct reports whether text reads as prose: it has Chinese
// sentence punctuation.
func hasSentencePunct(text string) bool {
	return strings.ContainsAny(text, "。！？；“”")
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// hanRatio is the share of Han characters among the letters of s.
func hanRatio(s string) float64 {
	var han, letters int
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			han++
			letters++
		} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
			letters++
		}
	}
	if letters == 0 {
		return 0
	}
	return float64(han) / float64(letters)
}

// childHoldsAll reports whether one element child of n carries all of n's
// strong spam words.
func childHoldsAll(n *html.Node, strong int) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if _, s := spamScore(textOf(c)); s == strong {
				return true
			}
		}
	}
	return false
}
