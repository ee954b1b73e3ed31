package core

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBioEvidence(t *testing.T) {
	cases := []struct {
		text        string
		minFamilies int
		header      bool
	}{
		{"关于专家组： 冯剑峰，1963年9月出生于广东佛山。中国书画领军人物，国家一级美术师。", 3, true},
		{"（五）关于专家组： 高金波，公共网络的发起人。", 0, true},
		{"现场专家介绍： 师鸿 名于淼号三水，1934年生于北京，师从徐悲鸿。", 2, true},
		{"荣获一等奖个人简介 张延杰，演员，汉族，出生于1991年9月23。", 3, true},
		{"关于评委组：张高芸，毕业于华东理工大学。", 1, true},
		{"今年全县计划播种粮食作物四十二万亩，目前已完成春播面积的七成。", 0, false},
		{"关于印发春耕备耕工作方案的通知", 0, false},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			fam, header := bioEvidence(tc.text)
			assert.GreaterOrEqual(t, fam, tc.minFamilies)
			assert.Equal(t, tc.header, header)
			if tc.minFamilies == 0 && !tc.header {
				assert.Zero(t, fam)
			}
		})
	}
}

func TestWeigh(t *testing.T) {
	cases := []struct {
		name string
		e    blockEvidence
		want int
	}{
		{"copy has neighbours, not the block", blockEvidence{copy: copySandwiched, families: 1, overlap: 0.6}, blockRemove},
		{"copy has neighbours, block on topic without patterns", blockEvidence{copy: copySandwiched, overlap: 0.8}, blockKeep},
		{"copy has neighbours, block off topic without patterns", blockEvidence{copy: copySandwiched, overlap: 0.2}, blockSuspect},
		{"copy ends before a profile", blockEvidence{copy: copyTail, families: 2, overlap: 0.2}, blockRemove},
		{"profile heading with credentials", blockEvidence{header: true, families: 1, overlap: 0.5}, blockRemove},
		{"profile heading on a page of profiles", blockEvidence{header: true, families: 3, profilePage: true}, blockSuspect},
		{"profile heading alone", blockEvidence{header: true}, blockKeep},
		{"a career selling its services, with a mobile, on topic", blockEvidence{families: 2, sells: true, contact: true, overlap: 0.6}, blockRemove},
		{"prices and a mobile without a career (a guesthouse list)", blockEvidence{families: 1, sells: true, contact: true, overlap: 0.6}, blockKeep},
		{"a career with a mobile, selling nothing", blockEvidence{families: 3, contact: true, overlap: 0.6}, blockKeep},
		{"a career selling with a mobile, on a page of profiles", blockEvidence{families: 3, sells: true, contact: true, profilePage: true, overlap: 0.6}, blockKeep},
		{"an official's résumé under its heading", blockEvidence{header: true, families: 3, official: true, overlap: 0.4}, blockKeep},
		{"many patterns off topic", blockEvidence{families: 4, overlap: 0.1}, blockRemove},
		{"many patterns on topic", blockEvidence{families: 4, overlap: 0.6}, blockKeep},
		{"the first paragraph is never guessed at", blockEvidence{families: 5, overlap: 0.1, first: true}, blockKeep},
		{"pasted with its own line breaks", blockEvidence{families: 2, oddBreak: true, overlap: 0.2}, blockRemove},
		{"opens with birth and school", blockEvidence{families: 3, profileOpen: true, overlap: 0.2}, blockRemove},
		{"two patterns in a news sentence", blockEvidence{families: 2, overlap: 0.2}, blockKeep},
		{"stray advert pasted in", blockEvidence{families: 1, oddBreak: true, overlap: 0.05}, blockRemove},
		{"stray paragraph without any pattern", blockEvidence{oddBreak: true, overlap: 0.05}, blockKeep},
		{"copy lacks it, no neighbours known", blockEvidence{copy: copyOther, families: 1}, blockSuspect},
		{"off-topic profile bare between blocks", blockEvidence{families: 2, overlap: 0.1, loose: true}, blockRemove},
		{"off-topic profile marked up unlike the paragraphs", blockEvidence{families: 2, overlap: 0.2, oddMarkup: true}, blockRemove},
		{"off-topic profile closing a list of short lines", blockEvidence{families: 2, overlap: 0.2, listTail: true}, blockRemove},
		{"off-topic profile after a table", blockEvidence{families: 2, overlap: 0.2, afterTable: true}, blockRemove},
		{"off-topic profile tucked into a paragraph", blockEvidence{families: 2, overlap: 0.2, tucked: true}, blockRemove},
		{"marked up otherwise but on the article's topic", blockEvidence{families: 2, overlap: 0.4, oddMarkup: true}, blockKeep},
		{"names the headline's subject: kept whatever its markup", blockEvidence{families: 4, profileOpen: true, overlap: 0.17, headline: 3, oddMarkup: true}, blockKeep},
		{"headline pairs but nothing else in common", blockEvidence{families: 4, overlap: 0.05, headline: 7}, blockRemove},
		{"two headline pairs are chance", blockEvidence{families: 2, overlap: 0.2, headline: 2, loose: true}, blockRemove},
		{"role label opening an off-topic profile", blockEvidence{label: true, families: 2, overlap: 0.2}, blockRemove},
		{"role label and one post, as a lecture notice's 主讲人", blockEvidence{label: true, families: 1, overlap: 0.2}, blockKeep},
		{"role label on the article's topic", blockEvidence{label: true, families: 1, overlap: 0.5}, blockKeep},
		{"role label without a profile pattern", blockEvidence{label: true, overlap: 0.1}, blockKeep},
		{"role label and one pattern, sharing almost nothing", blockEvidence{label: true, families: 1, overlap: 0.05}, blockRemove},
		{"carries on a removed profile with an offer", blockEvidence{follows: true, sells: true, overlap: 0}, blockRemove},
		{"follows a removed profile, no pattern: a genuine paragraph", blockEvidence{follows: true, overlap: 0.05}, blockKeep},
		{"names years after the article", blockEvidence{later: true, families: 2, overlap: 0.2}, blockRemove},
		{"before the last paragraph only", blockEvidence{families: 2, overlap: 0.2, beforeLast: true}, blockSuspect},
		{"one pattern, stray, tucked", blockEvidence{families: 1, overlap: 0.05, tucked: true}, blockRemove},
		{"one pattern after a table, not stray", blockEvidence{families: 1, overlap: 0.2, afterTable: true}, blockKeep},
		{"the article replaced by a profile is kept", blockEvidence{replaced: true, header: true, families: 3}, blockSuspect},
		{"breaks a list's lead, on the headline's topic", blockEvidence{breaksLead: true, families: 3, overlap: 0.33, headline: 6}, blockSuspect},
		{"breaks a list's lead, off topic", blockEvidence{breaksLead: true, families: 2, overlap: 0.1}, blockRemove},
		{"breaks a list's lead without credentials", blockEvidence{breaksLead: true, families: 1, overlap: 0.4}, blockKeep},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, why := tc.e.weigh()
			assert.Equal(t, tc.want, got)
			if got != blockKeep {
				assert.NotEmpty(t, why.id, "every report has a reason id")
				assert.NotEmpty(t, why.text, "every report says why")
			}
		})
	}
}

