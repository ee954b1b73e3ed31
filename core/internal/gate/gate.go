// Package gate puts literal gates in front of regular expressions: a
// pattern whose every alternative must contain some literal cannot match
// a text that holds none of those literals, and strings.Contains is far cheaper than the
// regexp engine, in WebAssembly above all. The literals are read from the
// pattern's syntax tree, so the gate can never disagree with the pattern.
package gate

import (
	"math/bits"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/govreader/govreader/core/internal/cjk"
)

// Regexp is a pattern split for speed: its top-level alternatives
// that are plain words are found by a one-pass word search (phrases), and
// the rest is a regexp run only when one of the literals it requires
// occurs.
type Regexp struct {
	expr string // the whole pattern, which tests compile to compare with
	// words are the plain-word alternatives; rest the others, or nil.
	words Phrases
	rest  *regexp.Regexp
	// anchors gate rest; nil means no
	anchors Phrases
}

// Phrases finds whether any of a few words occurs in a text in one pass:
// a bit test per rune, and a prefix check where a word may start. A
// search per word would scan the text once for each, and in Chinese text
// a word's first byte is in most characters.
type Phrases struct {
	list   []string
	first  *cjk.RuneSet
	byRune map[rune][]string
}

// NewPhrases prepares the search for words.
func NewPhrases(words []string) Phrases {
	if len(words) == 0 {
		return Phrases{}
	}
	p := Phrases{list: words, first: new(cjk.RuneSet), byRune: map[rune][]string{}}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		p.first.Add(r)
		p.byRune[r] = append(p.byRune[r], w)
	}
	return p
}

// In reports whether s holds one of the words.
func (p Phrases) In(s string) bool {
	for i := 0; i < len(s); {
		// A range loop, but for Han characters taken from their bytes:
		// range calls the decoder for every rune of Chinese text.
		r, size := cjk.HanAt(s, i), 3
		if r < 0 {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if p.first.Has(r) {
			for _, w := range p.byRune[r] {
				if strings.HasPrefix(s[i:], w) {
					return true
				}
			}
		}
		i += size
	}
	return false
}

// MayStart reports whether one of the words may start with r: a bit
// test, cheap enough for every rune of a page.
func (p Phrases) MayStart(r rune) bool { return p.first != nil && p.first.Has(r) }

// StartsAt reports whether one of the words starts at s[i], where the
// rune r starts. Callers that act at each word (a regexp read from there
// on) test MayStart first.
func (p Phrases) StartsAt(s string, i int, r rune) bool {
	for _, w := range p.byRune[r] {
		if strings.HasPrefix(s[i:], w) {
			return true
		}
	}
	return false
}

// MustCompile splits expr into its plain-word alternatives and a gated
// rest; like regexp.MustCompile it panics when expr does not compile, so a
// bad rule fails at start-up.
func MustCompile(expr string) Regexp {
	g := Regexp{expr: expr}
	if hasFlagGroup(expr) {
		// Flags reach across the alternatives after them: keep the
		// pattern whole.
		g.rest, g.anchors = regexp.MustCompile(expr), NewPhrases(requiredLiterals(expr))
		return g
	}
	var words, others []string
	for _, alt := range topAlternatives(expr) {
		if alt != "" && regexp.QuoteMeta(alt) == alt {
			words = append(words, alt)
		} else {
			others = append(others, alt)
		}
	}
	g.words = NewPhrases(words)
	if len(others) > 0 {
		rest := strings.Join(others, "|")
		g.rest, g.anchors = regexp.MustCompile(rest), NewPhrases(requiredLiterals(rest))
	}
	return g
}

// String returns the whole pattern, as regexp.Regexp.String does.
func (g Regexp) String() string { return g.expr }

// MatchString is re.MatchString.
func (g Regexp) MatchString(s string) bool {
	if g.words.list != nil && g.words.In(s) {
		return true
	}
	if g.rest == nil {
		return false
	}
	if g.anchors.list != nil && !g.anchors.In(s) {
		return false
	}
	return g.rest.MatchString(s)
}

// hasFlagGroup reports a (?flags) or (?flags:…) group, whose flags an
// alternative split would misapply; (?: and (?P< are plain groups.
func hasFlagGroup(expr string) bool {
	for rest := expr; ; {
		i := strings.Index(rest, "(?")
		if i < 0 {
			return false
		}
		rest = rest[i+2:]
		if !strings.HasPrefix(rest, ":") && !strings.HasPrefix(rest, "P<") {
			return true
		}
	}
}

// topAlternatives splits a pattern at its top-level |, outside groups,
// character classes and escapes.
func topAlternatives(expr string) []string {
	var out []string
	depth, class, start := 0, false, 0
	for i := 0; i < len(expr); i++ {
		switch c := expr[i]; {
		case c == '\\':
			i++
		case class:
			class = c != ']'
		case c == '[':
			class = true
			if i+1 < len(expr) && expr[i+1] == ']' {
				i++ // a ] first in a class is a member
			}
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == '|' && depth == 0:
			out = append(out, expr[start:i])
			start = i + 1
		}
	}
	return append(out, expr[start:])
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

// Set counts which of several gated patterns match a text, finding
// all their literals in one pass: the injected-block stage asks fifteen patterns of
// every paragraph, and fifteen passes over it cost more than the rest of
// that stage.
type Set struct {
	gates  []Regexp
	first  *cjk.RuneSet
	byRune map[rune][]gateLiteral
}

// gateLiteral is a word (its match is the pattern's) or an anchor (it
// lets the pattern's rest be tried) of gates[gate].
type gateLiteral struct {
	text string
	gate int
	word bool
}

// NewSet prepares the one-pass count over at most 64 gated patterns.
func NewSet(gates []Regexp) Set {
	if len(gates) > 64 {
		panic("gate.NewSet: more than 64 patterns")
	}
	s := Set{gates: gates, first: new(cjk.RuneSet), byRune: map[rune][]gateLiteral{}}
	add := func(lits []string, gate int, word bool) {
		for _, l := range lits {
			r, _ := utf8.DecodeRuneInString(l)
			s.first.Add(r)
			s.byRune[r] = append(s.byRune[r], gateLiteral{l, gate, word})
		}
	}
	for i, g := range gates {
		add(g.words.list, i, true)
		add(g.anchors.list, i, false)
	}
	return s
}

// CountMatches is the number of the patterns whose MatchString(text) is
// true, counted no further than limit.
func (s Set) CountMatches(text string, limit int) int {
	var words, anchors uint64
	for i, size := 0, 0; i < len(text); i += size {
		// As in Phrases.In.
		var r rune
		if r, size = cjk.HanAt(text, i), 3; r < 0 {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if !s.first.Has(r) {
			continue
		}
		for _, l := range s.byRune[r] {
			if strings.HasPrefix(text[i:], l.text) {
				if l.word {
					words |= 1 << l.gate
				} else {
					anchors |= 1 << l.gate
				}
			}
		}
	}
	n := bits.OnesCount64(words)
	for i, g := range s.gates {
		if n >= limit {
			break
		}
		switch {
		case words&(1<<i) != 0, g.rest == nil:
		case g.anchors.list != nil && anchors&(1<<i) == 0:
		case g.rest.MatchString(text):
			n++
		}
	}
	return min(n, limit)
}
