package core

// The static CSS reader: the page's own style sheets (<style> blocks and
// data: <link>s), parsed once with a real CSS tokenizer, indexed by the
// last compound of each selector, and cascaded per element on demand.
// Only what the visibility stage asks about is kept: hiding, painting,
// sizing and placing properties, and the custom properties var() reads.
//
// The device the reading assumes is a desktop screen (desktopWidthPx ×
// desktopHeightPx): the one a reader of a portal page most often has, and
// the one whose rules decide which of a page's copies is its article.

import (
	"cmp"
	"encoding/base64"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"github.com/andybalholm/cascadia"
	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/css"
	"golang.org/x/net/html"
)

// The screen @media queries are evaluated against.
const (
	desktopWidthPx  = 1920
	desktopHeightPx = 1080
)

// styleRule is one rule of the page's sheets that applies on a desktop
// screen, with the declarations the visibility stage reads.
type styleRule struct {
	selectors []string // trimmed, non-empty
	decls     declarations
}

// styleSheet is the page's rules compiled and indexed for the cascade.
type styleSheet struct {
	rules []sheetRule
	// The rules by the id, class or tag their selector's last compound
	// requires; any holds those that require none of them.
	byID, byClass, byTag map[string][]int
	any                  []int
	// revealed are class and id names that a rule for a state (:hover,
	// :focus, :checked, :target …) shows again: menus and pop-ups the
	// page hides until the reader acts.
	revealed map[string]bool
}

// sheetRule is one selector of a styleRule, compiled.
type sheetRule struct {
	sel   cascadia.Sel
	spec  cascadia.Specificity
	order int
	decls declarations
}

// propGroup is the question of visibility a property feeds.
type propGroup uint16

const (
	groupDisplay propGroup = 1 << iota // display, visibility
	groupPaint                         // opacity, filter
	groupFont                          // font-size
	groupScale                         // transform, scale, zoom
	groupClip                          // clip, clip-path
	groupOffset                        // position and offsets
	groupBox                           // overflow and the box's size
	groupColour                        // text and background colours
)

// readProps are the properties the visibility stage reads, by group;
// the others are dropped when a sheet is parsed.
var readProps = map[string]propGroup{
	"display": groupDisplay, "visibility": groupDisplay, "content-visibility": groupDisplay,
	"opacity": groupPaint, "filter": groupPaint,
	"font-size": groupFont,
	"zoom":      groupScale, "transform": groupScale | groupOffset, "scale": groupScale, "translate": groupOffset,
	"clip": groupClip, "clip-path": groupClip,
	"position": groupOffset, "left": groupOffset, "top": groupOffset, "right": groupOffset, "bottom": groupOffset,
	"inset": groupOffset, "z-index": groupOffset, "white-space": groupBox, "margin": groupOffset, "margin-left": groupOffset, "margin-top": groupOffset, "text-indent": groupOffset,
	"overflow": groupBox, "overflow-x": groupBox, "overflow-y": groupBox, "width": groupBox, "height": groupBox,
	"max-width": groupBox, "max-height": groupBox, "line-height": groupBox,
	"color": groupColour, "-webkit-text-fill-color": groupColour, "background": groupColour,
	"background-color": groupColour, "background-clip": groupColour, "-webkit-background-clip": groupColour, "text-shadow": groupColour,
}

// hidingGroups names the groups in which a declaration block, alone on
// an element of a plain page, takes a value that hides or may hide once
// compounded (an opacity or a scale under 1).
func hidingGroups(d declarations) propGroup {
	var g propGroup
	r := rendering{opacity: 1, scale: 1, fontPx: defaultFontPx, textPx: defaultFontPx, box: -1}
	ctx := styleCtx{opacity: 1, scale: 1, fontPx: defaultFontPx, remPx: defaultFontPx}
	r.read(d, &ctx, &ctx)
	if r.notRendered != "" {
		g |= groupDisplay
	}
	if r.opacity < 1 {
		g |= groupPaint
	}
	if fs, ok := d.lookup("font-size"); ok {
		if px, ok := fontSizePx(fs, defaultFontPx, defaultFontPx); ok && px < minReadableTextPx {
			g |= groupFont
		}
	}
	if r.scale < 1 {
		g |= groupScale
	}
	if r.clipped != "" {
		g |= groupClip
	}
	if r.offPage != "" {
		g |= groupOffset
	}
	if r.box >= 0 && r.box < minTextBoxPx || r.lines > 0 && r.lines < stripLines {
		g |= groupBox
	}
	if r.transparent != "" {
		g |= groupColour
	}
	for _, e := range d {
		if strings.Contains(e.val, "var(") {
			g |= readProps[e.key] // its value is known only where it applies
		}
	}
	return g
}

