package core

// The spam lexicon: word families that SEO spam on hacked portals carries,
// one family a row (spamFamilies). Strong words almost never occur in a
// genuine government article: they are what an advert says to sell
// (黑户贷款, 出售迷药, 代写论文). Weak words do occur there, because a
// crackdown, a fraud warning or a policy names the same trade (打击赌博,
// 警惕网络贷款诈骗, 小微企业贷款贴息), and count only in numbers or with
// structure. A strong word must not be a phrase that such a genuine page
// puts in its title: TestLexiconSparesGenuineTopics holds them apart.
// Adding a word is a one-line change.

import (
	"regexp"
	"strings"

	"github.com/govreader/govreader/core/internal/gate"
)

// spamFamily is one trade that spam advertises: what it sells, and the
// words that sell it.
type spamFamily struct {
	name         string
	strong, weak []string
}

// spamFamilies are the trades whose adverts are planted on hacked
// portals. The descriptions say what the spam looks like; they are the
// kinds of planted text that hacked-site clean-up reports and search
// engines' spam notices describe for Chinese sites, not quotations.
var spamFamilies = []spamFamily{
	{
		// Gambling: casino and lottery brands, "register and get a bonus"
		// offers, live-dealer and sports-betting sites, and the lottery
		// "plans" (计划) of private lottery sites. New brands appear every
		// season under 体育/娱乐/官网: the brand list is a floor, the weak
		// words and the advert structure catch the rest. 网上赌博, 网赌 and
		// 博彩 are weak: anti-gambling campaigns and Macau's economy use
		// them in titles.
		name: "gambling",
		strong: []string{
			"百家乐", "娱乐城", "葡京", "老虎机", "时时彩", "六合彩", "赛车pk10", "pk10", "北京赛车", "博彩网", "体育博彩",
			"体育投注", "真人视讯", "电子游艺", "彩票平台", "开奖结果", "太阳城", "金沙娱乐", "银河娱乐", "澳门赌场",
			"bet365", "足球投注", "赌球", "下注平台", "捕鱼游戏", "快三", "幸运飞艇", "皇冠体育", "牛牛", "斗地主赢钱",
			"开户送", "注册送", "首存", "返水", "赔率", "庄闲", "彩金", "开云体育", "九游会", "尊龙凯时", "乐鱼体育",
			"华体会体育", "必威体育", "亚博体育", "凯发娱乐", "博天堂", "开元棋牌", "棋牌官网", "真人荷官", "上分下分",
			// Cash-out slang of betting sites (菠菜 for 博彩 is a
			// vegetable too): no genuine text promises a payout.
			"稳定出款", "出款稳定", "不黑不卡", "秒出款", "线上赌场", "网上赌场",
			// The same trade on English pages.
			"online casino", "deposit bonus", "free spins", "casino bonus",
		},
		weak: []string{
			"赌博", "赌场", "彩票", "澳门", "娱乐", "投注", "开奖", "真人", "棋牌", "电竞", "体育", "足球", "赛车",
			"飞艇", "捕鱼", "赢钱", "博彩", "威尼斯人", "网上赌博", "网赌", "棋牌游戏", "彩票网", "出款",
		},
	},
	{
		// Porn: video-site catalogue words and "free to watch" lures.
		// 色情 alone is weak: 扫黄打非 notices name it in their titles.
		name: "porn",
		strong: []string{
			"黄网", "看黄", "成人视频", "无码", "有码", "欧美激情", "一区二区", "三级片", "毛片", "情色", "av在线",
			"日韩av", "国产精品", "裸聊", "约炮", "成人电影", "成人网站", "午夜福利", "激情视频", "久久精品", "人妻",
			"熟女", "巨乳", "美乳", "乱伦", "女优", "黄色网站", "黄色视频", "黄片", "一本道", "东京热", "色情视频",
			"色情电影", "免费色情", "自拍偷拍", "偷拍视频", "成人直播",
		},
		weak: []string{
			"色情", "激情", "成人", "福利", "在线观看", "免费看", "高清", "美女", "少妇", "国产", "日韩", "欧美",
			"亚洲", "精品", "视频", "大全", "观看", "老司机",
		},
	},
	{
		// Escort: hotel-call and "outer circle" adverts, with a city name
		// and a contact. 上门服务 itself is what 养老 pages offer.
		name: "escort",
		strong: []string{
			"上门服务小姐", "小姐上门", "外围女", "外围模特", "包夜", "楼凤", "桑拿按摩服务", "酒店上门", "同城约",
			"学生妹", "一夜情", "援交", "莞式", "选妃", "全套上门",
		},
	},
	{
		// Loans: "no credit check" loans to people banks refuse, and the
		// loan-app lists (口子) of loan agents. 无抵押 and 秒批 are weak:
		// 普惠金融 products are unsecured and 政务服务 approves in seconds.
		name: "loans",
		strong: []string{
			"黑户贷款", "黑户可贷", "黑户下款", "白户下款", "不看征信", "无视征信", "无视黑白", "秒下款", "包下款",
			"强下款", "网贷口子", "贷款口子", "新口子", "当天下款", "征信花了", "逾期也能贷", "代还信用卡",
		},
		weak: []string{"网贷", "无抵押", "秒批", "下款", "套现", "急用钱"},
	},
	{
		// Crypto and investment scams: USDT traders and "signal" groups.
		// The slogans fraud warnings quote in their titles (稳赚不赔,
		// 刷单返利, 保本保息, 资金盘) are weak.
		name: "investment",
		strong: []string{
			"usdt出售", "出售usdt", "usdt回收", "回收usdt", "usdt承兑", "币圈带单", "虚拟币带单", "带单老师",
			"一对一带单", "跟单导师", "牛股推荐", "躺赚", "喊单老师", "合约跟单", "带你月入",
		},
		weak: []string{"usdt", "虚拟币", "比特币", "带单", "炒币", "稳赚", "刷单", "资金盘", "保本保息", "返佣", "佣金", "提现", "日结", "做任务"},
	},
	{
		// Fake pharmacy and contraband: sedatives, aphrodisiacs and
		// prescription drugs sold by mail, weapons, surrogacy.
		name: "pharmacy",
		strong: []string{
			"迷药", "听话水", "催情药", "催情水", "春药", "壮阳药", "伟哥", "代购处方药", "处方药代购", "堕胎药",
			"代孕", "仿真枪", "气枪出售", "出售气枪", "猎枪出售", "管制刀具出售", "私家侦探", "催眠药出售",
			"安眠药出售", "失忆水", "乖乖水", "蒙汗药", "气枪网购", "仿真手枪", "枪支出售", "出售枪支",
			"弓弩出售", "供卵试管", "钢珠枪出售",
		},
		// Drug and weapon names are weak: 禁毒 and 枪爆 campaigns name
		// them in their titles (警惕新型毒品"神仙水", 收缴仿真枪).
		weak: []string{"壮阳", "催情", "迷幻药", "三唑仑", "神仙水", "气枪", "钢珠", "弓弩", "枪支", "捐卵", "卵子"},
	},
	{
		// Essay mills: thesis writing and paid publication in "core"
		// journals.
		name: "essays",
		strong: []string{
			"代写论文", "论文代写", "论文代发", "代发论文", "代写毕业论文", "论文代笔", "代写代发", "包发表", "包录用",
			"核心期刊代发", "论文降重", "职称论文代发", "枪手代写",
		},
		weak: []string{"代写", "代发", "降重"},
	},
	{
		// Counterfeit documents, seals, invoices and money. 办证, 刻章
		// and 假币 are weak: 不动产办证, 新办企业免费刻章 and 反假币宣传
		// are government work.
		name: "counterfeit",
		strong: []string{
			"办假证", "假证", "代办证件", "专业办证", "办证刻章", "刻章办证", "代刻公章", "专业刻章",
			"高仿假币", "出售假币", "假币出售", "买假币", "办理文凭", "代办学历", "毕业证办理", "驾照代办",
			"出售发票", "发票出售", "代开各类发票", "代开各种发票", "真票代开",
			// Counterfeit goods: replica bags, shoes and watches.
			"a货", "高仿包", "高仿鞋", "高仿奢侈品", "奢侈品高仿", "一比一复刻", "莆田鞋", "复刻表",
		},
		// 代开发票 is a tax office's service (税务机关代开发票), named
		// in its guides' titles.
		weak: []string{"办证", "刻章", "私刻", "假币", "假钞", "发票", "代开发票", "高仿", "复刻"},
	},
	{
		// Hacking services: breaking into accounts, tracing people by
		// their phone, changing grades and records.
		name: "hacking",
		strong: []string{
			"黑客接单", "黑客服务", "黑客联系方式", "定位查人", "查开房记录", "开房记录查询", "查通话记录",
			"通话记录查询", "聊天记录查询", "代改成绩", "删除案底", "黑客技术接单",
			// Spying on people: bugs, pinhole cameras, phone tracking.
			"定位找人", "手机定位找人", "远程监听", "手机监听软件", "免安装定位", "针孔摄像头出售",
			// Game cheats and paid boosting.
			"透视自瞄", "自瞄外挂", "外挂出售", "代练上分", "包月代打",
		},
		// Their products are weak: crackdowns name them in titles.
		weak: []string{"黑客", "盗号", "窃听器", "偷拍设备", "定位器", "监听", "针孔摄像", "外挂", "代练", "代打"},
	},
	{
		// Fake certificates and exams: sitting an exam for someone,
		// "guaranteed pass" certificates. 代考 and 包过 are weak: exam
		// notices warn against them by name.
		name: "certificates",
		strong: []string{
			"代考包过", "包过代考", "包过班", "考试包过", "替考枪手", "考试答案出售", "出售考试答案", "考前答案",
			"证书代办", "免考拿证", "不考试拿证", "四六级代考", "驾照包过",
		},
		weak: []string{"代考", "包过", "替考", "挂靠", "押题", "必过"},
	},
	{
		// Bought reach: followers, likes and views sold by the thousand,
		// and the work-from-home schemes (网赚) sold with them.
		name: "engagement",
		strong: []string{
			"刷粉", "买粉", "真人粉", "僵尸粉", "刷赞", "买赞", "刷播放量", "粉丝出售", "出售粉丝", "涨粉神器",
			"网赚项目", "手机网赚", "网赚平台", "宝妈兼职", "在家网赚",
		},
		weak: []string{"网赚", "刷量", "日赚", "兼职"},
	},
	{
		// Phone cards, SMS codes and payment channels sold to fraud
		// rings and launderers. 断卡 and 反洗钱 campaigns name 卡商,
		// 跑分 and 洗钱 in their titles: those are weak.
		name: "cards",
		strong: []string{
			"接码平台", "手机号接码", "接码注册", "短信接码", "实名卡出售", "电话卡出售", "电话卡批发", "手机卡批发",
			"跑分通道", "跑分接单", "跑分团队", "洗钱通道", "代收代付通道",
			// Cash drawn from a card it may not pay out on: medical
			// insurance and credit cards, bought up for cash.
			"医保卡套现", "医保套现", "信用卡套现", "花呗套现", "套现回收",
		},
		weak: []string{"接码", "卡商", "跑分", "洗钱", "黑卡"},
	},
	{
		// The advert's own vocabulary, shared by every family: brand
		// sites, downloads, sign-up and agents.
		name: "advert",
		weak: []string{
			"官网", "平台", "游戏", "下载", "注册", "开户", "直播", "网址", "代理", "优惠", "手机版", "app", "免费",
		},
	},
}