func TestBrRunsSplitOneParagraphArticles(t *testing.T) {
	p := newTestPage(t, `<html><body><div id="a"><p>关于企业代表<br>某公司总经理王某，男，汉族，1995年8月生。<br><br>第一段正文，讲述论坛的举办情况。<br><br>第二段正文，讲述论坛的成果。</p></div></body></html>`, "")
	units := paragraphs(p.doc.Find("#a").Get(0))
	require.Len(t, units, 4)
	assert.Equal(t, "关于企业代表", units[0].text)
	assert.True(t, strings.HasPrefix(units[2].text, "第一段正文"))
}

func TestInnerBreak(t *testing.T) {
	p := newTestPage(t, "<html><body><p id=a>关于专家组：\n王某，书法家。</p><p id=b>\n  正文第一句。正文第二句。\n</p></body></html>", "")
	assert.True(t, hasInnerBreak(p.doc.Find("#a").Get(0)))
	assert.False(t, hasInnerBreak(p.doc.Find("#b").Get(0)), "indentation around the text is no break")
}

func TestCopyPresence(t *testing.T) {
	paras := []string{"第一段：今年全县计划播种粮食作物四十二万亩。", "第二段：县农业农村局新建集中育秧点十八个。", "第三段：某人出生于某地，毕业于某校，现任执行董事。", "第四段：县供销社设立农资服务点三十六个。"}
	article := "<div id=art><p>" + strings.Join(paras, "</p><p>") + "</p></div>"
	elder := "<div id=elder><p>" + paras[0] + "</p><p>" + paras[1] + "</p><p>" + paras[3] + "</p></div>"
	p := newTestPage(t, "<html><body>"+article+elder+"</body></html>", "")
	root := p.doc.Find("#art").Get(0)
	units := paragraphs(root)
	in := p.copyPresence(root, units, nil)
	require.NotNil(t, in)
	assert.Equal(t, copyNone, in.lacks(0))
	assert.Equal(t, copySandwiched, in.lacks(2))

	// An edited sentence (a name spliced in) is held by the copy in its
	// original form: not evidence of an injection.
	edited := strings.Replace(paras[1], "县农业农村局", "某公司执行董事张某与县农业农村局", 1)
	article = "<div id=art><p>" + strings.Join([]string{paras[0], edited, paras[3]}, "</p><p>") + "</p></div>"
	p = newTestPage(t, "<html><body>"+article+elder+"</body></html>", "")
	root = p.doc.Find("#art").Get(0)
	units = paragraphs(root)
	in = p.copyPresence(root, units, nil)
	require.NotNil(t, in)
	assert.Equal(t, copyNone, in.lacks(1))

	// No copy on the page: no evidence either way.
	p = newTestPage(t, "<html><body><div id=art><p>"+strings.Join(paras, "</p><p>")+"</p></div></body></html>", "")
	root = p.doc.Find("#art").Get(0)
	assert.Nil(t, p.copyPresence(root, paragraphs(root), nil))
}

