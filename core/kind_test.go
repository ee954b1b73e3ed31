package core

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// columnPage is a column index: a side menu, a breadcrumb and a footer
// around a list of dated links, and no heading of its own that the
// headline can be found in.
func columnPage(title, crumb, list string) string {
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + title + `</title></head><body>
<div class="top"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/xwzx/">新闻中心</a><a href="/hdjl/">互动交流</a></div>
<div class="crumb">您现在的位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; ` + crumb + `</div>
<div class="main"><div class="side"><ul><li><a href="/xwzx/bmdt/">部门动态</a></li><li><a href="/xwzx/xzdt/">乡镇动态</a></li><li><a href="/xwzx/tzgg/">通知公告</a></li></ul></div>
<div class="con">` + list + `<div class="page">共 86 条 <a href="javascript:;">下一页</a> <a href="javascript:;">尾页</a></div></div></div>
<div class="foot"><p>主办：某某县人民政府办公室 地址：某某县人民路1号 电话：0771-5551234</p><p>网站标识码：4501000001 桂ICP备05001234号</p></div>
</body></html>`
}

func entries(shape string, n int) string {
	var b strings.Builder
	for i := range n {
		date := fmt.Sprintf("2024-%02d-%02d", 6-i/4, 28-i)
		text := fmt.Sprintf("某某县第%d批重点项目集中开工暨项目建设推进会召开", i+1)
		switch shape {
		case "table":
			fmt.Fprintf(&b, `<tr><td><a href="/xwzx/bmdt/%d.html">%s</a></td><td>%s</td></tr>`, i, text, date)
		default:
			fmt.Fprintf(&b, `<li><a href="/xwzx/bmdt/%d.html" title="%s">%s</a><span>%s</span></li>`, i, text, text, date)
		}
	}
	if shape == "table" {
		return `<table class="list">` + b.String() + `</table>`
	}
	return `<ul class="list">` + b.String() + `</ul>`
}

// TestColumnPageWithoutHeadline: a column index whose name is only in the
// breadcrumb, the side menu or the title is shown as its entries, not as
// the footer that text density prefers.
func TestColumnPageWithoutHeadline(t *testing.T) {
	for _, tc := range []struct{ name, page string }{
		{"the name in the title and the menu", columnPage("部门动态_某某县人民政府", "部门动态", entries("li", 12))},
		{"the site's name for a title", columnPage("某某县人民政府", "<span>乡镇动态</span>", entries("li", 8))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(tc.page), Options{URL: "http://www.moumou.gov.cn/xwzx/bmdt/"})
			require.NoError(t, err)
			assert.Equal(t, KindList, a.Kind)
			assert.Contains(t, a.Text, "第1批重点项目集中开工")
			assert.NotContains(t, a.Text, "网站标识码")
			assert.NotContains(t, a.Text, "人民路1号")
		})
	}
}

// TestShortNoticeStaysAnArticle: a notice of two sentences with a longer
// list of related links under it is an article, its headline found or
// not.
func TestShortNoticeStaysAnArticle(t *testing.T) {
	notice := `<div class="art"><p>因供水管网改造，6月30日8时至18时城东片区暂停供水，请居民提前做好储水准备。</p><p>特此通知。</p></div>`
	page := columnPage("关于城东片区暂停供水的通知_某某县人民政府", "通知公告", notice+`<h3>相关链接</h3>`+entries("li", 10))
	a, err := Extract([]byte(page), Options{URL: "http://www.moumou.gov.cn/xwzx/tzgg/1.html"})
	require.NoError(t, err)
	assert.NotEqual(t, KindList, a.Kind)
	assert.Contains(t, a.Text, "城东片区暂停供水")
}

