package core

import (
	"strings"
	"testing"

	"github.com/govreader/govreader/core/internal/css"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCascadeOrder(t *testing.T) {
	p := newTestPage(t, `<html><head><style>
#k{display:none}
.a{display:block}
p.a{opacity:0.5}
.a{opacity:0.1}
.b{color:red!important}
</style></head><body><p id="k" class="a b" style="color:blue;opacity:0.9">x</p></body></html>`, "")
	d := p.cascade(p.doc.Find("p").Get(0))
	assert.Equal(t, "none", d.Get("display"), "an id rule beats a class rule")
	assert.Equal(t, "0.9", d.Get("opacity"), "inline beats rules")
	assert.Equal(t, "red", d.Get("color"), "an !important rule beats inline")
}

func TestClipsAll(t *testing.T) {
	for _, tc := range []struct {
		clip, path string
		want       bool
	}{
		{"rect(0 0 0 0)", "", true},
		{"rect(0 100px 20px 0)", "", false},
		{"", "inset(50%)", true},
		{"", "inset(0 0 100% 0)", true},
		{"", "inset(40% 0 60% 0)", true},
		{"", "inset(0 50%)", true},
		{"", "inset(0 0 50% 0)", false},
		{"", "inset(10px 20px round 4px)", false},
		{"", "circle(0)", true},
		{"", "circle(40%)", false},
		{"", "polygon(0 0,0 0,0 0)", true},
		{"", "polygon(0 0,100% 0,100% 100%)", false},
	} {
		assert.Equal(t, tc.want, clipsAll(tc.clip, tc.path) != "", tc.clip+tc.path)
	}
}

func TestHandleStats(t *testing.T) {
	for _, tc := range []struct {
		text   string
		handle bool
	}{
		{advertEssay, true},
		{advertLoan, true},
		{advertTour, true},
		{"咨询电话：0318-7523456", true},
		{"微信号：ｌｗ８８６６１", true}, // full-width, folded by NFKC
		{"发布时间：2025-06-28", false},
		{"/col/col1599522/index.html", false},
		{"网站标识码 1301", false},
		{"我在听，请说话(10s)", false},
		{"image_20250628.jpg", false},
	} {
		_, got := handleStats(tc.text)
		assert.Equal(t, tc.handle, got, tc.text)
	}
	words, _ := handleStats("QQ 2851937740 借款")
	assert.Equal(t, 4, words, "digits are not words")
}

func TestWorthReport(t *testing.T) {
	advert := hiddenEvidence{words: 20, handle: true}
	assert.True(t, advert.worthReport())
	for name, e := range map[string]hiddenEvidence{
		"tiny UI bit":             {words: 5, handle: true},
		"a copy of shown text":    {words: 40, handle: true, shown: 0.9},
		"a pop-up the page opens": {words: 30, handle: true, revealable: true},
		"the site's own footer":   {words: 30, handle: true, ownLinks: true},
		"words with no way out":   {words: 30},
	} {
		assert.False(t, e.worthReport(), name)
	}
	assert.True(t, hiddenEvidence{words: 20, leaves: true}.worthReport(), "keyword links off the site")
	assert.True(t, hiddenEvidence{words: 30, prose: true}.worthReport(), "sentences no reader can see")
	assert.False(t, hiddenEvidence{words: 30, prose: true, shown: 0.8}.worthReport(), "sentences the page shows")
	assert.False(t, hiddenEvidence{words: 30, prose: true, revealable: true}.worthReport(), "sentences in a tab")
}

func TestFlattenShadowRoot(t *testing.T) {
	p := newTestPage(t, `<html><body><div id="host"><template shadowrootmode="open"><h3>标题</h3><slot name="a">备用</slot><slot></slot><slot name="c">备用内容</slot></template><span slot="a">甲</span>乙<b>丙</b><i slot="x">丁</i>  </div></body></html>`, "")
	hidden, _ := p.removeNeverShown()
	host := p.doc.Find("#host")
	require.Len(t, hidden, 1)
	assert.Equal(t, "丁", textOf(hidden[0].n), "no slot is named x")
	assert.Equal(t, 0, host.Find("template").Length())
	text := strings.Join(strings.Fields(host.Text()), "")
	assert.Equal(t, "标题甲乙丙备用内容丁", text, "slots take their children; an empty one keeps its fallback")
}

func TestPruneRules(t *testing.T) {
	p := &page{art: &Article{}}
	require.NoError(t, parseOnly(p, `<html><head><style>
:root{--gap:8px;--brand:#1b4f9c}
.tab{display:none}
.tab.active{display:block}
.nav a{display:inline-block;color:#333}
.row{font-size:0}
.row li{font-size:14px}
.intro{font-size:16px}
#keep{display:flex!important}
</style></head><body></body></html>`))
	got := map[string]css.Declarations{}
	for _, r := range pruneRules(p.styleRules()) {
		got[strings.Join(r.Selectors, ",")] = r.Decls
	}
	assert.Contains(t, got, ".tab")
	assert.Equal(t, css.Declarations{{Key: "display", Val: "block"}}, got[".tab.active"], "it may undo .tab's hiding")
	assert.NotContains(t, got, ".nav a", "it names nothing a hiding rule names")
	assert.Contains(t, got, ".row li", "it may give .row's children their font back")
	assert.NotContains(t, got, ".intro")
	assert.Contains(t, got, "#keep", "!important beats an inline style")
	assert.Len(t, got[":root"], 2, "the page's global custom properties")
}
