package core

// Knowledge of the metadata stage as data: the labels of the government
// info line (发布时间 | 来源 | 发布机构 …) and of the 信息公开 table, the
// traditional forms of their characters (content farms convert whole pages
// to traditional script), the words that introduce a byline, and the
// family names that let an unlabelled byline be told from an organisation.

type field int

const (
	fieldNone field = iota
	fieldPublished
	fieldUpdated // 更新时间: published only when nothing better is shown
	fieldWritten
	// fieldGenerated is the 生成日期 of a 信息公开 catalogue entry: the
	// day the record was made, which the catalogue rules (GB/T 政府信息公开
	// 目录) set to the document's own date. It fills Written when no
	// 成文日期 or 发文日期 is shown, and never Published, which the page
	// shows elsewhere or its meta tags give.
	fieldGenerated
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

// infoLabels map a label, in simplified script and without spaces, to the
// field it fills. Longer labels come first so that 信息来源 wins over 来源
// and 发布日期 over 日期. A label counts only when it does not continue a
// longer word (报名时间, 图片来源), so ignored labels listed here also
// stop the value of the label before them.
var infoLabels = []struct {
	label string
	field field
}{
	// Dates.
	{"发布时间", fieldPublished}, {"发布日期", fieldPublished}, {"发表时间", fieldPublished},
	{"发表日期", fieldPublished}, {"公开日期", fieldPublished}, {"公开时间", fieldPublished},
	{"发稿时间", fieldPublished}, {"上线时间", fieldPublished}, {"首发时间", fieldPublished},
	{"印发日期", fieldWritten}, {"成文日期", fieldWritten}, {"成文时间", fieldWritten},
	{"发文日期", fieldWritten}, {"签发日期", fieldWritten},
	{"更新时间", fieldUpdated}, {"更新日期", fieldUpdated}, {"修改时间", fieldUpdated},
	// Where the article comes from and who issued it.
	{"信息来源", fieldSource}, {"文章来源", fieldSource}, {"稿件来源", fieldSource},
	{"新闻来源", fieldSource}, {"内容来源", fieldSource}, {"消息来源", fieldSource},
	{"来源单位", fieldSource}, {"来源", fieldSource}, {"出处", fieldSource},
	{"发布机构", fieldPublisher}, {"发布机关", fieldPublisher}, {"发文机关", fieldPublisher},
	{"发文机构", fieldPublisher}, {"发布单位", fieldPublisher}, {"发文单位", fieldPublisher},
	{"信息发布", fieldPublisher}, {"制发机关", fieldPublisher}, {"发布部门", fieldPublisher},
	{"责任部门", fieldPublisher}, {"公开主体", fieldPublisher}, {"征集单位", fieldPublisher},
	{"征求意见单位", fieldPublisher},
	// People.
	{"责任编辑", fieldEditor}, {"网络编辑", fieldEditor}, {"值班编辑", fieldEditor},
	{"编辑", fieldEditor}, {"责编", fieldEditor}, {"审核", fieldIgnore}, {"校对", fieldIgnore},
	{"终审", fieldIgnore}, {"发布人", fieldIgnore}, {"发布者", fieldIgnore}, {"录入", fieldIgnore},
	{"上传者", fieldIgnore},
	{"本报记者", fieldAuthor}, {"撰稿人", fieldAuthor}, {"作者", fieldAuthor},
	{"记者", fieldAuthor}, {"撰稿", fieldAuthor}, {"撰文", fieldAuthor},
	{"供稿", fieldIgnore}, {"摄影", fieldIgnore}, {"通讯员", fieldAuthor},
	// 信息公开 table.
	{"发文字号", fieldDocNumber}, {"文件编号", fieldDocNumber}, {"发文号", fieldDocNumber},
	{"文号", fieldDocNumber}, {"字号", fieldIgnore},
	{"索引号", fieldIndexNumber}, {"信息索引", fieldIndexNumber}, {"索引", fieldIndexNumber},
	{"索取号", fieldIndexNumber}, // Shanghai's 政务公开 names it so
	{"主题分类", fieldTopic}, {"信息分类", fieldTopic}, {"公开分类", fieldTopic},
	{"信息类别", fieldTopic}, {"所属主题", fieldTopic}, {"分类", fieldTopic},
	{"有效性", fieldValidity}, {"时效性", fieldValidity}, {"效力状态", fieldValidity},
	{"生成日期", fieldGenerated}, {"生效时间", fieldIgnore}, {"生效日期", fieldIgnore},
	{"实施日期", fieldIgnore}, {"废止时间", fieldIgnore}, {"废止日期", fieldIgnore},
	{"失效时间", fieldIgnore}, {"失效日期", fieldIgnore}, {"有效期", fieldIgnore},
	{"信息名称", fieldIgnore}, {"名称", fieldIgnore}, {"标题", fieldIgnore},
	{"内容概述", fieldIgnore}, {"摘要", fieldIgnore}, {"主题词", fieldIgnore},
	{"关键词", fieldIgnore}, {"关键字", fieldIgnore}, {"体裁分类", fieldIgnore},
	{"组配分类", fieldIgnore}, {"服务对象", fieldIgnore}, {"公开方式", fieldIgnore},
	{"公开范围", fieldIgnore}, {"公开时限", fieldIgnore}, {"文章类型", fieldIgnore},
	{"所属机构", fieldIgnore}, {"所属栏目", fieldIgnore}, {"栏目", fieldIgnore},
	// A letter's lines on a 留言板 or 信箱 page: who wrote and answered,
	// when, and its number. The letter and the answer are the article.
	{"留言编号", fieldIgnore}, {"留言人", fieldIgnore}, {"留言时间", fieldIgnore},
	{"来信人", fieldIgnore}, {"来信时间", fieldIgnore}, {"答复单位", fieldIgnore},
	{"办理单位", fieldIgnore}, {"答复时间", fieldIgnore}, {"回复时间", fieldIgnore},
	// Counters and controls that share the info line.
	{"浏览次数", fieldIgnore}, {"浏览量", fieldIgnore}, {"访问量", fieldIgnore},
	{"访问次数", fieldIgnore}, {"点击数", fieldIgnore}, {"点击量", fieldIgnore},
	{"点击率", fieldIgnore}, {"阅读次数", fieldIgnore}, {"阅读量", fieldIgnore},
	{"阅读数", fieldIgnore}, {"阅读", fieldIgnore}, {"浏览", fieldIgnore},
	{"字体", fieldIgnore}, {"分享到", fieldIgnore}, {"分享", fieldIgnore},
	{"时间", fieldPublished}, {"日期", fieldPublished},
}

// tradForms lists, for each simplified character used in labels and
// bylines, its traditional forms. Pages converted to traditional script
// print 發布時間, 來源, 記者 …; the label patterns accept both.
var tradForms = map[rune]string{
	'发': "發髮", '布': "佈", '时': "時", '间': "間", '开': "開", '来': "來", '机': "機", '构': "構",
	'关': "關", '单': "單", '责': "責", '编': "編", '辑': "輯", '记': "記", '号': "號", '题': "題", '类': "類",
	'浏': "瀏", '览': "覽", '数': "數", '访': "訪", '问': "問", '点': "點", '击': "擊", '阅': "閱", '读': "讀",
	'体': "體", '讯': "訊", '闻': "聞", '报': "報", '称': "稱", '词': "詞", '效': "効", '废': "廢", '实': "實",
	'员': "員", '约': "約", '见': "見", '习': "習", '审': "審", '终': "終", '门': "門", '摄': "攝", '签': "簽",
	'录': "錄", '网': "網", '络': "絡", '处': "處", '内': "內", '对': "對", '务': "務", '围': "圍", '属': "屬",
	'栏': "欄", '组': "組", '级': "級", '键': "鍵", '标': "標", '别': "別", '线': "線", '检': "檢", '据': "據",
	'范': "範", '传': "傳", '状': "狀", '态': "態",
}

// bylineRoles are the words that introduce reporter names in a byline
// such as （记者 成丹丹） or 本报记者 张三 报道. Longer words first.
var bylineRoles = []string{
	"本报记者", "特约记者", "首席记者", "见习记者", "实习记者", "融媒体记者", "全媒体记者",
	"特约通讯员", "通讯员", "实习生", "记者", "撰稿", "作者", "撰文",
}

// orgSuffixes end the name of an organisation, not a person: a trailer
// such as （图书馆 魏乐禹） names the unit and then the writer.
var orgSuffixes = []string{
	"局", "办", "委", "馆", "中心", "部", "院", "站", "所", "队", "组", "科", "处", "室",
	"会", "校", "厅", "社", "镇", "乡", "街道", "区", "县", "市", "省", "村", "台", "报",
	"网", "公司", "集团", "党委", "支部", "政府", "医院", "大学", "学院", "中学", "小学",
	"单位", "协会", "联", "团", "署", "司", "行", "园",
}

// surnames are common Chinese family names (simplified and traditional
// forms); an unlabelled byline token must start with one to count as a
// person. Two-character family names come first.
var surnames = []string{
	"欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "皇甫", "尉迟", "尉遲",
	"公孙", "公孫", "慕容", "令狐", "宇文", "长孙", "長孫", "夏侯", "轩辕", "軒轅", "端木", "司徒",
	"王", "李", "张", "張", "刘", "劉", "陈", "陳", "杨", "楊", "黄", "黃", "赵", "趙",
	"吴", "吳", "周", "徐", "孙", "孫", "马", "馬", "朱", "胡", "郭", "何", "高", "林",
	"罗", "羅", "郑", "鄭", "梁", "谢", "謝", "宋", "唐", "许", "許", "韩", "韓", "冯", "馮",
	"邓", "鄧", "曹", "彭", "曾", "肖", "蕭", "田", "董", "袁", "潘", "于", "蒋", "蔣",
	"蔡", "余", "杜", "叶", "葉", "程", "苏", "蘇", "魏", "吕", "呂", "丁", "任", "沈",
	"姚", "卢", "盧", "姜", "崔", "钟", "鍾", "谭", "譚", "陆", "陸", "汪", "范", "金",
	"石", "廖", "贾", "賈", "夏", "韦", "韋", "付", "傅", "方", "白", "邹", "鄒", "孟",
	"熊", "秦", "邱", "江", "尹", "薛", "闫", "閆", "段", "雷", "侯", "龙", "龍", "史",
	"陶", "黎", "贺", "賀", "顾", "顧", "毛", "郝", "龚", "龔", "邵", "万", "萬", "钱", "錢",
	"严", "嚴", "覃", "武", "戴", "莫", "孔", "向", "汤", "湯", "常", "温", "溫", "康",
	"施", "文", "牛", "樊", "葛", "邢", "安", "齐", "齊", "易", "乔", "喬", "伍", "庞", "龐",
	"颜", "顏", "倪", "庄", "莊", "聂", "聶", "章", "鲁", "魯", "岳", "翟", "殷", "詹",
	"申", "欧", "歐", "耿", "关", "關", "兰", "蘭", "焦", "俞", "左", "柳", "甘", "祝",
	"包", "宁", "寧", "尚", "符", "舒", "阮", "柯", "纪", "紀", "梅", "童", "凌", "毕", "畢",
	"单", "單", "季", "裴", "霍", "涂", "成", "苗", "谷", "盛", "曲", "翁", "冉", "骆", "駱",
	"蓝", "藍", "路", "游", "辛", "靳", "管", "柴", "蒙", "鲍", "鮑", "华", "華", "喻", "祁",
	"蒲", "房", "滕", "屈", "饶", "饒", "解", "牟", "艾", "尤", "阳", "陽", "时", "時", "穆",
	"农", "農", "司", "卓", "古", "吉", "缪", "繆", "简", "簡", "车", "車", "项", "項", "连", "連",
	"芦", "蘆", "麦", "麥", "褚", "娄", "婁", "窦", "竇", "戚", "岑", "景", "党", "黨", "宫", "宮",
	"费", "費", "卜", "冷", "晏", "席", "卫", "衛", "米", "杭", "巩", "鞏", "仇", "甄", "桂", "闵", "閔",
	"木", "和", "刀", "岩", "那", "代", "门", "門", "原", "全", "邝", "鄺", "商", "麻", "宗", "权", "權",
}

// titleHints are class or id fragments that mark a headline element.
var titleHints = []string{"title", "tit", "biaoti", "headline", "bt", "ucaptitle", "subject"}