// TestArticleInParts: an article a template splits into boxes of one kind
// (the sections of a 领导之窗 page) or into cells of one table (the letter
// and the reply of a 市长信箱 page) is read whole, without the page's
// footer.
func TestArticleInParts(t *testing.T) {
	frame := func(title, main string) []byte {
		return []byte(`<html><head><meta charset="utf-8"><title>` + title + `_某某市人民政府</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/hdjl/">互动交流</a></div>
<div class="main">` + main + `</div><div class="foot">主办：某某市人民政府办公室 网站标识码：1234000001</div></body></html>`)
	}
	leader := frame("张明远", `<div class="side"><ul><li><a href="/ld/1.html">李国华</a></li><li><a href="/ld/2.html">张明远</a></li></ul></div>
<div class="right"><h2>张明远</h2><p>某某市人民政府副市长</p>
<div class="sec"><div class="sec-t">个人简历</div><div class="sec-c"><p>张明远，男，汉族，1975年6月生，山东青州人，1997年7月参加工作，中共党员，研究生学历。</p><p>曾任某某县县长、县委书记，2021年12月任某某市人民政府副市长。</p></div></div>
<div class="sec"><div class="sec-t">工作分工</div><div class="sec-c"><p>负责工业和信息化、科技、商务、招商引资、市场监管等方面工作，分管市工业和信息化局、市科技局、市商务局。</p><p>联系市税务局、市供电公司，协助市长做好经济运行调度工作。</p></div></div></div>`)
	letter := frame("关于小区加装电梯补贴的咨询", `<h3>关于小区加装电梯补贴的咨询</h3><table class="letter">
<tr><th>来信人</th><td>王**</td><th>来信时间</th><td>2024-03-05</td></tr>
<tr><th>来信内容</th><td colspan="3"><p>尊敬的市长：您好！我家小区建于1996年，共6栋楼，都是7层没有电梯，住户中老年人占一半以上，想咨询加装电梯的补贴标准和申请条件。</p></td></tr>
<tr><th>回复内容</th><td colspan="3"><p>王先生（女士）：您好！根据《某某市既有住宅加装电梯实施办法》，对符合条件的加装电梯项目，市、区两级财政按每台15万元的标准给予补助，电梯竣工验收合格后一次性拨付。</p><p>加装电梯应当经本单元三分之二以上业主同意，业主可向所在街道办事处提交申请。感谢您对我市城市更新工作的关心和支持！</p></td></tr></table>`)
	for _, tc := range []struct {
		name string
		page []byte
		want []string
	}{
		{"sections of a leader page", leader, []string{"1975年6月生", "负责工业和信息化"}},
		{"a letter and its reply", letter, []string{"住户中老年人占一半以上", "每台15万元的标准给予补助"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(tc.page, Options{})
			require.NoError(t, err)
			for _, w := range tc.want {
				assert.Contains(t, a.Text, w)
			}
			assert.NotContains(t, a.Text, "网站标识码")
			assert.NotContains(t, a.Content, "<td", "no cell outside a table")
		})
	}
}

// TestResultsLedByTitles: a site search's results (or a column digest)
// are entries longer than a list's, each led by its title on a line of
// its own; the page is a list of those titles, named by its <title>. A
// digest whose paragraphs open with a link inside a sentence stays an
// article.
func TestResultsLedByTitles(t *testing.T) {
	result := func(tag, title, snippet, path, date string) string {
		return `<div class="res"><h3><span class="tag">` + tag + `</span><a href="/art/` + path + `.html">` + title + `</a></h3><p class="snip">` + snippet + `……</p><p class="meta"><span>www.example.gov.cn/art/` + path + `.html</span><span>` + date + `</span></p></div>`
	}
	titles := []string{"全区生活垃圾分类工作推进会召开", "生活垃圾分类管理实施细则", "街道垃圾分类积分兑换激发居民参与热情", "大件垃圾预约清运服务指南", "农村生活垃圾分类实现行政村全覆盖"}
	body := ""
	for i, ti := range titles {
		body += result([]string{"新闻", "公开", "新闻", "办事", "新闻"}[i], ti, "6月11日，全区生活垃圾分类工作推进会召开，会议通报了今年以来垃圾分类工作进展，部署下一阶段重点任务，要求各镇街压实责任", fmt.Sprint("2024/6/", 10+i), fmt.Sprintf("2024-06-%02d", 10+i))
	}
	page := `<html><head><title>站内搜索 - 某某区人民政府</title></head><body><div class="top"><a href="/">首页</a></div><div class="w"><form><input name="q" value="垃圾分类"></form><div class="results">` + body + `</div><div class="pager">共5条 1</div></div></body></html>`
	a, err := Extract([]byte(page), Options{})
	require.NoError(t, err)
	assert.Equal(t, KindList, a.Kind)
	assert.Equal(t, "站内搜索", a.Title)
	require.Len(t, a.Items, len(titles))
	for i, ti := range titles {
		assert.Equal(t, ti, a.Items[i].Text)
		assert.Equal(t, fmt.Sprintf("2024-06-%02d", 10+i), a.Items[i].Date)
	}
	assert.NotContains(t, a.Text, "……")

	digest := `<html><head><title>Tech news you need to know</title></head><body><h1>Tech news you need to know</h1><ul class="d">`
	for _, s := range []string{"The state attorney general is investigating the company amid layoffs", "The chief executive is stepping down in May", "The investor has told executives he wants the company to turn a profit by next year", "The retailer is now letting you listen to music free on phones and TV"} {
		digest += `<li class="it"><a href="/x">` + s + `</a>. The company confirmed it had been contacted, and people familiar with the matter said more would follow this week.</li>`
	}
	digest += `</ul></body></html>`
	b, err := Extract([]byte(digest), Options{})
	require.NoError(t, err)
	assert.NotEqual(t, KindList, b.Kind)
}