// pruneRules keeps, of the page's rules, the declarations that can take
// part in hiding: those of the groups in which the rule itself hides;
// in the groups where some rule of the page hides, those of the rules
// that name a class or id that a hiding rule of the group names (only
// they can undo the hiding, on the elements it reaches: .tab.active
// after .tab, .row li after .row) and those of the root and body; the
// !important ones, which beat an inline style; and the custom properties
// when a kept value reads one or when they are the page's globals. A
// sheet of a thousand rules that hide nothing is thus matched against
// no element.
func pruneRules(rules []styleRule) []styleRule {
	hiding := make([]propGroup, len(rules))
	names := map[string]propGroup{} // class and id names of hiding rules, by group
	for i, r := range rules {
		hiding[i] = hidingGroups(r.decls)
		if hiding[i] != 0 {
			for _, sel := range r.selectors {
				selectorNames(sel, func(name string) { names[name] |= hiding[i] })
			}
		}
	}
	kept := make([][]declaration, len(rules))
	usesVars := false
	for i, r := range rules {
		var reach propGroup // the groups whose hiding rules this one may undo
		if globalRule(r.selectors) {
			reach = ^propGroup(0)
		} else {
			for _, sel := range r.selectors {
				selectorNames(sel, func(name string) { reach |= names[name] })
			}
		}
		for _, d := range r.decls {
			g, read := readProps[d.key]
			if read && (g&hiding[i] != 0 || g&reach != 0 || d.important) {
				kept[i] = append(kept[i], d)
				usesVars = usesVars || strings.Contains(d.val, "var(")
			}
		}
	}
	out := make([]styleRule, 0, len(rules))
	for i, r := range rules {
		decls := kept[i]
		if usesVars || globalRule(r.selectors) {
			for _, d := range r.decls {
				if strings.HasPrefix(d.key, "--") {
					decls = append(decls, d)
				}
			}
		}
		if decls != nil {
			out = append(out, styleRule{selectors: r.selectors, decls: decls})
		}
	}
	return out
}

// selectorNames calls fn with each class and id name a selector names.
func selectorNames(sel string, fn func(string)) {
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

// globalRule reports a rule for the root or the body only, where pages
// define their custom properties.
func globalRule(selectors []string) bool {
	for _, s := range selectors {
		switch strings.ToLower(s) {
		case ":root", "html", "body", "*":
		default:
			return false
		}
	}
	return true
}

// styleRules parses the page's sheets once: rules that hold on a desktop
// screen, in source order.
func (p *page) styleRules() []styleRule {
	if p.sheet != nil {
		return *p.sheet
	}
	var rules []styleRule
	for _, n := range p.tags.all("style", nil).Nodes {
		if inShadowTree(n) || !mediaApplies(attr(n, "media")) {
			continue // a shadow root's styles stay inside it
		}
		rules = appendSheet(rules, scriptCode(n))
	}
	for _, n := range p.tags.all("link", nil).Nodes {
		if !strings.Contains(strings.ToLower(attr(n, "rel")), "stylesheet") || !mediaApplies(attr(n, "media")) {
			continue
		}
		if css, ok := dataStyleSheet(attr(n, "href")); ok {
			rules = appendSheet(rules, css)
		}
	}
	p.sheet = &rules
	return rules
}

// inShadowTree reports a node inside a <template>: a declarative shadow
// root or inert content.
func inShadowTree(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Type == html.ElementNode && a.Data == "template" {
			return true
		}
	}
	return false
}

