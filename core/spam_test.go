package core

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/govreader/govreader/core/internal/cjk"
	"github.com/govreader/govreader/core/internal/dq"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func TestSpamScoreFolding(t *testing.T) {
	cases := []struct {
		name       string
		text       string
		wantStrong bool
	}{
		{"plain", "真人百家乐官网", true},
		{"full-width latin", "ｂｅｔ３６５体育", true},
		{"zero-width joined", "百\u200b家\u200d乐", true},
		{"spaced out", "百 家 乐", true},
		{"starred", "百*家*乐", true},
		{"traditional", "澳門娛樂城", true},
		{"pinyin", "baijiale zaixian", true},
		{"english brand", "Play at Bet365 now", true},
		{"porn code", "av1234", true},
		{"crackdown sentence has only weak words", "依法打击网络赌博违法犯罪活动", false},
		{"ordinary prose", "今年全县计划播种粮食作物四十二万亩。", false},
		{"english casino", "Play casino online", true},
		{"same-sex is not spam", "same-sex marriage", false},
		{"placeholder xxx", "XXX单位", false},
		{"java is not jav", "java developer", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, strong := spamScore(tc.text)
			assert.Equal(t, tc.wantStrong, strong > 0)
		})
	}
}

func TestKeywordSpam(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"澳门娱乐平台注册,体育投注官网下载,真人视频直播平台", true},
		{"首页 新闻 体育 娱乐 财经 科技 视频 直播 游戏", false}, // a menu: one word an item
		{"全文下载 word下载 pdf下载", false},
		{"澳门娱乐平台注册，体育投注官网下载。", false}, // a sentence
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			score, _ := spamScore(tc.text)
			assert.Equal(t, tc.want, keywordSpam(tc.text, score))
		})
	}
}

func TestDomains(t *testing.T) {
	cases := []struct {
		host, registrable string
		spammy            bool
	}{
		{"www.kfa738.vip", "kfa738.vip", true},
		{"www.zycys519.com", "zycys519.com", true},
		{"a.b.example.com.cn", "example.com.cn", false},
		{"www.people.com.cn", "people.com.cn", false},
		{"news.bbc.co.uk", "bbc.co.uk", false},
		{"www.njx.gov.cn", "njx.gov.cn", false},
	}
	for _, tc := range cases {
		t.Run(tc.host, func(t *testing.T) {
			d := registrableDomain(tc.host)
			assert.Equal(t, tc.registrable, d)
			assert.Equal(t, tc.spammy, spammyDomain(d))
		})
	}
}

func TestLinkFarm(t *testing.T) {
	cases := []struct {
		name string
		html string
		want bool
	}{
		{"cheap random domains", `<div><a href="http://www.aa123.vip/">甲</a><a href="http://bb456.top/">乙</a><a href="http://www.cc789.cc/">丙</a></div>`, true},
		{"friend links to media", `<div><a href="http://www.people.com.cn/">人民网</a><a href="http://www.xinhuanet.com/">新华网</a><a href="http://www.cctv.com/">央视网</a><a href="http://www.sc.gov.cn/">四川</a></div>`, false},
		{"publisher network", `<div><a href="https://variety.com/">Variety</a><a href="https://deadline.com/">Deadline</a><a href="https://www.rollingstone.com/">Rolling Stone</a><a href="https://wwd.com/">WWD</a></div>`, false},
		{"ordinary domains, keyword texts", `<div><a href="http://www.shengda.com/">盛大娱乐</a><a href="http://huacai.net/">华彩在线</a><a href="http://www.jinhui.com/">金汇理财</a><a href="http://yinhe.org/">银河视讯</a><a href="http://www.baoli.net/">宝利优选</a></div>`, true},
		{"institution friend links", `<div><a href="http://www.cqmuseum.org/">重庆中国三峡博物馆</a><a href="http://cqlib.org/">重庆图书馆</a><a href="http://www.cqmsg.com/">重庆美术馆</a><a href="http://www.casc.com/">中国航天科技集团有限公司</a><a href="http://www.cas.cn/">中国科学院</a></div>`, false},
		{"english share bar", `<div><a href="https://facebook.example/">Facebook</a><a href="https://tw.example/">Twitter</a><a href="https://pin.example/">Pinterest</a><a href="https://ok.example/">Odnoklassniki</a><a href="https://vk.example/">VKontakte</a></div>`, false},
		{"two domains", `<div><a href="http://www.aa123.vip/">甲</a><a href="http://bb456.top/">乙</a></div>`, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := newTestPage(t, `<html><body>`+tc.html+`</body></html>`, "")
			n := p.doc.Find("div").Get(0)
			assert.Equal(t, tc.want, p.linkStats(n).linkFarm())
		})
	}
}

