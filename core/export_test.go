package core

import (
	"os"
	"strings"
	"testing"

	"github.com/govreader/govreader/core/internal/minified"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func sampleArticle(t *testing.T) *Article {
	t.Helper()
	src, err := os.ReadFile("testdata/attachments-after-article/source.html")
	require.NoError(t, err)
	a, err := Extract(src, Options{URL: "https://yjj.example.gov.cn/tzgg/2025/art_1.html"})
	require.NoError(t, err)
	return a
}

func TestSavedCSSIsGenerated(t *testing.T) {
	src, err := os.ReadFile("saved.css")
	require.NoError(t, err)
	want, err := minified.CSS(src)
	require.NoError(t, err)
	assert.Equal(t, want, savedCSS, "saved_css.go is stale: run go generate ./core")
}

func TestDocumentIsMinimalAndComplete(t *testing.T) {
	a := sampleArticle(t)
	doc, err := Document(a)
	require.NoError(t, err)
	again, err := minified.HTML(doc)
	require.NoError(t, err)
	// The minifier may still shave a byte here and there; a document built
	// with indentation or comments would lose far more.
	assert.GreaterOrEqual(t, len(again)*100, len(doc)*98, "saved document is not minimal")

	s := string(doc)
	for _, want := range []string{
		"<h1>关于开展2025年度安全生产检查的通知</h1>",
		"<dt>发布日期</dt><dd>2025-02-10</dd>",
		"<dt>来源</dt><dd>市应急管理局</dd>",
		`<a href="https://yjj.example.gov.cn/files/2025/fujian1.pdf">1.安全生产检查工作方案.pdf</a>`,
		`原文：<a href="https://yjj.example.gov.cn/tzgg/2025/art_1.html">`,
		"各区县应急管理局，市直有关单位：",
	} {
		assert.Contains(t, s, want)
	}
	assert.NotContains(t, s, "<script")
}

func TestDocumentEscapesMetadata(t *testing.T) {
	a := &Article{
		Title:   `<img src=x onerror=alert(1)>标题`,
		Source:  `"><script>alert(1)</script>`,
		URL:     "javascript:alert(1)",
		Content: "<p>正文</p>",
		Attachments: []Attachment{
			{Name: "<b>x</b>", URL: "javascript:alert(2)"},
			{Name: "ok.pdf", URL: "https://a.gov.cn/ok.pdf"},
		},
	}
	doc, err := Document(a)
	require.NoError(t, err)
	s := string(doc)
	assert.NotContains(t, s, "<img src=x")
	assert.NotContains(t, s, "<script>")
	assert.NotContains(t, s, "javascript:")
	assert.Contains(t, s, "&lt;img src=x onerror=alert(1)&gt;标题")
	assert.Contains(t, s, `<a href="https://a.gov.cn/ok.pdf">ok.pdf</a>`)
	_, err = Document(nil)
	assert.Error(t, err)
}

func TestMarkdown(t *testing.T) {
	a := sampleArticle(t)
	md := Markdown(a)
	assert.True(t, strings.HasPrefix(md, "---\ntitle: \"关于开展2025年度安全生产检查的通知\"\n"))
	for _, want := range []string{
		"published: \"2025-02-10\"",
		"source: \"市应急管理局\"",
		"  - name: \"1.安全生产检查工作方案.pdf\"",
		"# 关于开展2025年度安全生产检查的通知",
		"各区县应急管理局，市直有关单位：",
		"[检查表](https://yjj.example.gov.cn/files/jianchabiao.docx)",
	} {
		assert.Contains(t, md, want)
	}
}

func TestMarkdownBlocks(t *testing.T) {
	for _, tc := range []struct{ name, content, want string }{
		{"heading", "<h2>一、总体要求</h2>", "## 一、总体要求"},
		{"list", "<ol><li>甲</li><li>乙</li></ol>", "1. 甲\n2. 乙"},
		{"table", "<table><tr><td>序号</td><td>名称</td></tr><tr><td>1</td><td>a|b</td></tr></table>", "| 序号 | 名称 |\n| --- | --- |\n| 1 | a\\|b |"},
		{"emphasis", "<p><strong>重要</strong>通知</p>", "**重要**通知"},
		{"escape", "<p>*不是*强调</p>", `\*不是\*强调`},
		{"image", `<p><img src="https://a.gov.cn/1 2.jpg" alt="现场"></p>`, "![现场](https://a.gov.cn/1%202.jpg)"},
		{"quote", "<blockquote><p>引文</p></blockquote>", "> 引文"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Contains(t, markdownBody(tc.content), tc.want)
		})
	}
}

func TestMarkdownListPage(t *testing.T) {
	a := &Article{Title: "通知公告", Kind: KindList, Items: []ListItem{
		{Text: "关于做好暑期安全教育工作的通知", URL: "https://jyj.example.gov.cn/tzgg/1.html", Date: "2024-05-20"},
		{Text: "[图解]稳就业若干措施", URL: "", Date: "2024-05-15"},
		{Text: "张建国 区长"},
	}, Content: "<ol><li>ignored for a list page</li></ol>"}
	md := Markdown(a)
	assert.Contains(t, md, "1. [关于做好暑期安全教育工作的通知](https://jyj.example.gov.cn/tzgg/1.html) · 2024-05-20\n")
	assert.Contains(t, md, "2. \\[图解\\]稳就业若干措施 · 2024-05-15\n")
	assert.Contains(t, md, "3. 张建国 区长\n")
	assert.NotContains(t, md, "ignored for a list page")
}