// dataStyleSheet decodes a style sheet carried in a data: URL, the one
// kind of <link> whose rules are on the page itself.
func dataStyleSheet(href string) (string, bool) {
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

// appendSheet parses one sheet with tdewolff's CSS parser and appends its
// rules that apply on a desktop screen. Group rules (@media, @supports,
// @layer) are entered when they hold; the others (@font-face,
// @keyframes, @page, @container) are skipped.
func appendSheet(rules []styleRule, src string) []styleRule {
	p := css.NewParser(parse.NewInputString(src), false)
	// groups holds, for every open group rule, whether its rules apply;
	// skipped counts the open groups (or nested rulesets) that do not.
	skipped, depth := 0, 0
	var groups []bool
	// The rule being read. Its selector text is kept as bytes and split
	// only when one of its declarations is read: most rules of a portal's
	// sheet set nothing a reader's visibility depends on.
	var cur styleRule
	inRule := false
	var selector []byte
	for {
		gt, tt, data := p.Next()
		switch gt {
		case css.ErrorGrammar:
			if tt == css.ErrorToken {
				return rules // the end of the sheet (or of what can be read)
			}
		case css.BeginAtRuleGrammar:
			ok := atRuleApplies(string(data), tokensText(p.Values()))
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
			depth++
			inRule = depth == 1 && skipped == 0 // nested rules and rules of groups that do not hold are not read
			if inRule {
				cur = styleRule{}
				selector = appendTokens(selector[:0], p.Values())
			}
		case css.EndRulesetGrammar:
			depth--
			if inRule && depth == 0 && len(cur.selectors) > 0 && len(cur.decls) > 0 {
				rules = append(rules, cur)
			}
			if depth == 0 {
				inRule = false
			}
		case css.DeclarationGrammar, css.CustomPropertyGrammar:
			if !inRule {
				continue
			}
			custom := gt == css.CustomPropertyGrammar
			if _, read := readProps[string(data)]; !custom && !read {
				continue
			}
			if cur.selectors == nil {
				cur.selectors = splitSelectors(strings.TrimSpace(string(selector)))
			}
			val, important := declValue(p.Values(), custom)
			cur.decls = append(cur.decls, declaration{key: string(data), val: val, important: important})
		}
	}
}

// atRuleApplies reports whether the rules of a group rule hold on a
// desktop screen.
func atRuleApplies(name, prelude string) bool {
	switch strings.ToLower(name) {
	case "@media":
		return mediaApplies(prelude)
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
func tokensText(toks []css.Token) string {
	return strings.TrimSpace(string(appendTokens(nil, toks)))
}

// appendTokens appends CSS tokens to b as text, white space as one space.
func appendTokens(b []byte, toks []css.Token) []byte {
	for _, t := range toks {
		if t.TokenType == css.WhitespaceToken {
			b = append(b, ' ')
			continue
		}
		b = append(b, t.Data...)
	}
	return b
}

// declValue is a declaration's value, lower-cased, without !important.
func declValue(toks []css.Token, custom bool) (string, bool) {
	important := false
	if n := len(toks); !custom && n >= 2 && toks[n-2].TokenType == css.DelimToken && string(toks[n-2].Data) == "!" &&
		strings.EqualFold(string(toks[n-1].Data), "important") {
		important, toks = true, toks[:n-2]
	}
	return strings.ToLower(tokensText(toks)), important
}

// splitSelectors splits a selector list at its top-level commas (not
// those inside :is(), :not() or an attribute value).
func splitSelectors(list string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i <= len(list); i++ {
		if i < len(list) {
			switch list[i] {
			case '(', '[':
				depth++
			case ')', ']':
				depth--
			}
			if list[i] != ',' || depth > 0 {
				continue
			}
		}
		if s := strings.TrimSpace(list[start:i]); s != "" {
			out = append(out, s)
		}
		start = i + 1
	}
	return out
}

// mediaApplies evaluates a media query list on a desktop screen. A query
// whose feature it does not know does not hold: the static reading hides
// nothing on a guess.
func mediaApplies(list string) bool {
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
		v, ok := lengthPx(val)
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
		v, ok := lengthPx(m[1])
		if !ok || !cmp(v, m[2], size) {
			return false
		}
	}
	if m[4] != "" {
		v, ok := lengthPx(m[5])
		if !ok || !cmp(size, m[4], v) {
			return false
		}
	}
	return true
}

// styleIndex compiles the page's rules once, for the cascade. Selectors
// of states (:hover) and pseudo-elements never match statically; those
// that show an element again are remembered as revealing it.
func (p *page) styleIndex() *styleSheet {
	if p.cascadeIx != nil {
		return p.cascadeIx
	}
	ix := &styleSheet{byID: map[string][]int{}, byClass: map[string][]int{}, byTag: map[string][]int{}, revealed: map[string]bool{}}
	p.cascadeIx = ix
	names := p.classIndex()
	// States show again what rules hide; whatever the groups pruned.
	for _, r := range p.styleRules() {
		for _, sel := range r.selectors {
			if dynamicPseudo.MatchString(sel) && reveals(r.decls) {
				if kind, name := keySelector(sel); kind == '#' || kind == '.' {
					ix.revealed[name] = true
				}
			}
		}
	}
	order := 0
	for _, r := range pruneRules(p.styleRules()) {
		for _, sel := range r.selectors {
			order++
			if dynamicPseudo.MatchString(sel) {
				continue // states and pseudo-elements never match statically
			}
			if !names.mayMatch(sel) {
				continue // names a class or id the page lacks
			}
			compiled, err := cascadia.Parse(sel)
			if err != nil {
				continue
			}
			i := len(ix.rules)
			ix.rules = append(ix.rules, sheetRule{sel: compiled, spec: compiled.Specificity(), order: order, decls: r.decls})
			switch kind, name := keySelector(sel); kind {
			case '#':
				ix.byID[name] = append(ix.byID[name], i)
			case '.':
				ix.byClass[name] = append(ix.byClass[name], i)
			case 't':
				ix.byTag[name] = append(ix.byTag[name], i)
			default:
				ix.any = append(ix.any, i)
			}
		}
	}
	return ix
}

// reveals reports declarations that show an element: a display other
// than none, visibility:visible, or full opacity.
func reveals(d declarations) bool {
	for _, e := range d {
		switch {
		case e.key == "display" && e.val != "none",
			e.key == "visibility" && e.val == "visible",
			e.key == "opacity" && e.val != "0":
			return true
		}
	}
	return false
}

// keySelector names what the last compound of a selector requires of an
// element: an id ('#'), else a class ('.'), else a tag ('t'); kind 0 when
// it requires none of them (*, [attr], :root).
func keySelector(sel string) (kind byte, name string) {
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

// cascade returns the element's declarations as the cascade orders them:
// its matching rules by specificity and source order, then its inline
// style, then the !important rules and inline declarations. The last
// value of a property (declarations.lookup) is the one that wins. Past
// the time budget (page.noRules) only the inline style is read.
func (p *page) cascade(n *html.Node) declarations {
	if p.noRules {
		return parseDeclarations(attr(n, "style"))
	}
	ix := p.styleIndex()
	// The matches of one element are gathered in a buffer the page keeps:
	// the walk asks this of every element, and most match nothing.
	matched := p.matched[:0]
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
	p.matched = matched
	inline := parseDeclarations(attr(n, "style"))
	if len(matched) == 0 {
		return inline
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
	out := make(declarations, 0, len(inline)+4*len(matched))
	for _, important := range []bool{false, true} {
		for _, i := range matched {
			for _, d := range ix.rules[i].decls {
				if d.important == important {
					out = append(out, d)
				}
			}
		}
		for _, d := range inline {
			if d.important == important {
				out = append(out, d)
			}
		}
	}
	return out
}

// cssVars are the custom properties in scope at an element: its own,
// then its ancestors'.
type cssVars struct {
	decls  declarations
	parent *cssVars
}

func (v *cssVars) lookup(name string) (string, bool) {
	for s := v; s != nil; s = s.parent {
		if val, ok := s.decls.lookup(name); ok {
			return val, true
		}
	}
	return "", false
}

// scope returns the custom properties in scope below an element whose
// declarations are d: the parent's, plus those d defines.
func (v *cssVars) scope(d declarations) *cssVars {
	var own declarations
	for _, e := range d {
		if strings.HasPrefix(e.key, "--") {
			own = append(own, e)
		}
	}
	if own == nil {
		return v
	}
	return &cssVars{decls: own, parent: v}
}

// maxVarDepth bounds var() substitution: a custom property may refer to
// another, and a page may make them refer in a circle.
const maxVarDepth = 8

// resolve substitutes var() references in a value: the custom property
// in scope, else the reference's fallback, else "" (the property is
// then invalid and does nothing).
func (v *cssVars) resolve(val string) string {
	for depth := 0; depth < maxVarDepth && strings.Contains(val, "var("); depth++ {
		i := strings.Index(val, "var(")
		end, level := -1, 0
		for j := i + 4; j < len(val); j++ {
			if val[j] == '(' {
				level++
			} else if val[j] == ')' {
				if level == 0 {
					end = j
					break
				}
				level--
			}
		}
		if end < 0 {
			return ""
		}
		name, fallback, hasFallback := strings.Cut(val[i+4:end], ",")
		sub, ok := v.lookup(strings.TrimSpace(name))
		if !ok {
			if !hasFallback {
				return ""
			}
			sub = fallback
		}
		val = val[:i] + strings.TrimSpace(sub) + val[end+1:]
	}
	if strings.Contains(val, "var(") {
		return ""
	}
	return strings.TrimSpace(val)
}

// resolved returns d with its var() references substituted.
func (v *cssVars) resolved(d declarations) declarations {
	var out declarations
	for i, e := range d {
		if !strings.Contains(e.val, "var(") {
			continue
		}
		if out == nil {
			out = append(declarations(nil), d...)
		}
		out[i].val = v.resolve(e.val)
	}
	if out == nil {
		return d
	}
	return out
}
