package core

import "regexp"

// Class and id fragments of portal chrome that can sit inside or next to
// the article container. A fragment matches a whole word of the class or
// id, or its start (share → share-box), so "bt" does not hit "subtitle".
var chromeClassWords = []string{
	"share", "bshare", "fenxiang", "print", "dayin", "close", "guanbi", "fontsize", "font-size", "zihao",
	"qrcode", "erweima", "ewm", "wzewm", "code-box", "related", "relate", "xgwz", "xgxx", "xgxw", "xgwj",
	"prev", "next", "sxp", "syp", "xyp", "pagenav", "page-nav", "breadcrumb", "crumb", "position", "location",
	"dqwz", "curpos", "footer", "foot", "toolbar", "tools", "article-gn", "gongneng", "operator", "wzgn",
	"comment", "pinglun", "copyright", "banquan", "sys", "icon-medium", "auditrecord", "downlist",
	"article-tools", "social", "sns", "wx-share", "jiathis", "baidu_share", "bdsharebuttonbox", "m-share",
}

// chromeText matches the whole text of a short element that is chrome.
var chromeText = regexp.MustCompile(`^[\s【\[（(]*(` +
	`打印本页|打印|关闭窗口|关闭本页|关闭|【?打印】?|分享到|分享|收藏|字体[:：]?\s*[大中小\s]*|字号[:：]?\s*[大中小\s]*|` +
	`[大中小]\s*[大中小]\s*[大中小]|扫一扫.*|用手机扫描.*|手机扫码.*|扫描二维码.*|返回顶部|顶部|` +
	`上一篇[:：]?.*|下一篇[:：]?.*|上一条[:：]?.*|下一条[:：]?.*|相关链接|相关新闻|相关文章|相关阅读|相关稿件|` +
	`当前位置[:：]?.*|您现在的位置[:：]?.*|您的位置[:：]?.*|责任编辑[:：].*|浏览次数[:：]?.*|阅读次数[:：]?.*|` +
	`附件[:：]?|相关附件[:：]?|视频[:：]?|【?我要纠错】?|纠错|默认|加入收藏|` +
	`网站标识码.*|主办单位[:：].*|承办单位[:：].*|主办[:：].*|承办[:：].*|.*ICP备.*|.*公网安备.*` +
	`)[\s】\]）)]*$`)

// footerText marks a block as a site footer wherever it stands.
var footerText = regexp.MustCompile(`网站标识码|ICP备|公网安备|主办单位[:：]|版权所有|技术支持[:：]`)
