// Package css reads a page's CSS as a static browser would on a desktop
// screen, without running scripts or laying anything out: style sheets
// (@media and @supports evaluated, @scope and @container rules placed
// under their roots and containers, selectors indexed, the cascade per
// element), @keyframes and what animations set at a given moment, inline
// declaration blocks, custom properties with var(), and values: colours,
// numbers, lengths, angles, transforms and filters. It knows
// nothing of government pages; what a value means for whether a reader
// sees an element is for its caller to decide.
//
// The screen it assumes is a desktop one (desktopWidthPx ×
// desktopHeightPx): the one a reader of a portal page most often has,
// and the one whose rules decide which of a page's copies is its article.
package css

import (
	"cmp"
	"encoding/base64"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"github.com/andybalholm/cascadia"
	"github.com/tdewolff/parse/v2"
	tcss "github.com/tdewolff/parse/v2/css"
	"golang.org/x/net/html"
)

// The screen @media queries are evaluated against.
const (
	desktopWidthPx  = 1920
	desktopHeightPx = 1080
)

// Rule is one rule of a sheet that applies on a desktop screen, with
// the declarations AppendSheet was asked to keep.
type Rule struct {
	Selectors []string // trimmed, non-empty
	Decls     Declarations
	// Container is set for a rule inside an @container whose query holds
	// on any container: the container name the query asks for, or "*"
	// for any. Such a rule applies only inside a container of that name
	// (Sheets.Resolve).
	Container string
}

// Sheets gathers the page's sheets, in source order: their rules and
// their @keyframes.
type Sheets struct {
	Rules []Rule
	// Keyframes holds the @keyframes by name; the last of a name wins.
	Keyframes map[string]Keyframes
	// Starting holds the rules of @starting-style, the values a
	// transition starts from when an element is first rendered.
	Starting []Rule
}

// Sheet is a list of rules compiled and indexed for the cascade.
type Sheet struct {
	rules []sheetRule
	// The rules by the id, class or tag their selector's last compound
	// requires; any holds those that require none of them.
	byID, byClass, byTag map[string][]int
	any                  []int
}

// sheetRule is one selector of a Rule, compiled.
type sheetRule struct {
	sel   cascadia.Sel
	spec  cascadia.Specificity
	order int
	decls Declarations
}

// NewSheet returns an empty sheet.
func NewSheet() *Sheet {
	return &Sheet{byID: map[string][]int{}, byClass: map[string][]int{}, byTag: map[string][]int{}}
}

// Add compiles one selector of a rule, the order-th selector of the
// page's sheets, and indexes it by its last compound; false when the
// selector does not compile, and the rule is left out.
func (ix *Sheet) Add(sel string, order int, decls Declarations) bool {
	compiled, err := cascadia.Parse(sel)
	if err != nil {
		rewritten, ok := childHas(sel)
		if !ok {
			return false
		}
		if compiled, err = cascadia.Parse(rewritten); err != nil {
			return false
		}
	}
	i := len(ix.rules)
	ix.rules = append(ix.rules, sheetRule{sel: compiled, spec: compiled.Specificity(), order: order, decls: decls})
	switch kind, name := KeySelector(sel); kind {
	case '#':
		ix.byID[name] = append(ix.byID[name], i)
	case '.':
		ix.byClass[name] = append(ix.byClass[name], i)
	case 't':
		ix.byTag[name] = append(ix.byTag[name], i)
	default:
		ix.any = append(ix.any, i)
	}
	return true
}

