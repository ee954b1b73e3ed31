package core

// Lint for the rules tables: knowledge lives in rules_*.go as data, and a
// slip in data fails silently. A word listed twice weighs double in the
// spam score; a selector that does not compile is a container never
// found.

import (
	"testing"

	"github.com/andybalholm/cascadia"
	"github.com/stretchr/testify/assert"
)

func TestRulesTablesHaveNoDuplicates(t *testing.T) {
	tables := map[string][]string{
		"chromeClassWords":    chromeClassWords,
		"chromePrefix":        chromePrefix,
		"chromeContains":      chromeContains,
		"cmsContainers":       cmsContainers,
		"positiveHints":       positiveHints,
		"negativeHints":       negativeHints,
		"bylineRoles":         bylineRoles,
		"orgSuffixes":         orgSuffixes,
		"surnames":            surnames,
		"titleHints":          titleHints,
		"spamStrong":          spamStrong,
		"spamWeak":            spamWeak,
		"institutionSuffixes": institutionSuffixes,
	}
	for name, words := range tables {
		t.Run(name, func(t *testing.T) {
			seen := map[string]bool{}
			for _, w := range words {
				assert.False(t, seen[w], "%q is listed twice", w)
				assert.NotEmpty(t, w, "an empty entry matches everything")
				seen[w] = true
			}
		})
	}
	// A word that is both strong and weak spam is scored twice.
	weak := map[string]bool{}
	for _, w := range spamWeak {
		weak[w] = true
	}
	for _, w := range spamStrong {
		assert.False(t, weak[w], "%q is both strong and weak spam", w)
	}
}

func TestRulesSelectorsCompile(t *testing.T) {
	for _, sel := range cmsContainers {
		_, err := cascadia.Compile(sel)
		assert.NoError(t, err, "cmsContainers: %q", sel)
	}
	assert.Len(t, cmsMatchers, len(cmsContainers))
	for i, m := range cmsMatchers {
		assert.NotNil(t, m, "cmsContainers[%d] %q was not compiled", i, cmsContainers[i])
	}
}

// TestLabelRunesCap: labelBefore reads a label into buffers of
// labelRunesCap characters; a longer label in the table would never be
// found.
func TestLabelRunesCap(t *testing.T) {
	assert.LessOrEqual(t, maxLabelRunes, labelRunesCap, "a label of infoLabels is longer than labelRunesCap")
}
