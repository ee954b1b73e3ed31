package core

// The spam lexicon: word families that SEO spam on hacked portals carries.
// Strong words almost never occur in a genuine government article; weak
// words do (打击赌博, 扫黄打非) and count only in numbers or with structure.
// Adding a word is a one-line change.

var spamStrong = []string{
	// gambling and lottery
	"百家乐", "娱乐城", "葡京", "老虎机", "时时彩", "六合彩", "赛车pk10", "pk10", "北京赛车", "博彩",
	"网上赌博", "体育投注", "真人视讯", "电子游艺", "棋牌游戏", "彩票平台", "彩票网", "开奖结果", "稳赚",
	"威尼斯人", "太阳城", "金沙娱乐", "银河娱乐", "澳门赌场", "bet365", "足球投注", "赌球", "下注平台",
	"捕鱼游戏", "快三", "幸运飞艇", "时时彩", "皇冠体育", "牛牛", "斗地主赢钱", "开户送", "注册送",
	// porn
	"色情", "黄网", "看黄", "成人视频", "无码", "有码", "欧美激情", "一区二区", "三级片", "毛片", "情色",
	"av在线", "日韩av", "国产精品", "裸聊", "约炮", "成人电影", "成人网站", "午夜福利", "激情视频",
	// fake documents and contraband
	"办证", "代开发票", "发票代开", "假证", "刻章", "仿真枪", "迷药", "代孕", "私家侦探", "黑客接单",
}

var spamWeak = []string{
	"赌博", "赌场", "彩票", "澳门", "娱乐", "投注", "开奖", "真人", "激情", "成人", "福利", "在线观看",
	"免费看", "高清", "官网", "平台", "发票", "游戏", "下载",
}
