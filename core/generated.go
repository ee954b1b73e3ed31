package core

// Generated content: a style sheet's ::before and ::after rules paint
// their content string beside the elements they match. No text node holds
// it, so no reader view carries it, yet the portal shows it to every
// visitor: a planted rule is spam on the page even though it never
// reaches the article. It is reported, as hidden spam is, so that the
// report never under-counts what the page carried.
//
// Takes the page's <style> sheets; gives spam items. Part of the visibility
// stage: it reads what the browser paints.

import (
	"strings"

	"github.com/andybalholm/cascadia"
	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/css"
)

// generatedText is the content string of one ::before or ::after rule,
// and the selector of the element it is painted beside.
type generatedText struct {
	host, text string
}

// checkGeneratedContent reports the generated content of the page's
// sheets that the browser paints (its rule matches an element) and that
// is spam.
func (p *page) checkGeneratedContent() {
	why := because(reasonSpamGenerated, "spam in a style sheet's generated content (::before or ::after)")
	for _, n := range p.tags.all("style", nil).Nodes {
		src := scriptCode(n)
		// Most sheets generate no text: icons and clearfixes write "" or
		// a glyph, and the parse is left for the few that may say more.
		if !strings.Contains(src, "content") || inShadowTree(n) || !mediaApplies(attr(n, "media")) {
			continue
		}
		for _, g := range generatedTexts(src) {
			if !generatedSpam(g.text) {
				continue
			}
			sel, err := cascadia.Compile(g.host)
			if err != nil || len(p.doc.FindMatcher(sel).Nodes) == 0 {
				continue // painted beside nothing
			}
			if p.decide(nil, g.text, stageSpam, why, nil) {
				p.report(SpamHidden, clip(g.text, 300), why, true, nil)
			}
		}
	}
}

// generatedSpam judges a content string: a spam trade's words, keyword
// stuffing, or a seller's contact (a mobile number, a messaging handle).
// Generated text is decoration (注：, a bullet, an icon's glyph): a
// contact has no business there.
func generatedSpam(text string) bool {
	score, strong := spamScore(text)
	if strong > 0 || keywordSpam(text, score) {
		return true
	}
	if !mayHoldAdvert(text) {
		return false
	}
	folded, compact := foldSpam(text)
	return writesHandle(folded) || countDigits(folded) >= 11 && (mobilePhone.MatchString(folded) || mobilePhone.MatchString(compact))
}

// generatedTexts reads the content strings of a sheet's ::before and
// ::after rules that hold text, with the selector of their host element.
func generatedTexts(src string) []generatedText {
	var out []generatedText
	pr := css.NewParser(parse.NewInputString(src), false)
	var hosts []string
	// Group rules (@media, @supports) count as appendSheet counts them:
	// skipped is the number of open groups whose rules do not apply.
	var groups []bool
	skipped := 0
	for {
		gt, _, data := pr.Next()
		switch gt {
		case css.ErrorGrammar:
			return out
		case css.BeginAtRuleGrammar:
			ok := atRuleApplies(string(data), tokensText(pr.Values()))
			groups = append(groups, ok)
			if !ok {
				skipped++
			}
		case css.EndAtRuleGrammar:
			if n := len(groups); n > 0 {
				if !groups[n-1] {
					skipped--
				}
				groups = groups[:n-1]
			}
		case css.BeginRulesetGrammar:
			hosts = hosts[:0]
			if skipped > 0 {
				continue
			}
			for _, sel := range splitSelectors(strings.TrimSpace(tokensText(pr.Values()))) {
				if host, ok := generatedHost(sel); ok {
					hosts = append(hosts, host)
				}
			}
		case css.EndRulesetGrammar:
			hosts = hosts[:0]
		case css.DeclarationGrammar:
			if len(hosts) == 0 || !strings.EqualFold(string(data), "content") {
				continue
			}
			var text strings.Builder
			for _, t := range pr.Values() {
				if t.TokenType == css.StringToken && len(t.Data) >= 2 {
					text.WriteString(unquoteCSS(string(t.Data[1 : len(t.Data)-1])))
				}
			}
			if t := collapseSpace(text.String()); t != "" {
				for _, h := range hosts {
					out = append(out, generatedText{host: h, text: t})
				}
			}
		}
	}
}

// generatedHost returns the selector of the element a ::before or ::after
// selector paints beside (`.note::before` → `.note`).
func generatedHost(sel string) (string, bool) {
	low := strings.ToLower(sel)
	for _, pseudo := range []string{"::before", "::after", ":before", ":after"} {
		if strings.HasSuffix(low, pseudo) {
			host := strings.TrimSpace(sel[:len(sel)-len(pseudo)])
			if host == "" || strings.HasSuffix(host, " ") || strings.HasSuffix(host, ">") {
				host += "*"
			}
			return host, true
		}
	}
	return "", false
}

// unquoteCSS undoes a CSS string's escapes: \\ before a character, and
// \ followed by up to six hex digits (\4e2d) for a code point.
func unquoteCSS(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		j, cp := i+1, rune(0)
		for ; j < len(s) && j < i+7 && isHexDigit(s[j]); j++ {
			cp = cp*16 + rune(hexValue(s[j]))
		}
		if j == i+1 {
			b.WriteByte(s[j]) // an escaped character stands for itself
			i = j
			continue
		}
		if cp == 0 || cp > 0x10ffff || cp >= 0xd800 && cp <= 0xdfff {
			cp = '\ufffd'
		}
		b.WriteRune(cp)
		if j < len(s) && s[j] == ' ' {
			j++ // the space that ends an escape is part of it
		}
		i = j - 1
	}
	return b.String()
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func hexValue(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c <= 'F':
		return c - 'A' + 10
	}
	return c - 'a' + 10
}
