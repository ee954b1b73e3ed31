package core

import (
	"encoding/base64"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/govreader/govreader/core/internal/css"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStyleHides(t *testing.T) {
	cases := []struct {
		decl string
		want bool
	}{
		{"display:none", true},
		{"DISPLAY: NONE !important", true},
		{"visibility:hidden", true},
		{"opacity:0", true},
		{"opacity:0.01", true},
		{"opacity:0.5", false},
		{"font-size:0", true},
		{"font-size:1px", true},
		{"font-size:0.1em", true},
		{"font-size:12px", false},
		{"position:absolute;left:-9999px", true},
		{"position:fixed;top:-3000px", true},
		{"position:absolute;left:-20px", false},
		{"left:-9999px", false}, // static boxes ignore left
		{"margin-left:-5000px", true},
		{"text-indent:-9999px", true},
		{"text-indent:2em", false},
		{"width:1px;height:1px;overflow:hidden", true},
		{"height:0;overflow:hidden", true},
		{"max-height:0;overflow:hidden", true},
		{"height:0", false}, // content overflows visibly
		{"position:absolute;clip:rect(0 0 0 0)", true},
		{"position:absolute;clip:rect(0px,0px,0px,0px)", true},
		{"clip:rect(0 100px 20px 0)", false},
		{"clip-path:inset(50%)", true},
		{"clip-path:inset(100%)", true},
		{"clip-path:circle(0)", true},
		{"clip-path:polygon(0 0,0 0,0 0)", true},
		{"clip-path:inset(0 0 10% 0)", false},
		{"transform:translateX(-9999px)", true},
		{"transform:translate(-10000px,0)", true},
		{"transform:scale(0)", true},
		{"transform:rotate(45deg) scale(0.5)", false},
		{"transform:translateY(-50%)", false},
		{"color:#fff;background-color:#FFFFFF", true},
		{"color:white;background:#fff url(x.png)", true},
		{"color:rgb(255,255,255);background-color:#ffffff", true},
		{"color:rgba(0,0,0,0)", true},
		{"color:transparent", true},
		{"color:#333;background-color:#fff", false},
		{"filter:opacity(0)", true},
		{"", false},
		{"text-align:center;font-size:14pt", false},
	}
	for _, tc := range cases {
		t.Run(tc.decl, func(t *testing.T) {
			assert.Equal(t, tc.want, styleHides(tc.decl))
		})
	}
}

// hidingTechniques are the ways a page hides a spam block, each in its
// static form; the browser-hint form is the same block with
// HiddenHintAttr only (the extension's content script sets it after
// reading computed styles).
var hidingTechniques = []struct {
	name, head, open, close string
}{
	{"inline display none", "", `<div style="display:none">`, `</div>`},
	{"offscreen", "", `<div style="position:absolute;left:-9999px;top:-9999px">`, `</div>`},
	{"tiny overflow box", "", `<div style="width:1px;height:1px;overflow:hidden">`, `</div>`},
	{"font zero", "", `<div style="font-size:0">`, `</div>`},
	{"clip", "", `<div style="position:absolute;clip:rect(0 0 0 0)">`, `</div>`},
	{"clip-path", "", `<div style="clip-path:inset(50%)">`, `</div>`},
	{"text indent", "", `<p style="text-indent:-9999px;overflow:hidden">`, `</p>`},
	{"transform", "", `<div style="transform:translateX(-9999px)">`, `</div>`},
	{"same colour as background", "", `<div style="color:#fff;background:#fff">`, `</div>`},
	{"hidden attribute", "", `<div hidden>`, `</div>`},
	{"marquee", "", `<marquee scrollamount="5000" width="1" height="1">`, `</marquee>`},
	{"class rule", `<style>.zz{display:none}</style>`, `<div class="zz">`, `</div>`},
	{"id rule", `<style>#k8 { position:absolute; left:-8000px }</style>`, `<div id="k8">`, `</div>`},
	{"descendant rule", `<style>div.ft span b{visibility:hidden}</style>`, `<div class="ft"><span><b>`, `</b></span></div>`},
	{"structural rule", `<style>.box > div:first-child{display:none}</style>`, `<div class="box"><div>`, `</div><div>友情提示</div></div>`},
	{"media screen rule", `<style>@media screen { .mq{display:none} }</style>`, `<div class="mq">`, `</div>`},
	{"script hides by id", `<script>document.getElementById("lk7").style.display="none";</script>`, `<div id="lk7">`, `</div>`},
	{"jquery hides by id", `<script>$(function(){ $('#lk8').hide(); });</script>`, `<div id="lk8">`, `</div>`},
	{"noscript", "", `<noscript>`, `</noscript>`},
	{"attribute rule", `<style>div[data-x="1"]{display:none}</style>`, `<div data-x="1">`, `</div>`},
}

const spamPayload = `<a href="http://www.kfa738.vip/">凯发国际注册送彩金</a> <a href="http://www.zlks922.top/">尊龙凯时平台</a> <a href="http://www.jyh551.cc/">九游会真人视讯</a>`

func hidingPage(head, block string) string {
	return `<html><head><title>春耕备耕_南江县人民政府</title>` + head + `</head><body><div class="article"><h1>南江县全面推进春耕备耕工作</h1><div id="zoom">` +
		`<p>5月8日，记者从县农业农村局获悉，今年全县计划播种粮食作物四十二万亩，目前已完成春播面积的七成。</p>` +
		`<p>为保障农资供应，县供销社在各乡镇设立农资服务点三十六个，储备化肥一万二千吨。</p></div></div>` + block + `</body></html>`
}

func TestHidingTechniquesStaticAndHint(t *testing.T) {
	for _, tc := range hidingTechniques {
		forms := map[string]string{
			"static": hidingPage(tc.head, tc.open+spamPayload+tc.close),
			"hint":   hidingPage("", `<div class="yqlj" `+HiddenHintAttr+`="1">`+spamPayload+`</div>`),
		}
		for form, src := range forms {
			t.Run(fmt.Sprintf("%s/%s", tc.name, form), func(t *testing.T) {
				a, err := Extract([]byte(src), Options{})
				require.NoError(t, err)
				assert.NotContains(t, a.Title+a.Text, "凯发国际")
				assert.NotContains(t, a.Text, "尊龙凯时")
				assert.Contains(t, a.Text, "四十二万亩")
				require.NotEmpty(t, a.Spam, "the hidden links are reported")
				assert.Equal(t, SpamHidden, a.Spam[0].Kind)
				assert.Equal(t, VerdictSpamRemoved, a.Verdict)
			})
		}
	}
}

