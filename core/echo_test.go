package core

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func TestRemoveHeadlineEcho(t *testing.T) {
	const (
		title = "关于印发某某市2024年农村人居环境整治工作方案的通知"
		first = "各县（区）人民政府，市直各有关单位：现将《某某市2024年农村人居环境整治工作方案》印发给你们，请认真贯彻落实。"
		more  = "农村人居环境整治是实施乡村振兴战略的重要任务，各地要加强组织领导，压实工作责任，确保各项任务落到实处。"
	)
	page := func(article string) []byte {
		return []byte(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + title + `_某某市人民政府</title></head><body>` +
			`<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div>` +
			`<h1 class="title">` + title + `</h1><div class="info">发布时间：2024-05-11 来源：市政府办公室</div>` +
			`<div class="TRS_Editor">` + article + `</div><div class="footer">主办单位：某某市人民政府办公室</div></body></html>`)
	}
	body := `<p>` + first + `</p><p>` + more + `</p>`
	cases := []struct {
		name, article string
		echo          bool // the echo goes; otherwise the text stays as it is
	}{
		{"whole, in bold", `<p align="center"><strong>` + title + `</strong></p>` + body, true},
		{"broken over two paragraphs", `<p align="center"><b>关于印发某某市2024年农村人居环境</b></p><p align="center"><b>整治工作方案的通知</b></p>` + body, true},
		{"broken by a line break", `<p align="center">关于印发某某市2024年<br>农村人居环境整治工作方案的通知</p>` + body, true},
		{"after an image", `<p><img src="/a.jpg"></p><p>` + title + `</p>` + body, true},
		{"with the page's punctuation, full-width digits and spaces", `<p>关于印发《某某市２０２４年农村人居环境整治工作方案》的 通知</p>` + body, true},
		{"a paragraph that opens with the title's words stays", `<p>` + title + `已于近日印发，各地要认真贯彻落实，确保各项任务落到实处。</p>` + body, false},
		{"half the title then prose stays", `<p>关于印发某某市2024年农村人居环境</p><p>` + first + `</p>` + body, false},
		{"the only text stays", `<p>` + title + `</p>`, false},
		{"a later repeat stays", body + `<p>` + title + `</p>`, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := Extract(page(c.article), Options{})
			require.NoError(t, err)
			assert.Equal(t, title, a.Title)
			noted := false
			for _, n := range a.Notes {
				noted = noted || n.ID == NoteHeadlineEcho
			}
			assert.Equal(t, c.echo, noted, "note")
			assert.Empty(t, a.Spam, "an echo is not spam")
			if c.echo {
				assert.True(t, strings.HasPrefix(a.Text, first), "text starts with the first paragraph: %q", a.Text)
				assert.NotContains(t, a.Text, "整治工作方案的通知")
				return
			}
			assert.Contains(t, a.Text, "某某市2024年农村人居环境")
		})
	}
}

func TestLeadingBlocks(t *testing.T) {
	cases := []struct {
		name, html string
		want       []string // the blocks' texts
	}{
		{"paragraphs", `<div id="r"><p>一</p><p>二</p><p>三</p><p>四</p></div>`, []string{"一", "二", "三"}},
		{"inline runs share a block", `<div id="r"><p><b>一</b>二</p><p>三</p></div>`, []string{"一二", "三"}},
		{"an image holds no text", `<div id="r"><p><img src="a.jpg"></p><p>一</p><p>二</p><p>三</p></div>`, []string{"一", "二", "三"}},
		{"text in the root ends the list", `<div id="r"><p>一</p>二<p>三</p></div>`, []string{"一", "一二三"}},
		{"a block around the last ends the list", `<div id="r"><div><p>一</p>二</div><p>三</p></div>`, []string{"一", "一二"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(c.html))
			require.NoError(t, err)
			root := findNode(doc, func(n *html.Node) bool { return attr(n, "id") == "r" }, nil)
			require.NotNil(t, root)
			var got []string
			for _, b := range leadingBlocks(root, 3) {
				got = append(got, withoutSpace(textOf(b)))
			}
			assert.Equal(t, c.want, got)
		})
	}
}
