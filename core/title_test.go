package core

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func TestChooseTitle(t *testing.T) {
	cases := []struct {
		name, head, body, want string
	}{
		{
			name: "site suffix dropped from <title>",
			head: `<title>全市教育大会召开_永州市人民政府门户网站</title>`,
			want: "全市教育大会召开",
		},
		{
			name: "site prefix dropped from <title>",
			head: `<title>太原市人民政府门户网站-晋祠博物馆-董寿平美术馆</title>`,
			want: "董寿平美术馆",
		},
		{
			name: "headline element confirmed by <title>",
			head: `<title>百丈社区开展学生暑期教育活动 - 春江镇</title>`,
			body: `<h2>最新动态</h2><table><tr><td class="NewsTitle">百丈社区开展学生暑期教育活动</td></tr></table>`,
			want: "百丈社区开展学生暑期教育活动",
		},
		{
			name: "displayed headline keeps its prefix",
			head: `<meta name="ArticleTitle" content="第六届云南国际人才交流会将于11月12日开幕">`,
			body: `<div class="contt_tit">[人民网]第六届云南国际人才交流会将于11月12日开幕</div>`,
			want: "[人民网]第六届云南国际人才交流会将于11月12日开幕",
		},
		{
			name: "hijacked <title> ignored",
			head: `<title>澳门葡京娱乐城_真人百家乐官网_网上赌博平台</title>`,
			body: `<h1>下六甲灌区工程重要节点全面开工</h1>`,
			want: "下六甲灌区工程重要节点全面开工",
		},
		{
			name: "kicker above the headline",
			head: `<meta name="ArticleTitle" content="下六甲灌区工程重要节点全面开工">`,
			body: `<h2>国务院150项重大水利工程之一</h2><h1>下六甲灌区工程重要节点全面开工</h1>`,
			want: "下六甲灌区工程重要节点全面开工",
		},
		{
			name: "br-split headline joins without a space",
			head: `<meta name="ArticleTitle" content="教育部办公厅关于举办2024年高校“礼敬中华优秀传统文化”宣传教育活动的通知">`,
			body: `<h1>教育部办公厅关于举办<br>2024年高校“礼敬中华优秀传统文化”<br>宣传教育活动的通知</h1>`,
			want: "教育部办公厅关于举办2024年高校“礼敬中华优秀传统文化”宣传教育活动的通知",
		},
		{
			name: "br-split headline keeps its own space",
			body: `<h2 class="title">四川省医药健康产业供需对接活动在成都举行 <br>现场发布医药健康产业供需清单</h2>`,
			want: "四川省医药健康产业供需对接活动在成都举行 现场发布医药健康产业供需清单",
		},
		{
			name: "list items resembling the headline lose to ArticleTitle",
			head: `<title>国家金融监督管理总局</title><meta name="SiteName" content="国家金融监督管理总局">` +
				`<meta name="ArticleTitle" content="国家金融监督管理总局浙江监管局行政处罚信息公开表（浙金罚决字〔2024〕52号）">`,
			body: `<div class="side"><div class="item"><span class="title">国家金融监督管理总局行政处罚信息公开表（金罚决字〔2024〕36号）</span></div>` +
				`<div class="item"><span class="title">国家金融监督管理总局行政处罚信息公开表（金罚决字〔2024〕35号）</span></div>` +
				`<div class="item"><span class="title">国家金融监督管理总局行政处罚信息公开表（金罚决字〔2024〕34号）</span></div></div>`,
			want: "国家金融监督管理总局浙江监管局行政处罚信息公开表（浙金罚决字〔2024〕52号）",
		},
		{
			name: "site name in <title> confirms nothing",
			head: `<title>国家金融监督管理总局</title><meta name="SiteName" content="国家金融监督管理总局">`,
			body: `<h3>国家金融监督管理总局副局长出席巴塞尔委员会全体会议</h3><h1>关于开展金融知识宣传活动的通知</h1>`,
			want: "关于开展金融知识宣传活动的通知",
		},
		{
			name: "traditional site suffix dropped from <title>",
			head: `<title>全市教育大會召開_永州市人民政府門戶網站</title>`,
			want: "全市教育大會召開",
		},
		{
			name: "unmarked headline above the info line",
			head: `<title>中标公告详细页面</title>`,
			body: `<h2>最新公告</h2><table><tr><td><span class="txt2">2021年村级信息资源共享支中心电脑采购项目中标公告</span></td></tr>` +
				`<tr><td>发布时间：<span>2021-10-11</span></td></tr></table>`,
			want: "2021年村级信息资源共享支中心电脑采购项目中标公告",
		},
		{
			name: "headline and info line in one cell",
			head: `<title>信息公开</title>`,
			body: `<table><tr><td class="c">县人大常委会召开主任会议<br>发布时间：2024-07-05 13:57　来源：县人大</td></tr></table>`,
			want: "县人大常委会召开主任会议",
		},
		{
			name: "site logo in h1 and a <title> that is the site",
			head: `<title>广西壮族自治区人民政府门户网站 - www.gxzf.gov.cn</title>`,
			body: `<div class="logo"><h1>广西壮族自治区人民政府门户网站</h1></div>` +
				`<h1>下六甲灌区工程重要节点全面开工</h1><div>来源：广西日报 2024-10-17 08:03</div>`,
			want: "下六甲灌区工程重要节点全面开工",
		},
		{
			name: "column name in <title>",
			head: `<title>工作动态_重庆市文化和旅游发展委员会</title><meta name="SiteName" content="重庆市文化和旅游发展委员会">`,
			body: `<div class="lm">工作动态</div><p class="tit">重庆文旅之窗成功首秀举办第五届意大利全球设计日</p>` +
				`<div><span>日期：2021-07-13</span><span>来源：国际交流合作处</span></div>`,
			want: "重庆文旅之窗成功首秀举办第五届意大利全球设计日",
		},
		{
			name: "markup leaked into <title>",
			head: `<title>&lt;h1 style="font-size:24pt"&gt;&lt;b&gt;县人大常委会召开人大代表约见国家机关负责人会议&lt;/b&gt;&lt;/h1&gt;-绥滨县人民政府</title>`,
			want: "县人大常委会召开人大代表约见国家机关负责人会议",
		},
		{
			name: "a shortened headline is completed from ArticleTitle",
			head: `<meta name="ArticleTitle" content="关于做好2024年度全市城镇职工基本医疗保险缴费工作的通知">`,
			body: `<h1>关于做好2024年度全市城镇职工基本医疗保险缴费...</h1>`,
			want: "关于做好2024年度全市城镇职工基本医疗保险缴费工作的通知",
		},
		{
			name: "a date line is no headline",
			body: `<div class="titime">2024年12月07日 08时01分 星期六</div><h2>四川省医药健康产业供需对接活动在成都举行</h2>`,
			want: "四川省医药健康产业供需对接活动在成都举行",
		},
		{
			name: "no references: the headline beats the column name above it",
			body: `<div class="mtit"><strong>政务动态</strong></div><h2>南沙区统计局召开2024年互联网经济统计业务培训会</h2>`,
			want: "南沙区统计局召开2024年互联网经济统计业务培训会",
		},
		{
			name: "related heading over a list of links is no headline",
			head: `<title>区政府召开常务会议研究部署近期重点工作_某某区人民政府</title>`,
			body: `<div class="con"><p align="center"><b>区政府召开常务会议</b><br><b>研究部署近期重点工作</b></p>` +
				`<p>5月10日，区政府召开常务会议，研究部署近期重点工作。会议听取了一季度经济运行情况汇报。</p></div>` +
				`<div class="xg"><h3>相关新闻</h3><ul><li><a href="/a/1.html">区领导调研重点项目建设进展情况</a></li>` +
				`<li><a href="/a/2.html">全区召开安全生产工作部署会议</a></li></ul></div>`,
			want: "区政府召开常务会议研究部署近期重点工作",
		},
		{
			name: "recommendation heading in a box with its more link",
			head: `<title>关于印发某某区2024年农村人居环境整治工作方案的通知 - 某某区人民政府</title>`,
			body: `<table><tr><td><p align="center">关于印发某某区2024年</p><p align="center">农村人居环境整治工作方案的通知</p>` +
				`<p>各镇人民政府、街道办事处：现将《某某区2024年农村人居环境整治工作方案》印发给你们，请认真贯彻落实。</p></td>` +
				`<td><div class="hd"><h2>热点推荐</h2><a href="/more/">更多</a></div><ul><li><a href="/a/1.html">区领导调研重点项目建设进展情况</a></li>` +
				`<li><a href="/a/2.html">全区召开安全生产工作部署会议</a></li><li><a href="/a/3.html">区政府召开第十二次常务会议</a></li></ul></td></tr></table>`,
			want: "关于印发某某区2024年农村人居环境整治工作方案的通知",
		},
		{
			name: "a headline over its attachments is still the headline",
			head: `<title>某某区人民政府</title>`,
			body: `<div class="wrap"><h2>关于公布2024年区级重点项目名单的通知</h2><ul>` +
				`<li><a href="/files/2024zdxm-1.pdf">附件1：2024年区级重点建设项目名单</a></li>` +
				`<li><a href="/files/2024zdxm-2.pdf">附件2：2024年区级重点前期项目名单</a></li></ul></div>`,
			want: "关于公布2024年区级重点项目名单的通知",
		},
		{
			name: "a headline the <title> names stays over a list of links",
			head: `<title>区政府召开常务会议研究部署近期重点工作_某某区人民政府</title>`,
			body: `<div class="box"><h3>区政府召开常务会议研究部署近期重点工作</h3><ul><li><a href="/a/1.html">区领导调研重点项目建设进展情况</a></li>` +
				`<li><a href="/a/2.html">全区召开安全生产工作部署会议</a></li></ul></div>`,
			want: "区政府召开常务会议研究部署近期重点工作",
		},
		{
			name: "font controls glued to an unmarked headline",
			head: `<title>信息公开</title>`,
			body: `<table><tr><td>关于开展2024年安全生产月活动的通知 【字体：大 中 小】</td></tr><tr><td>发布时间：2024-05-11</td></tr></table>`,
			want: "关于开展2024年安全生产月活动的通知",
		},
		{
			name: "date glued to the headline",
			head: `<meta name="ArticleTitle" content="关于开展2024年安全生产月活动的通知">`,
			body: `<h1>关于开展2024年安全生产月活动的通知（2024年5月11日）</h1>`,
			want: "关于开展2024年安全生产月活动的通知",
		},
		{
			name: "headline in two paragraphs above the info line, completed from <title>",
			head: `<title>关于印发某某市2024年农村人居环境整治提升工作方案的通知_某某市人民政府</title>`,
			body: `<div class="hd"><p>关于印发某某市2024年农村人居环境</p><p>整治提升工作方案的通知</p></div>` +
				`<div class="info">发布时间：2024-05-11 来源：市政府办公室</div>`,
			want: "关于印发某某市2024年农村人居环境整治提升工作方案的通知",
		},
		{
			name: "a column name above a headline is not its first half",
			head: `<title>区政府召开常务会议_某某区人民政府</title>`,
			body: `<div class="hd"><p>工作动态</p><p>区政府召开常务会议</p></div><div class="info">发布时间：2024-05-11</div>`,
			want: "区政府召开常务会议",
		},
		{
			name: "og:title for other sites",
			head: `<meta property="og:title" content="A Day in the Life">`,
			body: `<h1>A Day in the Life</h1>`,
			want: "A Day in the Life",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := extractMeta(t, c.head, c.body)
			assert.Equal(t, c.want, a.Title)
		})
	}
}

