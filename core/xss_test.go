package core

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// xssVectors are classic and mutation-XSS payloads. Each is placed inside
// the article body of an otherwise ordinary portal page, where the
// sanitiser must neutralise it while keeping the prose around it.
var xssVectors = []string{
	`<script>alert(1)</script>`,
	`<SCRIPT SRC=//evil.example/x.js></SCRIPT>`,
	`<ScRiPt>alert(1)</sCrIpT>`,
	`<svg onload=alert(1)>`,
	`<svg><script>alert(1)</script></svg>`,
	`<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`,
	`<img src=x onerror=alert(1)>`,
	`<img src="x" ONERROR="alert(1)">`,
	`<img src=javascript:alert(1)>`,
	`<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">`,
	`<img srcset="javascript:alert(1) 1x">`,
	`<a href="javascript:alert(1)">点我</a>`,
	`<a href="JaVaScRiPt:alert(1)">点我</a>`,
	`<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">实体编码</a>`,
	`<a href="&#x6A;avascript:alert(1)">十六进制实体</a>`,
	"<a href=\"java\tscript:alert(1)\">制表符</a>",
	"<a href=\" \x01javascript:alert(1)\">控制字符</a>",
	`<a href="vbscript:msgbox(1)">vb</a>`,
	`<a href="data:text/html,<script>alert(1)</script>">data</a>`,
	`<iframe src="javascript:alert(1)"></iframe>`,
	`<iframe srcdoc="<script>alert(1)</script>"></iframe>`,
	`<object data="javascript:alert(1)"></object>`,
	`<embed src="javascript:alert(1)">`,
	`<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`,
	`<base href="javascript:alert(1)//">`,
	`<form action="javascript:alert(1)"><button>提交</button></form>`,
	`<button formaction="javascript:alert(1)">按钮</button>`,
	`<input autofocus onfocus=alert(1)>`,
	`<details open ontoggle=alert(1)>`,
	`<p style="background:url(javascript:alert(1))">样式</p>`,
	`<p style="width:expression(alert(1))">表达式</p>`,
	`<div style="behavior:url(x.htc)">行为</div>`,
	`<style>@import 'javascript:alert(1)';</style>`,
	`<link rel="stylesheet" href="javascript:alert(1)">`,
	`<body onload=alert(1)>`,
	`<p onclick="alert(1)" onmouseover="alert(1)">事件</p>`,
	`<table background="javascript:alert(1)"><tr><td onmouseover=alert(1)>单元格</td></tr></table>`,
	`<video><source onerror="alert(1)"></video>`,
	`<audio src=x onerror=alert(1)>`,
	`<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>`,
	`<noembed><img title="</noembed><img src=x onerror=alert(1)>"></noembed>`,
	`<textarea><img src=x onerror=alert(1)></textarea>`,
	`<title><img src=x onerror=alert(1)></title>`,
	`<xmp><img src=x onerror=alert(1)></xmp>`,
	`<template><img src=x onerror=alert(1)></template>`,
	`<!--<img src="--><img src=x onerror=alert(1)//">`,
	`<![CDATA[<img src=x onerror=alert(1)>]]>`,
	`<a href="#" id="x" name="cookie">覆盖</a>`,
	`<img src=x:alert(alt) onerror=eval(src) alt=0>`,
	`<marquee onstart=alert(1)>跑马灯</marquee>`,
	`<isindex action=javascript:alert(1) type=submit>`,
	`<frameset onload=alert(1)>`,
	`<portal src="https://evil.example"></portal>`,
	`<a href="https://ok.example/" target="_blank" rel="opener" ping="https://evil.example/p">外链</a>`,
	`<img src="https://ok.example/1.jpg" usemap="#m"><map name="m"><area href="javascript:alert(1)"></map>`,
}

var allowedAttrs = map[string]bool{"href": true, "src": true, "alt": true, "title": true, "colspan": true, "rowspan": true, "start": true}