func TestVisibleContentStays(t *testing.T) {
	// The same page parts without a hiding trick stay and are not hidden
	// spam: the rules must not fire on ordinary styling.
	for _, style := range []string{"color:#333;background:#fff", "font-size:14px", "text-indent:2em", "position:relative;left:10px", "overflow:hidden;height:200px"} {
		t.Run(style, func(t *testing.T) {
			src := hidingPage("", `<div style="`+style+`"><p>联系电话：0827-1234567，办公地址：南江县政务服务中心三楼。</p></div>`)
			a, err := Extract([]byte(src), Options{})
			require.NoError(t, err)
			for _, s := range a.Spam {
				assert.NotEqual(t, SpamHidden, s.Kind, s.Text)
			}
		})
	}
}

func TestFontZeroLayoutTrickStays(t *testing.T) {
	src := hidingPage("", `<ul style="font-size:0"><li style="font-size:14px">联系电话：0827-1234567</li><li style="font-size:14px">办公地址：南江县政务服务中心</li></ul>`)
	a, err := Extract([]byte(src), Options{})
	require.NoError(t, err)
	p := newTestPage(t, src, "")
	p.removeHidden()
	assert.Contains(t, p.doc.Text(), "办公地址", "children that restore the font stay")
	assert.Equal(t, VerdictClean, a.Verdict)
}

func TestHiddenLinksWithoutSpamWords(t *testing.T) {
	// Hidden links to several unrelated sites with keyword texts are
	// reported even when no lexicon word is in them; hidden menus of the
	// page's own site or of named institutions go silently.
	farm := `<div style="display:none"><a href="http://www.shengda.com/">盛大在线</a> <a href="http://huacai.net/">华彩优选</a> <a href="http://www.jinhui.com/">金汇理财</a> <a href="http://yinhe.org/">银河视讯</a></div>`
	menu := `<div style="display:none"><a href="/a">机构设置</a> <a href="/b">政策文件</a> <a href="http://www.cqlib.org/">重庆图书馆</a> <a href="http://www.cqmsg.com/">重庆美术馆</a> <a href="http://www.cqmuseum.org/">三峡博物馆</a> <a href="http://www.cqsxy.com/">重庆少年儿童图书馆</a></div>`
	a, err := Extract([]byte(hidingPage("", farm)), Options{})
	require.NoError(t, err)
	require.Len(t, a.Spam, 1)
	assert.Equal(t, SpamHidden, a.Spam[0].Kind)

	a, err = Extract([]byte(hidingPage("", menu)), Options{})
	require.NoError(t, err)
	assert.Empty(t, a.Spam)
	assert.Equal(t, VerdictClean, a.Verdict)
}

func TestCamouflagedSpam(t *testing.T) {
	white := `<div style="color:#FFFFFF">` + spamPayload + `</div>`
	a, err := Extract([]byte(hidingPage("", white)), Options{})
	require.NoError(t, err)
	assert.NotContains(t, a.Text, "凯发国际")
	require.NotEmpty(t, a.Spam)
	assert.Equal(t, SpamHidden, a.Spam[0].Kind)

	// White text on a page whose background is dark is readable.
	a, err = Extract([]byte(hidingPage(`<style>body{background:#003366}</style>`, `<div style="color:#fff"><p>联系电话：0827-1234567</p></div>`)), Options{})
	require.NoError(t, err)
	assert.Empty(t, a.Spam)

	// White text in a box painted dark stays; it is not spam anyway.
	p := newTestPage(t, hidingPage("", `<div style="background:#c00"><span style="color:white">通知公告</span></div>`), "")
	n := p.doc.Find("span").Get(0)
	assert.False(t, p.camouflaged(n, p.pageBackground()))
}

func TestStyleRulesParsing(t *testing.T) {
	doc := `<html><head><style>
/* comment { with braces } */ .a, #b > p:not(.x,.y) { display:none; --gap: 0 }
@media print { .p { display:none } }
@media screen { .s { display:none } }
@media screen and (min-width: 992px) { .wide { display:none } }
@media (max-width: 767px) { .narrow { display:none } }
@supports (display:grid) { .g { opacity:0 } }
@font-face { font-family:x; src:url(x.woff) }
@keyframes k { from { opacity:0 } to { opacity:1 } }
.c{color:red;font-family:serif}/* unclosed`
	p := &page{art: &Article{}}
	require.NoError(t, parseOnly(p, doc+`</style><style media="print">.q{display:none}</style>`+
		`<link rel="stylesheet" href="data:text/css,.u%7Bdisplay%3Anone%7D">`+
		`<link rel="stylesheet" href="data:text/css;base64,LnZ7dmlzaWJpbGl0eTpoaWRkZW59">`+
		`</head><body><p class="a">x</p></body></html>`))
	rules := p.styleRules()
	var sels [][]string
	for _, r := range rules {
		sels = append(sels, r.Selectors)
	}
	assert.Contains(t, sels, []string{".a", "#b>p:not(.x,.y)"})
	assert.Contains(t, sels, []string{".c"}, "a rule before an unclosed comment")
	assert.Contains(t, sels, []string{".s"}, "rules for every screen apply")
	assert.Contains(t, sels, []string{".wide"}, "a desktop screen is wide")
	assert.Contains(t, sels, []string{".g"}, "@supports holds on a desktop browser")
	assert.Contains(t, sels, []string{".u"}, "a data: sheet, percent-encoded")
	assert.Contains(t, sels, []string{".v"}, "a data: sheet in base64")
	for _, absent := range []string{".p", ".narrow", ".q", "from", "to"} {
		assert.NotContains(t, sels, []string{absent})
	}
	assert.Equal(t, css.Declarations{{Key: "display", Val: "none"}, {Key: "--gap", Val: "0"}}, rules[0].Decls)
	assert.Equal(t, css.Declarations{{Key: "color", Val: "red"}}, rules[len(rules)-3].Decls, "properties the stage does not read are dropped")
}

// TestLiveDOMTrustsTheBrowser: a script that would hide a paragraph is
// guessed at statically, but in a live serialisation the browser has
// answered (a strict CSP may have blocked the script) and the hint
// attribute alone says what is hidden.
func TestLiveDOMTrustsTheBrowser(t *testing.T) {
	page := []byte(`<html><head><meta charset="utf-8"></head><body><div id="zoom">
<p>会议指出，去年全市新改建农村公路一千二百公里，完成危桥改造八十六座，群众出行条件明显改善。</p>
<p id="late">这一段由页面脚本在加载后隐藏，但脚本被拦截时读者能看到它。</p>
<p ` + HiddenHintAttr + `>浏览器确实隐藏了这一段。</p>
<p>会议要求，各县区要压实责任，加快项目进度，严把工程质量关。</p></div>
<script>document.getElementById('late').style.display='none';</script></body></html>`)
	static, err := Extract(page, Options{})
	require.NoError(t, err)
	assert.NotContains(t, static.Text, "由页面脚本在加载后隐藏")
	assert.NotContains(t, static.Text, "浏览器确实隐藏了这一段")
	live, err := Extract(page, Options{LiveDOM: true})
	require.NoError(t, err)
	assert.Contains(t, live.Text, "由页面脚本在加载后隐藏")
	assert.NotContains(t, live.Text, "浏览器确实隐藏了这一段")
}