func TestSplitTitle(t *testing.T) {
	assert.Equal(t, []string{"标题", "栏目", "某市人民政府"}, splitTitle("标题_栏目_某市人民政府"))
	assert.Equal(t, []string{"某市人民政府", "晋祠博物馆", "董寿平美术馆"}, splitTitle("某市人民政府-晋祠博物馆-董寿平美术馆"))
	assert.Equal(t, []string{"2024-2025学年校历发布", "某某大学"}, splitTitle("2024-2025学年校历发布 - 某某大学"))
	assert.Equal(t, []string{"COVID-19防控指南", "卫健委"}, splitTitle("COVID-19防控指南｜卫健委"))
}

func TestSimilarity(t *testing.T) {
	assert.InDelta(t, 1.0, similarity("全市教育大会召开", "全市教育大会 召开！"), 1e-9, "punctuation and spaces ignored")
	assert.Greater(t, similarity("全市教育大会召开", "全市教育大会召开_永州市人民政府"), 0.7, "headline inside the <title>")
	assert.Less(t, similarity("国家金融监督管理总局副局长出席巴塞尔委员会全体会议", "国家金融监督管理总局"), 0.5,
		"a short reference inside a long candidate confirms little")
	assert.Equal(t, 0.0, similarity("", "标题"))
}

