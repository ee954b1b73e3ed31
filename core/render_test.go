package core

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRenderInlineBold: a weight set by a style attribute survives as
// <strong>, once, wherever the element sits, and the result is a fixed
// point of the sanitiser.
func TestRenderInlineBold(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"span in a paragraph", `<p><span style="font-weight: bold;">一、总体要求</span></p>`,
			`<p><strong>一、总体要求</strong></p>`},
		{"upper case and a number", `<p><span style="FONT-WEIGHT: 700">（一）</span>加强领导</p>`,
			`<p><strong>（一）</strong>加强领导</p>`},
		{"600 is bold", `<p><font style="color:red;font-weight:600">第一条</font> 目的</p>`,
			`<p><strong>第一条</strong> 目的</p>`},
		{"bolder", `<p><span style="font-weight:bolder">重点</span></p>`, `<p><strong>重点</strong></p>`},
		{"a bold paragraph keeps its paragraph", `<p style="font-weight:bold">二、工作措施</p>`,
			`<p><strong>二、工作措施</strong></p>`},
		{"a bold div becomes a bold paragraph", `<div style="font-weight:bold">三、保障措施</div><div>正文</div>`,
			`<p><strong>三、保障措施</strong></p><p>正文</p>`},
		{"a bold cell", `<table><tr><td style="font-weight:bold">序号</td><td>名称</td></tr></table>`,
			`<table><tbody><tr><td><strong>序号</strong></td><td>名称</td></tr></tbody></table>`},
		{"no strong inside strong", `<p><b><span style="font-weight:bold">已加粗</span></b></p>`,
			`<p><strong>已加粗</strong></p>`},
		{"no strong inside a heading", `<h3><span style="font-weight:bold">小标题</span></h3>`,
			`<h3>小标题</h3>`},
		{"normal and lighter weights are not bold", `<p><span style="font-weight:normal">甲</span><span style="font-weight:400">乙</span><span style="font-weight:lighter">丙</span></p>`,
			`<p>甲乙丙</p>`},
		{"spaces only", `<p>前文<span style="font-weight:bold">  </span>后文</p>`, `<p>前文  后文</p>`},
		{"a bold block with blocks inside is not one strong", `<div style="font-weight:bold"><p>第一段</p><p>第二段</p></div>`,
			`<p>第一段</p><p>第二段</p>`},
		{"other properties only", `<p><span style="font-size:16pt;color:#333">普通</span></p>`, `<p>普通</p>`},
		{"a weight in another property's value", `<p><span style="font-family:font-weight">普通</span></p>`, `<p>普通</p>`},
		{"a bold paragraph inside phrasing goes on a new line", `<div><em>甲<p style="font-weight:bold">乙</p></em></div>`,
			`<p><em>甲<br/><strong>乙</strong></em></p>`},
	}
	base := baseOf("http://www.example.gov.cn/art/1.html")
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := sanitizeFragment(c.in, base)
			assert.Equal(t, c.want, got)
			assert.Equal(t, got, sanitizeFragment(got, base), "not a fixed point")
		})
	}
}

// TestTableHeaderRows: a table's header row group and caption are part of
// it: statistics bulletins put the column names in <thead>.
func TestTableHeaderRows(t *testing.T) {
	for _, tc := range []struct{ name, table, want, group string }{
		{"th cells in thead", `<table border="1"><thead><tr><th>产品名称</th><th>单位</th><th>产量</th></tr></thead><tbody><tr><td>粮食</td><td>万吨</td><td>189.36</td></tr><tr><td>油料</td><td>万吨</td><td>21.47</td></tr></tbody></table>`, "产品名称 单位 产量", "<thead>"},
		{"td cells in thead, a caption", `<table><caption>表2 主要工业产品产量</caption><thead><tr><td>指标</td><td>本年</td><td>增长（%）</td></tr></thead><tr><td>发电量</td><td>233.60</td><td>8.7</td></tr></table>`, "指标 本年 增长（%）", "<thead>"},
		// A browser paints a footer row below the body rows: a table's
		// notes and totals are written there.
		{"a note in tfoot", `<table><thead><tr><th>指标</th><th>本年</th></tr></thead><tfoot><tr><td colspan="2">注：本表数据为初步统计数。</td></tr></tfoot><tbody><tr><td>发电量</td><td>233.60</td></tr></tbody></table>`, "注：本表数据为初步统计数。", "<tfoot>"},
		{"totals in tfoot", `<table><tbody><tr><td>粮食</td><td>189.36</td></tr><tr><td>油料</td><td>21.47</td></tr></tbody><tfoot><tr><td>合计</td><td>210.83</td></tr></tfoot></table>`, "合计 210.83", "<tfoot>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><title>统计公报</title></head><body><h1>2023年国民经济和社会发展统计公报</h1><div id="zoom"><p>全年粮食种植面积608.41万亩，比上年增长0.6%，主要农产品产量见下表。</p>` + tc.table + `<p>全年规模以上工业增加值比上年增长4.6%，其中电力行业增长8.7%。</p></div></body></html>`
			a, err := Extract([]byte(page), Options{})
			require.NoError(t, err)
			assert.Contains(t, a.Text, tc.want)
			assert.Contains(t, a.Content, tc.group)
		})
	}
}