// TestListInColumns: a 专题 page sets its entries in columns of one
// shape side by side, each a heading and a short list; the entries of
// all of them are the page's list, in page order, without their dates.
func TestListInColumns(t *testing.T) {
	col := func(name string, items ...string) string {
		s := `<div class="col"><h2>` + name + `<a class="more" href="./x/">更多&gt;&gt;</a></h2><ul>`
		for i, it := range items {
			s += fmt.Sprintf(`<li><a href="./x/%d.htm">%s</a><span>06-%02d</span></li>`, i, it, 10+i)
		}
		return s + `</ul></div>`
	}
	a1 := []string{"全市安全生产月活动方案印发", "市安委会召开活动动员部署会", "开展安全生产大检查大排查行动"}
	a2 := []string{"龙田镇开展燃气安全进社区宣传", "音西街道组织高层建筑消防演练", "江阴镇开展港区危化品专项检查", "海口镇举办渔船安全生产培训班"}
	a3 := []string{"有限空间作业中毒窒息事故警示", "电动自行车火灾事故警示片", "生产经营单位主要负责人七项职责"}
	page := `<html><head><title>安全生产月专题_专题专栏_某某市人民政府</title></head><body><div class="top"><a href="/">首页</a><a href="/zt/">专题专栏</a></div><div class="banner"><h1>安全生产月专题</h1></div><div class="cols">` +
		col("工作部署", a1...) + col("镇街动态", a2...) + col("警示教育", a3...) +
		`</div><div class="foot">主办：某某市人民政府办公室 网站标识码：3501810001</div></body></html>`
	a, err := Extract([]byte(page), Options{})
	require.NoError(t, err)
	assert.Equal(t, KindList, a.Kind)
	want := append(append(append([]string{}, a1...), a2...), a3...)
	require.Len(t, a.Items, len(want))
	for i, w := range want {
		assert.Equal(t, w, a.Items[i].Text)
	}
	assert.NotContains(t, a.Text, "更多")
}

// TestListUnderBanner: a column whose headline sits in a banner with one
// line saying what the list holds (and a search box) has no article
// beside its headline: its content is the list, each entry led by its
// title, the linked page's info line (答复单位, 发布日期, 浏览) left to it.
func TestListUnderBanner(t *testing.T) {
	titles := []string{"企业职工退休后养老金如何调整？调整标准是什么？", "新生儿办理医保参保登记需要哪些材料？", "个人所得税专项附加扣除如何在线填报？", "农村宅基地上建房需要办理哪些审批手续？", "残疾人两项补贴的申领条件和标准是什么？", "异地就业人员如何转移接续社会保险关系？"}
	tags := []string{"社会保障", "医疗", "税务", "自然资源", "民政", "社会保障"}
	for _, banner := range []string{
		`<div class="banner"><h2>政策问答</h2><p>汇集市直各部门高频政策问答，共收录 1,204 条</p><form><input name="q"><button>搜索</button></form></div>`,
		`<div class="qa-top"><h1>百问百答</h1><div>收录各区县答复 356 条 持续更新</div></div>`,
	} {
		page := `<html><head><title>问答_互动交流_某某市人民政府</title></head><body><div class="nav"><a href="/">首页</a><a href="/hd/">互动交流</a></div>` + banner + `<ul class="qa">`
		for i, ti := range titles {
			page += fmt.Sprintf(`<li><em>问</em><span>%s</span><a href="/hd/qa/%d.html">%s</a><p class="meta">答复单位：市政务服务中心　发布日期：2024-05-%02d　浏览：%d</p></li>`, tags[i], i, ti, 10+i, 300+i*7)
		}
		page += `</ul><div class="foot">主办：某某市人民政府办公室 网站标识码：3501810001</div></body></html>`
		a, err := Extract([]byte(page), Options{})
		require.NoError(t, err)
		assert.Equal(t, KindList, a.Kind)
		require.Len(t, a.Items, len(titles))
		for i, w := range titles {
			assert.Equal(t, w, a.Items[i].Text)
		}
		assert.NotContains(t, a.Text, "浏览")
	}
}

