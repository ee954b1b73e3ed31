package core

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// pageWith wraps body markup (and optional head markup) in a page with
// enough article text for the locate stage to find a body.
func pageWith(head, body string) []byte {
	para := strings.Repeat("全市各级各部门全面落实教育优先发展战略，加快建设教育强市，全市教育事业取得长足进步。", 3)
	return []byte(`<!DOCTYPE html><html><head><meta charset="utf-8">` + head + `</head><body>` + body +
		`<div id="zoom"><p>` + para + `</p><p>` + para + `</p></div></body></html>`)
}

func extractMeta(t *testing.T, head, body string) *Article {
	t.Helper()
	a, err := Extract(pageWith(head, body), Options{})
	require.NoError(t, err)
	return a
}

func TestInfoLine(t *testing.T) {
	cases := []struct {
		name, head, body string
		want             map[string]string // Article JSON field → value
	}{
		{
			name: "one line, plain labels",
			body: `<h1>标题</h1><div class="info">发布时间：2024-09-10 09:24 来源：鄠邑区政府办 作者：张三 浏览次数：</div>`,
			want: map[string]string{"published": "2024-09-10T09:24+08:00", "source": "鄠邑区政府办", "author": "张三"},
		},
		{
			name: "traditional script",
			body: `<ul><li>2025-04-25 17:18</li><li>來源: 今日永州</li><li>發布機構：市數據局(行政審批服務局)</li><li>責任編輯：李四</li></ul>`,
			want: map[string]string{"source": "今日永州", "publisher": "市數據局(行政審批服務局)", "editor": "李四"},
		},
		{
			name: "traditional time label",
			body: `<p class="info">發布時間：2024年12月07日 08時01分　記者：王五</p>`,
			want: map[string]string{"published": "2024-12-07T08:01+08:00", "author": "王五"},
		},
		{
			name: "an unlabelled byline among the info line's parts",
			body: `<h1>我市新增三条公交线路</h1><div class="meta"><span>2024/05/11 09:05</span> | <span>江阴日报</span> | <span>记者 周文彬 通讯员 蒋悦</span></div>`,
			want: map[string]string{"author": "周文彬 蒋悦"},
		},
		{
			name: "a byline between dots",
			body: `<h1>我市新增三条公交线路</h1><p class="meta">2024-05-11 · 本报记者 许嘉禾 · 阅读 1024</p>`,
			want: map[string]string{"author": "许嘉禾"},
		},
		{
			name: "丨 between the pairs",
			body: `<div class="xx">信息来源：某某县融媒体中心丨作者：张三丨发布时间：2024-05-11 16:08</div>`,
			want: map[string]string{"published": "2024-05-11T16:08+08:00", "source": "某某县融媒体中心", "author": "张三"},
		},
		{
			name: "丨 with spaces",
			body: `<p>来源：市人力资源和社会保障局 丨 发布机构：某某市人民政府办公室 丨 2023-09-01</p>`,
			want: map[string]string{"published": "2023-09-01", "source": "市人力资源和社会保障局", "publisher": "某某市人民政府办公室"},
		},
		{
			name: "spaces inside labels",
			body: `<div>发 布 时 间：2023-11-16 10:32</div><div>来 源：深圳特区报</div>`,
			want: map[string]string{"published": "2023-11-16T10:32+08:00", "source": "深圳特区报"},
		},
		{
			name: "values end at their element",
			body: `<p>2024-03-03 15:54:07 <span>来源:新疆维吾尔自治区文化和旅游厅</span> <span>阅读:</span><span id="hits"></span></p>`,
			want: map[string]string{"published": "2024-03-03T15:54:07+08:00", "source": "新疆维吾尔自治区文化和旅游厅"},
		},
		{
			name: "label and value in sibling spans",
			body: `<div><span>发布时间：</span><span>2024-06-13</span><span>来源：<i id="source">许昌市人民政府</i></span> <span>分享：</span></div>`,
			want: map[string]string{"published": "2024-06-13", "source": "许昌市人民政府"},
		},
		{
			name: "ideographic space separates",
			body: `<div>发布日期：2024-06-13　来源：教育部　<a href="#">下载</a>　<span>收藏</span></div>`,
			want: map[string]string{"published": "2024-06-13", "source": "教育部"},
		},
		{
			name: "date after the source is not part of it",
			body: `<div>来源：宣教中心&nbsp;&nbsp;&nbsp;&nbsp; 2022-11-14 14:59:48 【字体：大 中 小】</div>`,
			want: map[string]string{"published": "2022-11-14T14:59:48+08:00", "source": "宣教中心"},
		},
		{
			name: "source on the next line of its block",
			body: `<span class="source">来源：
				广西日报
				2024-10-17 08:03</span>`,
			want: map[string]string{"published": "2024-10-17T08:03+08:00", "source": "广西日报"},
		},
		{
			name: "a label that ends a longer word is not a label",
			body: `<div>报名时间：2024年3月7日-4月26日</div><div>生效时间：2017-04-12</div><div>图片来源：新华社</div><div>发布时间：2024-03-03</div>`,
			want: map[string]string{"published": "2024-03-03", "source": ""},
		},
		{
			name: "labels inside prose are not info lines",
			body: `<p>特等奖作品为《中国书法艺术的传承》作者：林运焘，深圳市书法家协会会员，获得好评。</p>`,
			want: map[string]string{"author": ""},
		},
		{
			name: "displayed date beats meta PubDate",
			head: `<meta name="PubDate" content="2024-02-29 16:00:26">`,
			body: `<div>时间：2023年11月14日</div>`,
			want: map[string]string{"published": "2023-11-14"},
		},
		{
			name: "published date beats update time",
			body: `<div>更新时间：2024-08-15 10:46</div><div>发布时间：2024-08-14</div>`,
			want: map[string]string{"published": "2024-08-14"},
		},
		{
			name: "update time beats meta when nothing else is shown",
			head: `<meta name="PubDate" content="2024-08-14">`,
			body: `<div>更新时间：2024-08-14 10:46</div>`,
			want: map[string]string{"published": "2024-08-14T10:46+08:00"},
		},
		{
			name: "meta only",
			head: `<meta name="PubDate" content="2024-03-01 16:39"><meta name="ContentSource" content="北京市商务局">`,
			want: map[string]string{"published": "2024-03-01T16:39+08:00", "source": "北京市商务局"},
		},
		{
			name: "firstpublishedtime",
			head: `<meta name="firstpublishedtime" content="2024-06-13-10:17:35">`,
			want: map[string]string{"published": "2024-06-13T10:17:35+08:00"},
		},
		{
			name: "microdata datePublished",
			head: `<meta itemprop="datePublished" content="2024-06-13T10:17:00+08:00">`,
			want: map[string]string{"published": "2024-06-13T10:17:00+08:00"},
		},
		{
			name: "JSON-LD for other sites",
			head: `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"标题","datePublished":"2024-06-13T02:17:00Z","author":{"@type":"Person","name":"Jane Doe"}}]}</script>`,
			want: map[string]string{"published": "2024-06-13T10:17:00+08:00", "author": "Jane Doe"},
		},
		{
			name: "ContentSource equal to SiteName is the CMS default",
			head: `<meta name="SiteName" content="中国河北政府采购网"><meta name="ContentSource" content="中国河北政府采购网">`,
			want: map[string]string{"source": ""},
		},
		{
			name: "shown source beats ContentSource",
			head: `<meta name="ContentSource" content="北京市发展和改革委员会">`,
			body: `<div>来源：北京市援青微信公众号</div>`,
			want: map[string]string{"source": "北京市援青微信公众号"},
		},
		{
			name: "truncated shown source is completed from ContentSource",
			head: `<meta name="ContentSource" content="综合自学习强国、川观新闻、成都体育学院附属体育医院">`,
			body: `<div>【来源： 综合自学习强国、川观新闻、成都体育学院附属体...】 发布日期：2023-07-19 19:21:00</div>`,
			want: map[string]string{"source": "综合自学习强国、川观新闻、成都体育学院附属体育医院", "published": "2023-07-19T19:21:00+08:00"},
		},
		{
			name: "source written by document.write",
			body: `<div>日期：2021-07-13 <script>document.write("来源：国际交流合作处 重庆国际文旅之窗");</script></div>`,
			want: map[string]string{"source": "国际交流合作处 重庆国际文旅之窗"},
		},
		{
			name: "source held in a script variable",
			body: `<div>日期：2023-11-16 10:32 <span>来源：<script>var csource = "深圳特区报"; if (csource) { document.write(csource); } else { document.write("市文体旅游局"); }</script></span></div>`,
			want: map[string]string{"source": "深圳特区报"},
		},
		{
			name: "a date label takes the next block",
			body: `<div class="info"><div class="lab">来源：本网 发布时间：</div><div class="val">2024-06-13 10:17</div></div>`,
			want: map[string]string{"published": "2024-06-13T10:17+08:00", "source": "本网"},
		},
		{
			name: "an empty slot does not take the article",
			body: `<div class="info">来源：</div>`,
			want: map[string]string{"source": ""},
		},
		{
			name: "editor in brackets",
			body: `<div>编辑：（胡冠山）</div>`,
			want: map[string]string{"editor": "胡冠山"},
		},
		{
			name: "author with a role word",
			body: `<div>作者：记者 郑晨子</div>`,
			want: map[string]string{"author": "郑晨子"},
		},
		{
			name: "the value nearest the headline wins",
			body: `<div class="side"><div>时间：2024-01-05</div><div>来源：本网</div></div>` +
				`<h1>全市教育大会召开</h1><div class="info">时间：2024-04-25 17:18 来源：今日永州</div>`,
			want: map[string]string{"published": "2024-04-25T17:18+08:00", "source": "今日永州"},
		},
		{
			name: "a notice's 时间 line in the body does not date the article",
			head: `<meta name="PubDate" content="2024-06-01 09:00">`,
			body: `<h1>关于举办读书分享会的通知</h1><div>发布人：办公室</div><div class="c"><p>各单位：</p><p>现将有关事项通知如下。</p>` +
				`<p>一、活动安排</p><p>二、参加人员</p><p>三、报名方式</p><p>四、注意事项</p><p>五、其他</p><p>六、联系人</p>` +
				`<p>时间：2024年6月15日上午9:00</p><p>地点：市图书馆</p></div>`,
			want: map[string]string{"published": "2024-06-01T09:00+08:00"},
		},
		{
			name: "correspondent label",
			body: `<div>来源：肥西县教育局　通讯员：林兴勇</div>`,
			want: map[string]string{"source": "肥西县教育局", "author": "林兴勇"},
		},
		{
			name: "footer publisher line",
			body: `<div>【信息发布：区退役军人事务局】</div>`,
			want: map[string]string{"publisher": "区退役军人事务局"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := extractMeta(t, c.head, c.body)
			got := map[string]string{
				"published": a.Published, "source": a.Source, "publisher": a.Publisher,
				"author": a.Author, "editor": a.Editor,
			}
			for k, v := range c.want {
				assert.Equal(t, v, got[k], k)
			}
		})
	}
}

