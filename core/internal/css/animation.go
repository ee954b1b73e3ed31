package css

// Animations, read as a static browser reads them: what an element's
// animations make of its style at a given moment after the page loads,
// from its animation properties and the page's @keyframes, with no
// timing function (a static reading asks where an animation is, not how
// fast it gets there).

import (
	"math"
	"strconv"
	"strings"
)

// Keyframe is one block of an @keyframes: its offsets (0 for from, 1 for
// to) and its declarations.
type Keyframe struct {
	Offsets []float64
	Decls   Declarations
}

// Keyframes is an @keyframes, its blocks in source order.
type Keyframes []Keyframe

// keyframe reads a block of an @keyframes read as a rule: its selectors
// are its offsets. Declarations marked !important are ignored in a
// keyframe.
func keyframe(r Rule) Keyframe {
	var k Keyframe
	for _, sel := range r.Selectors {
		switch sel = strings.ToLower(strings.TrimSpace(sel)); sel {
		case "from":
			k.Offsets = append(k.Offsets, 0)
		case "to":
			k.Offsets = append(k.Offsets, 1)
		default:
			if pct, ok := strings.CutSuffix(sel, "%"); ok {
				if f, ok := Number(pct); ok && f >= 0 && f <= 100 {
					k.Offsets = append(k.Offsets, f/100)
				}
			}
		}
	}
	for _, d := range r.Decls {
		if !d.Important {
			k.Decls = append(k.Decls, d)
		}
	}
	return k
}

// at merges the declarations the keyframes give at one offset, later
// blocks winning.
func (ks Keyframes) at(offset float64) (Declarations, bool) {
	var out Declarations
	found := false
	for _, k := range ks {
		for _, o := range k.Offsets {
			if o == offset {
				out = append(out, k.Decls...)
				found = true
			}
		}
	}
	return out, found
}

// throughout gives the declarations that hold over the whole of an
// animation's cycle: a property set in every keyframe, 0% and 100%
// included (where a keyframe is missing the element's own value shows),
// with one value in all of them, or for opacity the largest it takes
// (a linear fade between two values never exceeds the larger).
func (ks Keyframes) throughout() Declarations {
	from, okFrom := ks.at(0)
	_, okTo := ks.at(1)
	if !okFrom || !okTo {
		return nil
	}
	var out Declarations
	for _, d := range from {
		val, same := d.Val, true
		maxOpacity, isOpacity := 0.0, d.Key == "opacity"
		for _, k := range ks {
			v, ok := k.Decls.Lookup(d.Key)
			if !ok {
				same = false
				break
			}
			if isOpacity {
				f, ok := Factor(v)
				if !ok {
					same = false
					break
				}
				maxOpacity = math.Max(maxOpacity, f)
			} else if v != val {
				same = false
				break
			}
		}
		switch {
		case !same:
		case isOpacity:
			out = append(out, Declaration{Key: d.Key, Val: strconv.FormatFloat(maxOpacity, 'g', -1, 64)})
		default:
			out = append(out, Declaration{Key: d.Key, Val: val})
		}
	}
	return out
}

// animation is one animation of an element's animation list.
type animation struct {
	name                    string
	duration, delay, count  float64 // seconds; count may be +Inf
	direction, fill         string
	paused, countUnreadable bool
}

func newAnimation() animation {
	return animation{count: 1, direction: "normal", fill: "none"}
}

// animations reads an element's animation list from its declarations in
// cascade order: the shorthand sets every field, a longhand one field of
// each animation.
func animations(d Declarations) []animation {
	var list []animation
	each := func(v string, set func(a *animation, v string)) {
		parts := splitSelectors(v) // top-level commas
		if list == nil {
			for range parts {
				list = append(list, newAnimation())
			}
		}
		for i := range list {
			if len(parts) > 0 {
				set(&list[i], strings.TrimSpace(parts[i%len(parts)]))
			}
		}
	}
	for _, e := range d {
		switch e.Key {
		case "animation":
			list = nil
			for _, part := range splitSelectors(e.Val) {
				list = append(list, shorthandAnimation(part))
			}
		case "animation-name":
			each(e.Val, func(a *animation, v string) { a.name = v })
		case "animation-duration":
			each(e.Val, func(a *animation, v string) { a.duration, _ = seconds(v) })
		case "animation-delay":
			each(e.Val, func(a *animation, v string) { a.delay, _ = seconds(v) })
		case "animation-iteration-count":
			each(e.Val, func(a *animation, v string) { a.setCount(v) })
		case "animation-direction":
			each(e.Val, func(a *animation, v string) { a.direction = v })
		case "animation-fill-mode":
			each(e.Val, func(a *animation, v string) { a.fill = v })
		case "animation-play-state":
			each(e.Val, func(a *animation, v string) { a.paused = v == "paused" })
		}
	}
	return list
}

