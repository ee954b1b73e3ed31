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
		{"many patterns off topic", blockEvidence{families: 4, overlap: 0.1}, blockRemove},
		{"many patterns on topic", blockEvidence{families: 4, overlap: 0.6}, blockKeep},
		{"the first paragraph is never guessed at", blockEvidence{families: 5, overlap: 0.1, first: true}, blockKeep},
		{"pasted with its own line breaks", blockEvidence{families: 2, oddBreak: true, overlap: 0.2}, blockRemove},
		{"opens with birth and school", blockEvidence{families: 3, profileOpen: true, overlap: 0.2}, blockRemove},
		{"two patterns in a news sentence", blockEvidence{families: 2, overlap: 0.2}, blockKeep},
		{"stray advert pasted in", blockEvidence{families: 1, oddBreak: true, overlap: 0.05}, blockRemove},
		{"stray paragraph without any pattern", blockEvidence{oddBreak: true, overlap: 0.05}, blockKeep},
		{"copy lacks it, no neighbours known", blockEvidence{copy: copyOther, families: 1}, blockSuspect},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, why := tc.e.weigh()
			assert.Equal(t, tc.want, got)
			if got != blockKeep {
				assert.NotEmpty(t, why, "every report says why")
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
	in := p.copyPresence(root, units)
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
	in = p.copyPresence(root, units)
	require.NotNil(t, in)
	assert.Equal(t, copyNone, in.lacks(1))

	// No copy on the page: no evidence either way.
	p = newTestPage(t, "<html><body><div id=art><p>"+strings.Join(paras, "</p><p>")+"</p></div></body></html>", "")
	root = p.doc.Find("#art").Get(0)
	assert.Nil(t, p.copyPresence(root, paragraphs(root)))
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