// TestFigureCaptionsInText: on a Chinese page a photo's caption is a line
// of the text; on an English one it stays out of the text. Both keep it
// in Content and Images.
func TestFigureCaptionsInText(t *testing.T) {
	cases := []struct {
		name, page, caption string
		inText              bool
	}{
		{"a Chinese photo report", `<html><head><title>我县开展春季植树活动</title></head><body><h1>我县开展春季植树活动</h1><div id="zoom"><p>3月12日，县四套班子领导与干部群众一起来到城北生态林基地参加义务植树活动，共栽下香樟、桂花等苗木三千余株。</p><figure><img src="/a.jpg"><figcaption>图为干部群众在城北生态林基地植树。</figcaption></figure><p>近年来，我县持续开展国土绿化行动，全县森林覆盖率达到百分之六十二。</p></div></body></html>`, "图为干部群众在城北生态林基地植树。", true},
		{"a Chinese notice with two figures", `<html><head><title>市民服务中心新增自助办理区</title></head><body><h1>市民服务中心新增自助办理区</h1><div id="zoom"><p>为方便群众办事，市民服务中心一楼新增自助办理区，配备自助终端二十台，可办理社保、公积金等一百余项业务。</p><figure><img src="/b.jpg"><figcaption>自助办理区一角。</figcaption></figure><figure><img src="/c.jpg"><figcaption>工作人员指导市民使用自助终端。</figcaption></figure><p>自助办理区实行全天候开放，市民可凭身份证随时办理。</p></div></body></html>`, "工作人员指导市民使用自助终端。", true},
		{"an English news story", `<html><head><title>City opens new library</title></head><body><h1>City opens new library</h1><article><p>The city opened its new central library on Monday, with room for two hundred thousand books and a children's wing on the ground floor.</p><figure><img src="/d.jpg"><figcaption>Visitors in the reading room on opening day.</figcaption></figure><p>The library will be open seven days a week, the mayor said at the opening ceremony.</p></article></body></html>`, "Visitors in the reading room on opening day.", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(tc.page), Options{})
			require.NoError(t, err)
			assert.Equal(t, tc.inText, strings.Contains(a.Text, tc.caption))
			assert.Contains(t, a.Content, tc.caption)
		})
	}
}

// TestGalleryAfterTheText: 图片新闻 pages put the lead in the text box
// and the captioned photos in a box right after it; the captions are the
// article's, and a planted one among them is judged with the rest. A
// strip of thumbnails that link elsewhere stays out.
func TestGalleryAfterTheText(t *testing.T) {
	fig := func(src, caption string) string {
		return `<figure><img src="/pic/` + src + `.jpg"><figcaption>` + caption + `</figcaption></figure>`
	}
	page := `<html><head><title>县长走进直播间推介牦牛肉</title></head><body><div class="w"><h1>县长走进直播间推介牦牛肉</h1><div class="info">发布时间：2024-06-18</div>` +
		`<div id="zoom"><p>6月17日晚，县长走进“好物”直播间，向全国网友推介牦牛肉、酥油等高原特色农畜产品，累计观看人数12.6万人次。</p><p>3个小时的直播售出牦牛肉干、酥油等产品1.1万单，带动全县23家合作社和1400余户牧民增收。</p></div>` +
		`<div class="pics">` + fig("1", "县长在直播间向网友推介牦牛肉。") + fig("2", "合作社工作人员在直播间后台打包发货。") +
		fig("3", "特邀嘉宾：著名养生专家范德明教授，1958年生，毕业于北京某医学院，现任中国高原保健品研究会会长，研发的胶囊可调理三高，现每盒1280元，买三送一，订购热线18089035526。") +
		fig("4", "牧民展示刚刚打好的酥油。") + `</div>` +
		`<div class="thumbs"><a href="#p1"><img src="/pic/1s.jpg" alt="直播间"></a><a href="#p2"><img src="/pic/2s.jpg" alt="打包"></a></div>` +
		`<div class="more"><h3>更多图片新闻</h3><ul><li><a href="/a/1.html"><img src="/s1.jpg"><p>景区迎来旅游旺季</p></a></li><li><a href="/a/2.html"><img src="/s2.jpg"><p>开展草原防火应急演练</p></a></li></ul></div></div></body></html>`
	a, err := Extract([]byte(page), Options{})
	require.NoError(t, err)
	for _, c := range []string{"县长在直播间向网友推介牦牛肉。", "合作社工作人员在直播间后台打包发货。", "牧民展示刚刚打好的酥油。"} {
		assert.Contains(t, a.Text, c)
	}
	assert.NotContains(t, a.Text, "范德明")
	reported := false
	for _, s := range a.Spam {
		reported = reported || strings.Contains(s.Text, "范德明")
	}
	assert.True(t, reported, "the planted caption is reported: %+v", a.Spam)
	assert.NotContains(t, a.Text, "旅游旺季")
}