func (a *animation) setCount(v string) {
	if v == "infinite" {
		a.count = math.Inf(1)
		return
	}
	f, ok := Number(v)
	a.count, a.countUnreadable = f, !ok || f < 0
}

// shorthandAnimation reads one animation of the shorthand: the first time
// is its duration, the second its delay, a number its iteration count,
// keywords its direction, fill mode and play state; the one other word
// is its name.
func shorthandAnimation(v string) animation {
	a := newAnimation()
	times := 0
	for _, tok := range splitSpaces(v) {
		if s, ok := seconds(tok); ok {
			if times == 0 {
				a.duration = s
			} else {
				a.delay = s
			}
			times++
			continue
		}
		switch tok {
		case "infinite":
			a.count = math.Inf(1)
		case "normal", "reverse", "alternate", "alternate-reverse":
			a.direction = tok
		case "none", "forwards", "backwards", "both":
			a.fill = tok
		case "running":
		case "paused":
			a.paused = true
		case "linear", "ease", "ease-in", "ease-out", "ease-in-out", "step-start", "step-end":
		default:
			if strings.Contains(tok, "(") {
				continue // a timing function
			}
			if f, ok := Number(tok); ok {
				a.count = f
				continue
			}
			if a.name == "" {
				a.name = tok
			}
		}
	}
	return a
}

// splitSpaces splits a value at its top-level spaces (not those inside a
// function's parentheses).
func splitSpaces(v string) []string { return splitTop(v, ' ') }

// seconds reads a CSS time (2s, 300ms).
func seconds(v string) (float64, bool) {
	if ms, ok := strings.CutSuffix(v, "ms"); ok {
		f, ok := Number(ms)
		return f / 1000, ok
	}
	if s, ok := strings.CutSuffix(v, "s"); ok {
		f, ok := Number(s)
		return f, ok
	}
	return 0, false
}

// Animated returns the declarations an element's animations set at the
// moment atSeconds after the page loads, given its declarations and the
// page's keyframes; nil when none is running or filling then. Before an
// animation's delay, with fill backwards or both, its first keyframe
// holds; after its end, with fill forwards or both, its last (which
// depends on the direction and the iteration count); while it runs,
// infinitely or still at that moment, only what holds over the whole
// cycle (Keyframes.throughout). A paused animation is at its start.
// Later animations of the list win, as in a browser.
func Animated(d Declarations, keyframes map[string]Keyframes, atSeconds float64) Declarations {
	if len(keyframes) == 0 {
		return nil
	}
	var out Declarations
	for _, a := range animations(d) {
		ks, ok := keyframes[a.name]
		if !ok || a.countUnreadable {
			continue
		}
		t := atSeconds
		if a.paused {
			t = math.Min(t, a.delay)
		}
		start, end := 0.0, 1.0 // the offsets an iteration starts and ends at
		if a.direction == "reverse" || a.direction == "alternate-reverse" {
			start, end = 1, 0
		}
		active := a.duration * a.count
		if a.duration == 0 {
			active = 0
		}
		switch {
		case t < a.delay:
			if a.fill == "backwards" || a.fill == "both" {
				decls, _ := ks.at(start)
				out = append(out, decls...)
			}
		case t >= a.delay+active:
			if a.fill != "forwards" && a.fill != "both" {
				continue
			}
			last := end
			if a.count != math.Trunc(a.count) {
				out = append(out, ks.throughout()...) // it stops mid-cycle
				continue
			}
			if strings.HasPrefix(a.direction, "alternate") && int64(a.count)%2 == 0 {
				last = start // an even number of alternations ends where it began
			}
			decls, _ := ks.at(last)
			out = append(out, decls...)
		default:
			out = append(out, ks.throughout()...)
		}
	}
	return out
}

// animationProps are the properties Animated reads.
var animationProps = map[string]bool{
	"animation": true, "animation-name": true, "animation-duration": true, "animation-delay": true,
	"animation-iteration-count": true, "animation-direction": true, "animation-fill-mode": true, "animation-play-state": true,
}

// AnimationProp reports a property Animated reads.
func AnimationProp(name string) bool { return animationProps[name] }

// ContainerProp reports a property that declares a container.
func ContainerProp(name string) bool {
	return name == "container" || name == "container-type" || name == "container-name"
}

