package core

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// unpaintedCase is a block the static reading must see as a browser
// paints it: hidden (and reported with its reason id) or shown.
type unpaintedCase struct {
	name, head, block string
	// reasonID is the reason the block is removed for; "" when it stays.
	reasonID string
}

// unpaintedSpam and unpaintedNote are what the cases hide or show: spam
// a hidden block is reported with, a note a shown one keeps.
const (
	unpaintedSpam = `短信轰炸机在线版，呼死你软件包月，联系QQ 2638841057`
	unpaintedNote = `改造资金由中央补助资金和县级财政配套资金共同承担，详情可咨询县住房和城乡建设局。`
)

// checkUnpainted extracts the portal page with the case's block in its
// article and checks its fate: a hidden block is out of the text and
// reported as hidden with the reason id; a shown one stays, unreported.
func checkUnpainted(t *testing.T, c unpaintedCase) {
	t.Helper()
	a, err := Extract([]byte(portalPage(c.head, c.block)), Options{URL: "http://www.anping.gov.cn/xwzx/3.html"})
	require.NoError(t, err)
	assert.Contains(t, a.Text, "三千一百余户", "the article stays")
	if c.reasonID == "" {
		assert.Empty(t, a.Spam)
		// The block lies outside the article; the page's text before
		// chrome removal is where it shows.
		p := newTestPage(t, portalPage(c.head, c.block), "")
		p.removeHidden()
		p.removeSpam("")
		assert.Contains(t, p.doc.Text(), "中央补助资金", "the block stays visible")
		return
	}
	assert.NotContains(t, a.Text, "呼死你")
	var got []string
	for _, s := range a.Spam {
		if strings.Contains(s.Text, "呼死你") {
			got = append(got, s.Kind+" "+s.ReasonID)
		}
	}
	assert.Equal(t, []string{"hidden " + c.reasonID}, got, "reported: %+v", a.Spam)
}