// spamStrong and spamWeak are the families' words, strong and weak.
var spamStrong, spamWeak = familyWords()

func familyWords() (strong, weak []string) {
	for _, f := range spamFamilies {
		strong = append(strong, f.strong...)
		weak = append(weak, f.weak...)
	}
	return strong, weak
}

// Advert structure (spam.go, advertEvidence): the shape of a planted
// advert whatever trade it sells, read in text folded by foldSpam (NFKC,
// lower case). Genuine pages carry labelled contact lines (咨询电话：
// 0731-…, 联系人, 微信公众号, QQ群): none of these is a personal handle.
var (
	// contactHandle is an instant-messaging handle written out: a QQ
	// number, a WeChat id (letters and digits, or a mobile number), a
	// Telegram name. 群 and 公众号 between the app and the id make a
	// group or an official account, which government pages publish.
	contactHandle = regexp.MustCompile(`(?:qq|扣扣)号?\s*:?\s*[1-9][0-9]{4,10}` +
		`|(?:微信|vx|v信|加v|wx|薇信|威信|徽信|加薇|wechat)号?\s*:?\s*(?:[a-z][a-z0-9_-]{5,19}|1[3-9][0-9]{9})` +
		`|(?:telegram|tg|纸飞机|飞机|电报)号?\s*:?\s*@?[a-z][a-z0-9_]{4,31}` +
		`|(?:^|[^a-z0-9._%+-])@[a-z][a-z0-9_]{4,31}`)
	// handleMarks gate contactHandle: each of its alternatives names one.
	handleMarks = []string{"qq", "扣扣", "微信", "vx", "v信", "加v", "wx", "薇信", "威信", "徽信", "加薇", "wechat", "telegram", "tg",
		"飞机", "电报", "@"}
	// mobilePhone is a mainland mobile number, as adverts write it
	// (13812345678, 138-1234-5678, 138 1234 5678).
	// anyPhone is a landline with its area code or a mobile number.
	anyPhone    = regexp.MustCompile(`(?:^|[^0-9])(?:0[1-9][0-9]{1,2}-?[0-9]{7,8}|1[3-9][0-9](?:[- ]?[0-9]{4}){2})(?:[^0-9]|$)`)
	mobilePhone = regexp.MustCompile(`(?:^|[^0-9])1[3-9][0-9](?:[- ]?[0-9]{4}){2}(?:[^0-9]|$)`)
	// writtenSite is a web address written in the text, not linked.
	writtenSite = regexp.MustCompile(`(?:^|[^a-z0-9@._-])(?:https?://)?((?:[a-z0-9-]+\.)+[a-z]{2,10})\b`)
	// callsToAction are what an advert asks the reader to do (saleTerms,
	// the terms it sells on, count too). The labels of a government contact line
	// (咨询电话, 联系人, 咨询微信, 联系QQ) are left out: they name a
	// contact, they do not sell, and as the handle's own label they would
	// make one sign count twice.
	callsToAction = gate.NewPhrases([]string{
		"加微信", "加v", "加vx", "加qq", "加我", "添加微信", "私聊", "私信", "详询", "详情咨询", "欢迎咨询", "联系我",
		"随时联系", "联系客服", "在线客服", "24小时", "认准", "入口", "官网", "有意者",
		"注册", "下载", "点击进入", "立即", "秒回", "欢迎来电", "诚信合作", "量大从优", "价格优惠",
	})
	// saleTerms are the terms of a sale, which a notice has no use for.
	// They are calls to action too.
	saleTerms = gate.NewPhrases([]string{
		"出售", "出货", "批发", "接单", "承接", "货到付款", "先款后货", "包邮", "快递到家", "一条龙", "无效退款", "价格美丽", "全国可做", "可查可验",
	})
	// scanCalls ask the reader to scan a code. Not a call to action of
	// their own: every portal's footer asks to scan its 公众号's code.
	scanCalls = gate.NewPhrases([]string{"扫码", "扫一扫", "扫二维码", "扫描二维码", "长按识别"})
	// tradeWarnings are the words of a warning against a trade, which
	// names the trade's own words (警惕"带单老师") and never sells it.
	// A case report names the trade's words too, in the words of the
	// police and the courts (破获, 犯罪嫌疑人, 涉嫌), which no seller uses.
	tradeWarnings = gate.NewPhrases([]string{"警惕", "谨防", "切勿", "防范", "诈骗", "被骗", "骗局", "陷阱", "打击", "举报", "严禁", "风险提示", "反诈",
		"严打", "犯罪", "破获", "抓获", "涉嫌", "违法", "非法"})
	// siteTLDs are the top-level domains a written address may end with,
	// beside spamTLDs: file names (附件.pdf, index.html) end otherwise.
	siteTLDs = map[string]bool{"com": true, "net": true, "org": true, "cn": true, "co": true, "io": true, "me": true,
		"tv": true, "info": true, "biz": true, "app": true, "hk": true, "tw": true}
)

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
	// the loan, investment, essay, counterfeit and hacking families
	"貸", "贷", "徵", "征", "論", "论", "寫", "写", "幣", "币", "鈔", "钞", "單", "单", "帶", "带", "穩", "稳",
	"賺", "赚", "過", "过", "書", "书", "記", "记", "錄", "录", "詢", "询", "話", "话", "聯", "联", "係", "系",
	"飛", "飞", "報", "报", "務", "务", "術", "术", "導", "导", "師", "师", "薦", "荐", "購", "购", "處", "处", "號", "号", "韓", "韩",
	// Cyrillic and Greek letters drawn like Latin ones (lower case: the
	// text is lowered first), which spell a brand or a domain past a
	// filter: АG真人, аg8866.соm, ВЕT365.
	"а", "a", "в", "b", "е", "e", "к", "k", "м", "m", "н", "h", "о", "o", "р", "p", "с", "c", "т", "t",
	"у", "y", "х", "x", "ѕ", "s", "і", "i", "ј", "j", "ԁ", "d", "ӏ", "l", "ԛ", "q", "ԝ", "w",
	"α", "a", "β", "b", "ε", "e", "ζ", "z", "η", "n", "ι", "i", "κ", "k", "μ", "u", "ν", "v", "ο", "o",
	"ρ", "p", "τ", "t", "υ", "u", "χ", "x",
	// Their capitals, folded as drawn before the text is lowered: Greek
	// Ν, Η and Μ lower to ν, η and μ, which look like other letters.
	"Α", "a", "Β", "b", "Ε", "e", "Ζ", "z", "Η", "h", "Ι", "i", "Κ", "k", "Μ", "m", "Ν", "n", "Ο", "o",
	"Ρ", "p", "Τ", "t", "Υ", "y", "Χ", "x",
	"А", "a", "В", "b", "Е", "e", "К", "k", "М", "m", "Н", "h", "О", "o", "Р", "p", "С", "c", "Т", "t",
	"У", "y", "Х", "x", "Ѕ", "s", "І", "i", "Ј", "j",
}

