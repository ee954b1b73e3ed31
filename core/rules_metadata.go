package core

// Labels of the government info line (发布时间 | 来源 | 发布机构 …) and of
// the 信息公开 table, mapped to the Article field they fill. Longer labels
// come first so that 信息来源 wins over 来源 and 发布日期 over 日期.

type field int

const (
	fieldNone field = iota
	fieldPublished
	fieldWritten
	fieldSource
	fieldPublisher
	fieldAuthor
	fieldEditor
	fieldDocNumber
	fieldIndexNumber
	fieldTopic
	fieldValidity
	fieldIgnore // labels whose value is never metadata (浏览次数 …)
)

var infoLabels = []struct {
	label string
	field field
}{
	{"发布时间", fieldPublished}, {"发布日期", fieldPublished}, {"发表时间", fieldPublished},
	{"公开日期", fieldPublished}, {"印发日期", fieldPublished}, {"更新时间", fieldPublished},
	{"成文日期", fieldWritten}, {"生成日期", fieldNone}, {"信息来源", fieldSource}, {"文章来源", fieldSource},
	{"稿件来源", fieldSource}, {"来源", fieldSource}, {"来 源", fieldSource}, {"发布机构", fieldPublisher},
	{"发文机关", fieldPublisher}, {"发布单位", fieldPublisher}, {"信息发布", fieldPublisher},
	{"发文单位", fieldPublisher}, {"责任编辑", fieldEditor}, {"编辑", fieldEditor},
	{"作者", fieldAuthor}, {"记者", fieldAuthor}, {"撰稿", fieldAuthor}, {"撰稿人", fieldAuthor},
	{"发文字号", fieldDocNumber}, {"文号", fieldDocNumber}, {"发文号", fieldDocNumber},
	{"索引号", fieldIndexNumber}, {"主题分类", fieldTopic}, {"信息分类", fieldTopic},
	{"有效性", fieldValidity}, {"浏览次数", fieldIgnore}, {"浏览量", fieldIgnore}, {"访问量", fieldIgnore},
	{"点击数", fieldIgnore}, {"阅读次数", fieldIgnore}, {"字体", fieldIgnore}, {"字号", fieldIgnore},
	{"时间", fieldPublished}, {"日期", fieldPublished},
}

// titleHints are class or id fragments that mark a headline element.
var titleHints = []string{"title", "tit", "biaoti", "headline", "bt", "ftheme", "ucaptitle", "subject"}

// metaNames are the meta tags read, by lower-cased name or property.
var metaNames = []string{
	"articletitle", "pubdate", "contentsource", "sitename", "sitedomain", "siteidcode",
	"columnname", "columntype", "keywords", "description", "author", "url", "firstpublishedtime",
	"og:title", "og:site_name", "og:url", "article:published_time", "og:description",
	"publishdate", "publish_date", "article:author", "dc.date", "dc.title",
}
