package core

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// naiveLexiconScore is the definition the index must keep: every word
// counted once when the folded text contains it, strong words of three or
// more runes also when the compact text does.
func naiveLexiconScore(t, compact string) (score, strong int) {
	for _, w := range spamStrong {
		if strings.Contains(t, w) || (utf8.RuneCountInString(w) >= 3 && strings.Contains(compact, w)) {
			score += 2
			strong++
		}
	}
	for _, w := range spamWeak {
		if strings.Contains(t, w) {
			score++
		}
	}
	return score, strong
}

func TestLexiconMatchesNaiveScore(t *testing.T) {
	for _, text := range []string{
		"",
		"市政府召开常务会议，研究部署安全生产工作。",
		"澳门葡京娱乐城,免费看黄网站大全,时时彩稳赚技巧,欧美激情一区二区",
		"澳 门 葡 京 娱 乐 城 在 线",
		"打击网络赌博和色情违法犯罪活动，净化网络环境。",
		"北京赛车pk10计划 真人百家乐官网 网上赌博平台 老虎机游戏平台",
		"百家乐百家乐百家乐 平台平台",
		"ＡＶ在线 成人视频 福利 高清 下载",
	} {
		folded, compact := foldSpam(text)
		s1, st1 := spamLexicon.score(make(wordIDs, (spamLexicon.size+63)/64), folded, compact)
		s2, st2 := naiveLexiconScore(folded, compact)
		assert.Equal(t, s2, s1, text)
		assert.Equal(t, st2, st1, text)
	}
}

func FuzzLexiconMatchesNaiveScore(f *testing.F) {
	f.Add("澳门葡京娱乐城,免费看黄网站大全")
	f.Add("市政府召开常务会议")
	f.Fuzz(func(t *testing.T, text string) {
		folded, compact := foldSpam(text)
		s1, st1 := spamLexicon.score(make(wordIDs, (spamLexicon.size+63)/64), folded, compact)
		s2, st2 := naiveLexiconScore(folded, compact)
		if s1 != s2 || st1 != st2 {
			t.Fatalf("index %d/%d, naive %d/%d for %q", s1, st1, s2, st2, text)
		}
	})
}

func TestFoldSpamHanFastPath(t *testing.T) {
	// Every folded rune goes through the bit set, and runes beyond the
	// BMP are left as they are.
	for from, to := range spamFoldRunes {
		folded, _ := foldSpamNFKC(string(from))
		assert.Equal(t, string(to), folded, "%q", from)
	}
	folded, compact := foldSpamNFKC("𠀀文\u200b字")
	assert.Equal(t, "𠀀文字", folded)
	assert.Equal(t, "𠀀文字", compact)
}

func TestSpamFoldPairs(t *testing.T) {
	require.Zero(t, len(spamFoldPairs)%2, "pairs")
	for i := 0; i < len(spamFoldPairs); i += 2 {
		assert.Equal(t, 1, utf8.RuneCountInString(spamFoldPairs[i]), spamFoldPairs[i])
		assert.Equal(t, 1, utf8.RuneCountInString(spamFoldPairs[i+1]), spamFoldPairs[i+1])
	}
	folded, compact := foldSpam("澳門葡京 娛樂\u200d城 ＢＥＴ365")
	assert.Equal(t, "澳门葡京 娱乐城 bet365", folded)
	assert.Equal(t, "澳门葡京娱乐城bet365", compact)
	// Look-alike letters and strewn emoji read as what they imitate.
	folded, _ = foldSpam("АG真人旗舰厅 ВЕT365 аg8866.соm")
	assert.Equal(t, "ag真人旗舰厅 bet365 ag8866.com", folded)
	folded, _ = foldSpam("🍑同🔞城🔞约🔞炮️🍑")
	assert.Equal(t, "同城约炮", folded)
	// Capitals are folded as drawn: Greek Ν is N, though its lower case
	// ν is drawn like v; keycaps are the digits they frame.
	folded, _ = foldSpam("ΚΙΝGΒΕΤ Casino kιngbet88.com НОТ")
	assert.Equal(t, "kingbet casino kingbet88.com hot", folded)
	folded, _ = foldSpam("电话1️⃣3️⃣9️⃣6️⃣")
	assert.Equal(t, "电话1396", folded)
	_, strong := spamScore("同🔞城🔞约🔞炮🔞神🔞器 在线选妃")
	assert.Positive(t, strong)
}