func TestDisclosureTable(t *testing.T) {
	t.Run("label cells and value cells", func(t *testing.T) {
		a := extractMeta(t, "", `<table>
			<tr><td>索 引 号</td><td>002482330/2020-10091</td><td>公开分类</td><td></td></tr>
			<tr><td>发布机构</td><td>省文化和旅游厅</td><td>成文日期</td><td>2020-12-29</td></tr>
			<tr><td>文　　号</td><td></td><td>主题词</td><td></td></tr>
			<tr><td>有效性</td><td>有效</td><td>生成日期</td><td>2020-12-30</td></tr>
		</table>`)
		assert.Equal(t, "002482330/2020-10091", a.IndexNumber)
		assert.Equal(t, "省文化和旅游厅", a.Publisher)
		assert.Equal(t, "2020-12-29", a.Written)
		assert.Equal(t, "", a.DocNumber, "an empty 文号 cell must not take the next label")
		assert.Equal(t, "", a.Topic)
		assert.Equal(t, "有效", a.Validity)
	})
	t.Run("label：value cells with other label names", func(t *testing.T) {
		a := extractMeta(t, "", `<table>
			<tr><td>信息索引：</td><td>360A12-07-2024-0008-1</td><td>发文机构：</td><td>教育部办公厅</td></tr>
			<tr><td>发文字号：</td><td>教思政厅函〔2024〕10号</td><td>信息类别：</td><td>高等教育</td></tr>
		</table>`)
		assert.Equal(t, "360A12-07-2024-0008-1", a.IndexNumber)
		assert.Equal(t, "教育部办公厅", a.Publisher)
		assert.Equal(t, "教思政厅函〔2024〕10号", a.DocNumber)
		assert.Equal(t, "高等教育", a.Topic)
	})
	t.Run("traditional labels", func(t *testing.T) {
		a := extractMeta(t, "", `<table>
			<tr><th>索引號：</th><td>K16185922-201704-00036</td><th>發文字號：</th><td>皖政辦〔2017〕12號</td></tr>
			<tr><th>發布機構：</th><td>蜀山區審計局</td><th>成文日期：</th><td>2017年04月12日</td></tr>
		</table>`)
		assert.Equal(t, "K16185922-201704-00036", a.IndexNumber)
		assert.Equal(t, "皖政辦〔2017〕12號", a.DocNumber)
		assert.Equal(t, "蜀山區審計局", a.Publisher)
		assert.Equal(t, "2017-04-12", a.Written)
	})
	t.Run("a script that writes a lone 号 is no 文号", func(t *testing.T) {
		a := extractMeta(t, "", `<table><tr><th>文&emsp;&emsp;号：</th><td><script>document.write('号');</script></td></tr></table>`)
		assert.Equal(t, "", a.DocNumber)
	})
}

