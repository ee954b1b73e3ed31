package core

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Where a family's advert is planted in a genuine page.
const (
	plantParagraph = iota // a paragraph of the article, after its second
	plantCell             // a row of a table in the article
	plantRelated          // an item of the related-articles list
	plantRow              // a row of a table, its cells split at |
	plantEntry            // an entry of the related list, with an info line under its link
)

// plantAdvert splices advert into the genuine page src.
func plantAdvert(t *testing.T, src, advert string, where int) string {
	t.Helper()
	var at, insert string
	switch where {
	case plantParagraph:
		at, insert = "</p>\n<p style", "</p>\n<p>"+advert+"</p>\n<p style"
		i := strings.Index(src, at)
		require.GreaterOrEqual(t, i, 0)
		j := strings.Index(src[i+len(at):], at)
		require.GreaterOrEqual(t, j, 0)
		k := i + len(at) + j
		return src[:k] + insert + src[k+len(at):]
	case plantCell:
		at, insert = "</table>", "<tr><td>"+advert+"</td><td>8</td><td>1</td></tr></table>"
	case plantRelated:
		at, insert = "</ul></div>", `<li><a href="/art/2025/3/20/art_1201_3399.html">`+advert+"</a><span>2025-03-20</span></li></ul></div>"
	case plantEntry:
		at, insert = "</ul></div>", `<li><a href="http://www.kaozheng-vip.com/">`+advert+`</a><p class="info">答复部门：考试服务中心　发布日期：2025-03-20</p></li></ul></div>`
	case plantRow:
		at, insert = "</table>", "<tr><td>"+strings.ReplaceAll(advert, "|", "</td><td>")+"</td></tr></table>"
	}
	require.Contains(t, src, at)
	return strings.Replace(src, at, insert, 1)
}