func TestScriptStrings(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"plain", `'<a href="x">甲</a>');`, `<a href="x">甲</a>`},
		{"concatenated", `"<div>" + '乙' + "</div>");`, `<div>乙</div>`},
		{"hex escapes", `"\x3ca\x3e丙\x3c/a\x3e");`, `<a>丙</a>`},
		{"unicode escapes", `"\u003cb\u003e丁\u003c/b\u003e");`, `<b>丁</b>`},
		{"escaped quote", `'it\'s');`, `it's`},
		{"unescape", `unescape('%3Ci%3E%E6%88%8A%3C/i%3E'));`, `<i>戊</i>`},
		{"stops at the call's end", `'甲'); var x = '乙';`, `甲`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, scriptStrings(tc.src))
		})
	}
}

// parseOnly parses src into p, dropping what parse sets aside after
// </html>, which these tests do not judge.
func parseOnly(p *page, src string) error {
	_, err := p.parse(src)
	return err
}

func newTestPage(t *testing.T, src, pageURL string) *page {
	t.Helper()
	p := &page{opts: Options{URL: pageURL}, art: &Article{Spam: []SpamItem{}}}
	_, err := p.parse(src)
	require.NoError(t, err)
	return p
}

// TestCleanFixturesAreClean: every golden case whose checks expect a clean
// verdict must come out with no spam item at all, so that the reader never
// warns about a page that is fine.
func TestCleanFixturesAreClean(t *testing.T) {
	n := 0
	for _, dir := range goldenCases(t) {
		raw, err := os.ReadFile(filepath.Join(dir, "checks.json"))
		require.NoError(t, err)
		var c checks
		require.NoError(t, json.Unmarshal(raw, &c))
		if c.Verdict != VerdictClean {
			continue
		}
		n++
		t.Run(filepath.Base(dir), func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join(dir, "source.html"))
			require.NoError(t, err)
			a, err := Extract(src, Options{URL: c.URL})
			require.NoError(t, err)
			assert.Empty(t, a.Spam)
			assert.Equal(t, VerdictClean, a.Verdict)
		})
	}
	assert.GreaterOrEqual(t, n, 3, "the clean fixtures exist")
}

// TestSpamTextNeverInBody: no reported item's text may be part of the
// extracted article, for every golden case (the scorer's false-alarm rule,
// applied to our own fixtures).
func TestSpamTextNeverInBody(t *testing.T) {
	for _, dir := range goldenCases(t) {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join(dir, "source.html"))
			require.NoError(t, err)
			a, err := Extract(src, Options{})
			require.NoError(t, err)
			body := strings.Join(strings.Fields(a.Text), "")
			for _, s := range a.Spam {
				if s.Removed {
					text := strings.Join(strings.Fields(s.Text), "")
					if len([]rune(text)) >= 6 {
						assert.NotContains(t, body, text, "removed item %s still in the body", s.Kind)
					}
				}
			}
		})
	}
}

