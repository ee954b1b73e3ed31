package core

// Literal gates for regular expressions: a pattern whose every
// alternative must contain some literal cannot match a text that holds
// none of those literals, and strings.Contains is far cheaper than the
// regexp engine, in WebAssembly above all. The literals are read from the
// pattern's syntax tree, so the gate can never disagree with the pattern.

import (
	"regexp"
	"regexp/syntax"
	"strings"
)

// gatedRegexp is a compiled pattern with the literals that gate it; no
// literals means no gate.
type gatedRegexp struct {
	re      *regexp.Regexp
	anchors []string
}

func mustGate(expr string) gatedRegexp {
	return gatedRegexp{re: regexp.MustCompile(expr), anchors: requiredLiterals(expr)}
}

// MatchString is re.MatchString, skipped when no anchor occurs in s.
func (g gatedRegexp) MatchString(s string) bool {
	if g.anchors != nil {
		found := false
		for _, a := range g.anchors {
			if strings.Contains(s, a) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return g.re.MatchString(s)
}

// requiredLiterals returns one literal per top-level alternative of expr
// that every match of that alternative contains, or nil when some
// alternative has none (or the pattern folds case).
func requiredLiterals(expr string) []string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	alts := []*syntax.Regexp{re}
	if re.Op == syntax.OpAlternate {
		alts = re.Sub
	}
	var out []string
	for _, a := range alts {
		lit := requiredLiteral(a)
		if lit == "" {
			return nil
		}
		out = append(out, lit)
	}
	return out
}

// requiredLiteral is the longest literal that every match of r contains.
func requiredLiteral(r *syntax.Regexp) string {
	switch r.Op {
	case syntax.OpLiteral:
		if r.Flags&syntax.FoldCase != 0 {
			return ""
		}
		return string(r.Rune)
	case syntax.OpCapture, syntax.OpPlus:
		return requiredLiteral(r.Sub[0])
	case syntax.OpRepeat:
		if r.Min >= 1 {
			return requiredLiteral(r.Sub[0])
		}
	case syntax.OpConcat:
		best := ""
		for _, s := range r.Sub {
			if l := requiredLiteral(s); len(l) > len(best) {
				best = l
			}
		}
		return best
	}
	return ""
}