// similarity is titleGrams.similarity of two strings.
func similarity(a, b string) float64 {
	return newTitleGrams(a).similarity(newTitleGrams(b))
}

// similarityByMap is similarity as first written, with a map of bigram
// strings: the reference for the packed, sorted bigrams.
func similarityByMap(a, b string) float64 {
	a, b = titleKey(a), titleKey(b)
	if a == "" || b == "" {
		return 0
	}
	if a == b {
		return 1
	}
	ra, rb := []rune(a), []rune(b)
	if strings.Contains(b, a) {
		return 0.5 + 0.5*float64(len(ra))/float64(len(rb))
	}
	if strings.Contains(a, b) {
		return float64(len(rb)) / float64(len(ra))
	}
	grams := map[string]int{}
	for i := 0; i+1 < len(ra); i++ {
		grams[string(ra[i:i+2])]++
	}
	common := 0
	for i := 0; i+1 < len(rb); i++ {
		if g := string(rb[i : i+2]); grams[g] > 0 {
			grams[g]--
			common++
		}
	}
	if total := len(ra) + len(rb) - 2; total > 0 {
		return 2 * float64(common) / float64(total)
	}
	return 0
}

func FuzzSimilarity(f *testing.F) {
	for _, p := range [][2]string{{"全市教育大会召开", "全市教育大会 召开！"}, {"哈哈哈哈", "哈哈"}, {"关于印发通知的通知", "关于通知的印发"},
		{"ab", "ba"}, {"一", "一二"}, {"Ａ１", "a1"}, {"", "x"}} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if want, got := similarityByMap(a, b), similarity(a, b); want != got {
			t.Fatalf("similarity(%q, %q) = %v, want %v", a, b, got, want)
		}
	})
}