func TestWitnessIndexAgreesWithContains(t *testing.T) {
	var b strings.Builder
	for i := range 3000 {
		fmt.Fprintf(&b, "第%d段内容各不相同\x00", i)
	}
	witness := b.String()
	indexed := newWitnessIndex([]byte(witness), maxWitnessScan)
	require.NotNil(t, indexed.sa, "past the threshold the suffix array is built")
	plain := newWitnessIndex([]byte(witness), 1)
	require.Nil(t, plain.sa)
	for _, q := range []string{"第0段", "第2999段内容", "段内容各不相同\x00第1", "第3000段", "", "内容相同"} {
		assert.Equal(t, strings.Contains(witness, q), indexed.contains(q), "%q", q)
		assert.Equal(t, strings.Contains(witness, q), plain.contains(q), "%q", q)
	}
}

func FuzzKeyBigrams(f *testing.F) {
	for _, s := range []string{"　　为深入贯彻落实，现将有关事项通知如下。", "中 国", "ＡＢ中文", "①②中", "\xff中文", "漢字\u200d漢字", "㐀㐁中"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, n := keyBigrams(nil, s)
		key := normKey(s)
		want := hanBigrams(nil, key)
		if !slices.Equal(got, want) || n != utf8.RuneCountInString(key) {
			t.Fatalf("keyBigrams(%q) = %v, %d; want %v, %d", s, got, n, want, utf8.RuneCountInString(key))
		}
	})
}

func FuzzAppendNormKey(f *testing.F) {
	for _, s := range []string{"　　为深入贯彻落实，现将\t有关事项\n通知如下。", "a b\vc", "ＡＢ中文", "\xff中文", "漢字\u200d漢字", "“引号”—— 破折号"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendNormKey([]byte("前"), s)), "前"+normKey(s); got != want {
			t.Fatalf("appendNormKey(%q) = %q; want %q", s, got, want)
		}
	})
}

func TestBioFamiliesOfShape(t *testing.T) {
	// Each text carries one family of the new shapes and nothing else.
	cases := []struct {
		text string
		want int
	}{
		{"其作品润格每平尺1.8万元", 1},
		{"作品售价3000元/平尺", 1},
		{"一幅长卷拍出86万元", 1},
		{"抖音粉丝286万", 1},
		{"近一年涨粉38.4万", 1},
		{"短视频播放量超过1200万次，粉丝超520万", 1},
		{"现任某某公司顾问", 1},
		{"新建商品住宅均价1.2万元/平方米", 0},
		{"全县粮食播种面积四十二万亩", 0},
		{"县融媒体中心发布短视频120条", 0},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			fam, _ := bioEvidence(tc.text)
			assert.Equal(t, tc.want, fam)
		})
	}
}