// Resolve returns the rules, with the rules of @container queries bound
// to the page's containers, and the declarations the rules' animations
// set atSeconds after the page loads appended to them as !important
// (animations override every ordinary declaration, inline styles
// included).
func (s *Sheets) Resolve(atSeconds float64) []Rule {
	rules := bindContainers(s.Rules)
	rules = append(rules, s.transitioning(rules, atSeconds)...)
	if len(s.Keyframes) == 0 {
		return rules
	}
	for i, r := range rules {
		if !hasAnimation(r.Decls) {
			continue
		}
		anim := Animated(r.Decls, s.Keyframes, atSeconds)
		if len(anim) == 0 {
			continue
		}
		decls := append(Declarations(nil), r.Decls...)
		for _, d := range anim {
			d.Important = true
			decls = append(decls, d)
		}
		rules[i].Decls = decls
	}
	return rules
}

func hasAnimation(d Declarations) bool {
	for _, e := range d {
		if animationProps[e.Key] {
			return true
		}
	}
	return false
}

// transitionProps are the properties transitioning reads.
var transitionProps = map[string]bool{
	"transition": true, "transition-property": true, "transition-duration": true, "transition-delay": true,
}

// TransitionProp reports a property transitioning reads.
func TransitionProp(name string) bool { return transitionProps[name] }

// transitioning is the opacity of the elements an @starting-style rule
// starts from while the transition from it runs, atSeconds after the
// page loads: an element first rendered transitions from its starting
// value to its own, over the duration its transition gives that
// property, and a transition of a day has barely begun when the page is
// read. The transition is looked for in the rules of the same selector
// (how pages write it: .x{transition:…} @starting-style{.x{…}}); the
// value is interpolated linearly (easings aside) and set !important, as
// the transitions' origin beats every declaration.
func (s *Sheets) transitioning(rules []Rule, atSeconds float64) []Rule {
	var out []Rule
	for _, st := range s.Starting {
		start, ok := Factor(st.Decls.Get("opacity"))
		if !ok {
			continue
		}
		end, running, found := 1.0, 0.0, false
		for _, r := range rules {
			if !sameSelectors(r.Selectors, st.Selectors) {
				continue
			}
			if v, ok := Factor(r.Decls.Get("opacity")); ok {
				end = v
			}
			if p, ok := transitionProgress(r.Decls, "opacity", atSeconds); ok {
				running, found = p, true
			}
		}
		if !found {
			continue
		}
		v := start + (end-start)*running
		out = append(out, Rule{Selectors: st.Selectors, Decls: Declarations{{Key: "opacity", Val: strconv.FormatFloat(v, 'f', 4, 64), Important: true}}})
	}
	return out
}

// sameSelectors reports two selector lists that share a selector.
func sameSelectors(a, b []string) bool {
	for _, x := range a {
		if contains(b, x) {
			return true
		}
	}
	return false
}

// transitionProgress is how far, from 0 to 1, a transition of prop that
// a declaration block sets has gone atSeconds after it began; ok is false
// when the block transitions no such property.
func transitionProgress(d Declarations, prop string, atSeconds float64) (float64, bool) {
	type tr struct{ duration, delay float64 }
	var list []tr
	var names []string
	if v := d.Get("transition"); v != "" {
		for _, item := range splitTop(v, ',') {
			name, t, timed := "all", tr{}, 0
			for _, w := range splitSpaces(strings.TrimSpace(item)) {
				if sec, ok := seconds(w); ok {
					if timed == 0 {
						t.duration = sec
					} else {
						t.delay = sec
					}
					timed++
				} else if !strings.ContainsAny(w, "(") && !easing(w) {
					name = strings.ToLower(w)
				}
			}
			names, list = append(names, name), append(list, t)
		}
	}
	if v := d.Get("transition-property"); v != "" {
		names = names[:0]
		for _, n := range splitTop(v, ',') {
			names = append(names, strings.ToLower(strings.TrimSpace(n)))
		}
		durs, delays := splitTop(d.Get("transition-duration"), ','), splitTop(d.Get("transition-delay"), ',')
		list = list[:0]
		for i := range names {
			t := tr{}
			if len(durs) > 0 {
				t.duration, _ = seconds(strings.TrimSpace(durs[i%len(durs)]))
			}
			if len(delays) > 0 && strings.TrimSpace(delays[0]) != "" {
				t.delay, _ = seconds(strings.TrimSpace(delays[i%len(delays)]))
			}
			list = append(list, t)
		}
	}
	for i := len(names) - 1; i >= 0; i-- { // the last one of a property wins
		if names[i] != prop && names[i] != "all" || i >= len(list) {
			continue
		}
		t := list[i]
		if t.duration <= 0 {
			return 1, true
		}
		return math.Max(0, math.Min(1, (atSeconds-t.delay)/t.duration)), true
	}
	return 0, false
}

// easing reports a timing function's keyword.
func easing(w string) bool {
	switch strings.ToLower(w) {
	case "ease", "linear", "ease-in", "ease-out", "ease-in-out", "step-start", "step-end", "allow-discrete", "normal":
		return true
	}
	return false
}