func xssPage(vector string) []byte {
	return []byte(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于做好防汛工作的通知_某某县人民政府</title></head><body>
<div class="nav"><a href="/">首页</a></div><h1>关于做好防汛工作的通知</h1>
<div class="TRS_Editor"><p>各乡镇人民政府，县直各单位：当前已进入主汛期，各地要压实防汛责任，加强隐患排查，确保安全度汛。</p>
` + vector + `
<p>各单位要严格落实值班值守制度，遇有重大汛情及时报告，不得迟报、漏报、瞒报。</p></div></body></html>`)
}

// assertSafeContent parses content and checks every node against the
// allow-list: kept elements only, known attributes only, and only http,
// https and mailto URLs.
func assertSafeContent(t *testing.T, content string) {
	t.Helper()
	nodes, err := html.ParseFragment(strings.NewReader(content), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	require.NoError(t, err)
	for _, root := range nodes {
		walkNodes(root, func(n *html.Node) bool {
			if n.Type != html.ElementNode {
				return true
			}
			kept := false
			for _, a := range keptTags {
				if a.String() == n.Data {
					kept = true
				}
			}
			assert.True(t, kept, "element <%s> is not on the allow-list", n.Data)
			for _, a := range n.Attr {
				assert.True(t, allowedAttrs[a.Key], "attribute %s on <%s>", a.Key, n.Data)
				if a.Key == "href" || a.Key == "src" {
					v := strings.ToLower(a.Val)
					assert.True(t, strings.HasPrefix(v, "http://") || strings.HasPrefix(v, "https://") || strings.HasPrefix(v, "mailto:"),
						"%s=%q on <%s>", a.Key, a.Val, n.Data)
				}
			}
			return true
		})
	}
	// Markup-level checks; payloads shown as escaped text (<xmp>) are text.
	low := strings.ToLower(content)
	for _, bad := range []string{"<script", "<iframe", "<object", "<embed", "<meta", "<base", "<form", "<style", "<svg", "<math"} {
		assert.NotContains(t, low, bad)
	}
}

// swallows marks vectors that leave an element open which, in any HTML5
// parser, hides the rest of the page (a browser does not show it either).
func swallows(v string) bool {
	return strings.HasPrefix(v, "<math>") || strings.HasPrefix(v, "<video>") || strings.HasPrefix(v, "<audio")
}

// assertSafeDocument checks the saved document's article and footer the
// same way; its own head (charset, CSP, inline CSS) is ours.
func assertSafeDocument(t *testing.T, doc []byte) {
	t.Helper()
	root, err := html.Parse(strings.NewReader(string(doc)))
	require.NoError(t, err)
	walkNodes(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.Data {
		case "script", "iframe", "object", "embed", "form", "base", "svg", "math":
			t.Errorf("<%s> in saved document", n.Data)
		}
		for _, a := range n.Attr {
			if strings.HasPrefix(a.Key, "on") || strings.Contains(strings.ToLower(a.Val), "javascript:") {
				t.Errorf("attribute %s=%q on <%s> in saved document", a.Key, a.Val, n.Data)
			}
		}
		return true
	})
}

func TestXSSVectorsDoNotSurvive(t *testing.T) {
	for i, v := range xssVectors {
		t.Run(fmt.Sprintf("%02d", i), func(t *testing.T) {
			a, err := Extract(xssPage(v), Options{URL: "http://www.example.gov.cn/art/1.html"})
			require.NoError(t, err)
			assertSafeContent(t, a.Content)
			// The article around the vector survives.
			assert.Contains(t, a.Text, "当前已进入主汛期")
			if !swallows(v) {
				assert.Contains(t, a.Text, "不得迟报、漏报、瞒报。")
			}
			// Exports built from the content stay safe too, even when the
			// images handed in for embedding are not images.
			o := ExportOptions{Images: map[string]string{}}
			for _, im := range a.Images {
				o.Images[im.Src] = `data:text/html;base64,PHNjcmlwdD4=" onerror="alert(1)`
			}
			doc, err := Document(a, o)
			require.NoError(t, err)
			assertSafeDocument(t, doc)
			md := strings.ToLower(Markdown(a, o))
			assert.NotContains(t, md, "](javascript:")
			assert.NotContains(t, md, "<script")
		})
	}
}

// TestAllXSSVectorsInOnePage checks that vectors do not combine into
// something that survives (a parser round trip across vectors).
func TestAllXSSVectorsInOnePage(t *testing.T) {
	a, err := Extract(xssPage(strings.Join(xssVectors, "\n")), Options{URL: "http://www.example.gov.cn/art/1.html"})
	require.NoError(t, err)
	assertSafeContent(t, a.Content)
}
