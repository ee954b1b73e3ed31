package core

import "github.com/govreader/govreader/core/internal/gate"

// Class and id fragments of portal chrome that can sit inside or next to
// the article container. A fragment matches a whole word of the class or
// id, or its start (share → share-box), so "bt" does not hit "subtitle".
var chromeClassWords = []string{
	"share", "bshare", "fenxiang", "print", "dayin", "close", "guanbi", "fontsize", "font-size", "zihao",
	"qrcode", "erweima", "ewm", "code-box", "related", "relate", "xgwz", "xgxx", "xgxw", "xgwj",
	"prev", "next", "sxp", "syp", "xyp", "pagenav", "page-nav", "breadcrumb", "crumb", "position", "location",
	"dqwz", "curpos", "footer", "foot", "toolbar", "tools", "gongneng", "operator", "wzgn",
	"comment", "pinglun", "copyright", "banquan",
	"article-tools", "social", "sns", "wx-share", "jiathis", "baidu_share", "bdsharebuttonbox", "m-share",
}

// Chrome phrases, matched against the whole text of a short element with
// its brackets and white space trimmed: chromeExact must be all of it,
// chromePrefix must start it.
var chromeExact = setOf(
	"打印本页", "打印", "打印文章", "关闭窗口", "关闭本页", "关闭", "分享到", "分享", "收藏", "加入收藏", "返回顶部", "顶部",
	"相关链接", "相关新闻", "相关文章", "相关阅读", "相关稿件", "相关文件", "相关附件", "附件", "视频", "我要纠错", "纠错", "默认",
	"大", "中", "小", "字体", "字号", "字体大中小", "字号大中小", "大中小", "打印关闭", "打印本页关闭窗口", "上一篇", "下一篇",
	"扫一扫", "分享至", "返回", "返回列表", "TOP", "top", "打印此文", "打印此页", "打印文本", "关闭此页", "关闭本文",
)

var chromePrefix = []string{
	"字体：", "字体:", "字号：", "字号:", "扫一扫", "用手机扫描", "手机扫码", "扫描二维码", "上一篇", "下一篇", "上一条", "下一条",
	// QR blurbs in the other word orders portals use.
	"手机扫一扫", "用手机扫一扫", "微信扫一扫", "用微信扫一扫", "用微信“扫一扫”", "微信扫码", "用微信扫码",
	"当前位置", "您现在的位置", "您的位置", "所在位置", "责任编辑：", "责任编辑:", "浏览次数", "阅读次数", "访问次数", "网站标识码",
	"主办单位", "承办单位", "主办：", "主办:", "承办：", "承办:", "分享到", "【打印", "打印本页", "关闭窗口",
	// The notice a government site must show before an outside link
	// (您访问的链接即将离开“…”门户网站，是否继续？), kept in a dialog that
	// the site's own style sheet hides.
	"您访问的链接即将离开", "您即将离开", "即将离开本站", "即将离开本网站",
	// A 留言板's rules for writers and its rating bar.
	"留言须知", "满意度评价",
	// A row of links to other sites, labelled as such.
	"友情链接", "相关网站", "网站链接",
	// A 政策解读's link to the document it reads (shown as the page's
	// own box elsewhere).
	"相关文件：", "相关文件:", "解读文件：", "解读文件:", "政策原文：", "政策原文:", "原文链接：", "原文链接:",
}

var chromeContains = []string{"ICP备", "公网安备"}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// footerText marks a block as a site footer wherever it stands.
var footerText = gate.MustCompile(`网站标识码|ICP备|公网安备|主办单位[:：]|版权所有|技术支持[:：]`)