func TestRoleLabel(t *testing.T) {
	cases := []struct {
		text         string
		opens        bool
		strict, role bool // as a line of its own
	}{
		{"讲解员：王海峰，某公司总经理", true, false, false},
		{"主讲人：张教授，博士生导师", true, false, false},
		{"嘉宾介绍：吴砚秋，书画家", true, false, false},
		{"关于出席嘉宾", true, false, true},
		{"关于专家组", true, true, false},
		{"（二）关于企业家代表：", true, false, true},
		{"友情推荐：欧阳嘉琪，留学规划导师", true, false, false},
		{"艺术顾问：乔德贵先生，收藏鉴定专家", true, false, false},
		{"推荐阅读", false, false, false},
		{"关于印发春耕备耕工作方案的通知", false, false, false},
		{"会议指出：要压实防汛责任", false, false, false},
		{"记者：张三 李四", false, false, false},
		{"责任编辑：王五", false, false, false},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			assert.Equal(t, tc.opens, opensWithLabel(tc.text), "opens")
			strict, role := labelLine(tc.text)
			assert.Equal(t, tc.strict, strict, "strict")
			assert.Equal(t, tc.role, role, "role")
		})
	}
}

func TestLatestYear(t *testing.T) {
	cases := []struct {
		text string
		want int
	}{
		{"1958年生，2023年签约，2025年举办演唱会", 2025},
		{"2021年起步，力争到2027年建成", 2021},
		{"2025年底前完成改造，2023年已完成一半", 2023},
		{"2024—2026年行动计划", 0}, // only the end of the range is a year here
		{"2008年，6岁被选入市队", 2008},
		{"编号12024年度", 0}, // the tail of a longer number
		{"3000年前的遗址", 0},
		{"今年以来", 0},
		{"２０２６年", 0}, // callers pass NFKC text, where the digits are ASCII
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			assert.Equal(t, tc.want, latestYear(tc.text))
		})
	}
}

func TestParagraphsFindBareAndTuckedRuns(t *testing.T) {
	p := newTestPage(t, `<html><body><div id="a">
<p style="text-indent:2em">第一段正文，讲述活动的举办情况和参加人员。</p>
<span>林晓悦，青年歌手，抖音粉丝286万。</span>
<p style="text-indent:2em">第二段正文，讲述活动的成果。<span style="color:#333">周子墨，网络歌手，全网粉丝520万，播放量破亿。</span></p>
<p style="text-indent:2em"><span>第三段</span><span>正文分成两段标记，但标记相同，仍是一段。</span></p>
<h3>小标题不是段落的裸文本</h3>
</div></body></html>`, "")
	units := paragraphs(p.doc.Find("#a").Get(0))
	var got []string
	for _, u := range units {
		got = append(got, fmt.Sprintf("%v/%v %s", u.loose, u.tucked, runePrefix(u.text, 6)))
	}
	assert.Equal(t, []string{
		"false/false 第一段正文，",
		"true/false 林晓悦，青年",
		"false/false 第二段正文，",
		"false/true 周子墨，网络",
		"false/false 第三段正文分",
	}, got)
}

func TestShapeAndPlace(t *testing.T) {
	p := newTestPage(t, `<html><body><div id="a">
<p class="t">第一段正文，讲述活动的举办情况。</p>
<p class="t">第二段正文，讲述活动的主要内容。</p>
<p class="t">第三段正文，讲述活动的主要成效。</p>
<div class="wrap"><table><tr><td>站点</td><td>数值</td></tr></table></div>
<div>刘墨轩，国家一级美术师，作品润格每平尺1.8万元。</div>
<p class="t">第四段正文，讲述下一步的工作安排。</p>
<ul><li>组长：李建华 市长</li><li>副组长：赵明远 副市长</li><li>成员：孙立新 局长</li>
<li>张立群，博远研究院客座教授，现任多家企业品牌顾问，长期从事品牌营销策划。</li></ul>
</div></body></html>`, "")
	units := paragraphs(p.doc.Find("#a").Get(0))
	byText := map[string]unit{}
	shapes := make([]uint64, len(units))
	for i, u := range units {
		byText[runePrefix(u.text, 3)] = u
		if utf8.RuneCountInString(u.text) >= minUnitRunes {
			shapes[i] = shapeOf(u)
		}
	}
	norm := commonShape(shapes)
	assert.Equal(t, shapeOf(byText["第一段"]), norm, "four of six judged paragraphs are <p class=t>")
	assert.NotEqual(t, norm, shapeOf(byText["刘墨轩"]))

	assert.True(t, afterTable(byText["刘墨轩"]), "a table in a wrapper of its own")
	assert.False(t, afterTable(byText["第四段"]))

	tail := byText["张立群"]
	assert.True(t, longListTail(tail, utf8.RuneCountInString(tail.text)))
	assert.False(t, longListTail(byText["成员："], 8), "short like its siblings")
	assert.False(t, longListTail(byText["组长："], 40), "not the last item")

	assert.Equal(t, uint64(shapeNone), commonShape([]uint64{7, 8, 7, shapeNone}), "two paragraphs make no norm")
	assert.Equal(t, uint64(7), commonShape([]uint64{7, 8, 7, 7, shapeNone}))
}