// TestLiveDOMSkipsStaticStyles: live, the content script's marks replace
// the static reading of styles. An inline style the browser did not apply
// (overridden by an !important rule) does not hide text, and a camouflage
// mark hides text only when it reads as spam.
func TestLiveDOMSkipsStaticStyles(t *testing.T) {
	page := []byte(`<html><head><meta charset="utf-8"><style>#shown{display:block !important}</style></head><body><div id="zoom">
<p>会议指出，去年全市新改建农村公路一千二百公里，完成危桥改造八十六座，群众出行条件明显改善。</p>
<p id="shown" style="display:none">这一段的内联样式被样式表的重要规则覆盖，浏览器照常显示。</p>
<p ` + HiddenHintAttr + `="` + CamouflageHint + `">白底白字的正文段落，由背景图衬托，读者看得到。</p>
<p ` + HiddenHintAttr + `="` + CamouflageHint + `">时时彩稳赚技巧 免费看片网站 澳门赌场在线开户 百家乐送彩金</p>
<p>会议要求，各县区要压实责任，加快项目进度，严把工程质量关。</p></div></body></html>`)
	static, err := Extract(page, Options{})
	require.NoError(t, err)
	assert.Contains(t, static.Text, "内联样式被样式表", "statically too, the !important rule wins the cascade")
	live, err := Extract(page, Options{LiveDOM: true})
	require.NoError(t, err)
	assert.Contains(t, live.Text, "内联样式被样式表")
	assert.Contains(t, live.Text, "白底白字的正文段落")
	assert.NotContains(t, live.Text, "时时彩")
	var reported bool
	for _, s := range live.Spam {
		reported = reported || s.Kind == SpamHidden && strings.Contains(s.Text, "时时彩")
	}
	assert.True(t, reported, "camouflaged spam is reported as hidden: %+v", live.Spam)
}

// TestLiveDOMCutOff: text the content script found cut off by a box that
// shows none of its content is reported whatever it says, as text pushed
// out of a box by empty blocks is natively; text it found merely clipped
// (the box shows other text: a news box cut to a height) is removed,
// and reported only on the usual evidence (a handle, prose, a trade's
// word), which a short label has none of.
func TestLiveDOMCutOff(t *testing.T) {
	tests := []struct {
		name, hint string
		reported   bool
	}{
		{"cut off by a box that shows nothing", CutOffHint, true},
		{"clipped by a box that shows other text", "clipped", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := []byte(`<html><head><meta charset="utf-8"></head><body><div id="zoom">
<p>会议指出，去年全市新改建农村公路一千二百公里，完成危桥改造八十六座，群众出行条件明显改善。</p>
<div><div></div><p ` + HiddenHintAttr + `="` + tc.hint + `">建造师证书挂靠年费从优</p></div>
<p>会议要求，各县区要压实责任，加快项目进度，严把工程质量关。</p></div></body></html>`)
			live, err := Extract(page, Options{LiveDOM: true})
			require.NoError(t, err)
			assert.NotContains(t, live.Text, "建造师")
			var reported bool
			for _, s := range live.Spam {
				reported = reported || s.Kind == SpamHidden && strings.Contains(s.Text, "建造师")
			}
			assert.Equal(t, tc.reported, reported, "%+v", live.Spam)
		})
	}
}

// TestLiveHiddenAdvertNamedByScript: live, a block the browser hides
// whose id a page script names is taken for one the page can open (a
// pop-up), and goes unreported; not when what it would show is an
// advert by the shape visible blocks are judged by, since the script
// that names it may be the one that hides it.
func TestLiveHiddenAdvertNamedByScript(t *testing.T) {
	const hide = `<script>document.addEventListener("DOMContentLoaded",function(){var e=document.getElementById("tip1");if(e){e.style.display="none";}});</script>`
	for _, f := range []struct {
		name, block string
		reported    bool
	}{
		{"an advert", `<p id="tip1" ` + HiddenHintAttr + `="display">网贷不看征信黑户秒下款，车贷房贷口子大全，当天到账，联系QQ：2760083315。</p>`, true},
		{"the portal's own notice", `<p id="tip1" ` + HiddenHintAttr + `="display">网站注册和登录功能现由省统一身份认证平台提供支持，如有问题请致电0318-7521234，感谢您的理解与支持。</p>`, false},
	} {
		t.Run(f.name, func(t *testing.T) {
			a, err := Extract([]byte(portalPage(hide, f.block)), Options{URL: "http://www.anping.gov.cn/xwzx/3.html", LiveDOM: true})
			require.NoError(t, err)
			assert.Contains(t, a.Text, "三千一百余户")
			assert.NotContains(t, a.Text, "0318-7521234")
			assert.NotContains(t, a.Text, "2760083315")
			assert.Equal(t, f.reported, len(a.Spam) > 0, "%+v", a.Spam)
		})
	}
}

// TestLiveScriptInsertsLater: live, what a script has written is judged
// in the DOM; what it writes after the content script ran (a timer) is
// not there, and is judged from the script, once.
func TestLiveScriptInsertsLater(t *testing.T) {
	const advert = `手机窃听器远程监听，汽车GPS定位器免安装，隐蔽不被发现，官网 www.jt-dingwei.com`
	script := `<script>setTimeout(function(){var p=document.createElement("p");p.textContent="` + advert + `";document.getElementById("zoom").appendChild(p);},300);</script>`
	for _, f := range []struct{ name, block string }{
		{"not written yet", ``},
		{"written", `<div class="art-content"><p>` + advert + `</p></div>`},
	} {
		t.Run(f.name, func(t *testing.T) {
			a, err := Extract([]byte(portalPage(script, f.block)), Options{URL: "http://www.anping.gov.cn/xwzx/3.html", LiveDOM: true})
			require.NoError(t, err)
			assert.NotContains(t, a.Text, "窃听器")
			n := 0
			for _, s := range a.Spam {
				if strings.Contains(s.Text, "窃听器") {
					n++
				}
			}
			assert.Equal(t, 1, n, "reported once: %+v", a.Spam)
		})
	}
}

// Adverts in plain words with a contact handle: none of them carries a
// word of the spam lexicon, so only the visibility stage can catch them.
const (
	advertEssay = `专业代写本科硕士毕业论文，查重包通过，当天交稿，加微信 lw88661 咨询`
	advertLoan  = `急用钱找我们：无抵押信用借款，凭身份证当天下款，联系QQ 2851937740`
	advertTour  = `高端私人伴游，全城上门，预约热线 13807314429`
)

