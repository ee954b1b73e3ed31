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
