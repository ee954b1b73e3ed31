package core

// Literal gates for regular expressions: a pattern whose every
// alternative must contain some literal cannot match a text that holds
// none of those literals, and strings.Contains is far cheaper than the
// regexp engine, in WebAssembly above all. The literals are read from the
// pattern's syntax tree, so the gate can never disagree with the pattern.

import (
	"regexp"
	"regexp/syntax"
	"slices"
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

// requiredLiterals returns literals of which every match of expr contains
// at least one, or nil when no such set is known (or the pattern folds
// case).
func requiredLiterals(expr string) []string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	lits := requiredSet(re)
	slices.Sort(lits)
	return slices.Compact(lits)
}

// requiredSet is a set of literals of which every match of r contains
// one; nil when there is none. Of a concatenation it takes the part with
// the fewest literals, longer ones breaking ties, since each literal is
// one more search of the text.
func requiredSet(r *syntax.Regexp) []string {
	switch r.Op {
	case syntax.OpLiteral:
		if r.Flags&syntax.FoldCase != 0 {
			return nil
		}
		return []string{string(r.Rune)}
	case syntax.OpCapture, syntax.OpPlus:
		return requiredSet(r.Sub[0])
	case syntax.OpRepeat:
		if r.Min >= 1 {
			return requiredSet(r.Sub[0])
		}
	case syntax.OpAlternate:
		var out []string
		for _, a := range r.Sub {
			set := requiredSet(a)
			if set == nil {
				return nil
			}
			out = append(out, set...)
		}
		return out
	case syntax.OpConcat:
		var best []string
		for _, s := range r.Sub {
			if set := requiredSet(s); set != nil && (best == nil || betterGate(set, best)) {
				best = set
			}
		}
		return best
	}
	return nil
}

// betterGate reports whether literal set a gates more cheaply than b:
// fewer searches, then longer literals, which match by accident less.
func betterGate(a, b []string) bool {
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return minLen(a) > minLen(b)
}

func minLen(lits []string) int {
	n := -1
	for _, l := range lits {
		if n < 0 || len(l) < n {
			n = len(l)
		}
	}
	return n
}