// Injected-block patterns (injected.go). Site cloners splice promotional
// profiles into real articles: a person's birth, schooling and titles, or
// an advert for a product and its founder. Each pattern is one family of
// evidence; a block needs several, or a profile heading, to count.
var bioPatterns = []gate.Regexp{
	gate.MustCompile(`出生于|出生地|生于[^，。,]{0,12}[省市县区镇村]|[0-9]{4}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?:出)?生[，,。于在人]`),
	gate.MustCompile(`毕业于|毕业院校|[大学院校]毕业[，,。]|学历[:：]`),
	gate.MustCompile(`客座教授|特聘教授|名誉教授|终身教授|荣誉教授`),
	gate.MustCompile(`国家[一二三]级|高级[美工]?[术艺]?师|高级设计师|特级|[一二三]级演员`),
	gate.MustCompile(`领军人物|大师|名家|巨匠|艺术家|书画家|书法家|画家|收藏家|企业家`),
	gate.MustCompile(`会员|常务理事|理事长|副会长|会长|副主席|主席团`),
	gate.MustCompile(`执行董事|董事长|总经理|创始人|联合创始人|合伙人|首席执行官|CEO`),
	gate.MustCompile(`作品[^。]{0,30}(?:收藏|展出|入选|获奖)|被[^。]{0,20}收藏`),
	gate.MustCompile(`师从|入室弟子|师承|传承人`),
	gate.MustCompile(`(?:男|女)[，,、]\s*(?:汉族|[^，,]{1,3}族)|汉族|民族[:：]|籍贯|贯籍|祖籍|别名|笔名|字号|斋号|堂号|[,，]号[^，。]{1,6}[,，]`),
	gate.MustCompile(`演员|歌手|制片人|导演|主持人|模特|设计师|工程师|咨询师|策展人`),
	gate.MustCompile(`参与拍摄|饰演|代表作|主演|出演|著有|著作|专著|个人著作`),
	gate.MustCompile(`冠军|评委|评判长|金奖|荣获[^。]{0,10}奖|获[^。]{0,8}称号`),
	gate.MustCompile(`智库|人才库|数据库|认证平台|全力推荐|合力推广|特约嘉宾|组委会`),
	// A career told as posts held, the spine of every résumé.
	gate.MustCompile(`现任|曾任|历任|先后任|任职于|兼任`),
	pricePattern,
	audiencePattern,
}