func TestBreaksListLead(t *testing.T) {
	p := newTestPage(t, `<html><body><div id="a">
<p>第一段正文，讲述培训班的举办情况和参加人员。</p>
<p>学员、石门镇农技员张国平：培训很实用。<br>学员、城关镇农技员李秀英：收获很大。<br>学员、溪口乡农技员王志强：学以致用。<br>客座教授郑宏远：祝愿再上新台阶。</p>
<ul><li>张丽华 实验小学教师</li><li>刘建国 第一中学教师</li><li>何美玲 江南幼儿园园长</li></ul>
</div></body></html>`, "")
	units := paragraphs(p.doc.Find("#a").Get(0))
	require.Len(t, units, 8)
	got := make([]bool, len(units))
	for i := range units {
		got[i] = breaksListLead(units, i)
	}
	assert.Equal(t, []bool{false, false, false, false, true, false, false, false}, got,
		"only the added speaker; names share no lead")
}

// TestPlantedProfileOverParagraphs: a planted profile carried over the
// paragraphs after it (its subject's collections, then their prices)
// goes whole; a genuine paragraph after it that names the same person
// within the article's topic stays.
func TestPlantedProfileOverParagraphs(t *testing.T) {
	article := func(body string) []byte {
		return []byte(`<html><head><meta charset="utf-8"><title>我区举办社区文化节暨全民阅读推广活动_某某区人民政府</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/xwzx/">新闻中心</a></div>
<h1>我区举办社区文化节暨全民阅读推广活动</h1><div class="info">发布时间：2024-05-20 来源：区文化和旅游局</div>
<div id="zoom">` + body + `</div><div class="foot">主办：某某区人民政府办公室</div></body></html>`)
	}
	const lead = `<p>5月18日，我区社区文化节暨全民阅读推广活动在区图书馆广场开幕，来自全区各街道的二十余支文艺队伍带来舞蹈、戏曲、朗诵等节目，吸引居民群众一千余人参与。</p>`
	const tail = `<p>区文化和旅游局负责人表示，今年将持续开展社区文化节系列活动，推动全民阅读进社区、进家庭，丰富群众精神文化生活。</p>`
	for _, tc := range []struct {
		name    string
		planted []string
	}{
		{"a painter: profile, collections, prices", []string{
			`<p>人物简介 柯云鹤，1960年生于湖北黄陂，号楚天散人，毕业于湖北美术学院，现为中国美术家协会会员、中国长江书画研究院副院长、国家一级美术师，其画作以荷花、墨竹见长。</p>`,
			`<p>柯云鹤作品先后被人民大会堂、中国美术馆等机构收藏，曾应邀在日本、韩国举办个人画展，出版有《柯云鹤荷花画集》等专著，荣获“当代中国画坛百杰”称号。</p>`,
			`<p>润格：荷花每平尺2.6万元，墨竹每平尺1.8万元，定制请联系工作室。</p>`,
		}},
		{"a calligrapher: profile, then awards", []string{
			`<p>关于专家组：周墨林，1958年出生于山东莱州，毕业于山东艺术学院，现任中华翰墨艺术研究院副院长、国际书画交流协会理事，国家一级美术师。</p>`,
			`<p>周墨林书法作品多次入选全国书法展，被国内外多家博物馆收藏，先后荣获“德艺双馨艺术家”“中国书法十大名家”等称号，出版《周墨林书法集》。</p>`,
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(article(lead+strings.Join(tc.planted, "")+tail), Options{})
			require.NoError(t, err)
			assert.Contains(t, a.Text, "二十余支文艺队伍")
			assert.Contains(t, a.Text, "推动全民阅读进社区")
			for _, p := range tc.planted {
				text := []rune(strings.TrimSuffix(strings.TrimPrefix(p, "<p>"), "</p>"))
				assert.NotContains(t, a.Text, string(text[8:24]))
			}
		})
	}
	t.Run("the same person named on the article's topic after it", func(t *testing.T) {
		genuine := `<p>活动现场，书法家周墨林为社区居民现场书写春联和阅读主题书法作品，并向区图书馆捐赠了书法作品，鼓励居民多读书、读好书。</p>`
		planted := `<p>关于专家组：周墨林，1958年出生于山东莱州，毕业于山东艺术学院，现任中华翰墨艺术研究院副院长、国际书画交流协会理事，国家一级美术师。</p>`
		a, err := Extract(article(lead+planted+genuine+tail), Options{})
		require.NoError(t, err)
		assert.NotContains(t, a.Text, "中华翰墨艺术研究院副院长")
		assert.Contains(t, a.Text, "为社区居民现场书写春联")
	})
}