// portalPage is a county portal article page in the shape real ones have:
// a nav, a breadcrumb, an info line, a share bar, the article, a related
// list and a footer with 主办/承办/ICP. head goes into <head>, block
// after the article.
func portalPage(head, block string) string {
	return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>城区老旧小区改造全面启动_安平县人民政府</title>
<meta name="SiteName" content="安平县人民政府"><meta name="SiteDomain" content="www.anping.gov.cn">
<style>body{background:#fff;color:#333;font-size:14px}.nav li{float:left}.footer{font-size:12px;color:#666}</style>` + head + `</head><body>
<div class="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="安平县人民政府"></a></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; 部门动态</div>
<div class="article"><h1 class="art-title">城区老旧小区改造全面启动</h1>
<div class="art-info">发布时间：2025-04-16 09:30 来源：县住房和城乡建设局</div>
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a></div>
<div class="art-content" id="zoom">
<p>4月16日，县住房和城乡建设局召开城区老旧小区改造工作推进会，今年全县计划改造老旧小区二十三个，涉及居民三千一百余户。</p>
<p>改造内容包括雨污分流、外墙保温、加装电梯和停车位规划等，工程将在十月底前全部完工。</p>
<p>县住房和城乡建设局要求各施工单位严格落实安全生产责任，合理安排施工时间，减少对居民生活的影响。</p>
</div></div>
<div class="related"><h3>相关阅读</h3><ul><li><a href="/xwzx/1.html">我县召开城市更新工作会议</a></li><li><a href="/xwzx/2.html">县城供水管网改造完成过半</a></li></ul></div>
` + block + `
<div class="footer"><p>主办：安平县人民政府办公室 承办：安平县融媒体中心</p><p>网站标识码：1311250001 冀ICP备05002345号</p></div>
</body></html>`
}

// TestHiddenAdvertsByClass: for every way of hiding that the static
// reading once missed, two or more markups hide an advert that no spam
// word gives away. The advert reaches neither title nor text and is
// reported as hidden; the article stays whole.
func TestHiddenAdvertsByClass(t *testing.T) {
	type form struct{ head, block string }
	classes := []struct {
		class string
		forms []form
	}{
		{"@supports group", []form{
			{`<style>@supports (display:grid) { .ad-x { display:none } }</style>`, `<div class="ad-x">` + advertEssay + `</div>`},
			{`<style>@supports (position:sticky) and (display:flex) { #tip { position:absolute; left:-9999px } }</style>`, `<p id="tip">` + advertLoan + `</p>`},
		}},
		{"@media for a desktop screen", []form{
			{`<style>@media screen and (min-width: 1024px) { .m-only { display:none } }</style>`, `<div class="m-only">` + advertEssay + `</div>`},
			{`<style>@media (width >= 768px) and (orientation: landscape) { div.tj p { visibility:hidden } }</style>`, `<div class="tj"><p>` + advertTour + `</p></div>`},
		}},
		{"var() from :root", []form{
			{`<style>:root{--off:none} .k1{display:var(--off)}</style>`, `<div class="k1">` + advertLoan + `</div>`},
			{`<style>:root{--shade:0.01}</style>`, `<p style="opacity:var(--shade)">` + advertEssay + `</p>`},
		}},
		{"var() from an ancestor", []form{
			{`<style>.wrap{--o:0.02} .wrap .k2{opacity:var(--o)}</style>`, `<div class="wrap"><span class="k2">` + advertTour + `</span></div>`},
			{``, `<div style="--fs:0px"><p style="font-size:var(--fs)">` + advertLoan + `</p></div>`},
			{`<style>.k3{color:var(--ink, transparent)}</style>`, `<p class="k3">` + advertEssay + `</p>`},
		}},
		{"data: style sheet", []form{
			{`<link rel="stylesheet" href="data:text/css,.dl1%7Bdisplay%3Anone%7D">`, `<div class="dl1">` + advertEssay + `</div>`},
			{`<link rel="stylesheet" type="text/css" href="data:text/css;base64,` + base64.StdEncoding.EncodeToString([]byte(`#dl2{position:fixed;top:-5000px}`)) + `">`, `<div id="dl2">` + advertLoan + `</div>`},
		}},
		{"text painted in no colour", []form{
			{``, `<p style="-webkit-text-fill-color:transparent">` + advertTour + `</p>`},
			{`<style>.tf{-webkit-text-fill-color:rgba(0,0,0,0)}</style>`, `<div class="tf">` + advertEssay + `</div>`},
			{``, `<p style="color:rgb(0 0 0 / 0.01)">` + advertLoan + `</p>`},
		}},
		{"scale near zero", []form{
			{``, `<div style="transform:scale(0.01)">` + advertEssay + `</div>`},
			{`<style>.sc{scale:0}</style>`, `<div class="sc">` + advertLoan + `</div>`},
			{``, `<div style="transform:matrix(0.001,0,0,0.001,0,0)">` + advertTour + `</div>`},
			{``, `<div style="transform:rotate(3deg) scaleY(0.02)">` + advertEssay + `</div>`},
		}},
		{"near-zero opacity", []form{
			{``, `<div style="opacity:0.01">` + advertLoan + `</div>`},
			{`<style>.fo{filter:opacity(0.02)}</style>`, `<div class="fo">` + advertTour + `</div>`},
			{``, `<div style="opacity:2%">` + advertEssay + `</div>`},
		}},
		{"opacity compounded over ancestors", []form{
			{``, `<div style="opacity:0.3"><p style="opacity:0.1">` + advertEssay + `</p></div>`},
			{`<style>.o1{opacity:.2}.o1 .o2{opacity:.2}</style>`, `<div class="o1"><ul><li class="o2">` + advertLoan + `</li></ul></div>`},
		}},
		{"a box too small for a line", []form{
			{``, `<div style="height:5px;overflow:hidden">` + advertTour + `</div>`},
			{`<style>.bx{max-height:.3em;overflow:hidden}</style>`, `<div class="bx">` + advertEssay + `</div>`},
			{``, `<div style="width:4px;overflow-x:clip">` + advertLoan + `</div>`},
		}},
		{"clip-path inset judged by all its values", []form{
			{``, `<div style="clip-path:inset(0 0 100% 0)">` + advertEssay + `</div>`},
			{``, `<div style="clip-path:inset(40% 0 60% 0)">` + advertLoan + `</div>`},
			{`<style>.ci{clip-path:inset(0 50%)}</style>`, `<div class="ci">` + advertTour + `</div>`},
		}},
		{"shadow root that slots nothing", []form{
			{``, `<div class="widget"><template shadowrootmode="open"><p>便民服务热线：12345</p></template><p>` + advertEssay + `</p></div>`},
			{``, `<section><template shadowrootmode="closed"><slot name="main"></slot></template><span slot="side">` + advertLoan + `</span></section>`},
		}},
		{"off the page", []form{
			{``, `<div style="margin-left:-20000px">` + advertTour + `</div>`},
			{``, `<div style="position:fixed;top:99999px">` + advertEssay + `</div>`},
			{`<style>.rl{position:relative;left:-12000px}</style>`, `<div class="rl">` + advertLoan + `</div>`},
			{``, `<div style="margin:-9999px 0 0 0">` + advertTour + `</div>`},
		}},
	}
	for _, c := range classes {
		for i, f := range c.forms {
			t.Run(fmt.Sprintf("%s/%d", c.class, i), func(t *testing.T) {
				a, err := Extract([]byte(portalPage(f.head, f.block)), Options{URL: "http://www.anping.gov.cn/xwzx/3.html"})
				require.NoError(t, err)
				for _, w := range []string{"lw88661", "2851937740", "13807314429", "伴游", "代写", "借款"} {
					assert.NotContains(t, a.Title+a.Text, w)
				}
				assert.Contains(t, a.Text, "三千一百余户")
				assert.Contains(t, a.Text, "减少对居民生活的影响")
				var reported bool
				for _, s := range a.Spam {
					reported = reported || s.Kind == SpamHidden && (strings.Contains(s.Text, "lw88661") || strings.Contains(s.Text, "2851937740") || strings.Contains(s.Text, "13807314429"))
				}
				assert.True(t, reported, "the hidden advert is reported: %+v", a.Spam)
				assert.Equal(t, VerdictSpamRemoved, a.Verdict)
			})
		}
	}
}