// TestAdvertFamilies plants adverts of every trade, in words and shapes
// the gambling-and-porn lexicon did not know, into genuine pages whose
// topic is close to them (a loan subsidy, a lottery fund): each advert
// goes, with its reason reported, and the article stays whole.
func TestAdvertFamilies(t *testing.T) {
	const (
		loans   = "genuine-small-business-loan-subsidy"
		lottery = "genuine-lottery-welfare-fund"
		games   = "genuine-game-industry-policy"
	)
	cases := []struct {
		family, base string
		where        int
		advert       string
	}{
		{"gambling", games, plantParagraph, "开云体育官方入口，新用户首充即享豪礼，详询客服微信 ky8899vip。"},
		{"gambling", lottery, plantCell, "九游会J9官网 www.j9hui88.vip 注册领取新人礼包"},
		{"porn", games, plantRelated, "成年人专属短视频 无删减 入口 tg @av_hub99"},
		{"porn", lottery, plantParagraph, "深夜私密影院，高清无删减，加V：mm52013 秒回。"},
		{"escort", loans, plantParagraph, "长沙高端外围模特预约，全城一小时到，微信 vip77520 随时联系。"},
		{"escort", lottery, plantCell, "上门服务 包夜 学生妹 QQ 2856123456"},
		{"loans", loans, plantParagraph, "急用钱找我，黑白户均可，不查征信，最快十分钟到账，加微信 dk668899 详询。"},
		{"loans", loans, plantCell, "网贷新口子 下款快 联系QQ：3321456789"},
		{"investment", loans, plantParagraph, "USDT 大量收售，价格美丽，安全承兑，飞机 @usdt_king88 秒回。"},
		{"investment", games, plantRelated, "币圈老师一对一指导 日收益百分之三十 进群请加V信 btc_9988"},
		{"pharmacy", lottery, plantParagraph, "原装进口男士延时喷剂、助勃药品代购，货到付款，咨询微信 yao_8866。"},
		{"pharmacy", loans, plantCell, "催情粉 听话药 无色无味 快递到家 QQ 1587766554"},
		{"essays", games, plantParagraph, "本科硕士毕业论文一条龙，查重保证通过，职称期刊快速见刊，详情咨询 QQ 2451236789。"},
		{"essays", lottery, plantCell, "论文发表 见刊快 www.lwfb123.top 立即投稿"},
		{"counterfeit", loans, plantParagraph, "各类证件制作，毕业证、驾驶证、房产证均可办理，可查可验，微信 zj_2233。"},
		{"counterfeit", games, plantRelated, "高仿人民币出售 一比十 过验钞机 电报 @rmb_supply"},
		{"hacking", lottery, plantParagraph, "专业技术团队承接各类业务：查微信记录、手机定位、修改分数，加QQ 3012345678 详谈。"},
		{"hacking", loans, plantCell, "黑客在线接单 找人查开房 网站渗透 TG @hack_pro_cn"},
		{"certificates", games, plantParagraph, "各类职业资格证书免考直接拿证，全国联网可查，加微信 zs_888888。"},
		{"certificates", lottery, plantCell, "教师资格证 考前押题 必过 联系QQ 2233445566"},
		// Words spelt half in pinyin or initials: no lexicon word is left.
		{"masked", games, plantParagraph, "wz代lian、jj上fen、cf刷zhan，价ge最低，wx：dl2299"},
		{"masked", loans, plantCell, "hk秒xia款 bz口zi 不kan征xin QQ 3365478921"},
		// The trade in one cell, the contact in the next.
		{"counterfeit", lottery, plantRow, "百元假钞一比八出货|微信jiachao-18"},
		{"loans", loans, plantRow, "网贷黑户下款|当天到账|加v：daikuan_666"},
		// A linked entry of a list with its own info line.
		{"certificates", lottery, plantEntry, "教师资格证包过班，不用考试直接拿证，怎么报名？"},
		{"essays", games, plantEntry, "职称论文代写代发，核心期刊包录用，如何投稿？"},
	}
	bases := map[string]string{}
	for _, tc := range cases {
		t.Run(tc.family+"/"+tc.base[len("genuine-"):], func(t *testing.T) {
			if bases[tc.base] == "" {
				raw, err := os.ReadFile(filepath.Join("testdata", tc.base, "source.html"))
				require.NoError(t, err)
				bases[tc.base] = string(raw)
			}
			clean, err := Extract([]byte(bases[tc.base]), Options{})
			require.NoError(t, err)
			a, err := Extract([]byte(plantAdvert(t, bases[tc.base], tc.advert, tc.where)), Options{})
			require.NoError(t, err)
			key := strings.Fields(tc.advert)[0]
			key = string([]rune(key)[:min(6, len([]rune(key)))])
			assert.NotContains(t, a.Text, key, "the advert leaked")
			assert.NotContains(t, a.Content, key, "the advert leaked")
			reported := false
			for _, s := range a.Spam {
				reported = reported || s.Removed && strings.Contains(s.Text, key)
			}
			assert.True(t, reported, "the advert is reported: %+v", a.Spam)
			assert.Equal(t, VerdictSpamRemoved, a.Verdict)
			for _, line := range strings.Split(clean.Text, "\n") {
				assert.Contains(t, a.Text, line, "the article stays whole")
			}
		})
	}
}