func TestTrimHeadline(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"date in half-width brackets", "关于开展2024年安全生产月活动的通知( 2024-05-11)", "关于开展2024年安全生产月活动的通知"},
		{"date in full-width brackets", "关于开展2024年安全生产月活动的通知（2024年5月11日）", "关于开展2024年安全生产月活动的通知"},
		{"font controls", "全区秋季农业生产现场推进会召开 大 中 小", "全区秋季农业生产现场推进会召开"},
		{"bracketed font controls", "全区秋季农业生产现场推进会召开【字体：大 中 小】", "全区秋季农业生产现场推进会召开"},
		{"print and close", "全区秋季农业生产现场推进会召开 打印 关闭", "全区秋季农业生产现场推进会召开"},
		{"controls then date", "全区秋季农业生产现场推进会召开（2024-10-09） 【字体：大 中 小】", "全区秋季农业生产现场推进会召开"},
		{"edition year stays", "某某市基本公共服务标准（2024年版）", "某某市基本公共服务标准（2024年版）"},
		{"span of years stays", "某某县国土空间生态修复规划(2024—2026年)", "某某县国土空间生态修复规划(2024—2026年)"},
		{"month alone stays", "某某县2024年5月重点工作安排（2024年5月）", "某某县2024年5月重点工作安排（2024年5月）"},
		{"latin tail stays", "Why the bakery stays on top", "Why the bakery stays on top"},
		{"nothing left stays", "打印 关闭", "打印 关闭"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, trimHeadline(c.in, nil))
		})
	}
	ref := []titleGrams{newTitleGrams("在全市经济工作会议上的讲话（2024年5月11日）_某某市人民政府")}
	assert.Equal(t, "在全市经济工作会议上的讲话（2024年5月11日）", trimHeadline("在全市经济工作会议上的讲话（2024年5月11日）", ref),
		"a date the reference carries is part of the title")
}

