package core

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTrustOfAgreesWithTheReader runs the cases extension/trust.test.mjs
// runs on the reader's badge.
func TestTrustOfAgreesWithTheReader(t *testing.T) {
	raw, err := os.ReadFile("testdata/trust-cases.json")
	require.NoError(t, err)
	var doc struct {
		Cases []struct {
			Name    string  `json:"name"`
			Article Article `json:"article"`
			Want    string  `json:"want"`
		} `json:"cases"`
	}
	require.NoError(t, json.Unmarshal(raw, &doc))
	require.NotEmpty(t, doc.Cases)
	seen := map[string]bool{}
	for _, c := range doc.Cases {
		t.Run(c.Name, func(t *testing.T) {
			assert.Equal(t, c.Want, TrustOf(&c.Article))
		})
		seen[c.Want] = true
	}
	for _, s := range []string{TrustOfficial, TrustOfficialCleaned, TrustCopy, TrustNone} {
		assert.True(t, seen[s], "no case for %s", s)
	}
	assert.Equal(t, TrustNone, TrustOf(nil))
}