func TestFieldValue(t *testing.T) {
	cases := []struct {
		f    field
		raw  string
		want string
		why  string
	}{
		{fieldSource, " 鄠邑区政府办 ", "鄠邑区政府办", "trimmed"},
		{fieldSource, "本网 | 打印 | 关闭", "本网", "cut at the control bar"},
		{fieldSource, "新华社\x1f阅读", "新华社", "cut at a hard separator"},
		{fieldSource, "\x1f人民网", "人民网", "leading separators skipped"},
		{fieldSource, "全市教育大会召开。会议强调", "", "prose is no source"},
		{fieldSource, "济南市文化和旅游局（原市文广新局）", "济南市文化和旅游局（原市文广新局）", "brackets kept"},
		{fieldSource, "新华网作者：张三", "新华网", "the next label without a space"},
		{fieldSource, "本网 人气：12", "本网", "an unknown next label"},
		{fieldAuthor, "记者 成丹丹", "成丹丹", "role removed"},
		{fieldAuthor, "林运焘，深圳市书法家协会会员", "", "a sentence is no name"},
		{fieldDocNumber, "号", "", "a 文号 has digits"},
		{fieldDocNumber, "川卫函〔2025〕46号", "川卫函〔2025〕46号", ""},
		{fieldIndexNumber, "暂无", "", "an 索引号 has digits"},
		{fieldIndexNumber, "K16185922-201704-00036", "K16185922-201704-00036", ""},
		{fieldPublished, " 2017-04-12 08:12 \x1f信息来源", "2017-04-12T08:12+08:00", ""},
		{fieldPublished, "暂无", "", ""},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, fieldValue(c.f, c.raw), c.raw+" "+c.why)
	}
}

func TestFindLabels(t *testing.T) {
	keys := func(seg string) []field {
		var out []field
		for _, l := range findLabels(seg) {
			out = append(out, l.f)
		}
		return out
	}
	assert.Equal(t, []field{fieldPublished, fieldSource}, keys("发布时间：2024-01-01 来源：本网"))
	assert.Equal(t, []field{fieldSource}, keys("信息来源：本网"), "the longer label wins")
	assert.Equal(t, []field{fieldPublisher}, keys("發佈機構：某局"))
	assert.Equal(t, []field{fieldSource}, keys("来　源：本网"))
	assert.Empty(t, keys("报名时间：2024-01-01"))
	assert.Equal(t, []field{fieldSource, fieldAuthor}, keys("来源：新华网作者：张三"), "a glued label needs no space")
	assert.Equal(t, []field{fieldSource}, keys("来源：本网 开始时间：2024-05-08"))
	assert.Equal(t, []field{fieldPublished}, keys("信息发布时间：2024-01-01"), "a long label keeps its meaning after a prefix")
	assert.Equal(t, []field{fieldUpdated}, keys("最后更新时间：2024-01-01"))
	assert.Equal(t, []field{fieldSource, fieldEditor}, keys("来源∶本网 责编：张三"), "ratio sign as colon")
	assert.Empty(t, keys("行政处罚决定书文号：X"))
	assert.Equal(t, []field{fieldAuthor}, keys("（记者：魏伟）"))
	assert.Empty(t, keys("会议指出，要加强领导。时间：紧迫，任务：繁重。"), "labels inside prose")
}

func TestBylineAuthor(t *testing.T) {
	cases := []struct {
		name, text, want string
	}{
		{"bracketed reporter", "今日永州讯（记者 成丹丹）4月25日上午，全市教育大会召开。", "成丹丹"},
		{"traditional and ascii brackets", "今日永州訊(記者 成丹丹)4月25日上午,全市教育大會召開。", "成丹丹"},
		{"colon and special correspondent", "比赛圆满结束。（特约通讯员：林兴勇）", "林兴勇"},
		{"reporter with colon", "推动经济文化发展。（记者：魏伟）", "魏伟"},
		{"two reporters", "……取得实效。（记者 陈俊伶 张三）", "陈俊伶 张三"},
		{"reporter and correspondent", "（记者 陈俊伶 通讯员 李四）正文。", "陈俊伶 李四"},
		{"leading byline without brackets", "记者梁爽报道　6月10日，辽宁省第十四届运动会开幕。", "梁爽"},
		{"leading byline after 讯", "本报讯 记者 张三 报道 近日，我市召开会议。", "张三"},
		{"closing credit with unit", "第一段。\n焕发优雅自信。(图书馆 魏乐禹）", "魏乐禹"},
		{"closing credit of names", "第一段。\n具有重要意义。（李晟 韦鑫）", "李晟 韦鑫"},
		{"closing credit of a unit only", "第一段。\n投资结构趋稳趋优。（德清县发改局）", ""},
		{"closing note that is no name", "第一段。\n会议结束。（完）", ""},
		{"closing note with a word", "第一段。\n会议结束。（待续）", ""},
		{"names must start with a family name", "第一段。\n会议结束。（供稿 摄影）", ""},
		{"no byline", "全市教育大会召开。市委书记出席并讲话。", ""},
		{"byline line", "文/张三\n近日，我市召开会议。", "张三"},
		{"reporter line", "本报记者 李四 王五\n近日，我市召开会议。", "李四 王五"},
		{"agency photo credit is no byline", "会议现场。（新华社记者 张三 摄）\n会议结束。", ""},
		{"reporter's photo credit is no byline", "（记者 王五 摄）\n会议现场。", ""},
		{"trainee and correspondent", "本报讯（记者 张晓峰 见习记者 刘一鸣 通讯员 王建国）5月20日，正文。", "张晓峰 刘一鸣 王建国"},
		{"correspondent first keeps the order", "第一段。\n（通讯员 王建国 记者 张晓峰）", "王建国 张晓峰"},
		{"intern on a byline line", "文/陈思远 实习生 黄雨桐\n走进社区。", "陈思远 黄雨桐"},
		{"colons and an ideographic space", "文：张三\u3000通讯员：李四\n正文。", "张三 李四"},
		{"the photographer is no author", "本报讯(记者 张三 特约通讯员 李四 摄影 王五) 正文。", "张三 李四"},
		{"an info line is no byline", "记者：张三 来源：某某日报\n正文。", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, bylineAuthor(c.text))
		})
	}
}

