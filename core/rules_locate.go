package core

// Known article containers of the portal CMS families, most specific first.
// Each is a CSS selector; the locate stage takes the best-filled match.
var cmsContainers = []string{
	// TRS WCM and its descendants
	".TRS_Editor", ".TRS_UEDITOR", ".trs_paper_default", ".TRS_PreAppend",
	// Kaipuyun UCAP
	"#UCAP-CONTENT", ".ucapcontent", "#ucapcontent", "#cmsArticleContent",
	// Guangdong and Anhui intensive platforms
	".article-content", "#article-content", ".j-fontContent", ".zw", "#zoomcon",
	// Hanweb, WeChat and Easysite bodies, and content ids common to many
	// gov templates
	"#zoom", "#fontzoom", "#Zoom", "#js_content", "#easysiteText", ".pages_content",
	".article_content", ".news_content", ".content_text",
	// Seen on a single site, whose body the density scorer misplaces: a
	// 处罚 table beside a copyright notice in prose. Headline anchoring
	// finds the table, but with the notice around it (0.58 without this
	// entry); here until a second site shows what rule that is.
	".wenzhang-content",
	// schema.org and common news markup
	"[itemprop=articleBody]", "article .content", ".post-content", ".entry-content", ".article-body",
	".article__body", ".story-body",
}

// Comment markers that Hanweb and other CMSs put around the body.
var contentMarkers = [][2]string{
	{"ZJEG_RSS.content.begin", "ZJEG_RSS.content.end"},
	{"ContentStart", "ContentEnd"},
}

// Chinese and Latin punctuation that prose carries and chrome does not.
const prosePunct = "，。；：！？、,.;!?"

// Class and id words that raise or lower a container's score in the
// density scorer, as Readability weighs them.
var (
	positiveHints = []string{"article", "body", "content", "entry", "main", "post", "text", "story", "news", "detail", "zw", "zhengwen", "wenzhang", "con"}
	negativeHints = []string{"comment", "sidebar", "footer", "related", "share", "widget", "promo", "sponsor", "ad", "ads", "advert", "recommend", "popular", "trending", "menu", "nav", "masthead", "meta", "outbrain", "taboola", "newsletter", "subscribe", "social", "caption", "credit", "tags", "byline", "author", "more", "links"}
)