// TestUnpaintedTechniques: text a browser does not paint, by means the
// static reading models on principle: boxes turned edge-on, ruby's
// fallback parentheses and annotations hidden, rules of an @scope and of
// an @container query that holds, animations that end hidden or never
// show, boxes of negative z-index under an ancestor's background, and
// blocks pushed below (or past the columns of) a box cut to its height. Each removal is reported with the reason of the technique.
func TestUnpaintedTechniques(t *testing.T) {
	for _, c := range []unpaintedCase{
		{name: "rotateY a quarter turn", block: `<p style="transform:rotateY(90deg)">` + unpaintedSpam + `</p>`, reasonID: reasonHiddenTinyText},
		{name: "rotateX in turns, by a class", head: `<style>.flip{transform:perspective(400px) rotateX(.25turn)}</style>`, block: `<div class="flip"><p>` + unpaintedSpam + `</p></div>`, reasonID: reasonHiddenTinyText},
		{name: "rotate3d about the y axis", block: `<p style="transform:rotate3d(0,1,0,90deg)">` + unpaintedSpam + `</p>`, reasonID: reasonHiddenTinyText},
		{name: "the rotate property", block: `<p style="rotate:x 90deg">` + unpaintedSpam + `</p>`, reasonID: reasonHiddenTinyText},
		{name: "ruby's fallback parentheses", block: `<p>安平<ruby><rp>` + unpaintedSpam + `</rp></ruby>县</p>`, reasonID: reasonHiddenNeverShown},
		{name: "a ruby annotation a rule hides", head: `<style>.py rt{display:none}</style>`, block: `<p class="py"><ruby>安平<rt>` + unpaintedSpam + `</rt></ruby>县</p>`, reasonID: reasonHiddenDisplayNone},
		{name: "a ruby annotation of no size", block: `<p><ruby>安平<rt style="font-size:0">` + unpaintedSpam + `</rt></ruby>县</p>`, reasonID: reasonHiddenTinyText},
		{name: "a rule of an @scope", head: `<style>@scope (.box) { .note { display: none } }</style>`, block: `<div class="box"><p class="note">` + unpaintedSpam + `</p></div>`, reasonID: reasonHiddenDisplayNone},
		{name: "an @scope rule for :scope's children", head: `<style>@scope (.box) { :scope > p { visibility: hidden } }</style>`, block: `<div class="box"><p>` + unpaintedSpam + `</p></div>`, reasonID: reasonHiddenVisibility},
		{name: "a container query every container meets", head: `<style>.wrap{container-type:inline-size} @container (min-width: 40px) { .note { display: none } }</style>`, block: `<div class="wrap"><p class="note">` + unpaintedSpam + `</p></div>`, reasonID: reasonHiddenDisplayNone},
		{name: "a named container's query", head: `<style>.wrap{container: side / inline-size} @container side (width > 50px) { .note { opacity: 0 } }</style>`, block: `<div class="wrap"><p class="note">` + unpaintedSpam + `</p></div>`, reasonID: reasonHiddenOpacity},
		{name: "a fade out that stays", head: `<style>@keyframes out { to { opacity: 0 } } .note { animation: out .3s ease-in forwards }</style>`, block: `<p class="note">` + unpaintedSpam + `</p>`, reasonID: reasonHiddenOpacity},
		{name: "a fade out in longhands", head: `<style>@keyframes Out { 0% { opacity: 1 } 100% { opacity: 0 } } .note { animation-name: Out; animation-duration: 1s; animation-fill-mode: both }</style>`, block: `<p class="note">` + unpaintedSpam + `</p>`, reasonID: reasonHiddenOpacity},
		{name: "a loop that never shows", head: `<style>@keyframes dim { from, to { opacity: 0 } 50% { opacity: .03 } } .note { animation: dim 2s infinite }</style>`, block: `<p class="note">` + unpaintedSpam + `</p>`, reasonID: reasonHiddenOpacity},
		{name: "a fade in an hour away", head: `<style>@keyframes in { from { opacity: 0 } to { opacity: 1 } } .note { animation: in 1s 3600s both }</style>`, block: `<p class="note">` + unpaintedSpam + `</p>`, reasonID: reasonHiddenOpacity},
		{name: "an inline fade out", head: `<style>@keyframes out { to { opacity: 0 } }</style>`, block: `<p style="animation: out 1s forwards">` + unpaintedSpam + `</p>`, reasonID: reasonHiddenOpacity},
		{name: "under an ancestor's background", block: `<div style="background:#fff"><p style="position:relative;z-index:-1">` + unpaintedSpam + `</p></div>`, reasonID: reasonHiddenCovered},
		{name: "under a background two levels up, by classes", head: `<style>.card{background-color:rgb(250,250,250)} .card .tip{position:relative;z-index:-5}</style>`, block: `<div class="card"><div><span class="tip">` + unpaintedSpam + `</span></div></div>`, reasonID: reasonHiddenCovered},
		{name: "under a background, absolutely at its place", block: `<div style="background:#f5f5f5"><p style="position:absolute;z-index:-1">` + unpaintedSpam + `</p></div>`, reasonID: reasonHiddenCovered},
		{name: "pushed into a clipped column", block: `<div style="width:600px;height:28px;columns:1;column-fill:auto;column-gap:0;overflow:hidden"><div style="height:28px"></div><p>` + unpaintedSpam + `</p></div>`, reasonID: reasonHiddenClipped},
		{name: "pushed below a cut box", block: `<div style="height:3em;overflow:hidden"><div style="height:30px"></div><div style="min-height:20px"></div><p>` + unpaintedSpam + `</p></div>`, reasonID: reasonHiddenClipped},
		{name: "pushed past two columns by classes", head: `<style>.strip{width:600px;max-height:40px;overflow:hidden;column-count:2}.pad{height:80px}</style>`, block: `<div class="strip"><div class="pad"></div><p>` + unpaintedSpam + `</p></div>`, reasonID: reasonHiddenClipped},
		{name: "a progress bar's fallback", block: `<p>办理进度<progress value="0" max="100">` + unpaintedSpam + `</progress></p>`, reasonID: reasonHiddenNeverShown},
		{name: "a meter's fallback", block: `<div><meter value="0.6">` + unpaintedSpam + `</meter></div>`, reasonID: reasonHiddenNeverShown},
		{name: "text cut out of a white background", block: `<p style="color:transparent;background:#fff;-webkit-background-clip:text;background-clip:text">` + unpaintedSpam + `</p>`, reasonID: reasonHiddenCamouflage},
		{name: "a clipped background in the colour of the box behind", block: `<div style="background:#f4f4f4"><p style="-webkit-text-fill-color:transparent;color:#333;background-color:#f5f5f5;-webkit-background-clip:text">` + unpaintedSpam + `</p></div>`, reasonID: reasonHiddenCamouflage},
		{name: "screen over a white box", block: `<div style="background:#fff"><p style="mix-blend-mode:screen;color:#222">` + unpaintedSpam + `</p></div>`, reasonID: reasonHiddenCamouflage},
		{name: "multiply over a black box", block: `<div style="background:#000"><p style="mix-blend-mode:multiply;color:#eee">` + unpaintedSpam + `</p></div>`, reasonID: reasonHiddenCamouflage},
		{name: "a starting opacity a day-long transition leaves", head: `<style>.note{transition:opacity 86400s linear} @starting-style{.note{opacity:0}}</style>`, block: `<p class="note">` + unpaintedSpam + `</p>`, reasonID: reasonHiddenOpacity},
		{name: "a starting opacity in longhands, after a delay", head: `<style>.note{transition-property:color,opacity;transition-duration:1s,2s;transition-delay:0s,3600s} @starting-style{.note{opacity:0}}</style>`, block: `<p class="note">` + unpaintedSpam + `</p>`, reasonID: reasonHiddenOpacity},
		{name: "a half turn about a far origin", block: `<div style="transform:rotate(180deg);transform-origin:-2500px -2500px">` + unpaintedSpam + `</div>`, reasonID: reasonHiddenOffPage},
		{name: "a shrink towards a far origin, by a class", head: `<style>.far{transform:scale(.5);transform-origin:-12000px 0}</style>`, block: `<p class="far">` + unpaintedSpam + `</p>`, reasonID: reasonHiddenOffPage},
		{name: "a one-line note whose first line is transparent", head: `<style>.note::first-line{color:transparent}</style>`, block: `<p class="note">` + unpaintedSpam + `</p>`, reasonID: reasonHiddenTransparent},
		{name: "a first line in no colour, in the old syntax", head: `<style>div.tip p:first-line{color:rgba(0,0,0,0)}</style>`, block: `<div class="tip"><p>` + unpaintedSpam + `</p></div>`, reasonID: reasonHiddenTransparent},
		{name: "pushed past a one-line box by its padding", block: `<p style="max-width:400px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis">县城老旧小区改造公示<span style="padding-left:400px">` + unpaintedSpam + `</span></p>`, reasonID: reasonHiddenClipped},
		{name: "pushed past a one-line box by a margin, by classes", head: `<style>.t{width:300px;white-space:nowrap;overflow-x:hidden}.t em{margin-left:20em}</style>`, block: `<div class="t">通知公告<em>` + unpaintedSpam + `</em></div>`, reasonID: reasonHiddenClipped},
		{name: "a shrink that stays", head: `<style>@keyframes gone { to { transform: scale(0) } } .note { animation: gone 1s forwards }</style>`, block: `<p class="note">` + unpaintedSpam + `</p>`, reasonID: reasonHiddenTinyText},
	} {
		t.Run(c.name, func(t *testing.T) { checkUnpainted(t, c) })
	}
}