func TestAdvertWeigh(t *testing.T) {
	cases := []struct {
		name   string
		e      advertEvidence
		remove bool
	}{
		{"handle alone", advertEvidence{handle: true, offTopic: true}, false},
		{"call to action alone", advertEvidence{cta: true, offTopic: true}, false},
		{"cheap site alone", advertEvidence{cheapSite: true, site: true, offTopic: true}, false},
		{"phone alone", advertEvidence{phone: true, offTopic: true}, false},
		{"words alone", advertEvidence{score: 6, strong: 2, offTopic: true}, false},
		{"handle and call to action", advertEvidence{handle: true, cta: true, offTopic: true}, true},
		{"handle and call to action, on topic", advertEvidence{handle: true, cta: true}, false},
		{"handle and a trade's words", advertEvidence{handle: true, score: 2, offTopic: true}, true},
		{"handle and one weak word", advertEvidence{handle: true, score: 1, offTopic: true}, false},
		{"handle and mobile: a contact person", advertEvidence{handle: true, phone: true, offTopic: true}, false},
		{"handle and an ordinary site", advertEvidence{handle: true, site: true, offTopic: true}, false},
		{"cheap site and call to action", advertEvidence{site: true, cheapSite: true, cta: true, offTopic: true}, true},
		{"ordinary site and call to action: a service guide", advertEvidence{site: true, cta: true, offTopic: true}, false},
		{"strong word and mobile", advertEvidence{phone: true, score: 2, strong: 1, offTopic: true}, true},
		{"strong word and mobile, on topic", advertEvidence{phone: true, score: 2, strong: 1}, false},
		{"strong word and a call to action", advertEvidence{cta: true, score: 1, strong: 1, offTopic: true}, true},
		{"strong word and a code to scan", advertEvidence{scan: true, score: 1, strong: 1, offTopic: true}, true},
		{"strong word and a call in a warning", advertEvidence{cta: true, scan: true, warns: true, score: 1, strong: 1, offTopic: true}, false},
		{"strong word and a call, on topic", advertEvidence{cta: true, score: 1, strong: 1}, false},
		{"a code to scan and a handle: a portal's 公众号", advertEvidence{scan: true, handle: true, offTopic: true}, false},
		{"a trade's words and the terms of a sale", advertEvidence{cta: true, sale: true, score: 2, offTopic: true}, true},
		{"a trade's words and a call, no sale", advertEvidence{cta: true, score: 2, offTopic: true}, false},
		{"a trade's words and a sale, in a warning", advertEvidence{cta: true, sale: true, warns: true, score: 2, offTopic: true}, false},
		{"a handle and words spelt half in pinyin", advertEvidence{handle: true, masked: true, offTopic: true}, true},
		{"a handle and words spelt half in pinyin, on topic", advertEvidence{handle: true, masked: true}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			remove, why := tc.e.weigh()
			assert.Equal(t, tc.remove, remove)
			assert.Equal(t, tc.remove, why != "", "a removal gives its reason")
		})
	}
}

func TestContactHandle(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"详询QQ：2451236789", true},
		{"加微信 dk668899", true},
		{"ＶＸ：abc_8866", true},
		{"加V：mm52013", true},
		{"薇信号 zs_888888", true},
		{"微信 13812345678", true},
		{"飞机 @usdt_king88", true},
		{"TG @hack_pro_cn", true},
		{"咨询QQ群：612345678", false},
		{"关注微信公众号“某某普惠金融”", false},
		{"举报邮箱：jubao@shdf.example.cn", false},
		{"分享到：微信 微博 QQ空间", false},
		{"联系电话：0731-84390000", false},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			folded, _ := foldSpam(tc.text)
			assert.Equal(t, tc.want, writesHandle(folded))
			assert.Equal(t, tc.want, contactHandle.MatchString(folded), "the regexp on the whole text")
		})
	}
}

func TestWrittenSites(t *testing.T) {
	p := newTestPage(t, `<html><body><p>正文</p></body></html>`, "https://www.example.gov.cn/a.html")
	cases := []struct {
		text        string
		site, cheap bool
	}{
		{"请登录湖南政务服务网（zwfw.hunan.gov.cn）申报", false, false},
		{"详见本站 www.example.gov.cn/zwgk/", false, false},
		{"举报网站：www.shdf.gov.cn，邮箱：jubao@shdf.example.cn", false, false},
		{"登录湖南省教育考试院网站（www.hneeb.cn）报名", true, false},
		{"官网 www.j9hui88.vip 注册", true, true},
		{"下载附件1.docx和实施办法.pdf", false, false},
		{"新华网 www.news.cn 报道", false, false},
		{"增长3.5个百分点", false, false},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			folded, _ := foldSpam(tc.text)
			site, cheap := p.writtenSites(folded)
			assert.Equal(t, tc.site, site, "site")
			assert.Equal(t, tc.cheap, cheap, "cheap")
		})
	}
}

