package core

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestUnshownPlacesReported: words a planted page puts where no reader
// sees them as page text (share-card metadata, a field's placeholder, a
// screen reader's label, an SVG drawn invisibly, a list of suggestions)
// are reported when they sell; genuine ones stay unreported.
func TestUnshownPlacesReported(t *testing.T) {
	for _, tc := range []struct {
		name, head, block, needle string
		reported                  bool
	}{
		{"a share card's title", `<meta name="twitter:title" content="金沙娱乐城在线开户送88元｜js8828.vip">`, ``, "开户送", true},
		{"a share card's genuine title", `<meta name="twitter:title" content="城区老旧小区改造全面启动">`, ``, "老旧小区", false},
		// Whatever vocabulary names the field: Dublin Core, Open Graph,
		// microdata.
		{"a Dublin Core title selling", `<meta name="DC.Title" content="极速赛车计划群 稳定上岸 加微信jssc-jh">`, ``, "极速赛车", true},
		{"an Open Graph description", `<meta property="og:description" content="金沙娱乐城在线开户送88元 js8828.vip">`, ``, "开户送", true},
		{"a microdata headline", ``, `<div itemscope itemtype="https://schema.org/Article"><meta itemprop="headline" content="澳门赌场官网在线开户 am-dc.vip"></div>`, "澳门赌场", true},
		{"a genuine Dublin Core title", `<meta name="DC.Title" content="城区老旧小区改造全面启动">`, ``, "老旧小区", false},
		// A site the page never shows, in words no lexicon knows.
		{"a source field naming an unshown site", `<meta name="source" content="来源：蜜桃传媒 mt-av.tv">`, ``, "蜜桃传媒", true},
		{"a microdata name naming an unshown site", ``, `<div itemscope><meta itemprop="name" content="网贷强制下款口子 xk-kouzi.cn"></div>`, "口子", true},
		{"a source field naming a government site", `<meta name="source" content="来源：河北省人民政府网 www.hebei.gov.cn">`, ``, "河北省", false},
		{"a description naming a site the page shows", `<meta name="description" content="改造项目可在安平便民网 apbm.net 查询进度">`, `<p class="tip">改造项目进度查询：安平便民网 apbm.net</p>`, "便民网", false},
		{"a genuine Open Graph description", `<meta property="og:description" content="今年全县计划改造老旧小区二十三个，咨询电话0318-7523456">`, ``, "二十三个", false},
		{"a search field's placeholder", ``, `<form><input type="text" name="q" placeholder="盗号找回微信QQ密码，专业团队接单 vx:daohao_pro"></form>`, "盗号", true},
		{"a genuine placeholder", ``, `<form><input type="text" name="q" placeholder="请输入您要查询的小区名称或改造项目"></form>`, "小区名称", false},
		{"an icon link's label", ``, `<a class="ico" href="http://dk-vip.top/" aria-label="黑户贷款秒下款，不查征信，加微信daikuan_vip"></a>`, "秒下款", true},
		{"a genuine icon label", ``, `<a class="ico" href="/wza/" aria-label="无障碍浏览"></a>`, "无障碍", false},
		// A pitch for the site the icon links to, in words no lexicon
		// knows: the label is a sentence that writes that site out.
		{"an icon link pitching its site", ``, `<a class="ico" href="https://kongtou.io/" aria-label="空投撸毛日入千元，新币白名单免费领 kongtou.io"></a>`, "撸毛", true},
		{"an icon link pitching a course", ``, `<a class="ico" href="http://www.xuebawang.net/vip" aria-label="三天速成学霸，名师押题直通车 xuebawang.net"></a>`, "学霸", true},
		{"a genuine icon link to a media site", ``, `<a class="ico" href="http://www.people.com.cn/" aria-label="人民网"></a>`, "人民网", false},
		{"a genuine icon link to the government service site", ``, `<a class="ico" href="https://gjzwfw.www.gov.cn/" aria-label="国家政务服务平台，一网通办 gjzwfw.www.gov.cn"></a>`, "一网通办", false},
		{"a genuine icon link to the county's microblog", ``, `<a class="ico" href="https://weibo.com/anpingfabu" aria-label="安平发布官方微博，欢迎关注 weibo.com/anpingfabu"></a>`, "微博", false},
		{"an SVG text at opacity 0", ``, `<svg width="600" height="24"><text x="0" y="18" opacity="0">老虎机在线玩，真人荷官发牌</text></svg>`, "老虎机", true},
		{"suggestions never shown", ``, `<input list="hot"><datalist id="hot"><option value="太阳城线上赌场">太阳城线上赌场</option><option value="网上赌场开户">网上赌场开户</option></datalist>`, "赌场", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(portalPage(tc.head, tc.block)), Options{URL: "http://www.anping.gov.cn/xwzx/3.html"})
			require.NoError(t, err)
			reported := false
			for _, s := range a.Spam {
				reported = reported || strings.Contains(s.Text, tc.needle)
			}
			assert.Equal(t, tc.reported, reported, "%+v", a.Spam)
			assert.NotContains(t, a.Text, "赌场")
		})
	}
}

// TestPlantedEditorWithHandle: a 责任编辑 line whose value is a seller's
// messaging id behind its app's name is dropped and reported.
func TestPlantedEditorWithHandle(t *testing.T) {
	for _, line := range []string{"责任编辑：恒达国际娱乐客服部 微信hd-8555", "责任编辑：鑫源商贸 薇信xy-8899"} {
		a, err := Extract([]byte(portalPage(``, `<div class="editor">`+line+`</div>`)), Options{URL: "http://www.anping.gov.cn/xwzx/3.html"})
		require.NoError(t, err)
		assert.Empty(t, a.Editor, line)
		reported := false
		for _, s := range a.Spam {
			reported = reported || s.ReasonID == reasonSpamInfoLine
		}
		assert.True(t, reported, "%s: %+v", line, a.Spam)
	}
	a, err := Extract([]byte(portalPage(``, `<div class="editor">责任编辑：王晓东</div>`)), Options{URL: "http://www.anping.gov.cn/xwzx/3.html"})
	require.NoError(t, err)
	assert.Equal(t, "王晓东", a.Editor)
}