// TestCatalogueTable: a 政务公开 catalogue or a table of proposals, one
// linked document a row under a row of column names, is a list of its
// rows; the page's name is the category the list's column names, not the
// heading over the category tree beside it. A table of figures in an
// article keeps it an article.
func TestCatalogueTable(t *testing.T) {
	rows := func(n int, row func(i int) string) string {
		var b strings.Builder
		for i := range n {
			b.WriteString(row(i))
		}
		return b.String()
	}
	catalogue := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>财政预决算-法定主动公开内容-某某县人民政府</title></head><body>
<div class="hd"><a href="/">网站首页</a><a href="/xxgk/">政府信息公开</a></div>
<div class="w"><div class="xxgk-left"><h3>法定主动公开内容</h3><ul><li><a href="/xxgk/jgzn/">机构职能</a></li><li><a href="/xxgk/zcwj/">政策文件</a></li><li><a href="/xxgk/czyjs/">财政预决算</a></li></ul></div>
<div class="xxgk-right"><div class="cat-name"><b>财政预决算</b>　信息数：<span>64</span></div>
<table class="mulu"><tr><th>序号</th><th>索引号</th><th>名称</th><th>生成日期</th></tr>` +
		rows(8, func(i int) string {
			return fmt.Sprintf(`<tr><td>%d</td><td>011038407/2024-0%d182</td><td><a href="/xxgk/czyjs/t2024_%d.shtml">某某县2024年第%d项部门预算公开说明</a></td><td>2024-06-%02d</td></tr>`, i+1, i, i, i+1, 28-i)
		}) + `</table><p>共64条 每页8条 首页 上一页 <a href="index_1.shtml">下一页</a></p></div></div>
<div class="ft">主办：某某县人民政府办公室 网站标识码：4203230001</div></body></html>`
	proposals := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>建议提案办理_某某区人民政府</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a></div>
<div class="main"><h2 class="col">建议提案办理</h2><table class="tab"><thead><tr><th>序号</th><th>编号</th><th>标题</th><th>领衔人</th><th>承办单位</th><th>状态</th></tr></thead><tbody>` +
		rows(6, func(i int) string {
			return fmt.Sprintf(`<tr><td>%d</td><td>第01%02d号</td><td><a href="/zwgk/jyta/%d.html">关于完善第%d片区社区养老服务设施的建议</a></td><td>张立新</td><td>区民政局</td><td>已办结</td></tr>`, i+1, 9-i, i, i+1)
		}) + `</tbody></table></div><div class="foot">主办：某某区人民政府办公室</div></body></html>`
	for _, tc := range []struct {
		name, page, title string
		items             int
	}{
		{"a catalogue beside a category tree", catalogue, "财政预决算", 8},
		{"a table of proposals", proposals, "建议提案办理", 6},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(tc.page), Options{})
			require.NoError(t, err)
			assert.Equal(t, KindList, a.Kind)
			assert.Equal(t, tc.title, a.Title)
			assert.Len(t, a.Items, tc.items)
			assert.NotContains(t, a.Text, "序号")
		})
	}
	t.Run("a table of figures in an article", func(t *testing.T) {
		page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某某县2024年一般公共预算收支情况_某某县人民政府</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="article"><h1>某某县2024年一般公共预算收支情况</h1><div id="zoom">
<p>2024年，全县一般公共预算收入预计完成12.6亿元，同比增长5.2%，其中税收收入8.9亿元。</p>
<p>一般公共预算支出安排31.4亿元，重点保障教育、社会保障和就业、卫生健康等民生支出。</p>
<table><tr><th>项目</th><th>预算数</th><th>增幅</th></tr>` + rows(6, func(i int) string {
			return fmt.Sprintf(`<tr><td>第%d类支出</td><td>%d.5亿元</td><td>%d.1%%</td></tr>`, i+1, i+2, i+3)
		}) + `</table></div></div></body></html>`
		a, err := Extract([]byte(page), Options{})
		require.NoError(t, err)
		assert.NotEqual(t, KindList, a.Kind)
		assert.Contains(t, a.Text, "第3类支出")
		assert.Contains(t, a.Text, "项目 预算数 增幅")
	})
}

// TestContentClassOnTableColumn: a class the CMS rules know as an
// article's box (zw for 正文, news_content) set on every cell of a table
// column (zw for 职务) names the column: the page is the whole table.
func TestContentClassOnTableColumn(t *testing.T) {
	table := func(class string) string {
		var b strings.Builder
		b.WriteString(`<table class="fg"><tr><th>姓名</th><th>职务</th><th>工作分工</th></tr>`)
		for i, post := range []string{"市长", "常务副市长", "副市长", "副市长、市公安局局长", "副市长"} {
			fmt.Fprintf(&b, `<tr><td>领导%d</td><td class="%s">%s</td><td>负责第%d方面工作。分管市发展改革委、市财政局、市统计局。联系市税务局、人民银行分行。</td></tr>`, i+1, class, post, i+1)
		}
		return b.String() + `</table>`
	}
	for _, class := range []string{"zw", "news_content"} {
		t.Run(class, func(t *testing.T) {
			page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>市政府领导分工-某某市人民政府</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a></div><div class="w"><div class="ld-title">市政府领导分工</div><div class="tabs"><a href="/ldjj/">领导简介</a><a href="/ldfg/">领导分工</a></div>
<div id="fgTable">` + table(class) + `</div></div><div class="foot">主办：某某市人民政府办公厅</div></body></html>`
			a, err := Extract([]byte(page), Options{})
			require.NoError(t, err)
			assert.Contains(t, a.Text, "领导1 市长 负责第1方面工作")
			assert.Contains(t, a.Text, "领导5 副市长 负责第5方面工作")
		})
	}
}