func TestCleanPerson(t *testing.T) {
	for in, want := range map[string]string{
		"记者 郑晨子": "郑晨子", "（胡冠山）": "胡冠山", "本报记者：张三": "张三",
		"記者 成丹丹": "成丹丹", "王五 报道": "王五", "文/李四": "李四",
	} {
		assert.Equal(t, want, cleanPerson(in), in)
	}
}

func TestLDPerson(t *testing.T) {
	assert.Equal(t, "Tom Krisher, AP Auto Writer", ldPerson("By Tom Krisher, AP Auto Writer"))
	assert.Equal(t, "", ldPerson("https://example.com/staff/jane"))
	assert.Equal(t, "张三", ldPerson(" 张三 "))
}

func TestDocNumber(t *testing.T) {
	assert.Equal(t, "川卫函〔2025〕46号", docNumberLine("川卫函〔2025〕46号\n唐家文代表：\n首先非常感谢您。"))
	assert.Equal(t, "浙政办发[2020]3号", docNumberLine("浙政办发[2020]3号\n各市人民政府："))
	assert.Equal(t, "國辦發﹝2024﹞5號", docNumberLine("國辦發﹝2024﹞5號\n各省人民政府："))
	assert.Equal(t, "", docNumberLine("根据《通知》（国办发〔2024〕5号）要求，现将有关事项通知如下。"),
		"a 文号 cited in a sentence is not the document's")
	assert.Equal(t, "浙金罚决字〔2024〕52号", titleDocNumber("国家金融监督管理总局浙江监管局行政处罚信息公开表（浙金罚决字〔2024〕52号）"))
	assert.Equal(t, "", titleDocNumber("关于举办培训班的通知（第二期）"))
	assert.Equal(t, "", titleDocNumber("没有括号的标题"))
}

func TestInfoSegments(t *testing.T) {
	a := extractMeta(t, "", `<div>发布时间：<b>2024-01-02</b></div>`)
	assert.Equal(t, "2024-01-02", a.Published, "bold value inside the line")

	assert.Equal(t, "来源：本网\x1f阅读", normInfoSpace("来源：本网\u3000阅读"))
	assert.Equal(t, "来源：本网\x1f阅读", normInfoSpace("来源：本网\u00a0\u00a0 阅读"))
	assert.Equal(t, "来源：本网 阅读", normInfoSpace("来源：本网\n   阅读"))
	assert.Equal(t, "来源", normInfoSpace("\x1f 来源 \u3000"))
}

func TestScriptWrites(t *testing.T) {
	a := extractMeta(t, "", `<div>来源：<script>document.write('<span>澳门葡京娱乐城</span>');</script></div>`)
	assert.Equal(t, "", a.Source, "spam printed by script is no metadata")
}

// FuzzInfoLine feeds arbitrary lines to the label and byline readers: they
// must never panic, labels must lie inside the line in order, and values
// must be free of the internal separator.
func FuzzInfoLine(f *testing.F) {
	for _, s := range []string{
		"发布时间：2024-09-10 09:24 来源：鄠邑区政府办 作者：张三 浏览次数：",
		"來 源：今日永州\x1f發布機構：市數據局", "索　引　号：", "来源：新华网作者：张三",
		"（记者 成丹丹）", "(图书馆 魏乐禹）", "记者梁爽报道　6月10日", "川卫函〔2025〕46号",
		"标题（浙金罚决字〔2024〕52号）", "：：:", "时间∶", "\x1f\u3000\u00a0",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		end := 0
		for _, l := range findLabels(s) {
			if l.start < end || l.end > len(s) || l.start >= l.end {
				t.Fatalf("label %+v out of order in %q", l, s)
			}
			end = l.end
		}
		for f := fieldPublished; f < fieldIgnore; f++ {
			if v := fieldValue(f, s); strings.ContainsRune(v, sep) {
				t.Fatalf("fieldValue(%d, %q) = %q holds the separator", f, s, v)
			}
		}
		bareLabel(s)
		normInfoSpace(s)
		bylineAuthor(s)
		docNumberLine(s)
		titleDocNumber(s)
		cleanPerson(s)
	})
}

func TestEdgeLines(t *testing.T) {
	// The definition: the non-empty trimmed lines, of which the first and
	// last n.
	want := func(text string, n int) []string {
		var all []string
		for _, l := range strings.Split(text, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				all = append(all, l)
			}
		}
		if len(all) <= 2*n {
			return all
		}
		return append(all[:n:n], all[len(all)-n:]...)
	}
	for _, text := range []string{
		"", "\n\n", "一", "一\n二\n三", "一\n\n二\n三\n四\n五\n六\n七\n", " 一 \n二\n三\n四\n五\n六", "\n\n一\n二\n三\n四\n五\n六\n七\n八\n\n",
		"（记者 张三）\n正文第一段。\n正文第二段。\n正文第三段。\n正文第四段。\n编辑：李四",
	} {
		got := edgeLines(text, 3)
		if len(got) == 0 {
			got = nil
		}
		assert.Equal(t, want(text, 3), got, "%q", text)
	}
}

func TestParenBylinesMatchesRegexp(t *testing.T) {
	for _, text := range []string{
		"", "（记者 张三）正文。", "正文（图）。（记者 张三 通讯员 李四）", "(记者 王五)(摄影 赵六)（编辑：钱七）（记者 孙八）（记者 周九）",
		"（（记者 张三））", "括号（没有角色）之后（记者 吴十", strings.Repeat("长文。", 200) + "（记者 郑一）",
	} {
		assert.Equal(t, parenByline.FindAllStringSubmatch(text, 4), parenBylines(text, 4), "%q", text)
	}
}

