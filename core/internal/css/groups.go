package css

// The group rules that scope rules to part of the page: @scope, whose
// rules become selectors under its roots, and @container, whose rules
// apply inside a size container when its query holds on any container a
// desktop page lays out.

import (
	"regexp"
	"strings"
)

// minContainerPx is the narrowest box that a container query is taken to
// be asked of: a box narrower than 100px holds six characters of 16px
// text a line, and no page sets its text in one. A query that needs
// less holds on every container; one that needs more is not guessed.
const minContainerPx = 100

// scopeRoots reads the prelude of an @scope: "(.card)" gives its roots'
// selectors. An @scope with a lower limit ("to (.x)") or without roots
// (the parent of its <style>) cannot be written as a selector, and its
// rules are not read: the static reading hides nothing on a guess.
func scopeRoots(prelude string) ([]string, bool) {
	p := strings.TrimSpace(prelude)
	if !strings.HasPrefix(p, "(") {
		return nil, false
	}
	depth := 0
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				if strings.TrimSpace(p[i+1:]) != "" {
					return nil, false // "(.a) to (.b)": a limit
				}
				roots := splitSelectors(p[1:i])
				return roots, len(roots) > 0
			}
		}
	}
	return nil, false
}

// scoped writes selectors of rules under scoping roots as selectors of
// the page: :scope and & stand for the root; a selector without them
// applies to the root's descendants. (The root's specificity is added,
// which @scope does not do; cascadia has no :where() to avoid it.)
func scoped(roots, selectors []string) []string {
	out := make([]string, 0, len(roots)*len(selectors))
	for _, sel := range selectors {
		for _, root := range roots {
			switch {
			case strings.Contains(sel, ":scope"):
				out = append(out, strings.ReplaceAll(sel, ":scope", root))
			case strings.HasPrefix(sel, "&"):
				out = append(out, root+sel[1:])
			default:
				out = append(out, root+" "+sel)
			}
		}
	}
	return out
}

// containerApplies reads the prelude of an @container: the container name
// it asks for ("*" for any) and whether its query holds on any container
// of a desktop page (containerFeatureHolds). Conditions joined by "or" or
// negated, and style() or scroll-state() queries, do not hold.
func containerApplies(prelude string) (string, bool) {
	q := strings.ToLower(strings.TrimSpace(prelude))
	name := "*"
	if q != "" && q[0] != '(' {
		first, rest, _ := strings.Cut(q, " ")
		if strings.ContainsAny(first, "()") || first == "not" {
			return "", false
		}
		name, q = first, strings.TrimSpace(rest)
	}
	if q == "" || strings.Contains(q, " or ") || strings.Contains(q, "not ") {
		return "", false
	}
	for _, part := range strings.Split(q, " and ") {
		part = strings.TrimSpace(part)
		if !strings.HasPrefix(part, "(") || !strings.HasSuffix(part, ")") || !containerFeatureHolds(strings.TrimSpace(part[1:len(part)-1])) {
			return "", false
		}
	}
	return name, true
}

var containerRange = regexp.MustCompile(`^(?:([\w.-]+)\s*(<=|<|>=|>)\s*)?(width|height|inline-size|block-size)\s*(?:(<=|<|>=|>)\s*([\w.-]+))?$`)

// containerFeatureHolds evaluates one size feature of a container query
// for any container: a lower bound holds when it is at most
// minContainerPx, an upper bound when the screen itself is no wider.
func containerFeatureHolds(f string) bool {
	atLeast := func(v string) bool { px, ok := LengthPx(v); return ok && px <= minContainerPx }
	atMost := func(v string, feature string) bool {
		px, ok := LengthPx(v)
		return ok && (feature == "width" || feature == "inline-size") && px >= desktopWidthPx
	}
	if name, val, ok := strings.Cut(f, ":"); ok {
		name, val = strings.TrimSpace(name), strings.TrimSpace(val)
		switch {
		case name == "min-width" || name == "min-inline-size" || name == "min-height" || name == "min-block-size":
			return atLeast(val)
		case name == "max-width" || name == "max-inline-size":
			return atMost(val, "width")
		}
		return false
	}
	m := containerRange.FindStringSubmatch(f)
	if m == nil || m[2] == "" && m[4] == "" {
		return false
	}
	feature := m[3]
	if m[2] != "" { // "100px < width": a lower bound; "2000px > width": an upper one
		if m[2][0] == '<' && !atLeast(m[1]) || m[2][0] == '>' && !atMost(m[1], feature) {
			return false
		}
	}
	if m[4] != "" { // "width > 100px": a lower bound
		if m[4][0] == '>' && !atLeast(m[5]) || m[4][0] == '<' && !atMost(m[5], feature) {
			return false
		}
	}
	return true
}

// maxContainers bounds the containers a rule of an @container is
// written under: a page with more size containers than that is not a
// page whose hiding hangs on one.
const maxContainers = 16

// bindContainers writes the rules of @container queries as rules under
// the size containers the page's rules declare (container-type size or
// inline-size, or the container shorthand), of the name the query asks
// for; a rule no container can hold is dropped.
func bindContainers(rules []Rule) []Rule {
	type container struct {
		sel   string
		names []string
	}
	var containers []container
	queries := false
	for _, r := range rules {
		if r.Container != "" {
			queries = true
			continue
		}
		typ, names := "", []string(nil)
		for _, d := range r.Decls {
			switch d.Key {
			case "container-type":
				typ = d.Val
			case "container-name":
				names = strings.Fields(d.Val)
			case "container":
				n, t, _ := strings.Cut(d.Val, "/")
				names, typ = strings.Fields(n), strings.TrimSpace(t)
			}
		}
		if typ == "size" || typ == "inline-size" {
			for _, sel := range r.Selectors {
				containers = append(containers, container{sel, names})
			}
		}
	}
	if !queries {
		return rules
	}
	if len(containers) > maxContainers {
		containers = containers[:maxContainers]
	}
	out := rules[:0]
	for _, r := range rules {
		if r.Container == "" {
			out = append(out, r)
			continue
		}
		var sels []string
		for _, c := range containers {
			if r.Container != "*" && !contains(c.names, r.Container) {
				continue
			}
			for _, sel := range r.Selectors {
				sels = append(sels, c.sel+" "+sel)
			}
		}
		if sels != nil {
			out = append(out, Rule{Selectors: sels, Decls: r.Decls})
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