// childHas rewrites each :has(> X) of sel, whose relative selector
// cascadia cannot read, as cascadia's :haschild(X), when X is one
// compound selector (a[href*="x"].y); false when sel has none, or one of
// another shape (:has(+ X), :has(> X Y)), which stays unread.
func childHas(sel string) (string, bool) {
	var b strings.Builder
	rest := sel
	found := false
	for {
		i := strings.Index(rest, ":has(")
		if i < 0 {
			b.WriteString(rest)
			return b.String(), found
		}
		inner := strings.TrimLeft(rest[i+len(":has("):], " \t\n")
		if !strings.HasPrefix(inner, ">") {
			return "", false
		}
		inner = strings.TrimLeft(inner[1:], " \t\n")
		end, depth, quote := -1, 0, byte(0)
	scan:
		for k := 0; k < len(inner); k++ {
			c := inner[k]
			switch {
			case quote != 0:
				if c == quote {
					quote = 0
				}
			case c == '"' || c == '\'':
				quote = c
			case c == '[' || c == '(':
				depth++
			case c == ']':
				depth--
			case c == ')' && depth == 0:
				end = k
				break scan
			case c == ')':
				depth--
			case depth == 0 && strings.IndexByte(" \t\n>+~,", c) >= 0:
				return "", false // not one compound
			}
		}
		if end <= 0 {
			return "", false
		}
		b.WriteString(rest[:i])
		b.WriteString(":haschild(")
		b.WriteString(inner[:end])
		b.WriteString(")")
		rest = inner[end+1:]
		found = true
	}
}

// DataSheet decodes a style sheet carried in a data: URL, the one
// kind of <link> whose rules are on the page itself.
func DataSheet(href string) (string, bool) {
	href = strings.TrimSpace(href)
	if len(href) < 5 || !strings.EqualFold(href[:5], "data:") {
		return "", false
	}
	head, body, ok := strings.Cut(href[5:], ",")
	if !ok || !strings.Contains(strings.ToLower(head), "text/css") {
		return "", false // browsers refuse a sheet of another type
	}
	if strings.HasSuffix(strings.ToLower(head), ";base64") {
		b, err := base64.StdEncoding.DecodeString(strings.TrimSpace(body))
		if err != nil {
			return "", false
		}
		return string(b), true
	}
	if s, err := url.PathUnescape(body); err == nil {
		return s, true
	}
	return body, true
}

// groupStack follows the group rules (@media, @supports, @layer,
// @scope, @container, @keyframes) open at the parser's position, and
// whether the rules inside them apply on a desktop screen.
type groupStack struct {
	open    []group
	skipped int // open groups that do not apply
}

// group is one open group rule.
type group struct {
	applies bool
	// scope is the scoping roots of an @scope, as selectors; container
	// the name an @container asks for ("*" any); keyframes the name of
	// an @keyframes.
	scope                []string
	container, keyframes string
	// starting: an @starting-style, whose rules are gathered apart.
	starting bool
	// raw gathers the text of a group whose content the parser gives
	// as tokens; nil for the others.
	raw []byte
}

func (g *groupStack) enter(name, prelude string) {
	gr := group{applies: atRuleApplies(name, prelude)}
	switch strings.ToLower(name) {
	case "@scope":
		gr.scope, gr.applies = scopeRoots(prelude)
		if outer := g.scope(); gr.applies && outer != nil {
			gr.scope = scoped(outer, gr.scope) // a scope inside a scope
		}
	case "@container":
		gr.container, gr.applies = containerApplies(prelude)
	case "@starting-style":
		gr.starting, gr.applies = true, true
	case "@keyframes", "@-webkit-keyframes":
		gr.keyframes = strings.ToLower(strings.Trim(strings.TrimSpace(prelude), `"'`)) // as declValue reads the names
		gr.applies = gr.keyframes != ""
	}
	if (gr.scope != nil || gr.container != "" || gr.starting) && gr.applies && g.rawGroups() < maxRawGroups {
		gr.raw = []byte{} // its content comes as tokens, to read again
	}
	g.open = append(g.open, gr)
	if !gr.applies {
		g.skipped++
	}
}

// top is the innermost open group, nil outside any.
func (g *groupStack) top() *group {
	if n := len(g.open); n > 0 {
		return &g.open[n-1]
	}
	return nil
}

// rawGroups counts the open groups whose content is read again.
func (g *groupStack) rawGroups() int {
	n := 0
	for _, gr := range g.open {
		if gr.scope != nil || gr.container != "" || gr.starting {
			n++
		}
	}
	return n
}