// TestEntryIsItsTitle: an entry's one link to a document is the entry;
// its 主讲人 and 时间 lines, its 文号 and its status badge describe the
// document. A list set in sections (a 公报 issue's 市政府文件, 部门文件)
// is one list, though a section may hold two entries.
func TestEntryIsItsTitle(t *testing.T) {
	lectures := columnPage("学术预告_某某大学", "学术预告", `<ul class="list">`+func() string {
		var b strings.Builder
		for i := range 6 {
			fmt.Fprintf(&b, `<li><div class="date"><span>%d</span>2024-10</div><h4><a href="/info/1012/%d.htm">学术报告第%d讲：青藏高原隆升与季风演化的耦合机制</a></h4><p>主讲人：宋海川 研究员（某某研究所）</p><p>时间：10月%d日 14:30 地点：学术报告厅</p></li>`, 22-i, 300+i, i+1, 22-i)
		}
		return b.String()
	}()+`</ul>`)
	gazette := columnPage("2024年第9期_某某市人民政府公报", "政府公报", `<div class="ml"><h3>市政府文件</h3><ul>`+
		`<li><span class="pg">2</span><a href="/art/2024/5/6/art_1.html">某某市人民政府关于印发推动设备更新实施方案的通知</a><span class="wh">（某政发〔2024〕18号）</span></li>`+
		`<li><span class="pg">9</span><a href="/art/2024/5/6/art_2.html">某某市人民政府关于公布第七批非遗代表性项目名录的通知</a><span class="wh">（某政发〔2024〕19号）</span></li></ul><h3>市政府办公厅文件</h3><ul>`+
		`<li><span class="pg">15</span><a href="/art/2024/5/7/art_3.html">某某市人民政府办公厅关于加快推进低空经济发展的若干意见</a><span class="wh">（某政办发〔2024〕21号）</span></li>`+
		`<li><span class="pg">21</span><a href="/art/2024/5/7/art_4.html">某某市人民政府办公厅关于深化一件事集成改革的通知</a><span class="wh">（某政办发〔2024〕22号）</span></li></ul><h3>部门文件</h3><ul>`+
		`<li><span class="pg">32</span><a href="/art/2024/5/8/art_5.html">某某市住房和城乡建设局关于优化住房公积金贷款政策的通知</a><span class="wh">（某建发〔2024〕7号）</span></li>`+
		`<li><span class="pg">35</span><a href="/art/2024/5/9/art_6.html">某某市市场监督管理局关于印发网络交易平台合规指引的通知</a><span class="wh">（某市监〔2024〕3号）</span></li></ul></div>`)
	for _, tc := range []struct {
		name, page, first, last, not string
		items                        int
	}{
		{"lectures with their speakers", lectures, "学术报告第1讲：青藏高原隆升与季风演化的耦合机制", "学术报告第6讲：青藏高原隆升与季风演化的耦合机制", "主讲人", 6},
		{"a gazette's sections", gazette, "某某市人民政府关于印发推动设备更新实施方案的通知", "某某市市场监督管理局关于印发网络交易平台合规指引的通知", "某政发", 6},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(tc.page), Options{URL: "http://www.moumou.gov.cn/xwzx/1/"})
			require.NoError(t, err)
			assert.Equal(t, KindList, a.Kind)
			require.Len(t, a.Items, tc.items)
			assert.Equal(t, tc.first, a.Items[0].Text)
			assert.Equal(t, tc.last, a.Items[tc.items-1].Text)
			assert.NotContains(t, a.Text, tc.not)
		})
	}
}