// TestHiddenProseIsReported: prose a page hides where no reader can open
// it, and shows nowhere else, is reported whatever its words: no spam
// word, no number, no link gives these away. Hidden by a class, off the
// page, at zero size and in no colour, inside and outside the article.
func TestHiddenProseIsReported(t *testing.T) {
	const (
		tea  = `本店新推出秋季养生茶礼盒，精选高山云雾茶园的头采嫩芽，口感醇厚回甘，送礼自饮两相宜，老顾客回购享受额外优惠，欢迎各位朋友到店品尝选购。`
		tour = `周末自驾游首选古镇民宿，推窗即见青山绿水，夜晚篝火烧烤，清晨观日出云海，亲子家庭、公司团建都能找到合适的套餐，节假日请提前预订。`
	)
	for _, f := range []struct{ name, head, block, marker string }{
		{"a class rule", `<style>.seo-t{display:none}</style>`, `<div class="seo-t">` + tea + `</div>`, "养生茶礼盒"},
		{"off the page inside the article", ``, `<div class="art-content"><p style="position:absolute;left:-9999px">` + tour + `</p></div>`, "古镇民宿"},
		{"zero size", ``, `<p style="font-size:0">` + tour + `</p>`, "古镇民宿"},
		{"no colour", `<style>.ink{color:transparent}</style>`, `<span class="ink">` + tea + `</span>`, "养生茶礼盒"},
		// A short advert whose only sign is a messaging id behind its
		// app's name, with fewer digits than a phone or QQ number.
		{"a marquee that never moves, with a WeChat id", ``, `<marquee scrolldelay="900000" scrollamount="1">同城上门足疗私密服务，微信tcsm520。</marquee>`, "足疗私密"},
		{"a :has(> …) rule", `<style>.rel li:has(> a[href*="tea-shop"]){display:none}</style>`, `<ul class="rel"><li><a href="http://tea-shop.example.com/">` + tea + `</a></li><li><a href="/xwzx/2.html">县召开安全生产工作会议</a></li></ul>`, "养生茶礼盒"},
		{"a display:none line with a WeChat id", `<style>.q{display:none}</style>`, `<div class="q">高价回收各类购物卡 加v：huishou88</div>`, "购物卡"},
	} {
		t.Run(f.name, func(t *testing.T) {
			a, err := Extract([]byte(portalPage(f.head, f.block)), Options{URL: "http://www.anping.gov.cn/xwzx/3.html"})
			require.NoError(t, err)
			assert.NotContains(t, a.Text, f.marker)
			assert.Contains(t, a.Text, "三千一百余户")
			var reported bool
			for _, s := range a.Spam {
				reported = reported || s.Kind == SpamHidden && strings.Contains(s.Text, f.marker)
			}
			assert.True(t, reported, "the hidden prose is reported: %+v", a.Spam)
		})
	}
}

// TestHiddenProseThatIsNoPlant: a hidden copy of the
// article's own sentences, a tab the page's script opens, and a short
// hidden label are what portals hide themselves: unreported.
func TestHiddenProseThatIsNoPlant(t *testing.T) {
	const summary = `县住房和城乡建设局召开城区老旧小区改造工作推进会，今年全县计划改造老旧小区二十三个，改造内容包括雨污分流、外墙保温和加装电梯。`
	const tab = `政务服务中心工作时间为每周一至周五上午九时至十二时，下午一时半至五时，法定节假日按国家规定执行，具体安排以公告为准。`
	for _, f := range []struct{ name, head, block string }{
		{"a hidden summary of the article", ``, `<div class="summary" style="display:none">` + summary + `</div>`},
		{"a tab a script opens", `<script>function tab(i){document.getElementById("tab"+i).style.display="block"}</script>`, `<div class="tabs"><div id="tab1">政务服务事项清单按主题分类展示。</div><div id="tab2" style="display:none">` + tab + `</div></div>`},
		{"a short hidden label", ``, `<span style="display:none">当前栏目：部门动态，浏览次数。</span>`},
	} {
		t.Run(f.name, func(t *testing.T) {
			a, err := Extract([]byte(portalPage(f.head, f.block)), Options{URL: "http://www.anping.gov.cn/xwzx/3.html"})
			require.NoError(t, err)
			assert.Empty(t, a.Spam)
			assert.Equal(t, VerdictClean, a.Verdict)
		})
	}
}