func (g *groupStack) leave() {
	if n := len(g.open); n > 0 {
		if !g.open[n-1].applies {
			g.skipped--
		}
		g.open = g.open[:n-1]
	}
}

// apply reports whether rules at this position apply.
func (g *groupStack) apply() bool { return g.skipped == 0 }

// scope is the innermost open @scope's roots, nil outside any.
func (g *groupStack) scope() []string {
	for i := len(g.open) - 1; i >= 0; i-- {
		if g.open[i].scope != nil {
			return g.open[i].scope
		}
	}
	return nil
}

// container is the name the innermost open @container asks for, "".
func (g *groupStack) container() string {
	for i := len(g.open) - 1; i >= 0; i-- {
		if g.open[i].container != "" {
			return g.open[i].container
		}
	}
	return ""
}

// starting reports an @starting-style open here.
func (g *groupStack) starting() bool {
	for _, gr := range g.open {
		if gr.starting {
			return true
		}
	}
	return false
}

// keyframes is the name of the @keyframes open here, "" outside one.
func (g *groupStack) keyframes() string {
	if n := len(g.open); n > 0 {
		return g.open[n-1].keyframes
	}
	return ""
}

// AppendSheet parses one sheet (Sheets.Append) and appends its rules;
// its @keyframes are dropped.
func AppendSheet(rules []Rule, src string, keep func(property string) bool) []Rule {
	s := Sheets{Rules: rules}
	s.Append(src, keep)
	return s.Rules
}

// Append parses one sheet with tdewolff's CSS parser and appends its
// rules that apply on a desktop screen. Group rules (@media, @supports,
// @layer) are entered when they hold; an @scope's rules are rewritten to
// apply under its roots; an @container's rules are kept with the
// container they need (Rule.Container); @keyframes are gathered by name;
// the others (@font-face, @page) are skipped. Of the declarations, the
// custom properties are kept and the others when keep(property) holds:
// a caller reads a few properties of sheets of thousands of rules.
func (s *Sheets) Append(src string, keep func(property string) bool) {
	var groups groupStack
	s.appendIn(src, keep, &groups)
}

// maxRawGroups bounds the nesting of group rules whose content is read
// again as a sheet: each level reads its text once more.
const maxRawGroups = 4

// appendIn parses src inside the group rules open on groups. tdewolff's
// parser gives the content of the group rules it does not know (@scope,
// @container) as plain tokens: their text is gathered and read again as a
// sheet, inside its group.
func (s *Sheets) appendIn(src string, keep func(property string) bool, groups *groupStack) {
	rules := s.Rules
	defer func() { s.Rules = rules }()
	open := len(groups.open)
	defer func() { // a sheet cut short leaves its groups open
		for len(groups.open) > open {
			groups.leave()
		}
	}()
	var frames Keyframes // the @keyframes being read
	p := tcss.NewParser(parse.NewInputString(src), false)
	depth := 0
	// The rule being read. Its selector text is kept as bytes and split
	// only when one of its Declarations is read: most rules of a portal's
	// sheet set nothing a reader's visibility depends on.
	var cur Rule
	inRule := false
	var selector []byte
	for {
		gt, tt, data := p.Next()
		switch gt {
		case tcss.ErrorGrammar:
			if tt == tcss.ErrorToken {
				return // the end of the sheet (or of what can be read)
			}
		case tcss.BeginAtRuleGrammar:
			groups.enter(string(data), tokensText(p.Values()))
			frames = nil
		case tcss.TokenGrammar:
			if g := groups.top(); g != nil && g.raw != nil {
				g.raw = append(g.raw, data...)
			}
		case tcss.EndAtRuleGrammar:
			if name := groups.keyframes(); name != "" && groups.apply() {
				if s.Keyframes == nil {
					s.Keyframes = map[string]Keyframes{}
				}
				s.Keyframes[name] = frames
			}
			if g := groups.top(); g != nil && len(g.raw) > 0 && groups.apply() {
				raw := string(g.raw)
				g.raw = nil
				s.Rules = rules
				s.appendIn(raw, keep, groups)
				rules = s.Rules
			}
			groups.leave()
		case tcss.BeginRulesetGrammar:
			depth++
			inRule = depth == 1 && groups.apply() // nested rules and rules of groups that do not hold are not read
			if inRule {
				cur = Rule{Container: groups.container()}
				selector = appendTokens(selector[:0], p.Values())
			}
		case tcss.EndRulesetGrammar:
			depth--
			if inRule && depth == 0 && len(cur.Selectors) > 0 && len(cur.Decls) > 0 {
				if groups.keyframes() != "" {
					frames = append(frames, keyframe(cur))
				} else {
					if roots := groups.scope(); roots != nil {
						cur.Selectors = scoped(roots, cur.Selectors)
					}
					if groups.starting() {
						s.Starting = append(s.Starting, cur)
					} else {
						rules = append(rules, cur)
					}
				}
			}
			if depth == 0 {
				inRule = false
			}
		case tcss.DeclarationGrammar, tcss.CustomPropertyGrammar:
			if !inRule {
				continue
			}
			custom := gt == tcss.CustomPropertyGrammar
			if !custom && !keep(string(data)) {
				continue
			}
			if cur.Selectors == nil {
				cur.Selectors = splitSelectors(strings.TrimSpace(string(selector)))
			}
			val, important := declValue(p.Values(), custom)
			cur.Decls = append(cur.Decls, Declaration{Key: string(data), Val: val, Important: important})
		}
	}
}