func FuzzParenBylines(f *testing.F) {
	for _, s := range []string{"（记者 张三）正文。", "正文(通讯员 李四)（摄影 王五）", "（（记者 张三））(", "((（记者 甲）"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 2000 { // the window bounds a match at 600 bytes
			return
		}
		want := parenByline.FindAllStringSubmatch(text, 4)
		if got := parenBylines(text, 4); !assert.ObjectsAreEqual(want, got) {
			t.Fatalf("%q: got %q, want %q", text, got, want)
		}
	})
}

func FuzzNormInfoSpaceFastPath(f *testing.F) {
	for _, s := range []string{"来源：本网 阅读", " 来源", "a\x1fb", "来源：本网\u3000阅读", "a  b", "\xffx"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normInfoSpace(s), foldInfoSpace(s); got != want {
			t.Fatalf("normInfoSpace(%q) = %q, want %q", s, got, want)
		}
	})
}

// normInfoSpace's shortcut must give foldInfoSpace's result.
func TestNormInfoSpaceShortcut(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a ", "\u3000a b\u00a0", "\u200ba b\ufeff", "a  b", "a\tb ", " \u00a0\u00a0x", "x\x1f y ", "\xffa ", "a\xff ", "发布时间：2024 来源：本站 "} {
		if got, want := normInfoSpace(s), foldInfoSpace(s); got != want {
			t.Errorf("normInfoSpace(%q) = %q, foldInfoSpace gives %q", s, got, want)
		}
	}
}