// The two families that sell rather than describe: a government page
// tells a person's life and posts, never the price of their work or the
// size of their following.
var (
	// A price per unit of work: a painter's rate per 平尺, a work's sale.
	// The shape is a sum of money per unit, not one word, so that 每尺,
	// 元/幅 and 万元一平 all count.
	// 元/平 alone is left out: 元/平方米 is every housing article's unit.
	pricePattern = gate.MustCompile(`润格|每平方?尺|平尺|[0-9０-９.]+\s*[万千百]?元\s*(?:/|每|一)\s*(?:平方?尺|尺|幅|件|张)|(?:成交|拍卖|拍出)[^。]{0,10}[0-9０-９]+\s*[万亿]?元`)
	// An audience counted: followers, plays and likes on a platform.
	audiencePattern = gate.MustCompile(`涨粉|粉丝量|粉丝数|[0-9０-９.]+\s*[万亿]?\s*(?:粉丝|关注者|订阅者|播放量|点赞|次播放)|(?:粉丝|播放量|点赞)[^。]{0,6}[0-9０-９.]+\s*[万亿]`)
)

// officialPost is a current post in a government body, as an official's
// résumé gives it: 现任 then, within the clause, a party or state organ
// and its rank (现任通化市农业农村局党组书记、局长, 现任县人民政府副县长).
// 主任, 主席 and 委员 are left out, and 委员会 with them: clinics,
// associations and their committees have them too.
var officialPost = gate.MustCompile(`现任[^。；，]{0,30}(?:局|厅|人民政府|人大常委会|政协|党委|党组|党工委|法院|检察院)[^。；]{0,12}(?:书记|局长|厅长|县长|市长|区长|镇长|乡长|省长|处长|科长|秘书长|院长|检察长)`)

