package core

import (
	"strings"
	"testing"

	goquery "github.com/govreader/govreader/core/internal/dq"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDocIndexMayMatch(t *testing.T) {
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(
		`<div id="zoom" class="TRS_Editor view"><p class="a-b">x</p></div><span class="文章">y</span>`))
	require.NoError(t, err)
	ix := newDocIndex(doc.Get(0))
	for _, tc := range []struct {
		sel  string
		want bool
	}{
		{"#zoom", true},
		{".TRS_Editor", true},
		{"div.view", true},
		{"#mainText .view", true}, // only the last compound is checked
		{".view > p.a-b", true},
		{".文章", true},
		{"p", true},
		{"[itemprop=articleBody]", true},
		{"#content", false},
		{".TRS_UEDITOR", false},
		{"#zoom.missing", false},
		{".view .absent", false},
	} {
		assert.Equal(t, tc.want, ix.mayMatch(tc.sel), tc.sel)
	}
}

func TestContainsFold(t *testing.T) {
	assert.True(t, containsFold(`var cSource = "新华社"`, "source"))
	assert.True(t, containsFold("SOURCE", "source"))
	assert.False(t, containsFold("sourc", "source"))
	assert.False(t, containsFold("", "source"))
}
