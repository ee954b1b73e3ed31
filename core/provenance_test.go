package core

import (
	"strings"
	"testing"

	"github.com/govreader/govreader/core/internal/cjk"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestProvenance(t *testing.T) {
	head := func(extra string) string {
		return `<html><head><meta charset="utf-8"><title>春耕_南江县人民政府</title><meta name="SiteDomain" content="www.njx.gov.cn"><meta name="SiteIDCode" content="5119220001">` + extra + `</head>`
	}
	simplified := `<body><div id="zoom"><h1>南江县全面推进春耕备耕工作</h1><p>今年全县计划播种粮食作物四十二万亩，目前已完成春播面积的七成，各乡镇抢抓晴好天气组织群众下田。县农业农村局负责人介绍，全县新建集中育秧点十八个。</p></div></body></html>`
	traditional := `<body><div id="zoom"><h1>南江縣全面推進春耕備耕工作</h1><p>今年全縣計劃播種糧食作物四十二萬畝，目前已完成春播面積的七成，各鄉鎮搶抓晴好天氣組織群眾下田。縣農業農村局負責人介紹，全縣新建集中育秧點十八個，這些工作為發展打下基礎。</p></div></body></html>`
	cases := []struct {
		name, url, src string
		official       bool
		mirror         bool
		original       string
	}{
		{"official host", "https://www.njx.gov.cn/xw/1.html", head("") + simplified, true, false, ""},
		{"other gov host (shared platform)", "https://www.sc.gov.cn/njx/1.html", head("") + simplified, true, false, ""},
		{"copy on another domain", "http://njx.copysite.com/xw/1.html?id=2", head("") + simplified, false, true, "http://www.njx.gov.cn/xw/1.html?id=2"},
		{"copy with canonical", "http://njx.copysite.com/a.html", head(`<link rel="canonical" href="https://www.njx.gov.cn/xw/1.html">`) + simplified, false, true, "https://www.njx.gov.cn/xw/1.html"},
		{"copy converted to traditional, URL unknown", "", head("") + traditional, false, true, ""},
		{"unknown URL, simplified", "", head("") + simplified, false, false, ""},
		{"city news portal run by a 宣传部", "https://www.njxnews.com/1.html", `<html><head><title>x</title></head>` + simplified[:len(simplified)-len("</body></html>")] + `<div class="footer">主办：中共南江县委宣传部</div></body></html>`, false, false, ""},
		{"news site, no government claim", "https://news.example.com/1.html", `<html><head><title>x</title></head>` + simplified, false, false, ""},
		{"official off gov.cn, proven by own metadata", "https://www.12345.example.org/1.html",
			`<html><head><meta name="SiteDomain" content="www.12345.example.org"><meta name="SiteIDCode" content="1000000001"></head>` + simplified, true, false, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(tc.src), Options{URL: tc.url})
			require.NoError(t, err)
			assert.Equal(t, tc.official, a.Official)
			mirror := false
			for _, s := range a.Spam {
				if s.Kind == SpamMirrorCopy {
					mirror = true
					assert.NotEmpty(t, s.Reason)
				}
			}
			assert.Equal(t, tc.mirror, mirror)
			assert.Equal(t, tc.original, a.OriginalURL)
			if tc.mirror {
				assert.Equal(t, VerdictTampered, a.Verdict)
			}
		})
	}
}

func TestLooksTraditional(t *testing.T) {
	assert.True(t, looksTraditional("全市教育大會召開 錨定建設教育強市目標 齊心協力推動全市教育事業高質量發展，這是為了國家的發展。"))
	assert.False(t, looksTraditional("全市教育大会召开 锚定建设教育强市目标 齐心协力推动全市教育事业高质量发展，这是为了国家的发展。"))
	assert.False(t, looksTraditional("發展"), "a few characters prove nothing")
}

func TestScriptTablesAreIdeographs(t *testing.T) {
	for _, table := range []string{traditionalOnly, simplifiedOnly} {
		for _, r := range table {
			assert.True(t, cjk.IsIdeograph(r), "%q", r)
		}
	}
	assert.True(t, looksTraditional(strings.Repeat("設計與實現", 4)))
	assert.False(t, looksTraditional(strings.Repeat("设计与实现", 4)))
}
