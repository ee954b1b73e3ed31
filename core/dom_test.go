package core

import (
	"strings"
	"testing"

	goquery "github.com/govreader/govreader/core/internal/dq"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
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

// TestNonSpaceRunesMatchesTextOf: the one-pass table must agree with
// textOf, white space left out, for every element.
func TestNonSpaceRunesMatchesTextOf(t *testing.T) {
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(`<html><body><div id="a"> 一 二
<p>三<b>四 five</b></p><script>var x="不算";</script><style>.x{}</style><ul><li>六</li><li> </li></ul></div><p>七八</p></body></html>`))
	require.NoError(t, err)
	root := doc.Find("body").Get(0)
	sizes := nonSpaceRunes(root)
	walkElements([]*html.Node{root}, func(n *html.Node) bool {
		assert.Equal(t, runeLenNoSpace(textOf(n)), sizes[n], "<%s>", n.Data)
		return true
	})
	assert.Equal(t, 11, sizes[root]) // 一二三四 five 六 七八
}