// TestPlantedProfilePutFirst: a biography planted before the article's
// lead, sharing nothing with the headline or the paragraphs after it,
// goes; a first paragraph that gives the life of the person the headline
// names stays.
func TestPlantedProfilePutFirst(t *testing.T) {
	page := func(title, body string) []byte {
		return []byte(`<html><head><meta charset="utf-8"><title>` + title + `_某某县人民政府</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/xwzx/">新闻中心</a></div><h1>` + title + `</h1>
<div class="info">发布时间：2024-05-11 来源：县融媒体中心</div><div class="content">` + body + `</div>
<div class="foot">主办：某某县人民政府办公室</div></body></html>`)
	}
	for _, tc := range []struct{ name, title, planted, lead, rest string }{
		{"a painter before a farm story", "小蘑菇撑起增收致富伞",
			`<p>著名画家杜云樵，1952年出生于河北保定，中国美术家协会会员、中国书画研究院院士，擅长画虎，所绘猛虎形神兼备，被誉为“北方虎王”，其作品多次被国内外机构收藏。</p>`,
			`<p>五月的山村群山吐翠，走进食用菌园区，一排排大棚整齐排列，菇农们正忙着采摘、分拣、装箱，一派繁忙景象。</p>`,
			`<p>近年来，我县把食用菌作为富民主导产业，采取龙头企业加合作社加农户的模式，统一提供菌棒、技术和销售服务，带动农户稳定增收。</p>`},
		{"a founder before a road story", "县道改造工程全面完工通车",
			`<p>宋立恒，1975年生于河北保定，毕业于北京大学光华管理学院，现任恒达文化科技有限公司董事长、中国民营经济研究会理事，荣获“全国优秀企业家”称号。</p>`,
			`<p>5月10日，全长18公里的县道改造工程全面完工并正式通车，沿线六个乡镇的群众出行更加便捷。</p>`,
			`<p>该工程总投资1.2亿元，按照二级公路标准建设，路面宽度由原来的6米拓宽至12米，同步完善了排水、照明和交通安全设施。</p>`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(page(tc.title, tc.planted+tc.lead+tc.rest), Options{})
			require.NoError(t, err)
			assert.NotContains(t, a.Text, "毕业于")
			assert.NotContains(t, a.Text, "北方虎王")
			assert.Contains(t, a.Text, plainOf(tc.lead))
			assert.Contains(t, a.Text, plainOf(tc.rest))
		})
	}
	t.Run("the life of the person the headline names", func(t *testing.T) {
		bio := `<p>王建华同志，1948年3月出生于河北保定，1968年参加工作，1972年加入中国共产党，毕业于河北师范大学中文系，历任县文化馆馆长、县文化局局长、县政协副主席。</p>`
		rest := `<p>王建华同志因病医治无效，于2024年5月8日逝世，享年76岁。王建华同志一生忠诚于党的事业，为我县文化事业发展作出了积极贡献。</p>`
		a, err := Extract(page("沉痛悼念王建华同志", bio+rest), Options{})
		require.NoError(t, err)
		assert.Contains(t, a.Text, "1948年3月出生于河北保定")
		assert.Empty(t, a.Spam)
	})
}

// plainOf is the text of a one-element snippet.
func plainOf(snippet string) string {
	return strings.TrimSuffix(strings.TrimPrefix(snippet, "<p>"), "</p>")
}