// atRuleApplies reports whether the rules of a group rule hold on a
// desktop screen.
func atRuleApplies(name, prelude string) bool {
	switch strings.ToLower(name) {
	case "@media":
		return MediaApplies(prelude)
	case "@supports":
		// Pages test for features a desktop browser has; a "not" test
		// is for old browsers.
		return !strings.HasPrefix(strings.TrimSpace(strings.ToLower(prelude)), "not")
	case "@layer":
		return true
	}
	return false
}

// tokensText joins CSS tokens back into text, white space as one space.
func tokensText(toks []tcss.Token) string {
	return strings.TrimSpace(string(appendTokens(nil, toks)))
}

// appendTokens appends CSS tokens to b as text, white space as one space.
func appendTokens(b []byte, toks []tcss.Token) []byte {
	for _, t := range toks {
		if t.TokenType == tcss.WhitespaceToken {
			b = append(b, ' ')
			continue
		}
		b = append(b, t.Data...)
	}
	return b
}

// declValue is a declaration's value, lower-cased, without !important.
func declValue(toks []tcss.Token, custom bool) (string, bool) {
	important := false
	if n := len(toks); !custom && n >= 2 && toks[n-2].TokenType == tcss.DelimToken && string(toks[n-2].Data) == "!" &&
		strings.EqualFold(string(toks[n-1].Data), "important") {
		important, toks = true, toks[:n-2]
	}
	return strings.ToLower(tokensText(toks)), important
}

// splitSelectors splits a selector list at its top-level commas (not
// those inside :is(), :not() or an attribute value).
func splitSelectors(list string) []string { return splitTop(list, ',') }

// splitTop splits s at each sep outside parentheses and brackets, trims
// the parts and leaves out the empty ones.
func splitTop(s string, sep byte) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) {
			switch s[i] {
			case '(', '[':
				depth++
			case ')', ']':
				depth--
			}
			if s[i] != sep || depth > 0 {
				continue
			}
		}
		if part := strings.TrimSpace(s[start:i]); part != "" {
			out = append(out, part)
		}
		start = i + 1
	}
	return out
}

// MediaApplies evaluates a media query list on a desktop screen. A query
// whose feature it does not know does not hold: the static reading hides
// nothing on a guess.
func MediaApplies(list string) bool {
	list = strings.ToLower(strings.TrimSpace(list))
	if list == "" {
		return true
	}
	for _, q := range splitSelectors(list) {
		if mediaQueryHolds(q) {
			return true
		}
	}
	return false
}

var mediaFeature = regexp.MustCompile(`\(([^()]*)\)`)

