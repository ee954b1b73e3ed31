package core

// The spam lexicon: word families that SEO spam on hacked portals carries.
// Strong words almost never occur in a genuine government article; weak
// words do (打击赌博, 扫黄打非) and count only in numbers or with structure.
// Adding a word is a one-line change.

import (
	"regexp"
	"strings"
)

var spamStrong = []string{
	// gambling and lottery
	"百家乐", "娱乐城", "葡京", "老虎机", "时时彩", "六合彩", "赛车pk10", "pk10", "北京赛车", "博彩",
	"网上赌博", "体育投注", "真人视讯", "电子游艺", "棋牌游戏", "彩票平台", "彩票网", "开奖结果", "稳赚",
	"威尼斯人", "太阳城", "金沙娱乐", "银河娱乐", "澳门赌场", "bet365", "足球投注", "赌球", "下注平台",
	"捕鱼游戏", "快三", "幸运飞艇", "皇冠体育", "牛牛", "斗地主赢钱", "开户送", "注册送",
	// porn
	"色情", "黄网", "看黄", "成人视频", "无码", "有码", "欧美激情", "一区二区", "三级片", "毛片", "情色",
	"av在线", "日韩av", "国产精品", "裸聊", "约炮", "成人电影", "成人网站", "午夜福利", "激情视频",
	// fake documents and contraband
	"办证", "代开发票", "发票代开", "假证", "刻章", "仿真枪", "迷药", "代孕", "私家侦探", "黑客接单",
	"办理文凭", "代办学历", "毕业证办理", "听话水",
	// more gambling and porn families seen on hacked portals; words that
	// crackdown articles use (洗钱, 冰毒, 偷拍) stay out on purpose
	"首存", "返水", "赔率", "庄闲", "久久精品", "人妻", "熟女", "巨乳", "美乳", "乱伦",
	"女优", "黄色网站", "黄色视频", "黄片", "一本道", "东京热",
}

var spamWeak = []string{
	"赌博", "赌场", "彩票", "澳门", "娱乐", "投注", "开奖", "真人", "激情", "成人", "福利", "在线观看",
	"免费看", "高清", "官网", "平台", "发票", "游戏", "下载", "注册", "开户", "棋牌", "电竞", "直播",
	"美女", "少妇", "国产", "日韩", "欧美", "亚洲", "精品", "视频", "大全", "免费", "观看", "网址",
	"代理", "优惠", "赢钱", "手机版", "app", "体育", "足球", "赛车", "飞艇", "捕鱼", "老司机",
}

// spamLatin are words in Latin letters (English and pinyin), matched as
// whole words: strong ones name a gambling or porn brand or family. Weak
// ones occur in ordinary news and count only in numbers.
var (
	spamLatinStrong = wordSet(`bet365 1xbet 188bet 12bet w88 dafabet sbobet betway baccarat porn pornhub porno pornstar
		hentai viagra cialis baijiale liuhecai shishicai yulecheng bocai duchang pujing xinpujing weinisiren
		taiyangcheng jinshayule huangguantiyu casino casinos jav milf camgirl camgirls sexcam sexchat sexvideo sexvideos sexmovie sexmovies`)
	spamLatinWeak = wordSet(`poker slot slots jackpot roulette betting gambling lottery escort dating
		caipiao qipai zhenren aomen pk10 app`)
)

func wordSet(words string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(words) {
		out[w] = true
	}
	return out
}

// Link-farm structure: hosts that spam links point at. Spam domains are
// cheap: odd top-level domains, or labels of random letters and digits.
var spamTLDs = map[string]bool{
	"vip": true, "cc": true, "top": true, "xyz": true, "club": true, "bet": true, "win": true, "site": true,
	"online": true, "fun": true, "icu": true, "live": true, "shop": true, "buzz": true, "work": true,
	"ltd": true, "pw": true, "tk": true, "ml": true, "ga": true, "cf": true, "gq": true, "casino": true,
	"poker": true, "sex": true, "porn": true, "xxx": true, "adult": true, "loan": true, "bid": true,
	"vin": true, "ink": true, "wang": true, "ren": true, "mobi": true, "asia": true, "la": true, "ws": true,
}

var randomLabel = regexp.MustCompile(`^(?:[a-z]{2,8}[0-9]{2,6}[a-z0-9]*|[0-9]{3,}[a-z]*|[a-z0-9]*[0-9]{4,}[a-z0-9]*)$`)