// TestPaintedTechniques: the same properties with values that paint the
// text keep it, unreported.
func TestPaintedTechniques(t *testing.T) {
	for _, c := range []unpaintedCase{
		{name: "a tilt", block: `<p style="transform:rotateY(30deg)">` + unpaintedNote + `</p>`},
		{name: "a half turn shows the back face", block: `<p style="transform:rotateX(180deg)">` + unpaintedNote + `</p>`},
		{name: "a turn in the screen's plane", block: `<p style="transform:rotate(90deg)">` + unpaintedNote + `</p>`},
		{name: "rotate3d about the z axis", block: `<p style="transform:rotate3d(0,0,1,90deg)">` + unpaintedNote + `</p>`},
		{name: "a ruby annotation", block: `<p><ruby>中央<rp>(</rp><rt>` + unpaintedNote + `</rt><rp>)</rp></ruby></p>`},
		{name: "ruby parentheses the page shows", head: `<style>rp{display:inline}</style>`, block: `<p>说明<ruby><rp>` + unpaintedNote + `</rp></ruby></p>`},
		{name: "an @scope of other roots", head: `<style>@scope (.other) { .note { display: none } }</style>`, block: `<div class="box"><p class="note">` + unpaintedNote + `</p></div>`},
		{name: "an @scope whose limit excludes it", head: `<style>@scope (.box) to (.inner) { .note { display: none } }</style>`, block: `<div class="box"><div class="inner"><p class="note">` + unpaintedNote + `</p></div></div>`},
		{name: "a container query with no container", head: `<style>@container (min-width: 40px) { .note { display: none } }</style>`, block: `<div class="wrap"><p class="note">` + unpaintedNote + `</p></div>`},
		{name: "a container query no desktop container meets", head: `<style>.wrap{container-type:inline-size} @container (min-width: 3000px) { .note { display: none } }</style>`, block: `<div class="wrap"><p class="note">` + unpaintedNote + `</p></div>`},
		{name: "a container query that shows", head: `<style>.note{display:none} .wrap{container-type:inline-size} @container (min-width: 20px) { .note { display: block } }</style>`, block: `<div class="wrap"><p class="note">` + unpaintedNote + `</p></div>`},
		{name: "a fade in", head: `<style>@keyframes in { from { opacity: 0 } to { opacity: 1 } } .note { animation: in 1s both }</style>`, block: `<p class="note">` + unpaintedNote + `</p>`},
		{name: "a fade out that does not stay", head: `<style>@keyframes out { to { opacity: 0 } } .note { animation: out 1s }</style>`, block: `<p class="note">` + unpaintedNote + `</p>`},
		{name: "an inline fade in", head: `<style>@keyframes in { from { opacity: 0 } to { opacity: 1 } }</style>`, block: `<p style="opacity:1;animation: in 2s both">` + unpaintedNote + `</p>`},
		{name: "a positive z-index over a background", block: `<div style="background:#fff"><p style="position:relative;z-index:1">` + unpaintedNote + `</p></div>`},
		{name: "a negative z-index in the background's own stacking context", block: `<div style="background:#fff;position:relative;z-index:0"><p style="position:relative;z-index:-1">` + unpaintedNote + `</p></div>`},
		{name: "a stacking context a class makes", head: `<style>.card{background:#fff;isolation:isolate}</style>`, block: `<div class="card"><p style="position:relative;z-index:-1">` + unpaintedNote + `</p></div>`},
		{name: "a stacking context in between", head: `<style>.mid{opacity:.99}</style>`, block: `<div style="background:#fff"><div class="mid"><p style="position:relative;z-index:-1">` + unpaintedNote + `</p></div></div>`},
		{name: "a flex item's z-index makes a context", block: `<div style="background:#fff;display:flex"><div style="z-index:0;background:#eee"><p style="position:relative;z-index:-1">` + unpaintedNote + `</p></div></div>`},
		{name: "a translucent background", block: `<div style="background:rgba(255,255,255,.5)"><p style="position:relative;z-index:-1">` + unpaintedNote + `</p></div>`},
		{name: "a negative z-index with no position", block: `<div style="background:#fff"><p style="z-index:-1">` + unpaintedNote + `</p></div>`},
		{name: "a second column that shows", block: `<div style="width:600px;height:28px;columns:2;column-fill:auto;overflow:hidden"><div style="height:28px"></div><p>` + unpaintedNote + `</p></div>`},
		{name: "a box taller than what precedes", block: `<div style="height:120px;overflow:hidden"><div style="height:28px"></div><p>` + unpaintedNote + `</p></div>`},
		{name: "a spacer out of the flow", block: `<div style="height:28px;overflow:hidden;position:relative"><div style="height:28px;position:absolute"></div><p>` + unpaintedNote + `</p></div>`},
		{name: "columns that overflow sideways, shown", block: `<div style="width:600px;height:28px;columns:1;overflow-y:hidden"><div style="height:28px"></div><p>` + unpaintedNote + `</p></div>`},
		{name: "a row of a flex box", block: `<div style="display:flex;height:28px;overflow:hidden"><div style="height:28px;width:40px"></div><p>` + unpaintedNote + `</p></div>`},
		{name: "text before the spacer", block: `<div style="height:28px;overflow:hidden"><p>` + unpaintedNote + `</p><div style="height:28px"></div></div>`},
		{name: "a blinking notice", head: `<style>@keyframes blink { 50% { opacity: 0 } } .note { animation: blink 1s infinite }</style>`, block: `<p class="note">` + unpaintedNote + `</p>`},
		{name: "text beside a progress bar", block: `<p><progress value="70" max="100">70%</progress>` + unpaintedNote + `</p>`},
		{name: "a gradient cut out of the text", block: `<p style="color:transparent;background:linear-gradient(90deg,#c00,#00c);background-clip:text">` + unpaintedNote + `</p>`},
		{name: "a dark colour clipped to the text", block: `<p style="color:transparent;background:#b5121b;-webkit-background-clip:text">` + unpaintedNote + `</p>`},
		{name: "multiply over a white box", block: `<div style="background:#fff"><p style="mix-blend-mode:multiply;color:#222">` + unpaintedNote + `</p></div>`},
		{name: "screen over a black box", block: `<div style="background:#000"><p style="mix-blend-mode:screen;color:#ddd">` + unpaintedNote + `</p></div>`},
		{name: "a starting opacity a short fade leaves", head: `<style>.note{transition:opacity .4s ease-out} @starting-style{.note{opacity:0}}</style>`, block: `<p class="note">` + unpaintedNote + `</p>`},
		{name: "a starting opacity with no transition", head: `<style>@starting-style{.note{opacity:0}}</style>`, block: `<p class="note">` + unpaintedNote + `</p>`},
		{name: "a long transition of another property", head: `<style>.note{transition:transform 86400s} @starting-style{.note{opacity:0}}</style>`, block: `<p class="note">` + unpaintedNote + `</p>`},
		{name: "a half turn about its centre", block: `<p style="transform:rotate(180deg)">` + unpaintedNote + `</p>`},
		{name: "a tilt about a corner just outside", block: `<p style="transform:rotate(-3deg);transform-origin:-20px -20px">` + unpaintedNote + `</p>`},
		{name: "a far origin with no turn", block: `<p style="transform:rotate(0deg);transform-origin:-2500px -2500px">` + unpaintedNote + `</p>`},
		{name: "a long paragraph's first line", head: `<style>.note::first-line{color:transparent}</style>`, block: `<p class="note">` + unpaintedNote + unpaintedNote + `</p>`},
		{name: "a first line that ends at a break", head: `<style>.note::first-line{color:transparent}</style>`, block: `<p class="note">提示<br>中央补助资金由县财政配套</p>`},
		{name: "a first line in red", head: `<style>.note::first-line{color:#c00}</style>`, block: `<p class="note">中央补助资金由县财政配套</p>`},
		{name: "a long title cut with an ellipsis", block: `<p style="max-width:300px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis">` + unpaintedNote + `</p>`},
		{name: "a date beside a short title", block: `<p style="max-width:800px;white-space:nowrap;overflow:hidden">` + unpaintedNote + `<span style="margin-left:20px">2025-04-16</span></p>`},
		{name: "a padded line that wraps", block: `<p style="max-width:400px;overflow:hidden">县城老旧小区改造公示<span style="padding-left:400px">` + unpaintedNote + `</span></p>`},
		{name: "an even number of alternations", head: `<style>@keyframes out { to { opacity: 0 } } .note { animation: out 1s 2 alternate forwards }</style>`, block: `<p class="note">` + unpaintedNote + `</p>`},
	} {
		t.Run(c.name, func(t *testing.T) { checkUnpainted(t, c) })
	}
}