func mediaQueryHolds(q string) bool {
	not := false
	if rest, ok := strings.CutPrefix(q, "not "); ok {
		not, q = true, rest
	}
	q = strings.TrimPrefix(q, "only ")
	if strings.Contains(q, " or ") || strings.Contains(q, "not (") {
		return false
	}
	holds := true
	if typ, _, _ := strings.Cut(q, "("); strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(typ), "and")) != "" {
		switch strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(typ), "and")) {
		case "all", "screen":
		default:
			holds = false // print, speech and the obsolete types
		}
	}
	for _, m := range mediaFeature.FindAllStringSubmatch(q, -1) {
		holds = holds && mediaFeatureHolds(strings.TrimSpace(m[1]))
	}
	return holds != not
}

// mediaFeatureHolds evaluates one feature of a query: (min-width: 768px),
// (orientation: landscape), or a range (width >= 768px).
func mediaFeatureHolds(f string) bool {
	if name, val, ok := strings.Cut(f, ":"); ok {
		name, val = strings.TrimSpace(name), strings.TrimSpace(val)
		prefix, feature, _ := strings.Cut(name, "-")
		if prefix != "min" && prefix != "max" {
			prefix, feature = "", name
		}
		var size float64
		switch strings.TrimPrefix(feature, "device-") {
		case "width":
			size = desktopWidthPx
		case "height":
			size = desktopHeightPx
		case "orientation":
			return val == "landscape"
		case "prefers-color-scheme":
			return val == "light"
		case "prefers-reduced-motion", "prefers-contrast":
			return val == "no-preference"
		case "hover", "any-hover":
			return val == "hover"
		case "pointer", "any-pointer":
			return val == "fine"
		case "color":
			return true
		default:
			return false
		}
		v, ok := LengthPx(val)
		if !ok {
			return false
		}
		switch prefix {
		case "min":
			return size >= v
		case "max":
			return size <= v
		}
		return size == v
	}
	return mediaRangeHolds(f)
}

var mediaRange = regexp.MustCompile(`^(?:([\w.-]+)\s*(<=|<|>=|>|=)\s*)?(width|height)\s*(?:(<=|<|>=|>|=)\s*([\w.-]+))?$`)

// mediaRangeHolds evaluates the range syntax: (width >= 768px),
// (400px < width <= 1200px).
func mediaRangeHolds(f string) bool {
	m := mediaRange.FindStringSubmatch(f)
	if m == nil || m[2] == "" && m[4] == "" {
		return false
	}
	size := float64(desktopWidthPx)
	if m[3] == "height" {
		size = desktopHeightPx
	}
	cmp := func(a float64, op string, b float64) bool {
		switch op {
		case "<":
			return a < b
		case "<=":
			return a <= b
		case ">":
			return a > b
		case ">=":
			return a >= b
		}
		return a == b
	}
	if m[2] != "" {
		v, ok := LengthPx(m[1])
		if !ok || !cmp(v, m[2], size) {
			return false
		}
	}
	if m[4] != "" {
		v, ok := LengthPx(m[5])
		if !ok || !cmp(size, m[4], v) {
			return false
		}
	}
	return true
}