// TestAdvertEvidenceKeepsNotices: the contact lines of genuine notices,
// off the headline's topic as they are, are no adverts.
func TestAdvertEvidenceKeepsNotices(t *testing.T) {
	page := `<html><head><title>关于做好2025年成人高考报名工作的通知_某某市教育局</title></head><body><h1>关于做好2025年成人高考报名工作的通知</h1><div id="t">%s</div></body></html>`
	cases := []struct {
		text   string
		remove bool
	}{
		{"考生可加入咨询QQ群：612345678，或拨打咨询电话：0731-84390000。", false},
		{"联系人：王老师，手机：13907310000（微信同号），邮箱：wang@example.cn。", false},
		{"请登录湖南省教育考试院网站（www.hneeb.cn）注册并下载报名表。", false},
		{"扫码关注“某某教育发布”微信公众号，及时了解考试动态。", false},
		{"联系人：李明，电话：13907315566，微信号：liming_edu。", false},
		{"报名咨询微信：rsj_zhaopin，咨询电话：0731-84390000。", false},
		{"技术支持联系QQ：800012345，工作日在线。", false},
		{"成人高考报名须知：考生报名后可加微信 kaoshi2025 详询考试安排。", false}, // on the headline's topic
		{"急用钱找我，黑白户均可，最快十分钟到账，加微信 dk668899 详询。", true},
		{"论文发表 见刊快 www.lwfb123.top 立即投稿", true},
		// No contact but a code to scan or a button to press.
		{"外汇黄金喊单老师带你稳定盈利，原油期货一对一指导，扫码加入财经直播间", true},
		{"黑户可贷，当天下款，立即申请额度", true},
		// A warning names the trade's words and asks to act against it.
		{"警惕所谓“喊单老师”带你稳定盈利，切勿扫码加入陌生投资群。", false},
		{"扫一扫关注“某某教育发布”微信公众号：mmjy2025", false},
		// A trade's plain words with the terms of a sale, or a handle.
		{"无线窃听器高清偷拍设备，货到付款。", true},
		{"ＬＯＬ代练上王者，ｑｑ２８７５５１０９３６，包月代打只需99元。", true},
		// Written as news, with a handle and a call to act.
		{"据了解，某生殖中心长期招募爱心捐卵志愿者，营养补贴2万至6万元，有意者请联系刘老师，电话17759324016，微信号juanluan_liu。", true},
		// A fraud story quotes the lure; a warning names the trade.
		{"3月，市民刘女士在短视频平台看到“在家兼职，给主播点赞关注即可日赚200元”的信息，添加对方微信后被拉入群聊。", false},
		{"如接到可疑电话、短信，可拨打96110反诈专线咨询；如不慎被骗，请立即拨打110报警。", false},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			p := newTestPage(t, strings.Replace(page, "%s", "<p>"+tc.text+"</p>", 1), "")
			n := p.doc.Find("#t p").Get(0)
			score, strong := spamScore(tc.text)
			remove, _ := p.advertEvidence(n, tc.text, score, strong, 0, p.headlineBigrams).weigh()
			assert.Equal(t, tc.remove, remove)
		})
	}
}

