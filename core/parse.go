package core

// Parse stage: UTF-8 text in, a DOM out. Markup that a hacked page appends
// after its last </html> is set aside first, because a browser still shows
// it while it belongs to no part of the page.

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"unicode"

	goquery "github.com/govreader/govreader/core/internal/dq"
)

var closingHTML = regexp.MustCompile(`(?i)</html\s*>`)

func (p *page) parse(text string) error {
	if locs := closingHTML.FindAllStringIndex(text, -1); len(locs) > 0 {
		last := locs[len(locs)-1]
		tail := text[last[1]:]
		if strings.TrimSpace(stripComments(tail)) != "" {
			p.afterHTML = tail
			text = text[:last[1]]
		}
	}
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(text))
	if err != nil {
		return fmt.Errorf("parse: %w", err)
	}
	p.doc = doc
	return nil
}

var htmlComment = regexp.MustCompile(`(?s)<!--.*?-->`)

func stripComments(s string) string { return htmlComment.ReplaceAllString(s, "") }

// looksLikeHTML rejects binary data and plain text: a page needs at least
// one tag and must be mostly printable.
func looksLikeHTML(s string) bool {
	head := s
	if len(head) > 8192 {
		head = head[:8192]
	}
	var ctrl, total int
	for _, r := range head {
		total++
		if r == unicode.ReplacementChar || (unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t') {
			ctrl++
		}
	}
	if total == 0 || ctrl*10 > total {
		return false
	}
	return tagPattern.MatchString(s)
}

var tagPattern = regexp.MustCompile(`<(?i:[a-z!/][^>]*)>`)

// applyBaseElement honours <base href>, which decides what relative links
// on the page mean.
func (p *page) applyBaseElement() {
	href, ok := p.doc.Find("base[href]").First().Attr("href")
	if !ok {
		return
	}
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil {
		return
	}
	if p.base != nil {
		u = p.base.ResolveReference(u)
	}
	if u.IsAbs() && (u.Scheme == "http" || u.Scheme == "https") {
		p.base = u
	}
}