// KeySelector names what the last compound of a selector requires of an
// element: an id ('#'), else a class ('.'), else a tag ('t'); kind 0 when
// it requires none of them (*, [attr], :root).
func KeySelector(sel string) (kind byte, name string) {
	last := sel
	depth := 0
	for i := len(sel) - 1; i >= 0; i-- {
		switch c := sel[i]; {
		case c == ')' || c == ']':
			depth++
		case c == '(' || c == '[':
			depth--
		case depth == 0 && (c == ' ' || c == '>' || c == '+' || c == '~'):
			last = sel[i+1:]
			i = -1
		}
	}
	var class, tag string
	depth = 0
	for i := 0; i < len(last); i++ {
		c := last[i]
		switch {
		case c == '(' || c == '[':
			depth++
			continue
		case c == ')' || c == ']':
			depth--
			continue
		case depth > 0:
			continue
		}
		if c == ':' {
			for i+1 < len(last) && last[i+1] != '(' && last[i+1] != '.' && last[i+1] != '#' && last[i+1] != '[' && last[i+1] != ':' {
				i++
			}
			continue
		}
		j := i + 1
		for j < len(last) && (last[j] == '-' || last[j] == '_' || last[j] >= '0' && last[j] <= '9' || last[j] >= 'a' && last[j] <= 'z' || last[j] >= 'A' && last[j] <= 'Z' || last[j] >= 0x80) {
			j++
		}
		switch {
		case c == '#' && j > i+1:
			return '#', last[i+1 : j]
		case c == '.' && j > i+1 && class == "":
			class = last[i+1 : j]
		case i == 0 && c != '.' && c != '#' && c != '*' && c != '\\':
			tag = strings.ToLower(last[:j])
		}
		i = j - 1
	}
	switch {
	case class != "":
		return '.', class
	case tag != "":
		return 't', tag
	}
	return 0, ""
}

// SelectorNames calls fn with each class and id name a selector names.
func SelectorNames(sel string, fn func(string)) {
	for i := 0; i < len(sel); i++ {
		if sel[i] != '.' && sel[i] != '#' {
			continue
		}
		j := i + 1
		for j < len(sel) && (sel[j] == '-' || sel[j] == '_' || sel[j] >= '0' && sel[j] <= '9' || sel[j] >= 'a' && sel[j] <= 'z' || sel[j] >= 'A' && sel[j] <= 'Z' || sel[j] >= 0x80) {
			j++
		}
		if j > i+1 {
			fn(sel[i+1 : j])
		}
		i = j - 1
	}
}

// dynamicPseudo matches selectors whose match depends on the reader's
// actions or on generated content; structural ones (:first-child,
// :nth-of-type, :not) are static and kept.
var dynamicPseudo = regexp.MustCompile(`::|:(?:hover|focus|active|visited|link|target|checked|focus-within|focus-visible|before|after|first-line|first-letter|selection|placeholder|disabled|enabled|empty|fullscreen|open)`)

// Dynamic reports a selector of a state (:hover, :focus, :checked,
// :target …) or of a pseudo-element: it never matches statically.
func Dynamic(sel string) bool { return dynamicPseudo.MatchString(sel) }

// Cascade returns n's declarations as the cascade orders them: its
// matching rules by specificity and source order, then inline (its
// inline style), then the !important rules and inline declarations. The
// last value of a property (Declarations.Lookup) is the one that wins.
// The matches of one element are gathered in matched, a buffer the
// caller keeps between calls and gets back: a walk asks this of every
// element, and most match nothing.
func (ix *Sheet) Cascade(n *html.Node, inline Declarations, matched []int) (Declarations, []int) {
	try := func(list []int) {
		for _, i := range list {
			if ix.rules[i].sel.Match(n) {
				matched = append(matched, i)
			}
		}
	}
	if len(ix.rules) > 0 {
		for _, a := range n.Attr {
			switch a.Key {
			case "id":
				try(ix.byID[strings.TrimSpace(a.Val)])
			case "class":
				for c := range strings.FieldsSeq(a.Val) {
					try(ix.byClass[c])
				}
			}
		}
		try(ix.byTag[n.Data])
		try(ix.any)
	}
	if len(matched) == 0 {
		return inline, matched
	}
	if len(matched) > 1 {
		slices.SortFunc(matched, func(a, b int) int {
			ra, rb := &ix.rules[a], &ix.rules[b]
			if ra.spec != rb.spec {
				if ra.spec.Less(rb.spec) {
					return -1
				}
				return 1
			}
			return cmp.Compare(ra.order, rb.order)
		})
	}
	out := make(Declarations, 0, len(inline)+4*len(matched))
	for _, important := range []bool{false, true} {
		for _, i := range matched {
			for _, d := range ix.rules[i].decls {
				if d.Important == important {
					out = append(out, d)
				}
			}
		}
		for _, d := range inline {
			if d.Important == important {
				out = append(out, d)
			}
		}
	}
	return out, matched
}