// TestMayHoldAdvert: the gate agrees with the folded tests it stands
// for, without folding.
func TestMayHoldAdvert(t *testing.T) {
	for _, text := range []string{"加微信 dk668899", "ＶＸ abc", "Qq 12345", "加V：mm", "TG hack", "wechat abc", "飛機 @abc",
		"官网 www.ok88.top", "热线13812345678", "ｗｗｗ．ａｂｃ", "mail me@abc"} {
		assert.True(t, mayHoldAdvert(text), text)
	}
	for _, text := range []string{"今年全县计划播种粮食作物四十二万亩。", "增长3.5个百分点", "2025年4月15日", "分享到：微博"} {
		assert.False(t, mayHoldAdvert(text), text)
	}
}

// FuzzMayHoldAdvertGate: the allocation-free gate never says no where
// the folded tests it stands for would find a handle, a mobile number or
// a written address (it may say yes more often).
func FuzzMayHoldAdvertGate(f *testing.F) {
	for _, s := range []string{"加微信 dk668899", "ＶＸ：abc_8866", "飛機 @usdt", "www.ok88.top", "热线138-1234-5678", "Ｑｑ１２３４５", "mail a@b.cn"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		folded, _ := foldSpam(text)
		found := writesHandle(folded) || mobilePhone.MatchString(folded) || writtenSite.MatchString(folded)
		if found && !mayHoldAdvert(text) {
			t.Fatalf("mayHoldAdvert(%q) = false; folded %q holds a contact", text, folded)
		}
	})
}

func TestMayHoldAdvertFolds(t *testing.T) {
	for _, text := range []string{"微\u200b信 abc", "www﹒ok88﹒top", "①③⑧①②③④⑤⑥⑦⑧", "tg﹫hack"} {
		assert.True(t, mayHoldAdvert(text), text)
	}
}

func TestGluedLatinRuns(t *testing.T) {
	cases := []struct {
		text string
		runs int
	}{
		{"dy刷fen、ks买zan、xhs涨fen，jg便宜，vx：zf8866", 7},
		{"ｄｙ刷ｆｅｎ", 2},
		{"登录e政务平台，下载pdf文件", 1},               // one letter is a brand, pdf a format
		{"距离5km处设3kg以下投放点", 0},               // units after numbers
		{"APP和GDP、PM2.5指数", 0},               // capitals: acronyms
		{"see the English summary below", 0}, // Latin prose touches no Han
	}
	for _, tc := range cases {
		assert.Equal(t, tc.runs, gluedLatinRuns(tc.text), tc.text)
	}
}

// TestWarningQuotesTheLure: a police warning quotes the lure in its
// headline and tells how the gang worked (注册, 充值, 下载) in the words
// of a case report (破获, 犯罪嫌疑人); the page comes out whole and
// unflagged.
func TestWarningQuotesTheLure(t *testing.T) {
	page := func(title, paras string) string {
		return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + title + `_某某市公安局</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/jwgk/">警务公开</a></div><div class="art"><h1>` + title + `</h1><div class="info">发布时间：2024-06-12 来源：市公安局</div>
<div id="zoom">` + paras + `</div></div><div class="foot">主办：某某市公安局</div></body></html>`
	}
	for _, tc := range []struct{ name, title, paras, needle string }{
		{"football betting", "警方提醒：赛事期间严打网络赌球 警惕“首充送彩金”陷阱",
			`<p>赛事期间境外赌博集团往往借机通过网络招揽赌客，警方将持续保持高压严打态势。</p><p>今年以来，警方已破获网络赌博案件31宗，抓获犯罪嫌疑人126名。犯罪团伙在短视频平台以“足球分析师”身份发布所谓“必中推荐”，再以“首充送彩金”“输了返水”为诱饵，引导群成员在境外赌博网站注册充值，并按下线投注额抽取佣金。</p><p>警方提示：网络赌球是违法犯罪行为，请广大市民自觉抵制，发现线索请拨打110举报。</p>`, "抽取佣金"},
		{"loan fraud", "警惕“黑户秒下款”网贷骗局",
			`<p>近日，市公安局反诈中心破获一起冒充网贷平台诈骗案，抓获犯罪嫌疑人8名。</p><p>犯罪团伙以“黑户可贷、不看征信、秒下款”为诱饵发送短信，诱导受害人下载虚假APP注册，再以“解冻费”“保证金”名义骗取钱财，涉案金额达260余万元。</p><p>警方提醒：正规贷款发放前不会收取任何费用，切勿轻信。</p>`, "解冻费"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(page(tc.title, tc.paras)), Options{})
			require.NoError(t, err)
			assert.Contains(t, a.Text, tc.needle)
			assert.Empty(t, a.Spam)
		})
	}
}

