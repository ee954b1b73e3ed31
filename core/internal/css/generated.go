package css

// Generated content: the strings a sheet's ::before and ::after rules
// paint beside the elements they match, which no text node holds.

import (
	"strings"

	"github.com/tdewolff/parse/v2"
	tcss "github.com/tdewolff/parse/v2/css"
)

// Generated is the content of one ::before or ::after rule: its strings,
// unescaped and joined as written (white space not folded, never empty),
// and the selector of the element it is painted beside.
type Generated struct {
	Host, Text string
}

// GeneratedContent reads the content strings of a sheet's ::before and
// ::after rules that hold text, with the selector of their host element,
// in the rules that apply on a desktop screen.
func GeneratedContent(src string) []Generated {
	var out []Generated
	pr := tcss.NewParser(parse.NewInputString(src), false)
	var hosts []string
	var groups groupStack
	for {
		gt, tt, data := pr.Next()
		switch gt {
		case tcss.ErrorGrammar:
			// A broken rule does not end the sheet for a browser, nor
			// for a planted rule after it.
			if tt == tcss.ErrorToken {
				return out
			}
		case tcss.BeginAtRuleGrammar:
			groups.enter(string(data), tokensText(pr.Values()))
		case tcss.EndAtRuleGrammar:
			groups.leave()
		case tcss.BeginRulesetGrammar:
			hosts = hosts[:0]
			if !groups.apply() {
				continue
			}
			for _, sel := range splitSelectors(strings.TrimSpace(tokensText(pr.Values()))) {
				if host, ok := generatedHost(sel); ok {
					hosts = append(hosts, host)
				}
			}
		case tcss.EndRulesetGrammar:
			hosts = hosts[:0]
		case tcss.DeclarationGrammar:
			if len(hosts) == 0 || !strings.EqualFold(string(data), "content") {
				continue
			}
			var text strings.Builder
			for _, t := range pr.Values() {
				if t.TokenType == tcss.StringToken && len(t.Data) >= 2 {
					text.WriteString(unquoteCSS(string(t.Data[1 : len(t.Data)-1])))
				}
			}
			if t := text.String(); t != "" {
				for _, h := range hosts {
					out = append(out, Generated{Host: h, Text: t})
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