// foldSpamPlain is foldSpamNFKC rune by rune, without the run copying:
// the definition the fast path must keep.
func foldSpamPlain(t string) (string, string) {
	var f, c []byte
	for _, r := range t {
		writeFolded(&f, &c, r)
	}
	return string(f), string(c)
}

// writeFoldedGeneral is writeFolded without its fast paths: the
// checks and lookups it makes of every rune.
func writeFoldedGeneral(folded, compact *[]byte, r rune) {
	if unicode.Is(unicode.Cf, r) || r == '\u034f' || r == '\u180e' {
		return
	}
	if d, ok := drawnAs(r); ok {
		*folded, *compact = append(*folded, d...), append(*compact, d...)
		return
	}
	if unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r) && r > 0x2000 || r >= 0xfe00 && r <= 0xfe0f || unicode.Is(unicode.Me, r) {
		return
	}
	if m, ok := spamFoldRunes[r]; ok {
		r = m
	} else if m, ok := spamFoldRunes[unicode.ToLower(r)]; ok {
		r = m
	} else {
		r = unicode.ToLower(r)
	}
	*folded = utf8.AppendRune(*folded, r)
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		*compact = utf8.AppendRune(*compact, r)
	}
}

// TestWriteFoldedFastPaths: the ASCII path and the bit set in front of
// the fold map give what the general checks give, for every rune of the
// BMP and the first planes' worth above it.
func TestWriteFoldedFastPaths(t *testing.T) {
	for r := rune(0); r <= 0x10400; r++ {
		var f1, c1, f2, c2 []byte
		writeFolded(&f1, &c1, r)
		writeFoldedGeneral(&f2, &c2, r)
		if string(f1) != string(f2) || string(c1) != string(c2) {
			t.Fatalf("writeFolded(%U) = %q, %q; want %q, %q", r, f1, c1, f2, c2)
		}
	}
}

func FuzzFoldSpam(f *testing.F) {
	for _, s := range []string{"澳門葡京娛樂", "百 家 乐", "ＡＢＣ官网", "\xff漢字\u200b", "𠀀文字", "Bet365 娱乐", "㐀㑖䷀乾\xe4\xb8"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		f1, c1 := foldSpamNFKC(s)
		f2, c2 := foldSpamPlain(s)
		if f1 != f2 || c1 != c2 {
			t.Fatalf("foldSpamNFKC(%q) = %q, %q; want %q, %q", s, f1, c1, f2, c2)
		}
	})
}

func TestLexiconFitsBuffer(t *testing.T) {
	assert.LessOrEqual(t, spamLexicon.size, lexiconWords, "raise lexiconWords")
	seen := map[string]string{}
	for _, f := range spamFamilies {
		for _, w := range append(append([]string{}, f.strong...), f.weak...) {
			assert.Equal(t, w, strings.ToLower(w), "words are folded: lower case")
			folded, _ := foldSpam(w)
			assert.Equal(t, w, folded, "words are folded: %q", w)
			if other, dup := seen[w]; dup {
				t.Errorf("%q is in %s and %s", w, other, f.name)
			}
			seen[w] = f.name
		}
	}
}