// TestOfferCatalogue: a page that presents offers (消费帮扶 products, 民宿
// rooms), each with its price and a number or WeChat id to order by, keeps
// them; a lone advert of that shape planted in an article still goes.
func TestOfferCatalogue(t *testing.T) {
	page := func(title, paras string) string {
		return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + title + `_某某县人民政府</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="art"><h1>` + title + `</h1><div class="info">发布时间：2024-01-26 来源：县商务委</div>
<div id="zoom">` + paras + `</div></div><div class="foot">主办：某某县人民政府办公室</div></body></html>`
	}
	products := `<p>年货节于1月25日开幕，县商务委组织32家农民专业合作社推出消费帮扶产品，市民可通过合作社电话、微信订购。</p>
<p><strong>老腊肉</strong></p><p>选用本地散养黑毛猪，柴火慢熏60天以上。带皮五花腊肉每斤68元，5斤以上包邮。订购：明中乡巴山腊味专业合作社，电话023-59226081，微信bashanlawei。</p>
<p><strong>山地鸡</strong></p><p>林下散养一年以上，整鸡每只168元起，冷链发货。订购：东安镇山地鸡养殖专业合作社，电话13896357142（同微信）。</p>
<p><strong>土蜂蜜</strong></p><p>中华蜜蜂一年一取的百花蜜，每瓶500克98元，两瓶起售。订购：咸宜镇蜂农合作社，电话023-59220574，微信xianyi_fengmi。</p>`
	rooms := `<p>为迎接旅游旺季，县文旅局推出首批精品民宿，游客可直接联系民宿预订。</p>
<div class="item"><h3>云上人家</h3><p>地处海拔1200米的高山村落，标准间每晚288元，含早餐，预订电话0836-8812345，微信yunshangrenjia。</p></div>
<div class="item"><h3>竹里小院</h3><p>毗邻竹海景区，亲子房每晚368元，周末另加50元，预订电话13508361234。</p></div>
<div class="item"><h3>溪边客栈</h3><p>临溪而建，可垂钓烧烤，大床房每晚198元，预订请加微信xibiankezhan。</p></div>`
	for _, tc := range []struct{ name, title, paras, needle string }{
		{"farm products", "年货节消费帮扶产品推荐", products, "bashanlawei"},
		{"guesthouse rooms", "首批精品民宿推荐", rooms, "yunshangrenjia"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(page(tc.title, tc.paras)), Options{})
			require.NoError(t, err)
			assert.Contains(t, a.Text, tc.needle)
			assert.Empty(t, a.Spam)
		})
	}
	t.Run("a lone advert in an article", func(t *testing.T) {
		paras := `<p>1月25日，县商务委召开年货节工作部署会，要求各乡镇做好产品质量抽检和价格监测工作。</p><p>会议强调，要严格落实明码标价制度，畅通12315投诉举报渠道。</p>
<p>正宗野生灵芝孢子粉每盒398元，买二送一，订购请加微信lingzhi_888，全国包邮。</p><p>会议还对春节期间市场保供稳价工作进行了安排。</p>`
		a, err := Extract([]byte(page("县商务委部署年货节市场监管工作", paras)), Options{})
		require.NoError(t, err)
		assert.NotContains(t, a.Text, "lingzhi_888")
		assert.NotEmpty(t, a.Spam)
	})
}