// TestPlantedHidingIsReported: words hidden by a means that serves only to
// hide them are reported though they carry no handle and no known word:
// in an <rp>, or pushed out of a box by empty blocks. Blocks pushed by
// others that show something (a carousel's slides) go unreported.
func TestPlantedHidingIsReported(t *testing.T) {
	const quiet = "本店私房写真每日更新，欢迎老客户回访"
	for _, c := range []struct {
		name, block string
		reported    bool
	}{
		{"in ruby's fallback parentheses", `<p>安平<ruby><rp>` + quiet + `</rp></ruby>县</p>`, true},
		{"pushed out by an empty block", `<div style="height:28px;overflow:hidden"><div style="height:28px"></div><p>` + quiet + `</p></div>`, true},
		{"pushed out by a slide", `<div style="height:28px;overflow:hidden"><div style="height:28px">第一张：县城新貌</div><p>` + quiet + `</p></div>`, false},
		{"a hidden list entry giving a WeChat id", `<ul><li style="display:none"><a href="/xwzx/9.html">` + quiet + `，微信sfxz_vip</a></li></ul>`, true},
		{"a hidden entry by visibility giving a QQ", `<ul><li style="visibility:hidden"><a href="http://www.anping.gov.cn/xwzx/8.html">` + quiet + `，QQ 2638841</a></li></ul>`, true},
		{"pushed past a one-line box by empty space", `<p style="max-width:600px;white-space:nowrap;overflow:hidden">县城老旧小区改造公示<span style="padding-left:500px">` + quiet + `</span></p>`, true},
		{"a date cut off by a long title", `<p style="width:200px;white-space:nowrap;overflow:hidden">关于安平县城区老旧小区改造项目设计方案的公示<span style="margin-left:10px">` + quiet + `</span></p>`, false},
		{"a hidden list entry of the site", `<ul><li style="display:none"><a href="/xwzx/9.html">` + quiet + `，电话0318-7523456</a></li></ul>`, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := Extract([]byte(portalPage("", c.block)), Options{URL: "http://www.anping.gov.cn/xwzx/3.html"})
			require.NoError(t, err)
			assert.NotContains(t, a.Text, "私房写真")
			if !c.reported {
				assert.Empty(t, a.Spam)
				return
			}
			require.Len(t, a.Spam, 1)
			assert.Equal(t, SpamHidden, a.Spam[0].Kind)
			assert.Contains(t, a.Spam[0].Text, "私房写真")
		})
	}
}