// TestLexiconSparesGenuineTopics: titles and sentences of genuine pages
// about the trades spam sells carry no strong word, or only quoted in a
// sentence: a strong word in a title makes it no reference for the
// headline, and the head's hijack check would flag it.
func TestLexiconSparesGenuineTopics(t *testing.T) {
	titles := []string{
		"关于2024年度彩票公益金使用情况的公告",
		"中国福利彩票发行管理中心开奖公告",
		"横琴粤澳深度合作区助力澳门经济适度多元发展",
		"澳门博彩业监管制度研究",
		"关于促进游戏产业高质量发展的若干措施",
		"网络棋牌游戏管理办法",
		"2025年全国成人高等学校招生考试报名须知",
		"严禁替考代考 谨防包过诈骗",
		"关于开展扫黄打非净网集中行动严厉打击网络淫秽色情信息的通告",
		"关于严厉打击网上赌博违法犯罪活动的通告",
		"我县召开打击治理跨境赌博工作推进会",
		"远离网赌 珍爱家庭",
		"警惕网络贷款诈骗 守好群众钱袋子",
		"警惕刷单返利类诈骗",
		"关于防范以虚拟货币名义进行非法集资的风险提示",
		"警惕稳赚不赔投资陷阱",
		"USDT等稳定币交易风险提示",
		"我市出台小微企业贷款贴息政策",
		"普惠金融推出无抵押信用贷款 审批实现秒批",
		"开展反假币宣传月活动",
		"新办企业免费刻章 不动产办证一次办",
		"警惕QQ盗号诈骗",
		"关于开展仿冒公章私刻公章专项整治的通知",
		"整治工程建设领域证书挂靠行为",
		"网络安全宣传周：防范DDoS攻击和黑客入侵",
		"严禁篡改成绩 维护考试公平",
		"养老上门服务补贴申领指南",
		"药品网络销售监督管理办法：处方药须凭处方销售",
		"个人代开发票办理指南",
		"关于规范税务机关代开发票工作的通知",
		"警惕跑分陷阱 守护群众钱袋子",
		"严打卡商卡农 深入推进断卡行动",
		"严厉打击非法生产销售窃听器偷拍设备违法犯罪",
		"网络游戏外挂和代练乱象治理",
		"警惕新型毒品神仙水",
		"依法收缴气枪钢珠枪弓弩等枪爆物品",
		"整治网络水军刷量控评",
		"关于公开招聘兼职网格员的公告",
	}
	for _, title := range titles {
		_, strong := spamScore(title)
		assert.Zero(t, strong, title)
	}
}

// TestLexiconFamilies: every family's selling phrases are found, also
// in traditional script, spaced out or full-width.
func TestLexiconFamilies(t *testing.T) {
	adverts := map[string][]string{
		"gambling":     {"开云体育官网注册", "九遊會 真人荷官"},
		"porn":         {"午夜福利 无码高清", "色情視頻免费看"},
		"escort":       {"外围女 包夜 同城约", "小 姐 上 门"},
		"loans":        {"黑户贷款 秒下款", "不看徵信 當天下款"},
		"investment":   {"ＵＳＤＴ出售 安全承兑", "币圈带单 躺赚"},
		"pharmacy":     {"迷药 听话水 货到付款", "催情藥 壮阳药", "失忆水 网购", "仿真手枪出售"},
		"essays":       {"代写论文 包发表", "論文代發 核心期刊代发"},
		"counterfeit":  {"高仿假币出售", "专业办证 代刻公章", "莆田高仿鞋A货批发", "代开各类发票"},
		"hacking":      {"黑客接单 定位查人", "查开房记录 代改成绩", "手机远程监听", "透视自瞄外挂"},
		"certificates": {"代考包过 四六级代考", "免考拿证 证书代办"},
		"engagement":   {"抖音刷粉 快手买粉", "宝媽在家網賺 手机网赚项目"},
		"cards":        {"短信接码 手机号接码", "境外资金跑分通道"},
	}
	names := map[string]bool{}
	for _, f := range spamFamilies {
		names[f.name] = true
	}
	for family, texts := range adverts {
		require.True(t, names[family], family)
		for _, text := range texts {
			_, strong := spamScore(text)
			assert.Positive(t, strong, "%s: %s", family, text)
		}
	}
}

// TestDrawnDigitsAndLetters: digits in circles and letters in flags' boxes
// read as the digits and letters they show.
func TestDrawnDigitsAndLetters(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"电话❶❸❼❷❻❻❹❽❶❾❺", "电话13726648195"},
		{"电话➀➂➆➓", "电话13710"},
		{"加微信🇾🇲🇬🇭🇿", "加微信ymghz"},
	} {
		folded, _ := foldSpam(tc.in)
		assert.Equal(t, tc.want, folded, tc.in)
	}
}