// trustedDomains are sites that portals link to in friend-link lists:
// national media and services. Links to them never make a link farm.
var trustedDomains = map[string]bool{
	"people.com.cn": true, "xinhuanet.com": true, "news.cn": true, "gmw.cn": true, "chinadaily.com.cn": true,
	"ce.cn": true, "cyol.com": true, "cri.cn": true, "cnr.cn": true, "cctv.com": true, "cntv.cn": true,
	"china.com.cn": true, "chinanews.com": true, "chinanews.com.cn": true, "youth.cn": true, "qstheory.cn": true,
	"12371.cn": true, "cac.gov.cn": true, "12377.cn": true, "beian.gov.cn": true, "miit.gov.cn": true,
	"cpc.people.com.cn": true, "weibo.com": true, "qq.com": true, "baidu.com": true, "wechat.com": true,
	"apple.com": true, "google.com": true, "microsoft.com": true, "adobe.com": true, "mozilla.org": true,
	"12345.gov.cn": true, "creditchina.gov.cn": true, "zwfw.gov.cn": true, "conac.cn": true, "bjd.com.cn": true,
	"ynet.com": true, "qianlong.com": true, "81.cn": true, "chinacourt.org": true, "workercn.cn": true,
	"facebook.com": true, "twitter.com": true, "x.com": true, "linkedin.com": true, "youtube.com": true,
	"instagram.com": true, "pinterest.com": true, "reddit.com": true, "whatsapp.com": true, "tumblr.com": true,
}

// institutionSuffixes end link texts that are the name of an
// institution or a company: friend-link lists are made of them.
var institutionSuffixes = []string{"馆", "院", "局", "委", "会", "部", "厅", "办", "所", "站", "中心", "公司", "集团", "银行",
	"大学", "学院", "学校", "医院", "报", "台", "政府", "协会", "研究院", "基地", "园", "社", "署", "处", "室", "队"}

// spamFoldPairs maps traditional forms of characters in spam words to the
// simplified forms the lexicon uses, so that a converted copy's spam is
// caught by the same words.
var spamFoldPairs = []string{
	"樂", "乐", "娛", "娱", "時", "时", "賽", "赛", "車", "车", "網", "网", "開", "开", "獎", "奖", "視", "视",
	"訊", "讯", "遊", "游", "戲", "戏", "註", "注", "冊", "册", "發", "发", "碼", "码", "無", "无", "區", "区",
	"亞", "亚", "國", "国", "產", "产", "級", "级", "電", "电", "線", "线", "觀", "观", "費", "费", "黃", "黄",
	"體", "体", "賭", "赌", "場", "场", "機", "机", "會", "会", "員", "员", "錢", "钱", "贏", "赢", "倫", "伦",
	"亂", "乱", "約", "约", "證", "证", "辦", "办", "門", "门", "彩", "彩", "盤", "盘", "賠", "赔",
	"與", "与", "優", "优", "惠", "惠", "藥", "药", "槍", "枪", "偵", "侦", "探", "探", "綜", "综", "圖", "图",
	"頻", "频", "費", "费", "專", "专", "業", "业", "態", "态", "現", "现", "們", "们", "這", "这", "熱", "热",
	"蘭", "兰", "尼", "尼", "斯", "斯", "陽", "阳", "城", "城", "皇", "皇", "冠", "冠", "沖", "冲", "淨", "净",
}

// Injected-block patterns (injected.go). Site cloners splice promotional
// profiles into real articles: a person's birth, schooling and titles, or
// an advert for a product and its founder. Each pattern is one family of
// evidence; a block needs several, or a profile heading, to count.
var bioPatterns = []gatedRegexp{
	mustGate(`出生于|出生地|生于[^，。,]{0,12}[省市县区镇村]|[0-9]{4}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?:出)?生[，,。于在人]`),
	mustGate(`毕业于|毕业院校|[大学院校]毕业[，,。]|学历[:：]`),
	mustGate(`客座教授|特聘教授|名誉教授|终身教授|荣誉教授`),
	mustGate(`国家[一二三]级|高级[美工]?[术艺]?师|高级设计师|特级|[一二三]级演员`),
	mustGate(`领军人物|大师|名家|巨匠|艺术家|书画家|书法家|画家|收藏家|企业家`),
	mustGate(`会员|常务理事|理事长|副会长|会长|副主席|主席团`),
	mustGate(`执行董事|董事长|总经理|创始人|联合创始人|合伙人|首席执行官|CEO`),
	mustGate(`作品[^。]{0,30}(?:收藏|展出|入选|获奖)|被[^。]{0,20}收藏`),
	mustGate(`师从|入室弟子|师承|传承人`),
	mustGate(`(?:男|女)[，,、]\s*(?:汉族|[^，,]{1,3}族)|汉族|民族[:：]|籍贯|贯籍|祖籍|别名|笔名|字号|斋号|堂号|[,，]号[^，。]{1,6}[,，]`),
	mustGate(`演员|歌手|制片人|导演|主持人|模特|设计师|工程师|咨询师|策展人`),
	mustGate(`参与拍摄|饰演|代表作|主演|出演|著有|著作|专著|个人著作`),
	mustGate(`冠军|评委|评判长|金奖|荣获[^。]{0,10}奖|获[^。]{0,8}称号`),
	mustGate(`智库|人才库|数据库|认证平台|全力推荐|合力推广|特约嘉宾|组委会`),
	// A career told as posts held, the spine of every résumé.
	mustGate(`现任|曾任|历任|先后任|任职于|兼任`),
	// A price per unit of work: a painter's rate per 平尺, a work's sale.
	// The shape is a sum of money per unit, not one word, so that 每尺,
	// 元/幅 and 万元一平 all count.
	// 元/平 alone is left out: 元/平方米 is every housing article's unit.
	mustGate(`润格|每平方?尺|平尺|[0-9０-９.]+\s*[万千百]?元\s*(?:/|每|一)\s*(?:平方?尺|尺|幅|件|张)|(?:成交|拍卖|拍出)[^。]{0,10}[0-9０-９]+\s*[万亿]?元`),
	// An audience counted: followers, plays and likes on a platform.
	mustGate(`涨粉|粉丝量|粉丝数|[0-9０-９.]+\s*[万亿]?\s*(?:粉丝|关注者|订阅者|播放量|点赞|次播放)|(?:粉丝|播放量|点赞)[^。]{0,6}[0-9０-９.]+\s*[万亿]`),
}