// offerPattern is a seller's offer: a price "from" or "only", which a
// notice's fees and subsidies are not written as. Evidence only for a
// paragraph that carries on a planted profile.
var offerPattern = gate.MustCompile(`(?:仅需|只需|低至|特价|优惠价|特惠|立减|会员年费|包成功)[^。，,]{0,6}[0-9０-９.]+\s*[万千百]?元|[0-9０-９.]+\s*[万千百]?元起`)

// practiceFamilies are a practitioner's résumé: the rank or degree of a
// doctor, a lawyer or an accountant, the years and specialities of a
// practice. Genuine pages
// introduce doctors at a 义诊 and lawyers at a 普法 event in these words;
// they count only in a block that sells or gives a private contact.
var practiceFamilies = gate.NewSet([]gate.Regexp{
	gate.MustCompile(`(?:副)?主任医师|主治医师|执业医师|执业律师|高级律师|(?:副)?主任药师|注册会计师|注册税务师|税务师|医学硕士|医学博士`),
	gate.MustCompile(`(?:从业|从医|从教|执业|从事[^。，,]{0,12}(?:工作|行业))[^。，,]{0,4}[0-9一二三四五六七八九十]+余?年|擅长`),
})

// bioFamilies finds the bioPatterns in one pass.
var bioFamilies = gate.NewSet(bioPatterns)