func TestTitleReferencesJudged(t *testing.T) {
	const (
		headline = "南江县全面推进春耕备耕工作"
		info     = `<div class="info">发布时间：2024-05-08 09:30 来源：县农业农村局</div>`
	)
	cases := []struct {
		name, head, body, want string
		reported               bool
	}{
		{
			name: "a promotional ArticleTitle the shown headline and the <title> contradict",
			head: `<title>南江县人民政府 - 信息公开</title><meta name="ArticleTitle" content="欢迎访问鸿运娱乐官网">`,
			body: `<h1>` + headline + `</h1>` + info,
			want: headline, reported: true,
		},
		{
			name: "an ArticleTitle with strong spam words beside a confirmed headline",
			head: `<title>` + headline + `_南江县人民政府</title><meta name="ArticleTitle" content="澳门葡京娱乐城真人百家乐">`,
			body: `<h1>` + headline + `</h1>` + info,
			want: headline, reported: true,
		},
		{
			name: "a column name as ArticleTitle gives way to the shown headline, without a report",
			head: `<title>南江县人民政府 - 信息公开</title><meta name="ArticleTitle" content="通知公告">`,
			body: `<h1>关于开展2024年安全生产月活动的通知</h1>` + info,
			want: "关于开展2024年安全生产月活动的通知",
		},
		{
			name: "a lone ArticleTitle stands",
			head: `<meta name="ArticleTitle" content="关于开展2024年安全生产月活动的通知">`,
			body: `<h2>通知公告</h2>`,
			want: "关于开展2024年安全生产月活动的通知",
		},
		{
			name: "an article about gambling is not a hijack",
			head: `<meta name="ArticleTitle" content="关于开展打击网上赌博专项行动的通知">`,
			body: `<h1>关于开展打击网上赌博专项行动的通知</h1>` + info,
			want: "关于开展打击网上赌博专项行动的通知",
		},
		{
			name: "spam glued before the headline",
			head: `<title>` + headline + `_南江县人民政府</title>`,
			body: `<h1>【鸿运娱乐官网】` + headline + `</h1>` + info,
			want: headline, reported: true,
		},
		{
			name: "spam glued with a colon, og:title clean",
			head: `<meta property="og:title" content="` + headline + `">`,
			body: `<div class="title">新葡京线上开户：` + headline + `</div>` + info,
			want: headline, reported: true,
		},
		{
			name: "spam glued after the headline",
			head: `<title>` + headline + `_南江县人民政府</title>`,
			body: `<h1>` + headline + ` 鸿运娱乐官网推荐</h1>` + info,
			want: headline, reported: true,
		},
		{
			name: "a media prefix with one weak word stays",
			head: `<title>` + headline + `_南江县人民政府</title>`,
			body: `<h1>【视频】` + headline + `</h1>` + info,
			want: "【视频】" + headline,
		},
		{
			name: "a prefix a reference carries stays",
			head: `<title>【直播回顾】鸿运大道改造工程通车_南江县人民政府</title><meta name="ArticleTitle" content="鸿运大道改造工程通车">`,
			body: `<h1>【直播回顾】鸿运大道改造工程通车</h1>` + info,
			want: "【直播回顾】鸿运大道改造工程通车",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := extractMeta(t, c.head, c.body)
			assert.Equal(t, c.want, a.Title)
			reported := false
			for _, s := range a.Spam {
				reported = reported || s.Kind == SpamTitle
			}
			assert.Equal(t, c.reported, reported, "title_hijack reported: %+v", a.Spam)
		})
	}
}