// bioFamilies finds the bioPatterns in one pass.
var bioFamilies = newGateSet(bioPatterns)

// bioHeader is the heading a cloner puts before an inserted profile.
// 作者简介 is left out: essays end with a genuine one.
var bioHeader = mustGate(`^[（(]?[一二三四五六七八九十0-9]{0,3}[)）、.]?\s*(?:关于(?:专家组|专家|评委组|评委|企业代表|嘉宾|讲师|导师|艺术家|代表)|(?:现场|特邀)?(?:专家|评委|嘉宾|讲师|导师)(?:组)?(?:成员)?(?:介绍|简介)|[^，。]{0,8}(?:个人|人物|嘉宾|成员|企业|品牌)简介|简介[:：])`)

// roleLabel is the shape of the label a cloner opens a planted profile
// with, wider than bioHeader: a short phrase ending in a colon or in the
// end of its line, that announces a person (关于X, X介绍, X简介) or names a
// role (讲解员, 主讲人, 出席嘉宾). It is evidence only beside an off-topic
// profile: a lecture notice's genuine 主讲人： line is on its topic.
var roleLabel = mustGate(`^[（(]?[一二三四五六七八九十0-9]{0,3}[)）、.]?\s*(?:关于[^，。,：:；;\s]{1,8}|[^，。,：:；;\s]{0,8}(?:介绍|简介|简历|档案|风采)|[^，。,：:；;\s]{1,5}(?:员|人|师|宾|家|代表))\s*(?:[:：]|$)`)

// bioGenre recognises titles of pages made of profiles, where a biography
// is the article itself.
var bioGenre = regexp.MustCompile(`公示|任免|任职|任前|简历|简介|名单|人选|候选人|名录|人物|英模|榜样|事迹|楷模|表彰|讣告|逝世|去世|追悼|悼念`)

// Script detection (provenance.go): characters that exist only in
// traditional script, and their simplified forms. Frequent characters are
// enough to tell a converted page; the full conversion lives in the
// script package, outside the main WebAssembly module.
const (
	traditionalOnly = "們個這來時會國說對發經東華學產業開關長門問間聞車馬貝見頁風飛魚鳥麥黃齊龍為與義書買亂爭於從優傳體價務動區員單報場壓夠處奮實寫將層屬島嶺師帶幣幫廣張強彈後徑態慶應戰擊擴據權條樓標機檢歡歲歷氣決沒濟無現環當監盡礦碼確種穩積窮筆節範維網縣總聯職興艦藝蘇術衛規視覽計記設評試話認語調講證讀貨質購賽軍轉輕農連進運過達違還選邊鄉醫針鐵銀錢錯鎮閱陣陽際隊雙雜電響項領頭題額類顯飯鬥點黨"
	simplifiedOnly  = "们个这来时会国说对发经东华学产业开关长门问间闻车马贝见页风飞鱼鸟麦黄齐龙为与义书买乱争于从优传体价务动区员单报场压够处奋实写将层属岛岭师带币帮广张强弹后径态庆应战击扩据权条楼标机检欢岁历气决没济无现环当监尽矿码确种稳积穷笔节范维网县总联职兴舰艺苏术卫规视览计记设评试话认语调讲证读货质购赛军转轻农连进运过达违还选边乡医针铁银钱错镇阅阵阳际队双杂电响项领头题额类显饭斗点党"
)