// TestGenuineStylingStays: the same page with ordinary styling near each
// threshold keeps everything and stays clean.
func TestGenuineStylingStays(t *testing.T) {
	const note = `本次改造资金由中央补助资金和县级财政配套资金共同承担，咨询电话：0318-7521234。`
	for _, f := range []struct{ name, head, block string }{
		{"half opacity twice", ``, `<div style="opacity:0.5"><p style="opacity:0.5">` + note + `</p></div>`},
		{"scale one half", ``, `<div style="transform:rotate(45deg) scale(0.5)">` + note + `</div>`},
		{"inset cutting half", ``, `<div style="clip-path:inset(0 0 50% 0)">` + note + `</div>`},
		{"gradient text", `<style>.grad{background:linear-gradient(#c00,#900);-webkit-background-clip:text;-webkit-text-fill-color:transparent}</style>`, `<p class="grad">` + note + `</p>`},
		{"font-size:0 restored by a class rule", `<style>.row{font-size:0}.row li{display:inline-block;font-size:14px}</style>`, `<ul class="row"><li>` + note + `</li></ul>`},
		{"rule for a phone screen", `<style>@media (max-width: 767px) { .pc-note { display:none } }</style>`, `<div class="pc-note">` + note + `</div>`},
		{"rule for print", `<style>@media print { .pc-note { display:none } }</style>`, `<div class="pc-note">` + note + `</div>`},
		{"a 12px line in an 18px box", `<style>.tip{font-size:12px;height:18px;line-height:18px;overflow:hidden}</style>`, `<p class="tip">` + note + `</p>`},
		{"var() colours", `<style>:root{--ink:#333;--paper:#fff}.vc{color:var(--ink);background:var(--paper)}</style>`, `<p class="vc">` + note + `</p>`},
		{"important rule over inline none", `<style>.shown{display:block!important}</style>`, `<p class="shown" style="display:none">` + note + `</p>`},
		{"relative nudge", ``, `<p style="position:relative;left:-20px;top:3px">` + note + `</p>`},
	} {
		t.Run(f.name, func(t *testing.T) {
			a, err := Extract([]byte(portalPage(f.head, `<div class="art-content">`+f.block+`</div>`)), Options{URL: "http://www.anping.gov.cn/xwzx/3.html"})
			require.NoError(t, err)
			p := newTestPage(t, portalPage(f.head, f.block), "")
			p.removeHidden()
			assert.Contains(t, p.doc.Text(), "0318-7521234", "the note stays visible")
			assert.Empty(t, a.Spam)
			assert.Equal(t, VerdictClean, a.Verdict)
		})
	}
}

// TestHiddenUIIsNotReported: hidden blocks with a phone number that are
// ordinary page furniture stay unreported and the page stays clean.
func TestHiddenUIIsNotReported(t *testing.T) {
	const notice = `网站注册和登录功能现由省统一身份认证平台提供支持，如有问题请致电0318-7521234，感谢您的理解与支持。`
	for _, f := range []struct{ name, head, block string }{
		{"a pop-up with its own close link", ``, `<div class="popup" style="display:none"><a href="javascript:closePop();">×</a><p>` + notice + `</p></div>`},
		{"a pop-up with a handler", ``, `<div class="popup" style="display:none"><span onclick="this.parentNode.style.display='none'">关闭</span><p>` + notice + `</p></div>`},
		{"a pop-up an inline script opens", `<script>function showTip(){document.getElementById("loginTip").style.display="block"}</script>`, `<div id="loginTip" style="display:none"><p>` + notice + `</p></div>`},
		{"a menu a :hover rule opens", `<style>.sub{display:none}.nav li:hover .sub{display:block}</style>`, `<div class="sub"><p>` + notice + `</p></div>`},
		{"a hidden copy of a visible line", ``, `<p>` + notice + `</p><p style="display:none">` + notice + `</p>`},
		{"the site's own hidden footer", ``, `<div style="display:none"><a href="/gywm/">关于我们</a> <a href="/wzdt/">网站地图</a> 主办：安平县人民政府办公室 冀ICP备05002345号 联系电话：0318-7521234</div>`},
	} {
		t.Run(f.name, func(t *testing.T) {
			a, err := Extract([]byte(portalPage(f.head, f.block)), Options{URL: "http://www.anping.gov.cn/xwzx/3.html"})
			require.NoError(t, err)
			assert.Empty(t, a.Spam)
			assert.Equal(t, VerdictClean, a.Verdict)
		})
	}
}