func TestRefEvidenceWeigh(t *testing.T) {
	cases := []struct {
		name string
		e    refEvidence
		want int
	}{
		{"agreed stands, spam words or not", refEvidence{agreed: true, spam: 3}, refTrust},
		{"alone with nothing against it", refEvidence{spam: 2}, refTrust},
		{"strong spam contradicted", refEvidence{strong: true, others: 1}, refReport},
		{"strong spam alone is only left out", refEvidence{strong: true}, refTrust},
		{"promotion the shown headline contradicts", refEvidence{spam: 2, shownOff: true}, refReport},
		{"promotion the page shows is a column's name", refEvidence{spam: 2, others: 1, shownOff: true, onPage: true}, refDrop},
		{"one weak word is no promotion", refEvidence{spam: 1, others: 1, shownOff: true}, refDrop},
		{"contradicted by the <title> alone stands", refEvidence{others: 2}, refTrust},
		{"contradicted by the shown headline alone stands", refEvidence{shownOff: true}, refTrust},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, c.e.weigh())
		})
	}
}

func TestHeadsLinkList(t *testing.T) {
	const items = `<li><a href="/a/1.html">区领导调研重点项目建设进展情况</a></li><li><a href="/a/2.html">全区召开安全生产工作部署会议</a></li>`
	cases := []struct {
		name, html string
		want       bool
	}{
		{"heading over a list", `<div><h3 id="h">相关新闻</h3><ul>` + items + `</ul></div>`, true},
		{"heading in a box with its more link", `<div><div><h3 id="h">推荐阅读</h3><a href="/more/">更多</a></div><ul>` + items + `</ul></div>`, true},
		{"heading over attachments", `<div><h3 id="h">相关附件</h3><ul><li><a href="/f/1.pdf">2024年区级重点建设项目名单</a></li>` +
			`<li><a href="/f/2.docx">2024年区级重点前期项目名单</a></li></ul></div>`, false},
		{"heading over short links", `<div><h3 id="h">分享到</h3><a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></div>`, false},
		{"headline over its body", `<div><h1 id="h">区政府召开常务会议</h1><p>5月10日，区政府召开常务会议，研究部署近期重点工作。会议听取了汇报。</p><ul>` + items + `</ul></div>`, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(c.html))
			require.NoError(t, err)
			h := findNode(doc, func(n *html.Node) bool { return attr(n, "id") == "h" }, nil)
			require.NotNil(t, h)
			assert.Equal(t, c.want, headsLinkList(h, map[*html.Node]bool{}))
		})
	}
}

func TestIsSpamTitle(t *testing.T) {
	for _, tt := range []struct {
		title string
		spam  bool
	}{
		{"澳门葡京娱乐城", true},
		{"真人百家乐官网注册送彩金", true},
		{"澳门葡京娱乐城_首页", true},
		{"关于开展打击仿真枪违法犯罪专项行动的通知", false},
		{"市公安局召开打击跨境赌博百家乐网站专项行动部署会", false},
		{"关于依法严厉打击代写论文等学术不端行为的通知", false},
		{"我市召开农村公路建设推进会", false},
	} {
		assert.Equal(t, tt.spam, isSpamTitle(tt.title), tt.title)
	}
}

