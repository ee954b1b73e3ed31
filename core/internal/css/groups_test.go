package css

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestScopeAndContainerRules(t *testing.T) {
	var s Sheets
	s.Append(`@scope (.a, .b:not(.c)) { p { display:none } :scope > i { opacity:0 } & em { opacity:0 } }
@scope (.a) to (.z) { .limited { display:none } }
@scope { .bare { display:none } }
@scope (.outer) { @scope (.inner) { .deep { display:none } } }
.w { container-type: inline-size } .n { container: side / size } .s { container-type: normal }
@container (min-width: 10px) { .any { display:none } }
@container side (inline-size >= 100px) { .named { display:none } }
@container (min-width: 600px) { .wide { display:none } }
@container (max-width: 2000px) { .narrow { display:none } }
@container style(--x: 1) { .style { display:none } }
@container (min-width: 10px) or (max-width: 5px) { .either { display:none } }`, readAll)
	var got [][]string
	for _, r := range s.Resolve(0) {
		if _, ok := r.Decls.Lookup("container-type"); ok {
			continue
		}
		if _, ok := r.Decls.Lookup("container"); ok {
			continue
		}
		got = append(got, r.Selectors)
	}
	assert.Equal(t, [][]string{
		{".a p", ".b:not(.c) p"},
		{".a>i", ".b:not(.c)>i"},
		{".a em", ".b:not(.c) em"},
		{".outer .inner .deep"},
		{".w .any", ".n .any"},
		{".n .named"},
		{".w .narrow", ".n .narrow"},
	}, got)
}

func TestContainerApplies(t *testing.T) {
	for _, tc := range []struct {
		prelude, name string
		ok            bool
	}{
		{"(min-width: 10px)", "*", true}, {"(min-width: 100px)", "*", true}, {"(min-width: 101px)", "", false},
		{"(width > 0)", "*", true}, {"(10px < width)", "*", true}, {"(width < 3000px)", "*", true}, {"(width < 600px)", "", false},
		{"card (min-inline-size: 5em)", "card", true}, {"(min-height: 20px) and (min-width: 1px)", "*", true},
		{"(orientation: landscape)", "", false}, {"not (min-width: 10px)", "", false}, {"style(--a: b)", "", false},
		{"", "", false}, {"(max-height: 9999px)", "", false},
	} {
		name, ok := containerApplies(tc.prelude)
		assert.Equal(t, tc.ok, ok, tc.prelude)
		if ok {
			assert.Equal(t, tc.name, name, tc.prelude)
		}
	}
}

func TestAnimated(t *testing.T) {
	var s Sheets
	s.Append(`@keyframes out { to { opacity: 0 } }
@keyframes in { from { opacity: 0 } to { opacity: 1 } }
@keyframes dim { 0%, 100% { opacity: 0; color: red } 50% { opacity: .03; color: red } }
@keyframes blink { 50% { opacity: 0 } }
@keyframes imp { to { opacity: 0 !important } }`, readAll)
	for _, tc := range []struct {
		anim string
		want string // the opacity set at 5s, "" for none
	}{
		{"out 1s forwards", "0"}, {"out 1s both", "0"}, {"out 1s", ""}, {"out 10s forwards", ""},
		{"out 1s 2 alternate forwards", ""}, {"out 1s 3 alternate forwards", "0"}, {"out 1s reverse forwards", ""},
		{"in 1s both", "1"}, {"in 1s 60s both", "0"}, {"in 1s 60s", ""}, {"in 1s 60s forwards", ""},
		{"dim 2s infinite", "0.03"}, {"blink 1s infinite", ""}, {"in 1s infinite", "1"},
		{"out 0s forwards", "0"}, {"out 1s forwards paused", ""}, {"nosuch 1s forwards", ""}, {"imp 1s forwards", ""},
		{"in 1s both, out 1s forwards", "0"}, {"cubic-bezier(0.1, 0.7, 1, 0.1) 1s out forwards", "0"},
		{"out 300ms forwards", "0"},
	} {
		d := Animated(Declarations{{Key: "animation", Val: tc.anim}}, s.Keyframes, 5)
		assert.Equal(t, tc.want, d.Get("opacity"), tc.anim)
	}
	longhands := Declarations{{Key: "animation-name", Val: "out"}, {Key: "animation-duration", Val: "1s"}, {Key: "animation-fill-mode", Val: "forwards"}}
	assert.Equal(t, "0", Animated(longhands, s.Keyframes, 5).Get("opacity"))
	assert.Equal(t, "red", Animated(Declarations{{Key: "animation", Val: "dim 1s infinite"}}, s.Keyframes, 5).Get("color"))
	// Resolve appends what a rule's animation sets, as !important.
	s.Rules = append(s.Rules, Rule{Selectors: []string{".x"}, Decls: Declarations{{Key: "animation", Val: "out 1s forwards"}}})
	r := s.Resolve(5)
	assert.Equal(t, Declaration{Key: "opacity", Val: "0", Important: true}, r[len(r)-1].Decls[1])
}