func FuzzSourceAssignments(f *testing.F) {
	for _, s := range []string{`var source = "新华社";`, `a.Source:'人民网' ; xsource = "x"`, `$source="甲" source='乙'`,
		`resource_source = "来源"`, `ſource = "长s"`, `SOURCE="" source= "一"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, code string) {
		want := sourceVarRe.FindAllStringSubmatch(code, 4)
		got := sourceAssignments(code, 4)
		require.Equal(t, len(want), len(got), "%q", code)
		for i := range want {
			require.Equal(t, want[i][1:], got[i][1:], "%q: match %d", code, i)
		}
	})
}

func TestWeighName(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"人民日报", true},
		{"中国政府网", true},
		{"本网", true},
		{"投资武汉", true},
		{"北京市援青微信公众号", true},
		{"湘潭日报·新湘潭客户端", true},
		{"12345政务服务便民热线", true},
		{"G20杭州峰会筹备办", true},
		{"5G应用创新中心", true},
		{"澳门葡京www.am888.vip", false},
		{"https://www.example.com/", false},
		{"bet365.com", false},
		{"招商代理加微信dd8899", false},
		{"客服热线400-123-4567", false},
		{"QQ：2851234567", false},
		{"百家乐娱乐城", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, weighName(c.in).isName(), c.in)
	}
}

func TestSourceShape(t *testing.T) {
	cases := []struct {
		name, head, body, want string
	}{
		{"planted advert in the slot", "", `<div>发布时间：2024-03-12　来源：<a href="http://www.am888.vip/">澳门葡京www.am888.vip</a></div>`, ""},
		{"a contact instead of a name", "", `<div>信息来源：招商代理加微信dd8899　发布日期：2023-08-17</div>`, ""},
		{"an advert falls back to ContentSource", `<meta name="ContentSource" content="某某县融媒体中心">`, `<div>来源：bet365体育在线 www.b365.vip</div>`, "某某县融媒体中心"},
		{"a newspaper", "", `<div>2024-08-05 07:45 来源：人民日报</div>`, "人民日报"},
		{"a portal", "", `<div>信息来源：<a href="https://www.gov.cn/">中国政府网</a></div>`, "中国政府网"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, extractMeta(t, c.head, c.body).Source)
		})
	}
}

func TestGeneratedDate(t *testing.T) {
	a := extractMeta(t, "", `<dl><dt>生成日期</dt><dd>2024-05-06</dd></dl><div>发布时间：2024-05-07</div>`)
	assert.Equal(t, "2024-05-06", a.Written, "生成日期 dates the document when no 成文日期 is shown")
	assert.Equal(t, "2024-05-07", a.Published)
	a = extractMeta(t, "", `<dl><dt>成文日期</dt><dd>2024-05-02</dd><dt>生成日期</dt><dd>2024-05-06</dd></dl>`)
	assert.Equal(t, "2024-05-02", a.Written, "成文日期 wins over 生成日期")
	assert.Equal(t, "", a.Published, "a 生成日期 is never the publication date")
}

func TestDatesNotFromLinkLists(t *testing.T) {
	long := strings.Repeat("全市各级各部门认真贯彻落实会议精神，", 8)
	cases := []struct {
		name, head, body, want string
	}{
		{
			name: "labelled dates of a related list above the headline",
			body: `<ul><li><a href="/a/1.html">区人社局开展高校毕业生就业政策进校园活动</a> <span>发布时间：2024-06-11</span></li>` +
				`<li><a href="/a/2.html">我区召开2024年安全生产工作推进会</a> <span>发布时间：2024-06-07</span></li></ul>` +
				`<h1>我区举办就业援助月专场招聘会</h1><div>2024-02-26 11:40　来源：区人力资源和社会保障局</div>`,
			want: "2024-02-26T11:40+08:00",
		},
		{
			name: "a list laid out as table rows",
			head: `<meta name="PubDate" content="2023-11-02 09:15">`,
			body: `<h1>某某镇扎实推进秋冬季森林防火工作</h1><table><tr><td><a href="/a/1.html">某某镇开展森林防火应急演练</a></td><td>日期：2023-10-20</td></tr>` +
				`<tr><td><a href="/a/2.html">某某镇召开国庆期间安全生产部署会</a></td><td>日期：2023-09-28</td></tr></table>`,
			want: "2023-11-02T09:15+08:00",
		},
		{
			name: "unlabelled dates of a list after the headline",
			head: `<meta name="PubDate" content="2023-11-02 09:15">`,
			body: `<h1>某某镇扎实推进秋冬季森林防火工作</h1><div>来源：某某镇人民政府</div>` +
				`<ul><li><a href="/a/1.html">某某镇开展森林防火应急演练</a> 2023-10-20</li></ul>`,
			want: "2023-11-02T09:15+08:00",
		},
		{
			name: "a labelled date inside a short link",
			head: `<title>某某县召开防汛工作会议</title><meta name="PubDate" content="2024-06-20 08:00">`,
			body: `<ul><li><a href="/a/1.html">时间：2024-06-11</a></li></ul><h1>某某县召开防汛工作会议</h1><div>来源：某某县融媒体中心</div>`,
			want: "2024-06-20T08:00+08:00",
		},
		{
			name: "an unlabelled date inside a short link after the headline",
			head: `<title>某某县召开防汛工作会议</title><meta name="PubDate" content="2024-06-20 08:00">`,
			body: `<h1>某某县召开防汛工作会议</h1><div>来源：某某县融媒体中心</div><ul><li><a href="/a/2.html">[2024-06-07] 通知</a></li></ul>`,
			want: "2024-06-20T08:00+08:00",
		},
		{
			name: "a linked source is a value, not a list",
			body: `<h1>标题</h1><ul><li>发布时间：2024-06-13 来源：<a href="/">某某市人民政府办公室</a></li></ul>`,
			want: "2024-06-13",
		},
		{
			name: "controls beside the date are no titles",
			body: `<h1>标题</h1><ul><li>发布时间：2024-06-13 <a href="#">打印本页</a> <a href="#">关闭窗口</a></li></ul>`,
			want: "2024-06-13",
		},
		{
			name: "a breadcrumb beside the date is no list",
			body: `<h1>标题</h1><table><tr><td><a href="/">某某市人民政府门户网站</a> &gt; <a href="/xwzx/gzdt/">新闻中心工作动态</a></td><td>发布时间：2024-06-13</td></tr></table>`,
			want: "2024-06-13",
		},
		{
			name: "a layout row that wraps the page is no list entry",
			body: `<table><tr><td><h1>标题</h1><div>发布时间：2024-06-13</div><p>` + long +
				`</p><a href="/a/1.html">某某市召开全市安全生产工作会议</a></td></tr></table>`,
			want: "2024-06-13",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, extractMeta(t, c.head, c.body).Published)
		})
	}
}

func TestTablePairs(t *testing.T) {
	// pairsOf returns each label cell's text with its value's ("" when
	// the table gives it none).
	pairsOf := func(t *testing.T, markup string) map[string]string {
		doc, err := html.Parse(strings.NewReader("<table>" + markup + "</table>"))
		require.NoError(t, err)
		segs := infoSegments(doc)
		out := map[string]string{}
		for label, value := range tablePairs(segs) {
			out[segs[label].text] = ""
			if value != noValue {
				out[segs[label].text] = segs[value].text
			}
		}
		return out
	}
	cases := []struct {
		name, markup string
		want         map[string]string
	}{
		{
			name:   "two pairs a row, th and td, no colons",
			markup: `<tr><th>索 引 号</th><td>0024/2024-1</td><th>发布机构</th><td>某某局</td></tr>`,
			want:   map[string]string{"索 引 号": "0024/2024-1", "发布机构": "某某局"},
		},
		{
			name:   "td labels with colons",
			markup: `<tr><td>文号：</td><td>某发〔2024〕1号</td><td>来源：</td><td></td></tr>`,
			want:   map[string]string{"文号：": "某发〔2024〕1号", "来源：": ""},
		},
		{
			name:   "a label after a label gets nothing",
			markup: `<tr><th>来源</th><th>发布机构</th><td>某某局</td></tr>`,
			want:   map[string]string{"来源": "", "发布机构": "某某局"},
		},
		{
			name:   "an unknown label keeps the pattern",
			markup: `<tr><th>信息类型：</th><td>通知</td><th>发布机构：</th><td>某某局</td></tr>`,
			want:   map[string]string{"信息类型：": "通知", "发布机构：": "某某局"},
		},
		{
			name: "a row of labels over a row of values",
			markup: `<tr><th>索引号：</th><th>发布机构：</th></tr><tr><td>0024/2024-1</td><td>某某局</td></tr>` +
				`<tr><th colspan="2">名称：</th></tr><tr><td colspan="2">关于某事的通知</td></tr>`,
			want: map[string]string{"索引号：": "0024/2024-1", "发布机构：": "某某局", "名称：": "关于某事的通知"},
		},
		{
			name:   "a header over rows of data",
			markup: `<tr><th>来源</th><th>时间</th></tr><tr><td>省级财政</td><td>2024-02-01</td></tr><tr><td>市级财政</td><td>2024-01-15</td></tr>`,
			want:   map[string]string{"来源": "", "时间": ""},
		},
		{
			name: "a page laid out as one table is no data table",
			markup: `<tr><td>某某镇召开安全生产会议</td></tr><tr><td>发布时间：</td><td>2024-06-13</td><td>来源：</td><td>某某镇</td></tr>` +
				`<tr><td>会议强调，要压实安全生产责任。</td></tr><tr><td>附件：无</td></tr>`,
			want: map[string]string{"发布时间：": "2024-06-13", "来源：": "某某镇"},
		},
		{
			name: "a row of labels over its values, then the body",
			markup: `<tr><th>发布机构：</th><th>来源：</th></tr><tr><td>某某县水利局</td><td>县防汛办</td></tr>` +
				`<tr><td colspan="2">近日，县水利局组织开展汛前检查。</td></tr>`,
			want: map[string]string{"发布机构：": "某某县水利局", "来源：": "县防汛办"},
		},
		{
			name:   "a data header that opens with no label",
			markup: `<tr><th>序号</th><th>项目名称</th><th>来源</th><th>金额</th></tr><tr><td>1</td><td>改造</td><td>省级财政</td><td>650</td></tr>`,
			want:   map[string]string{"来源": ""},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, pairsOf(t, c.markup))
		})
	}
}

func TestBylineLine(t *testing.T) {
	cases := []struct {
		line, want string
	}{
		{"文/陈思远 实习生 黄雨桐", "陈思远 黄雨桐"},
		{"记者 张三 见习记者 李四 通讯员 王五", "张三 李四 王五"},
		{"（记者 张三 见习记者 李四）", "张三 李四"},
		{"文｜刘洋", "刘洋"},
		{"文明实践活动", ""},
		{"文化惠民", ""},
		{"记者 张三 摄", ""},
		{"（记者 张三）近日，我市召开会议。", ""},
		{"通讯员 某某县教育局", ""},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, bylineLine(c.line), c.line)
	}
}

func TestArticleHref(t *testing.T) {
	for href, want := range map[string]bool{
		"/art/2024/6/11/art_1240_1.html":         true,
		"../202406/t20240611_1.html":             true,
		"https://www.example.gov.cn/a/123.shtml": true,
		"content.jsp?id=9512":                    true,
		"/xwzx/gzdt/":                            false,
		"/xwzx/index.html":                       false,
		"https://www.example.gov.cn":             false,
		"javascript:window.print()":              false,
		"#top":                                   false,
		"":                                       false,
	} {
		assert.Equal(t, want, articleHref(href), href)
	}
}

func TestXxgkLayouts(t *testing.T) {
	cases := []struct {
		name, body string
		want       map[string]string
	}{
		{
			name: "bold labels in td, gov.cn style",
			body: `<table class="bd1"><tr><td><b>索 引 号：</b></td><td>000014349/2024-00045</td><td><b>主题分类：</b></td><td>综合政务\其他</td></tr>` +
				`<tr><td><b>发文机关：</b></td><td>国务院办公厅</td><td><b>成文日期：</b></td><td>2024年01月12日</td></tr>` +
				`<tr><td><b>标　　题：</b></td><td colspan="3">国务院办公厅关于某事的意见</td></tr>` +
				`<tr><td><b>发文字号：</b></td><td>国办发〔2024〕3号</td><td><b>发布日期：</b></td><td>2024年01月17日</td></tr></table>`,
			want: map[string]string{"index_number": "000014349/2024-00045", "publisher": "国务院办公厅", "written": "2024-01-12",
				"doc_number": "国办发〔2024〕3号", "published": "2024-01-17", "topic": "综合政务\\其他"},
		},
		{
			name: "label and value in two spans of an li",
			body: `<ul class="xxgk"><li><span>发布机构：</span><span>某某市教育局</span></li><li><span>文号：</span><span>某教发〔2024〕6号</span></li>` +
				`<li><span>来源：</span><span>市教育局办公室</span></li></ul>`,
			want: map[string]string{"publisher": "某某市教育局", "doc_number": "某教发〔2024〕6号", "source": "市教育局办公室"},
		},
		{
			name: "a one-cell label row over its value",
			body: `<table><tr><td class="lab">发布机构：</td></tr><tr><td>某某县水利局</td></tr><tr><td class="lab">索引号：</td></tr><tr><td>11330000/2024-00012</td></tr></table>`,
			want: map[string]string{"publisher": "某某县水利局", "index_number": "11330000/2024-00012"},
		},
		{
			name: "a row of labels with an empty value below",
			body: `<table><tr><th>来源</th><th>发布机构</th></tr><tr><td></td><td>某某县水利局</td></tr></table>`,
			want: map[string]string{"source": "", "publisher": "某某县水利局"},
		},
		{
			name: "Shanghai's 索取号 in label and value spans",
			body: `<div class="xxgk"><div class="row"><span class="k">索取号：</span><span class="v">SJ3101000013/2024-00107</span><span class="k">发布机构：</span><span class="v">上海市某某区教育局</span></div></div>`,
			want: map[string]string{"index_number": "SJ3101000013/2024-00107", "publisher": "上海市某某区教育局"},
		},
		{
			name: "索取号 in a th/td table",
			body: `<table><tr><th>索取号</th><td>SJ3104000024/2023-00031</td><th>发布日期</th><td>2023-09-04</td></tr></table>`,
			want: map[string]string{"index_number": "SJ3104000024/2023-00031", "published": "2023-09-04"},
		},
		{
			name: "a 征求意见 notice names its 征集单位",
			body: `<table><tr><th>征集单位</th><td>某某市司法局</td><th>发布日期</th><td>2024-05-20</td></tr></table>`,
			want: map[string]string{"publisher": "某某市司法局", "published": "2024-05-20"},
		},
		{
			name: "征求意见单位 on an info line",
			body: `<div class="info">征求意见单位：某某县住房和城乡建设局　发布时间：2024-03-11</div>`,
			want: map[string]string{"publisher": "某某县住房和城乡建设局", "published": "2024-03-11"},
		},
		{
			name: "a data table with a header of labels only",
			body: `<table><tr><th>名称</th><th>来源</th><th>日期</th></tr><tr><td>项目一</td><td>省级财政</td><td>2024-02-01</td></tr>` +
				`<tr><td>项目二</td><td>市级财政</td><td>2024-01-15</td></tr></table>`,
			want: map[string]string{"source": "", "published": ""},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := extractMeta(t, "", c.body)
			got := map[string]string{}
			fields := map[string]string{"index_number": a.IndexNumber, "publisher": a.Publisher, "written": a.Written,
				"doc_number": a.DocNumber, "published": a.Published, "topic": a.Topic, "source": a.Source}
			for k := range c.want {
				got[k] = fields[k]
			}
			assert.Equal(t, c.want, got)
		})
	}
}

func TestBracketLabels(t *testing.T) {
	cases := []struct {
		name, body string
		want       map[string]string
	}{
		{
			name: "square brackets in an ol, Beijing style",
			body: `<ol class="doc-info"><li><span>[发文机构]</span> 北京市人民政府办公厅</li><li><span>[发文字号]</span> 京政办发〔2024〕7号</li>` +
				`<li><span>[成文日期]</span> 2024年03月20日</li><li><span>[发布日期]</span> 2024年03月26日</li></ol>`,
			want: map[string]string{"publisher": "北京市人民政府办公厅", "doc_number": "京政办发〔2024〕7号", "written": "2024-03-20", "published": "2024-03-26"},
		},
		{
			name: "lenticular brackets on one line",
			body: `<div class="info">【发布时间】2024-06-13 10:17　【信息来源】某某市统计局</div>`,
			want: map[string]string{"published": "2024-06-13T10:17+08:00", "source": "某某市统计局"},
		},
		{
			name: "bracketed label cells",
			body: `<table><tr><td>【索引号】</td><td>11330000/2024-00012</td><td>【发布机构】</td><td>某某县水利局</td></tr></table>`,
			want: map[string]string{"index_number": "11330000/2024-00012", "publisher": "某某县水利局"},
		},
		{
			name: "a bracketed word that is no label",
			body: `<div>【打印本页】 [关闭窗口]</div>`,
			want: map[string]string{"source": "", "published": ""},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := extractMeta(t, "", c.body)
			fields := map[string]string{"index_number": a.IndexNumber, "publisher": a.Publisher, "written": a.Written,
				"doc_number": a.DocNumber, "published": a.Published, "source": a.Source}
			got := map[string]string{}
			for k := range c.want {
				got[k] = fields[k]
			}
			assert.Equal(t, c.want, got)
		})
	}
	assert.Equal(t, []labelAt{{f: fieldPublisher, start: 0, end: len("[发文机构]"), n: 4}}, findLabels("[发文机构] 某局"))
	assert.Empty(t, findLabels("发文机构] 某局"), "a closing bracket alone frames nothing")
}

// labelPattern is what labelledSpans finds, as a regexp.
var labelPattern = regexp.MustCompile(`\p{Han}{1,8}\s*[:：]\s*`)

func FuzzLabelledSpansAgree(f *testing.F) {
	for _, s := range []string{"发布时间：2024-06-13 来源：县政府办", "中华人民共和国国务院办公厅关于：x", "a:b ：：来源 :  x", "文号\t:\n值", "：来源："} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want []int
		for _, loc := range labelPattern.FindAllStringIndex(s, -1) {
			want = append(want, loc[0], loc[1]+1)
		}
		assert.Equal(t, want, labelledSpans(s), "%q", s)
	})
}

// TestPublishedKeepsTheTime: a day shown bare in one place and with its
// time in another is one date, kept with its time; a meta stamp's time
// is the CMS's and is not taken.
func TestPublishedKeepsTheTime(t *testing.T) {
	cases := []struct{ name, head, body, want string }{
		{"a 信息公开 box without the time, the info line with it",
			"",
			`<table class="bd1"><tr><td><b>发布日期：</b></td><td>2024年05月08日</td></tr></table><h1>关于做好农机安全生产工作的通知</h1><div class="pages-date">2024-05-08 16:35　来源：农业农村部网站</div>`,
			"2024-05-08T16:35+08:00"},
		{"a labelled date, then the same day with a time near the headline",
			"",
			`<div class="xxgk">发布时间：2024-06-03</div><h1>我市召开防汛工作会议</h1><p class="date">2024年6月3日 09:20</p>`,
			"2024-06-03T09:20+08:00"},
		{"only a meta stamp has the time",
			`<meta name="firstpublishedtime" content="2024-05-08-16:35:12">`,
			`<h1>关于做好农机安全生产工作的通知</h1><div class="info">发布日期：2024年05月08日</div>`,
			"2024-05-08"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := extractMeta(t, c.head, c.body+`<div id="zoom"><p>各省、自治区、直辖市农业农村厅（局），新疆生产建设兵团农业农村局：为切实做好相关工作，现将有关事项通知如下。</p></div>`)
			assert.Equal(t, c.want, a.Published)
		})
	}
}

// TestPlantedNameFields: an advert planted as the 作者 or 发布机构 line
// (a seller's handle, a site, a trade's words) is dropped from the field
// and reported; a writer who signs with a publication's address keeps it.
func TestPlantedNameFields(t *testing.T) {
	page := func(info string) string {
		return `<html><head><title>南音进校园活动举行</title></head><body><h1>南音进校园活动举行</h1><div class="info">` + info + `</div><div id="zoom"><p>6月12日，市文化馆在东湖实验小学举办南音进校园活动，省级代表性传承人现场演示了洞箫吹奏技巧。</p><p>该校自2015年开设南音课以来，已有4名学生获得全省少儿南音比赛奖项。</p></div></body></html>`
	}
	cases := []struct {
		name, info      string
		author, publish string
		reported        bool
	}{
		{"a handle as the author", `发布时间：2024-06-12　作者：龙腾天下娱乐招商部 微信ltx8899`, "", "", true},
		{"a trade as the publisher", `发布时间：2024-06-12　发布机构：金狮国际娱乐首存送彩金`, "", "", true},
		{"a genuine author and publisher", `发布时间：2024-06-12　作者：陈志鸿　发布机构：泉州市文化馆`, "陈志鸿", "泉州市文化馆", false},
		{"a writer with a publication's address", `Published 2024-06-12 by Troy L. Smith, Cleveland.com　作者：Troy L. Smith, Cleveland.com`, "Troy L. Smith, Cleveland.com", "", false},
		// An advert appended to the genuine value: the name stays.
		{"an advert after the publisher in a table cell", `<table><tr><td>发布时间：</td><td>2024-06-12</td><td>发布机构：</td><td>泉州市文化馆 金狮国际娱乐 js8899.com</td></tr></table>`, "", "泉州市文化馆", true},
		{"an advert after the publisher in a line", `发布时间：2024-06-12　发布机构：泉州市文化馆 代孕包成功 微信dy6688`, "", "泉州市文化馆", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(page(tc.info)), Options{})
			require.NoError(t, err)
			assert.Equal(t, tc.author, a.Author)
			assert.Equal(t, tc.publish, a.Publisher)
			// Reported as a planted field, or with its whole info line.
			assert.Equal(t, tc.reported, len(a.Spam) > 0, "%+v", a.Spam)
		})
	}
}

// TestDateBesideHeadline: the date under a headline is the page's when it
// links to the page itself (rel=bookmark, as WordPress and hAtom themes
// mark the permalink), with the time its <time datetime> gives; two dates
// of a period (征集时间：… 至 …) are no date of publication.
func TestDateBesideHeadline(t *testing.T) {
	const body = `<div id="zoom"><p>各镇街要结合实际，认真组织实施，确保各项措施落到实处，切实提高群众的获得感和满意度。</p><p>本通知自发布之日起施行，有效期三年，执行中遇到的问题请及时向县发展改革局反映。</p></div>`
	cases := []struct {
		name, head, info, want string
	}{
		{"a WordPress permalink with its time", ``, `<div class="entry-meta"><span class="posted-on">发布于 <a href="http://www.moumou.gov.cn/?p=18624" rel="bookmark"><time class="entry-date published" datetime="2024-05-20T16:48:31+08:00">2024年5月20日</time><time class="updated" datetime="2024-05-21T08:02:10+08:00">2024年5月21日</time></a></span></div>`, "2024-05-20T16:48:31+08:00"},
		{"an hAtom permalink", ``, `<div class="submitted"><a href="/node/2231" rel="bookmark">2024-06-03</a> 由 县发展改革局</div>`, "2024-06-03"},
		{"a period then the page's meta date", `<meta name="PubDate" content="2024-05-21 11:30">`, `<div class="yjzj"><div><span>征集时间：</span>2024-04-01 至 2024-04-30</div><div><span>反馈时间：</span>2024-05-21 11:30</div></div>`, "2024-05-21T11:30+08:00"},
		{"a period of validity", `<meta name="PubDate" content="2024-01-05">`, `<div class="doc-info">有效期：2024-01-10～2027-01-09</div>`, "2024-01-05"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractMeta(t, `<title>关于做好2024年惠民措施落实工作的通知</title>`+tc.head, `<h1>关于做好2024年惠民措施落实工作的通知</h1>`+tc.info+body)
			assert.Equal(t, tc.want, a.Published)
		})
	}
}