// TestColumnHeadingIsNotTheTitle: when the page's title field names the
// first part of <title>, a heading that says only a later part (the
// column) is the sidebar's; the headline is the article's own, even in a
// plain box.
func TestColumnHeadingIsNotTheTitle(t *testing.T) {
	for _, tc := range []struct{ name, meta, column, headline string }{
		{"ArticleTitle, column heading in the sidebar", `<meta name="ArticleTitle" content="我县召开秋冬季森林防火工作部署会">`, "工作动态", "我县召开秋冬季森林防火工作部署会"},
		{"og:title, column heading before the article", `<meta property="og:title" content="2024年第三季度城乡居民收入情况">`, "统计数据", "2024年第三季度城乡居民收入情况"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><title>` + tc.headline + ` - ` + tc.column + ` - 某某县人民政府</title>` + tc.meta + `</head><body>` +
				`<div class="side"><h3>` + tc.column + `</h3><ul><li><a href="/a/1.html">关于做好冬季安全生产工作的通知</a></li><li><a href="/a/2.html">全县重点项目建设推进情况通报</a></li></ul></div>` +
				`<div class="art"><div class="art-h">` + tc.headline + `</div><div class="art-m">发布日期：2024年10月21日 来源：县应急管理局</div>` +
				`<div id="zoom"><p>10月20日，县政府召开专题会议，对相关工作进行安排部署，要求各乡镇、各部门压实责任、细化措施，确保各项任务按期完成。</p>` +
				`<p>会议强调，要坚持问题导向，加强督促检查，对工作不力的单位和个人严肃问责。</p></div></div></body></html>`
			a, err := Extract([]byte(page), Options{})
			require.NoError(t, err)
			assert.Equal(t, tc.headline, a.Title)
		})
	}
}

// TestProseIsNoHeadline: a box named like a title that holds sentences
// (a body of duties in a panel class="title-box") is no headline, even
// where the page gives no reference to check headlines against.
func TestProseIsNoHeadline(t *testing.T) {
	page := `<html><head><title></title></head><body><div class="title"><p>一、依法对除证券业之外的金融业实行统一监督管理。二、对金融业改革开放和监管有效性相关问题开展系统性研究。</p></div>` +
		`<div class="main"><div class="title">行政处罚信息公开表（浙金罚决字〔2024〕52号）</div><div class="con"><p>当事人名称：某某保险公司温州分公司。主要违法违规行为：给予投保人保险合同约定以外的其他利益。行政处罚内容：罚款56万元。</p></div></div></body></html>`
	a, err := Extract([]byte(page), Options{})
	require.NoError(t, err)
	assert.Equal(t, "行政处罚信息公开表（浙金罚决字〔2024〕52号）", a.Title)
}

// TestHeadlineBadge: a status badge set in its own element at the end of
// the headline is no part of the title when a reference names the page
// without it; a last element the references name stays.
func TestHeadlineBadge(t *testing.T) {
	for _, tc := range []struct{ h1, ref, want string }{
		{`关于城区停车收费调整的意见征集<span class="tag">征集中</span>`, "关于城区停车收费调整的意见征集", "关于城区停车收费调整的意见征集"},
		{`关于2024年度县级预算执行情况的反馈 <em class="st">已反馈</em>`, "关于2024年度县级预算执行情况的反馈", "关于2024年度县级预算执行情况的反馈"},
		{`关于公布第三批非遗项目名录的通知<span>（第二批）</span>`, "关于公布第三批非遗项目名录的通知（第二批）", "关于公布第三批非遗项目名录的通知（第二批）"},
	} {
		page := `<html><head><title>` + tc.ref + `_某某区人民政府</title><meta name="ArticleTitle" content="` + tc.ref + `"></head><body><div class="nav"><a href="/">首页</a></div><h1>` + tc.h1 + `</h1><div>发布时间：2024-05-21</div><div id="zoom"><p>为进一步做好相关工作，现将有关情况公布如下，请各单位认真对照执行，并及时反馈落实情况。</p><p>联系电话：010-69243711。</p></div></body></html>`
		a, err := Extract([]byte(page), Options{})
		require.NoError(t, err)
		assert.Equal(t, tc.want, a.Title, tc.h1)
	}
}

// TestMinorHeadingHeadline: a site that sets its headline in an <h5> or
// <h6>, under a breadcrumb set as a heading and beside a sidebar heading
// that names the site, still has its headline read; the breadcrumb and
// the site's name are never the title.
func TestMinorHeadingHeadline(t *testing.T) {
	const body = `<p>11月2日至3日，年会在重庆举行，来自全国120余所高校和科研院所的600余名代表参加会议，围绕新时代人文地理学发展开展交流。</p><p>年会设置了18个分会场，共有260余位学者作学术报告，会议期间还举行了青年学者论坛和研究生学术沙龙。</p>`
	for _, tc := range []struct{ name, page, want string }{
		{"an <h5> headline under a crumb heading", `<html><head><meta charset="utf-8"><title>新闻动态--中国地理学会官网</title></head><body>
<div class="nav"><h3>首页 - 新闻动态</h3></div><div class="news"><div class="left"><h5>2019年中国人文地理学术年会在重庆成功举行</h5><p class="info">发布时间：2019-11-05</p><div class="detailCon">` + body + `</div></div>
<div class="right"><div class="cont"><h5>中国地理学会</h5><p>地址：北京市朝阳区大屯路甲11号</p></div></div></div></body></html>`, "2019年中国人文地理学术年会在重庆成功举行"},
		{"an <h6> headline under a trail heading", `<html><head><meta charset="utf-8"><title>学会动态_某某省科协门户网站</title></head><body>
<h2 class="loc">首页 &gt; 学会动态</h2><div class="main"><h6 class="tit">省科协召开2024年学会工作推进会</h6><div class="time">2024-06-12 来源：学会部</div><div class="con">` + body + `</div></div>
<div class="side"><h6>某某省科协</h6><ul><li><a href="/a/">学会概况</a></li></ul></div></body></html>`, "省科协召开2024年学会工作推进会"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(tc.page), Options{})
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Title)
		})
	}
}

// TestSubtitleIsNotTheHeadline: a news page sets its 引题 and 副题 in
// headings of other ranks around the 主题; the <title> joining 主题 and
// 副题 does not make the 副题 part of the headline.
func TestSubtitleIsNotTheHeadline(t *testing.T) {
	const body = `<div class="info">2024年08月12日08:21 | 来源：某某网</div><div id="zoom"><p>近日，市人民政府发布通告，自10月1日起禁止在住宅楼公共区域为电动自行车充电。</p><p>通告明确，物业服务企业应当在小区内设置集中充电设施，并加强日常巡查。</p></div>`
	for _, tc := range []struct{ name, title, heads, want string }{
		{"a 副题 in an <h4>", "成都发布电动自行车充电安全管理通告 10月1日起住宅楼内严禁充电--四川频道", `<h3 class="pre">守护“最后一公里”出行安全</h3><h1>成都发布电动自行车充电安全管理通告</h1><h4 class="sub">10月1日起住宅楼内严禁充电</h4>`, "成都发布电动自行车充电安全管理通告"},
		{"a 副题 in an <h3>", "全市新增公共充电桩三千个 老旧小区充电难有望缓解_某某新闻网", `<h2>全市新增公共充电桩三千个</h2><h3>老旧小区充电难有望缓解</h3>`, "全市新增公共充电桩三千个"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(`<html><head><meta charset="utf-8"><title>`+tc.title+`</title></head><body><div class="art">`+tc.heads+body+`</div></body></html>`), Options{})
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Title)
		})
	}
}
