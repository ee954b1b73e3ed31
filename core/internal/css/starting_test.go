package css

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStartingStyle: @starting-style rules are gathered apart, and
// Resolve sets the opacity the transition from them has reached.
func TestStartingStyle(t *testing.T) {
	for _, c := range []struct {
		name, sheet string
		want        string // the opacity Resolve adds; "" for none
	}{
		{"a day-long fade from 0", `.a{transition:opacity 86400s linear} @starting-style{.a{opacity:0}}`, "0.0001"},
		{"a fade done by then", `.a{transition:opacity .5s} @starting-style{.a{opacity:0}}`, "1.0000"},
		{"half way to a rule's opacity", `.a{opacity:.5;transition:all 10s} @starting-style{.a{opacity:0}}`, "0.2500"},
		{"longhands, the opacity's delay", `.a{transition-property:opacity;transition-duration:1s;transition-delay:100s} @starting-style{.a{opacity:0}}`, "0.0000"},
		{"no transition", `@starting-style{.a{opacity:0}}`, ""},
		{"another selector's transition", `.b{transition:opacity 100s} @starting-style{.a{opacity:0}}`, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			var s Sheets
			s.Append(c.sheet, func(string) bool { return true })
			require.Len(t, s.Starting, 1)
			var got string
			for _, r := range s.Resolve(5) {
				for _, d := range r.Decls {
					if d.Key == "opacity" && d.Important {
						got = d.Val
					}
				}
			}
			assert.Equal(t, c.want, got)
		})
	}
}

// TestBlend: the colour text takes under the separable blend modes.
func TestBlend(t *testing.T) {
	white, black, grey := [3]float64{1, 1, 1}, [3]float64{0, 0, 0}, [3]float64{.2, .2, .2}
	for _, c := range []struct {
		mode             string
		backdrop, source [3]float64
		want             [3]float64
		ok               bool
	}{
		{"screen", white, grey, white, true},
		{"lighten", white, grey, white, true},
		{"color-dodge", white, grey, white, true},
		{"multiply", black, [3]float64{.9, .9, .9}, black, true},
		{"darken", black, grey, black, true},
		{"color-burn", black, grey, black, true},
		{"multiply", white, grey, grey, true},
		{"difference", white, grey, grey, false},
	} {
		got, ok := Blend(c.mode, c.backdrop, c.source)
		assert.Equal(t, c.ok, ok, c.mode)
		assert.InDeltaSlice(t, c.want[:], got[:], 1e-9, c.mode)
	}
}