// bioHeader is the heading a cloner puts before an inserted profile.
// 作者简介 is left out: essays end with a genuine one.
var bioHeader = gate.MustCompile(`^[（(]?[一二三四五六七八九十0-9]{0,3}[)）、.]?\s*(?:关于(?:专家组|专家|评委组|评委|企业代表|嘉宾|讲师|导师|艺术家|代表)|(?:现场|特邀)?(?:专家|评委|嘉宾|讲师|导师)(?:组)?(?:成员)?(?:介绍|简介)|[^，。]{0,8}(?:个人|人物|嘉宾|成员|企业|品牌)简介|简介[:：])`)

// roleLabel is the shape of the label a cloner opens a planted profile
// with, wider than bioHeader: a short phrase ending in a colon or in the
// end of its line, that announces a person (关于X, X介绍, X简介) or names a
// role (讲解员, 主讲人, 出席嘉宾, 艺术顾问) or recommends one (友情推荐). It
// is evidence only beside an off-topic
// profile: a lecture notice's genuine 主讲人： line is on its topic.
var roleLabel = gate.MustCompile(`^[（(]?[一二三四五六七八九十0-9]{0,3}[)）、.]?\s*(?:关于[^，。,：:；;\s]{1,8}|[^，。,：:；;\s]{0,8}(?:介绍|简介|简历|档案|风采)|[^，。,：:；;\s]{1,5}(?:员|人|师|宾|家|代表)|[^，。,：:；;\s]{0,4}(?:推荐|顾问))\s*(?:[:：]|$)`)