// TestPlantedTwice: a profile pasted twice into an article, with and
// without a label, or twice alike: its copies do not vouch for each other.
func TestPlantedTwice(t *testing.T) {
	article := func(body string) []byte {
		return []byte(`<html><head><meta charset="utf-8"><title>我县启动秋季农田水利建设_某某县人民政府</title></head><body>
<h1>我县启动秋季农田水利建设</h1><div class="info">发布时间：2024-10-09 来源：县水利局</div>
<div id="zoom">` + body + `</div><div class="foot">主办：某某县人民政府办公室</div></body></html>`)
	}
	const lead = `<p>10月8日，我县秋季农田水利基本建设现场推进会在城关镇召开，全县计划新修和整修渠道一百二十公里，清淤塘堰三百余口。</p>`
	const mid = `<p>县水利局将组织技术人员分片包干，加强工程质量监管，确保各项工程在明年春灌前完工并发挥效益。</p>`
	const profile = `孟书航，知名投资人，1980年生于江苏扬州，毕业于复旦大学经济学院，现任航远资本创始合伙人、江淮青年企业家协会副会长，著有《价值的复利》。`
	for _, tc := range []struct{ name, body string }{
		{"under a label, then bare", lead + `<p>特邀嘉宾：` + profile + `</p>` + mid + `<div>` + profile + `</div>`},
		{"twice alike, first and last", `<p>` + profile + `</p>` + lead + mid + `<p>` + profile + `</p>`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(article(tc.body), Options{})
			require.NoError(t, err)
			assert.Contains(t, a.Text, "一百二十公里")
			assert.Contains(t, a.Text, "明年春灌前完工")
			assert.NotContains(t, a.Text, "航远资本创始合伙人")
		})
	}
}

func TestOfficialPost(t *testing.T) {
	for _, tc := range []struct {
		text     string
		official bool
	}{
		{"曾任集安市副市长，现任通化市农业农村局党组书记、局长。", true},
		{"2021年起现任某某县人民政府副县长，分管农业农村工作。", true},
		{"现任市中级人民法院副院长、审判委员会委员。", true},
		{"现任国际非遗文化艺术交流中心执行主任、东方工艺美术大师评审委员会委员。", false},
		{"现任市第一人民医院整形外科主任医师。", false},
		{"现任区书法家协会主席、市美术家协会会员。", false},
		{"曾任县财政局局长，2019年退休。", false}, // a former post, no current one
	} {
		assert.Equal(t, tc.official, officialPost.MatchString(tc.text), tc.text)
	}
}

// TestOnTopicSellerProfile: a planted profile of someone in the
// article's own trade, selling their services at a price with a mobile
// number, goes even though it shares the article's topic; the same
// article's genuine list of prices and booking phones stays.
func TestOnTopicSellerProfile(t *testing.T) {
	page := func(extra string) string {
		return `<html><head><title>县举办养老护理员技能培训班 60名学员结业_某某县人民政府</title></head><body><div class="nav"><a href="/">首页</a></div>
<div class="article"><h1>县举办养老护理员技能培训班 60名学员结业</h1><div class="info">发布时间：2024-06-12 来源：县人社局</div><div id="zoom">
<p>6月12日，县人社局举办的养老护理员技能培训班结业，60名学员通过考核取得职业技能等级证书。培训为期15天，内容包括生活照料、康复护理和应急救护。</p>
<p>县人社局相关负责人介绍，今年全县还将开展家政、育婴、电商等职业技能培训8期，参训人员可按规定享受培训补贴。</p>` + extra + `
<p>培训报名咨询电话：0433-8622519，报名地点为县公共就业服务中心一楼。</p></div></div>
<div class="footer">主办：某某县人民政府办公室</div></body></html>`
	}
	for _, tc := range []struct {
		name, block, needle string
		removed             bool
	}{
		{"a nursing-home founder", `<p>养老推荐：安康护理院创始人刘桂兰，1972年生于延吉，从事养老护理二十年，持有高级护理师证书，2018年创办安康护理院，现有床位二百张。入住套餐每月3800元起，新客户立减500元，预约电话13904331234，微信同号。</p>`, "安康护理院", true},
		{"a nanny agency owner", `<p>金牌育婴师王秀英，从事母婴护理十五年，国家一级育婴师，创办“暖心”家政工作室，服务家庭八百余户。会员年费1680元，预约请添加客服微信nuanxin_jz。</p>`, "暖心", true},
		// A practitioner's résumé (rank, years of practice, specialities)
		// in a box of its own under a caption: the caption goes with it.
		{"a beautician doctor in a captioned box", `<section style="border-left:4px solid #f49c9c"><strong>专家名片</strong><br><span>丽颜医疗美容门诊部院长冯雅琪，整形外科副主任医师，从事医疗美容工作十八年，擅长双眼皮和玻尿酸填充。暑期全切双眼皮特惠3980元，预约请添加客服微信liyan0717。</span></section>`, "名片", true},
		{"a lawyer in a captioned box", `<div class="box"><b>律师档案</b><br>恒信律师事务所主任律师陈立伟，执业律师，执业十二年，擅长婚姻家事和债务纠纷。首次咨询仅需99元，添加微信chenlvshi88。</div>`, "律师档案", true},
		{"the course's teacher on its topic", `<section><strong>授课老师</strong><br><span>县人民医院康复科副主任医师金美玉，从事老年康复护理工作二十年，擅长失能老人康复训练，本期承担康复护理课程教学。</span></section>`, "金美玉", false},
		// A landline to book at does as well as a mobile number.
		{"a clinic director with a booking line", `<p>编者按：本期特邀康宁口腔门诊部院长何卓然讲解护理知识。何卓然，口腔医学硕士，从事种植牙临床工作二十年，擅长即刻种植。活动期间种植牙每颗3980元起，预约热线0433-6388716。</p>`, "何卓然", true},
		{"an accountant firm's founder", `<p>来源：鑫账通财税咨询有限公司创始人邓嘉铭，注册会计师，从事财税服务十六年，擅长税务筹划。公司提供代理记账每月200元起，咨询电话0433-8916625。</p>`, "鑫账通", true},
		{"a doctor at a free clinic with a landline", `<p>义诊专家：县人民医院康复科副主任医师金美玉，从事康复护理工作二十年，擅长失能老人康复训练。义诊当天免费测量血压血糖，咨询电话0433-8622101。</p>`, "金美玉", false},
		{"the course's fees and phones", `<p>下期课程安排：育婴员班每人培训费1200元起，由财政全额补贴；家政服务员班报名电话13904330001，电商班报名电话13904330002。</p>`, "育婴员班", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(page(tc.block)), Options{})
			require.NoError(t, err)
			assert.Contains(t, a.Text, "60名学员通过考核")
			assert.Contains(t, a.Text, "0433-8622519")
			if tc.removed {
				assert.NotContains(t, a.Text, tc.needle)
				reported := false
				for _, s := range a.Spam {
					reported = reported || strings.Contains(s.Text, tc.needle)
				}
				assert.True(t, reported, "%+v", a.Spam)
			} else {
				assert.Contains(t, a.Text, tc.needle)
				assert.Empty(t, a.Spam)
			}
		})
	}
}

