package css

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestChildHas(t *testing.T) {
	for _, tc := range []struct {
		sel, want string
		ok        bool
	}{
		{`.wdk-list li:has(> a[href*="ktv-gz"])`, `.wdk-list li:haschild(a[href*="ktv-gz"])`, true},
		{`li:has(>a.ad)`, `li:haschild(a.ad)`, true},
		{`li:has(a)`, ``, false},       // cascadia reads it as it is
		{`li:has(+ a)`, ``, false},     // a sibling: no equivalent
		{`li:has(> div a)`, ``, false}, // more than one compound
		{`li:has(> a[title="x y"])`, `li:haschild(a[title="x y"])`, true},
	} {
		got, ok := childHas(tc.sel)
		assert.Equal(t, tc.ok, ok, tc.sel)
		if ok {
			assert.Equal(t, tc.want, got)
		}
	}
}
