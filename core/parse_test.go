package core

import (
	"html"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSrcdocFrameArticle: platforms that serve the article as the
// srcdoc of an iframe paint it inside the page; it is read there.
func TestSrcdocFrameArticle(t *testing.T) {
	frame := func(body string) string {
		return `<iframe id="contentFrame" width="100%" height="1200" srcdoc="` +
			html.EscapeString(`<!DOCTYPE html><html><head><style>p{text-indent:2em}</style></head><body>`+body+`</body></html>`) + `"></iframe>`
	}
	cases := []struct{ name, page, want, not string }{
		{"a notice whose whole text is the frame's",
			`<html><head><title>关于开展2024年度农机购置补贴申报的通知_旺苍县人民政府</title></head><body><div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a></div>` +
				`<h1>关于开展2024年度农机购置补贴申报的通知</h1><div class="info">发布时间：2024-04-02 来源：县农业农村局</div>` +
				frame(`<p>各乡镇人民政府，县级有关部门：</p><p>为做好2024年度农机购置补贴工作，现将申报有关事项通知如下。申报时间为4月10日至5月31日，逾期不再受理。</p><p>申报主体须持本人身份证、购机发票到所在乡镇农业服务中心办理，补贴资金直接兑付到申报人账户。</p>`) +
				`<div class="footer">主办：旺苍县人民政府办公室 网站标识码：5108210001</div></body></html>`,
			"补贴资金直接兑付到申报人账户", "网站标识码"},
		{"a news item in a frame inside a table layout",
			`<html><head><title>我镇召开安全生产工作会议</title></head><body><table><tr><td class="title">我镇召开安全生产工作会议</td></tr><tr><td>` +
				frame(`<div><p>4月8日，镇党委、政府召开安全生产工作会议，传达学习上级会议精神，部署当前安全生产重点工作。</p><p>会议要求，各村、各站所要压紧压实责任，深入开展隐患排查整治，确保全镇安全形势持续稳定。</p></div>`) +
				`</td></tr></table></body></html>`,
			"深入开展隐患排查整治", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(tc.page), Options{})
			require.NoError(t, err)
			assert.Contains(t, a.Text, tc.want)
			if tc.not != "" {
				assert.NotContains(t, a.Text, tc.not)
			}
			assert.NotContains(t, a.Text, "text-indent", "the frame's styles are not text")
		})
	}
}