// FuzzScriptStrings: reading script literals never panics, whatever the
// script holds (unterminated strings, stray escapes, deep nesting).
func FuzzScriptStrings(f *testing.F) {
	for _, s := range []string{`'a');`, `"\x3`, `"\u00`, `unescape('%3`, `((((`, `'\`, "`x`)", `"\x3ca"+'b'`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		_ = scriptStrings(src)
	})
}

// FuzzWritesText: markup writesText finds no text in parses to a document
// without text, so skipping its parse loses nothing.
func FuzzWritesText(f *testing.F) {
	for _, s := range []string{`<script src="a.js"></script>`, `1 < 2`, `<a href="x>y">`, `<!-- a > b -->`, `<div>`, `<p `, "\u3000", `&nbsp;`, `<br/> <img src=x>`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, markup string) {
		if writesText(markup) {
			return
		}
		doc, err := dq.NewDocumentFromReader(strings.NewReader(markup))
		require.NoError(t, err)
		assert.Empty(t, collapseSpace(doc.Text()), "%q", markup)
	})
}

func TestWritesText(t *testing.T) {
	for markup, want := range map[string]bool{
		`<script src="/js/stat.js"></script>`:    false,
		"<div class=\"ad\">\n</div>":             false,
		`<a href="http://x.example/">赌场</a>`:     true,
		`1 < 2`:                                  true,
		`&nbsp;`:                                 true,
		`<img src="x.gif"><!-- counter -->`:      false,
		`<span style="display:none">代开发票</span>`: true,
	} {
		assert.Equal(t, want, writesText(markup), markup)
	}
}

// FuzzStyleHides: any declaration block is judged without a panic.
func FuzzStyleHides(f *testing.F) {
	for _, s := range []string{"clip:rect(", "transform:scale(", "color:#;background:#", "clip-path:polygon(", "transform:translate(-9999px", ";;:"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, decl string) {
		_ = styleHides(decl)
	})
}

func TestStripHeadSpam(t *testing.T) {
	body := normKey("南江县全面推进春耕备耕工作 南江县人民政府 今年全县计划播种粮食作物四十二万亩。 Casino revenue rises in Macau" +
		" 关于严厉打击以裸聊为名实施敲诈勒索犯罪的通告 澳门葡京娱乐城")
	cases := []struct {
		name, text, want string
		hijacked         bool
	}{
		{"strong words", "澳门葡京娱乐城_真人百家乐官网_南江县全面推进春耕备耕工作_南江县人民政府", "南江县全面推进春耕备耕工作_南江县人民政府", true},
		{"unknown brands with weak words", "开云体育官网_KY开元棋牌_南江县全面推进春耕备耕工作_南江县人民政府", "南江县全面推进春耕备耕工作_南江县人民政府", true},
		{"genuine title", "南江县全面推进春耕备耕工作_南江县人民政府", "南江县全面推进春耕备耕工作_南江县人民政府", false},
		{"genuine title with a weak word shown on the page", "南江县全面推进春耕备耕工作_南江县人民政府门户网站", "南江县全面推进春耕备耕工作_南江县人民政府门户网站", false},
		{"english keywords", "Apple, Apple Inc, iPhone, App Store, Apple TV", "Apple, Apple Inc, iPhone, App Store, Apple TV", false},
		{"keyword list", "乐鱼体育app下载,九游娱乐平台注册,春耕", "春耕", true},
		{"english headline about casinos, shown on the page", "Casino revenue rises in Macau | Example News", "Casino revenue rises in Macau | Example News", false},
		{"english spam not shown", "Best online casino bonus | 南江县人民政府", "南江县人民政府", true},
		{"chinese headline with a strong word, shown on the page", "关于严厉打击以裸聊为名实施敲诈勒索犯罪的通告_南江县人民政府", "关于严厉打击以裸聊为名实施敲诈勒索犯罪的通告_南江县人民政府", false},
		{"spam segment that a spam block repeats", "澳门葡京娱乐城_南江县人民政府", "南江县人民政府", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, hijacked := stripHeadSpam(tc.text, func() string { return body })
			assert.Equal(t, tc.hijacked, hijacked)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestLinkRunsInsideParagraph(t *testing.T) {
	src := `<html><body><div id="zoom"><p>今年全县计划播种粮食作物四十二万亩，目前已完成春播面积的七成。` +
		`<a href="http://www.kfa738.vip/">凯发国际</a> <a href="http://zlks922.top/">尊龙凯时</a>、<a href="http://www.jyh551.cc/">九游会</a>` +
		`各乡镇抢抓晴好天气组织群众下田，县农业农村局新建集中育秧点十八个。</p>` +
		`<p>详见<a href="http://www.njx.gov.cn/a.html">通知原文</a>和<a href="/b.html">附件</a>。</p></div></body></html>`
	a, err := Extract([]byte(src), Options{})
	require.NoError(t, err)
	assert.NotContains(t, a.Text, "凯发国际")
	assert.NotContains(t, a.Text, "九游会")
	assert.Contains(t, a.Text, "已完成春播面积的七成。各乡镇抢抓晴好天气")
	assert.Contains(t, a.Text, "通知原文")
	require.Len(t, a.Spam, 1)
	assert.Equal(t, SpamLinkFarm, a.Spam[0].Kind)
}

func TestSpamWordShare(t *testing.T) {
	assert.GreaterOrEqual(t, spamWordShare("澳门葡京娱乐城欢迎您！真人百家乐，注册送彩金！"), 0.3)
	assert.Less(t, spamWordShare("会议强调，要依法严厉打击农村地区网络赌博、非法集资和传播淫秽色情信息等违法犯罪活动。"), 0.3)
	assert.Zero(t, spamWordShare(""))
}

func TestTextWindows(t *testing.T) {
	var b strings.Builder
	b.WriteString("<div>")
	for i := range 40 {
		fmt.Fprintf(&b, "<p>第%d段：ＡＢＣ全角与e\u0301组合字符，澳门<b>葡京</b>娱乐。</p>\n", i)
	}
	b.WriteString("</div>")
	// The same text in one text node: windows cut inside the node.
	one := "<p>" + strings.Repeat("第一段：ＡＢＣ全角与e\u0301组合字符，澳门葡京娱乐。", 40) + "</p>"
	for _, src := range []string{b.String(), one} {
		checkTextWindows(t, src)
	}
}

func checkTextWindows(t *testing.T, src string) {
	doc, err := html.Parse(strings.NewReader(src))
	require.NoError(t, err)
	full := textOf(doc)
	var stitched strings.Builder
	var windows []string
	textWindows(doc, 200, 16, func(w string, owned int) {
		windows = append(windows, w)
		stitched.WriteString(w[:owned])
		// Each window normalises on its own to a part of the whole.
		assert.Contains(t, cjk.NFKC(full), cjk.NFKC(w))
	})
	require.Greater(t, len(windows), 5, "the text is cut")
	assert.Equal(t, full, stitched.String(), "the owned parts make the text")
	// Every run of 16 runes lies whole in some window.
	rs := []rune(full)
	for i := 0; i+16 <= len(rs); i++ {
		run := string(rs[i : i+16])
		found := false
		for _, w := range windows {
			found = found || strings.Contains(w, run)
		}
		require.True(t, found, "%q is in no window", run)
	}
	// The windowed tally scores what the whole text scores.
	var tally spamTally
	textWindows(doc, 200, 16, func(w string, _ int) { tally.add(cjk.NFKC(w)) })
	score, strong := spamScore(full)
	assert.GreaterOrEqual(t, tally.score, score)
	assert.Equal(t, strong > 0, tally.strong > 0)
}

func TestReadIdentityOnceAcrossWindows(t *testing.T) {
	var id identity
	text := "正文。网站标识码：4311000012 主办单位：永州市人民政府办公室"
	// The first window ends inside the sponsor's name; its match starts
	// past owned, so the next window, which holds it whole, reads it.
	cut := strings.Index(text, "人民")
	owned := strings.Index(text, "主办")
	id.read(text[:cut], owned)
	id.read(text[owned:], len(text)-owned)
	assert.Equal(t, "4311000012", id.siteCode)
	assert.Equal(t, "永州市人民政府办公室", id.sponsor)
}

func TestSpamWordShareQuoted(t *testing.T) {
	// A fraud warning quotes the slogans; an advert says them.
	assert.Less(t, spamWordShare("凡是“不看征信、当天下款”的网贷，都是诈骗；"), proseSpamShare)
	assert.GreaterOrEqual(t, spamWordShare("不看征信，当天下款，黑户贷款找我！"), proseSpamShare)
	// An unclosed or long quotation is not dropped.
	assert.GreaterOrEqual(t, spamWordShare("“不看征信，当天下款，黑户贷款找我！"), proseSpamShare)
	assert.Equal(t, "凡是的都是", unquoted("凡是“不看征信”的都是"))
	assert.Equal(t, "甲「乙", unquoted("甲「乙"))
}

func TestLooksSpamProse(t *testing.T) {
	p := newTestPage(t, `<html><body><div id="h">x</div></body></html>`, "")
	n := p.doc.Find("#h").Get(0)
	// A hidden copy of a warning names the trade in sentences.
	assert.False(t, p.looksSpam(n, "不法分子发布“不看征信、当天下款”等虚假贷款广告，诱骗急需用钱的群众。以“裸聊”为名实施敲诈勒索。"))
	assert.True(t, p.looksSpam(n, "真人百家乐官网 澳门葡京娱乐城"))
	assert.True(t, p.looksSpam(n, "澳门葡京娱乐城欢迎您！真人百家乐，注册送彩金！"))
}