// TestShortNoticeIsNoCopy: the lines of a short official notice open with
// the document's name or the issuing office's, which the page's title bar,
// info table and breadcrumb repeat; that is no second copy of the notice,
// and its 主送 and 抄送 lines are not planted.
func TestShortNoticeIsNoCopy(t *testing.T) {
	page := func(office, title, lines string) string {
		return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + title + `</title></head><body>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">` + office + `</a> &gt; 文件</div>
<table class="xxgk"><tr><td>索引号：</td><td>KA05101-0100-2011-00012</td><td>发文机关：</td><td>` + office + `</td></tr>
<tr><td>标题：</td><td colspan="3">` + title + `</td></tr><tr><td>文号：</td><td>岚综管〔2011〕5号</td><td>成文日期：</td><td>2011-01-30</td></tr></table>
<div class="title">` + title + `</div><div id="zoom">` + lines + `</div>
<div class="foot">主办：` + office + `办公室</div></body></html>`
	}
	for _, tc := range []struct{ name, office, title, lines string }{
		{"a notice issuing a plan", "平岚综合实验区管委会", "平岚综合实验区管委会关于印发《区对县财政管理体制方案》的通知",
			`<p style="text-align:center">平岚综合实验区管委会关于印发</p><p style="text-align:center">《区对县财政管理体制方案》的通知</p><p>平岚县人民政府，各乡镇人民政府，区直各单位，县直各单位：</p><p>《区对县财政管理体制方案》已经区党工委管委会研究同意，现印发给你们，请认真执行。</p><p style="text-align:right">二〇一一年一月三十日</p><p>抄送：县委、县人大、县政协</p><p>平岚综合实验区管委会办公室2011年1月30日印发</p>`},
		{"a notice issuing a plan, signed", "某某县人民政府办公室", "某某县人民政府办公室关于印发《某某县防汛抗旱应急预案》的通知",
			`<p>各乡镇人民政府，县政府各部门：</p><p>《某某县防汛抗旱应急预案》已经县政府同意，现印发给你们，请结合实际认真贯彻执行。</p><p style="text-align:right">某某县人民政府办公室</p><p style="text-align:right">2024年5月6日</p><p>抄送：县委办公室，县人大常委会办公室，县政协办公室</p><p>某某县人民政府办公室2024年5月6日印发</p>`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(page(tc.office, tc.title, tc.lines)), Options{})
			require.NoError(t, err)
			assert.Empty(t, a.Spam)
			assert.Contains(t, a.Text, "抄送")
		})
	}
}