// bioGenre recognises titles of pages made of profiles, where a biography
// is the article itself: words that name people (任前, 表彰, 讣告 …).
// listGenre names a list of anything (名单 of firms, 名录 of heritage
// items, 公示 of projects): its page is one of profiles only when its
// paragraphs are (profileUnits).
var (
	bioGenre  = regexp.MustCompile(`任免|任职|任前|简历|简介|人选|候选人|人物|英模|榜样|事迹|楷模|表彰|讣告|逝世|去世|追悼|悼念`)
	listGenre = regexp.MustCompile(`公示|名单|名录`)
)

// Script detection (provenance.go): characters that exist only in
// traditional script, and their simplified forms. Frequent characters are
// enough to tell a converted page; the full conversion lives in the
// script package, outside the main WebAssembly module.
const (
	traditionalOnly = "們個這來時會國說對發經東華學產業開關長門問間聞車馬貝見頁風飛魚鳥麥黃齊龍為與義書買亂爭於從優傳體價務動區員單報場壓夠處奮實寫將層屬島嶺師帶幣幫廣張強彈後徑態慶應戰擊擴據權條樓標機檢歡歲歷氣決沒濟無現環當監盡礦碼確種穩積窮筆節範維網縣總聯職興艦藝蘇術衛規視覽計記設評試話認語調講證讀貨質購賽軍轉輕農連進運過達違還選邊鄉醫針鐵銀錢錯鎮閱陣陽際隊雙雜電響項領頭題額類顯飯鬥點黨"
	simplifiedOnly  = "们个这来时会国说对发经东华学产业开关长门问间闻车马贝见页风飞鱼鸟麦黄齐龙为与义书买乱争于从优传体价务动区员单报场压够处奋实写将层属岛岭师带币帮广张强弹后径态庆应战击扩据权条楼标机检欢岁历气决没济无现环当监尽矿码确种稳积穷笔节范维网县总联职兴舰艺苏术卫规视览计记设评试话认语调讲证读货质购赛军转轻农连进运过达违还选边乡医针铁银钱错镇阅阵阳际队双杂电响项领头题额类显饭斗点党"
)