// TestStyleRulesYieldToTheBudget: past the time budget the walk stops
// reading style sheets but still reads inline styles, which is not
// optional work.
func TestStyleRulesYieldToTheBudget(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><style>.r{color:red}.x{display:none}</style></head><body><div id="zoom">`)
	for i := 0; i < 600; i++ {
		b.WriteString(`<p class="r">会议要求，各县区要压实责任，加快项目进度，严把工程质量关。</p>`)
	}
	b.WriteString(`<p class="x">样式表隐藏的字</p><p style="display:none">行内隐藏的字</p></div></body></html>`)
	a, err := Extract([]byte(b.String()), Options{TimeBudget: time.Nanosecond})
	require.NoError(t, err)
	assert.True(t, hasNote(a, NoteTimeBudget))
	assert.NotContains(t, a.Text, "行内隐藏的字")
	a, err = Extract([]byte(b.String()), Options{})
	require.NoError(t, err)
	assert.NotContains(t, a.Text, "样式表隐藏的字", "with time, the sheet is read")
}

func TestTextlessBlocksKeepTheirImages(t *testing.T) {
	src := portalPage(`<style>.pics{font-size:0}.pics img{display:inline-block;width:50%}</style>`,
		`<div class="pics"><img src="/u/1.jpg" alt=""><img src="/u/2.jpg" alt=""></div>`)
	p := newTestPage(t, src, "")
	p.removeHidden()
	assert.Equal(t, 2, p.doc.Find(".pics img").Length(), "font-size:0 hides no image")
}

func TestBodyFadeInIsNotHiding(t *testing.T) {
	for _, head := range []string{`<style>body{opacity:0;transition:opacity .3s}</style>`, `<style>html{opacity:.01}body{transform:scale(.01)}</style>`} {
		a, err := Extract([]byte(portalPage(head, "")), Options{})
		require.NoError(t, err)
		assert.Contains(t, a.Text, "三千一百余户", head)
		assert.Empty(t, a.Spam)
	}
}

// TestPaintedOutOfSight: text the browser paints where no one reads it,
// by paint (near the background's colour, inverted into it, masked out)
// or by place (far below the end of the page), and spam a page carries in
// its images' text or its scripts. Two markups a class; none reaches the
// text, each is reported.
func TestPaintedOutOfSight(t *testing.T) {
	const pills = `美国原装伟哥哪里买，进口壮阳药一手货源，隐私包装，货到付款。`
	const certs = `代办驾驶证不用考，各类证件刻章办证，三天拿证，联系微信 bz668899。`
	for _, f := range []struct{ name, head, block, marker string }{
		{"near the page's colour", ``, `<p style="color:#fdfdfd">` + pills + `</p>`, "伟哥"},
		{"near an ancestor's colour", ``, `<div style="background:#f0f0f0"><p style="color:#f3f3f3">` + pills + `</p></div>`, "伟哥"},
		{"inverted into the background", ``, `<p style="color:#000;filter:invert(1)">` + pills + `</p>`, "伟哥"},
		{"inverted by a percentage", ``, `<p style="color:#111111;filter:css.Contrast(1) invert(100%)">` + certs + `</p>`, "刻章办证"},
		{"masked by a transparent gradient", ``, `<p style="mask-image:linear-gradient(transparent,transparent)">` + certs + `</p>`, "刻章办证"},
		{"masked with prefixed rgba stops", ``, `<p style="-webkit-mask-image:linear-gradient(to bottom, rgba(0, 0, 0, 0) 0%, rgba(0,0,0,0) 100%)">` + pills + `</p>`, "伟哥"},
		{"placed far below the page", ``, `<div style="position:absolute;top:32000px;left:0">` + pills + `</div>`, "伟哥"},
		{"placed far below by a class", `<style>.low{position:absolute;top:15000px}</style>`, `<div class="low">` + certs + `</div>`, "刻章办证"},
		{"an image's alt text", ``, `<p><img src="/a.gif" alt="` + certs + `"></p>`, "刻章办证"},
		{"an image's title text", ``, `<p><img src="/b.gif" alt="" title="` + pills + `"></p>`, "伟哥"},
		{"a script's innerHTML", `<script>window.onload=function(){var p=document.createElement("p");p.innerHTML="` + certs + `";document.body.appendChild(p)}</script>`, ``, "刻章办证"},
		{"a script's insertAdjacentHTML", `<script>document.addEventListener("DOMContentLoaded",function(){document.querySelector("#zoom").insertAdjacentHTML("beforeend","<p>` + pills + `</p>")})</script>`, ``, "伟哥"},
	} {
		t.Run(f.name, func(t *testing.T) {
			a, err := Extract([]byte(portalPage(f.head, f.block)), Options{URL: "http://www.anping.gov.cn/xwzx/3.html"})
			require.NoError(t, err)
			assert.NotContains(t, a.Text, f.marker)
			assert.Contains(t, a.Text, "三千一百余户")
			var reported bool
			for _, s := range a.Spam {
				reported = reported || strings.Contains(s.Text, f.marker)
			}
			assert.True(t, reported, "reported: %+v", a.Spam)
			for _, im := range a.Images {
				assert.NotContains(t, im.Alt, f.marker)
			}
		})
	}
}

// TestPaintedInSight: the same markups with ordinary values keep their
// text and report nothing.
func TestPaintedInSight(t *testing.T) {
	const note = `改造资金由中央补助资金和县级财政配套资金共同承担，详情可咨询县住房和城乡建设局。`
	for _, f := range []struct{ name, head, block string }{
		{"light grey text", ``, `<p style="color:#cccccc">` + note + `</p>`},
		{"white on a dark box", ``, `<div style="background:#333"><p style="color:#fff">` + note + `</p></div>`},
		{"a mask that fades the end", ``, `<p style="mask-image:linear-gradient(black 80%, transparent)">` + note + `</p>`},
		{"a mask from a file", ``, `<p style="mask-image:url(/m.svg)">` + note + `</p>`},
		{"a box placed lower in its column", ``, `<div style="position:absolute;top:3000px">` + note + `</div>`},
		{"a plain image description", ``, `<p><img src="/a.jpg" alt="改造后的小区外景"></p><p>` + note + `</p>`},
		{"a script that writes a clock", `<script>setInterval(function(){document.getElementById("clock").innerHTML=new Date().toLocaleString()},1000)</script>`, `<p>` + note + `</p>`},
	} {
		t.Run(f.name, func(t *testing.T) {
			a, err := Extract([]byte(portalPage(f.head, `<div class="art-content">`+f.block+`</div>`)), Options{URL: "http://www.anping.gov.cn/xwzx/3.html"})
			require.NoError(t, err)
			assert.Empty(t, a.Spam)
			p := newTestPage(t, portalPage(f.head, f.block), "")
			p.removeHidden()
			p.removeSpam("")
			assert.Contains(t, p.doc.Text(), "中央补助资金", "the note stays visible")
		})
	}
}

// TestCamouflageKnownColours: text in the colour its inline-styled box
// paints is not seen, in any of CSS's colour forms and whatever it says;
// when a class may paint another box, or a child sets its own colour,
// only spam is judged.
func TestCamouflageKnownColours(t *testing.T) {
	const quiet = "本站长期提供各类资料整理服务，价格实惠，欢迎来电咨询，当天即可完成交付"
	cases := []struct {
		name, block string
		hidden      bool
	}{
		{"named colour", `<div style="background:ivory"><p style="color:ivory">` + quiet + `</p></div>`, true},
		{"hsl in two syntaxes", `<div style="background:hsl(48, 100%, 96%);padding:2px"><p style="color:hsl(48 100% 96%)">` + quiet + `</p></div>`, true},
		{"short hex against long", `<div style="background:#ffe"><p style="color:#ffffee">` + quiet + `</p></div>`, true},
		{"bgcolor attribute", `<table><tr><td bgcolor="#FFFFFF"><font style="color:rgb(255,255,255)">` + quiet + `</font></td></tr></table>`, true},
		{"a class may paint a box", `<div style="background:#fff"><p class="tag" style="color:#fff">` + quiet + `</p></div>`, false},
		{"a child sets its own colour", `<div style="background:#fff"><p style="color:#fff">` + quiet + `<span style="color:#c00">咨询热线</span></p></div>`, false},
		{"readable contrast", `<div style="background:ivory"><p style="color:#333">` + quiet + `</p></div>`, false},
		{"an image over the colour", `<div style="background:#fff url(/img/banner.jpg) no-repeat"><p style="color:#fff">` + quiet + `</p></div>`, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(coverPage(tc.block)), Options{})
			require.NoError(t, err)
			assert.Contains(t, a.Text, "四十二万亩")
			assert.Equal(t, !tc.hidden, strings.Contains(a.Text, "资料整理服务"))
		})
	}
}

// TestClosedDetailsAndZeroLines: a closed <details> shows its summary
// alone; a box whose lines have no height and that hides its overflow
// shows none of its text, unless something in it has a height of its own.
func TestClosedDetailsAndZeroLines(t *testing.T) {
	// Visibility alone decides: the text is no advert, which the spam
	// stage would take wherever it stood.
	const planted = "本年度共整理各类档案资料三百余份，归档工作已全部完成"
	cases := []struct {
		name, block string
		hidden      bool
	}{
		{"closed details", `<details><summary>更多说明</summary><p>` + planted + `</p></details>`, true},
		{"closed details, bare text", `<details><summary>更多</summary>` + planted + `</details>`, true},
		{"open details", `<details open><summary>更多说明</summary><p>` + planted + `</p></details>`, false},
		{"zero line height, overflow hidden", `<div style="line-height:0;overflow:hidden;">` + planted + `</div>`, true},
		{"zero line height in px, inline children", `<div style="line-height:0px;overflow:hidden"><span>` + planted + `</span></div>`, true},
		{"zero line height with padding shows half lines", `<div style="line-height:0;overflow:hidden;padding:10px">` + planted + `</div>`, false},
		{"zero line height, overflow shown", `<div style="line-height:0">` + planted + `</div>`, false},
		{"zero line height around a child of its own style", `<div style="line-height:0;overflow:hidden"><p style="line-height:1.8">` + planted + `</p></div>`, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(coverPage(tc.block)), Options{})
			require.NoError(t, err)
			assert.Contains(t, a.Text, "四十二万亩")
			assert.Equal(t, !tc.hidden, strings.Contains(a.Text, "归档工作已全部完成"))
		})
	}
}

// TestLiveHintsKeepTheirReason: the content script's hit test says why
// it hid an element; covered and camouflaged text is reported as such,
// and a closed <details>, which no computed style hides, goes too.
func TestLiveHintsKeepTheirReason(t *testing.T) {
	const planted = "专业团队承接各类证书代办业务，不成功不收费，欢迎来电咨询办理"
	cases := []struct{ name, block, reason string }{
		{"covered", `<p ` + HiddenHintAttr + `="covered">` + planted + `</p>`, reasonHiddenCovered},
		{"contrast", `<p ` + HiddenHintAttr + `="contrast">` + planted + `</p>`, reasonHiddenCamouflage},
		{"closed details", `<details><summary>更多</summary><p>` + planted + `</p></details>`, reasonHiddenVisibility},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(coverPage(tc.block)), Options{LiveDOM: true})
			require.NoError(t, err)
			assert.Contains(t, a.Text, "四十二万亩")
			assert.NotContains(t, a.Text, "证书代办业务")
			if tc.reason != reasonHiddenVisibility {
				require.NotEmpty(t, a.Spam)
				assert.Equal(t, tc.reason, a.Spam[0].ReasonID)
			}
		})
	}
}

// TestHiddenTradeWordsReported: hidden text that sells a spam trade in a
// sentence (where the visible-text judgement would spare a crackdown's
// prose) is reported, whatever hid it; a hidden copy of what the page
// shows, and a media element's fallback, are not.
func TestHiddenTradeWordsReported(t *testing.T) {
	const advert = "泰国代孕一条龙，供卵试管包成功，不成功全额退款。"
	cases := []struct {
		name, block, needle string
		reported            bool
	}{
		{"nearly transparent", `<div style="color:rgba(51,51,51,0.03)">` + advert + `</div>`, "代孕", true},
		{"a closed dialog", `<dialog><p>听话水无色无味，货到付款，隐私包装。</p></dialog>`, "听话水", true},
		{"a noembed fallback", `<noembed>钢珠枪出售，全国包邮，隐私发货。</noembed>`, "钢珠枪", true},
		{"a hidden copy of a visible warning", `<p>警方提示：代孕违法，切勿轻信“供卵试管包成功”等虚假宣传。</p><div style="display:none">警方提示：代孕违法，切勿轻信“供卵试管包成功”等虚假宣传。</div>`, "代孕", false},
		{"a video's fallback", `<video src="/v.mp4">您的浏览器不支持视频播放，请升级浏览器后观看高清视频。</video>`, "视频", false},
		{"a hidden form field's value", `<form><input type="hidden" name="kw" value="钢珠枪出售，全国包邮，隐私发货。"></form>`, "钢珠枪", true},
		{"a text field's value", `<input type="text" value="听话水无色无味，货到付款"></form>`, "听话水", true},
		{"an SVG viewport of no width", `<svg width="300" height="20"><foreignObject width="0" height="20"><div xmlns="http://www.w3.org/1999/xhtml">失忆水网购，无色无味。</div></foreignObject></svg>`, "失忆水", true},
		{"an SVG of one pixel", `<svg width="1" height="1"><text x="0" y="10">蒙汗药网购，无色无味。</text></svg>`, "蒙汗药", true},
		{"a hidden field with the headline", `<input type="hidden" name="title" value="全县秋粮收购工作会议召开，部署订单收购和代储代烘服务">`, "秋粮", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(coverPage(tc.block)), Options{})
			require.NoError(t, err)
			assert.Contains(t, a.Text, "四十二万亩")
			reported := false
			for _, s := range a.Spam {
				reported = reported || strings.Contains(s.Text, tc.needle)
			}
			assert.Equal(t, tc.reported, reported, "%+v", a.Spam)
			if tc.reported {
				assert.NotContains(t, a.Text, tc.needle)
			}
		})
	}
}

// Hidden text with no strong spam word is still reported when it states
// the terms of a sale or writes out a seller's site beside a trade's
// words; a player's fallback, a vendor credit or a hidden warning is not.
func TestHiddenSaleAndSiteReported(t *testing.T) {
	cases := []struct {
		name, block, needle string
		reported            bool
	}{
		{"an object's fallback selling by mail", `<object data="/x.swf" type="application/x-shockwave-flash">艾司唑仑网购渠道，不用去医院，快递到家隐私发货</object>`, "艾司唑仑", true},
		{"an embed's fallback selling cash on delivery", `<object data="/m.swf">正品山参礼盒特价直供，货到付款全国包邮</object>`, "山参礼盒", true},
		{"a drawn-out SVG text with a site", `<svg width="300" height="30"><text x="0" y="20" opacity="0">矿机托管月月回本，比特币挖矿收益日结 kj-tuoguan.com</text></svg>`, "矿机托管", true},
		{"a display:none block with a site", `<div style="display:none">炒币群每日喊单，虚拟币带你稳赚 www.bi-quan88.com</div>`, "炒币群", true},
		{"a plug-in's fallback", `<object data="/flash/banner.swf">您的浏览器未安装Flash插件，请点击此处下载安装后观看本站宣传片。</object>`, "Flash", false},
		{"a hidden vendor credit", `<div style="display:none">技术支持：某某网络科技有限公司 www.mouwangluo.com 网站平台维护</div>`, "技术支持", false},
		{"a hidden warning naming the terms", `<div style="display:none">谨防安眠药快递到家骗局</div>`, "安眠药", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(coverPage(tc.block)), Options{})
			require.NoError(t, err)
			assert.Contains(t, a.Text, "四十二万亩")
			assert.NotContains(t, a.Text, tc.needle)
			reported := false
			for _, s := range a.Spam {
				reported = reported || strings.Contains(s.Text, tc.needle)
			}
			assert.Equal(t, tc.reported, reported, "%+v", a.Spam)
		})
	}
}
