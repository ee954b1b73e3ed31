package core

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/govreader/govreader/core/internal/minified"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// savedAt is the saved time of the tests' files, in Beijing time.
var savedAt = time.Date(2025, 5, 1, 9, 30, 0, 0, time.FixedZone("CST", 8*3600))

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
	doc, err := Document(a, ExportOptions{Saved: savedAt})
	require.NoError(t, err)
	again, err := minified.HTML(doc)
	require.NoError(t, err)
	// The minifier may still shave a byte here and there; a document built
	// with indentation or comments would lose far more.
	assert.GreaterOrEqual(t, len(again)*100, len(doc)*98, "saved document is not minimal")

	s := string(doc)
	for _, want := range []string{
		"<h1>关于开展2025年度安全生产检查的通知</h1>",
		"<dt>发布时间</dt><dd>2025-02-10</dd>",
		"<dt>来源</dt><dd>市应急管理局</dd>",
		`<a href="https://yjj.example.gov.cn/files/2025/fujian1.pdf">1.安全生产检查工作方案.pdf</a>`,
		`原文网址：<a href="https://yjj.example.gov.cn/tzgg/2025/art_1.html">`,
		"保存时间：2025-05-01 09:30",
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
	doc, err := Document(a, ExportOptions{})
	require.NoError(t, err)
	s := string(doc)
	assert.NotContains(t, s, "<img src=x")
	assert.NotContains(t, s, "<script>")
	assert.NotContains(t, s, "javascript:")
	assert.Contains(t, s, "&lt;img src=x onerror=alert(1)&gt;标题")
	assert.Contains(t, s, `<a href="https://a.gov.cn/ok.pdf">ok.pdf</a>`)
	_, err = Document(nil, ExportOptions{})
	assert.Error(t, err)
}

func TestMarkdown(t *testing.T) {
	a := sampleArticle(t)
	md := Markdown(a, ExportOptions{Saved: savedAt})
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
		// An image not embedded is a link, never an image the viewer loads.
		{"image", `<p><img src="https://a.gov.cn/1 2.jpg" alt="现场"></p>`, "[图片未随文件保存，点击查看原图](https://a.gov.cn/1%202.jpg)"},
		{"quote", "<blockquote><p>引文</p></blockquote>", "> 引文"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Contains(t, markdownBody(&Article{Content: tc.content}, ExportOptions{}), tc.want)
		})
	}
}

func TestMarkdownListPage(t *testing.T) {
	a := &Article{Title: "通知公告", Kind: KindList, Items: []ListItem{
		{Text: "关于做好暑期安全教育工作的通知", URL: "https://jyj.example.gov.cn/tzgg/1.html", Date: "2024-05-20"},
		{Text: "[图解]稳就业若干措施", URL: "", Date: "2024-05-15"},
		{Text: "张建国 区长"},
	}, Content: "<ol><li>ignored for a list page</li></ol>"}
	md := Markdown(a, ExportOptions{})
	assert.Contains(t, md, "1. [关于做好暑期安全教育工作的通知](https://jyj.example.gov.cn/tzgg/1.html) · 2024-05-20\n")
	assert.Contains(t, md, "2. \\[图解\\]稳就业若干措施 · 2024-05-15\n")
	assert.Contains(t, md, "3. 张建国 区长\n")
	assert.NotContains(t, md, "ignored for a list page")
}

// copyArticle is a copy of an official page with a little of everything a
// saved file carries: the facts, a removal and a suspect kept, two images
// (one with a caption), an attachment and the official original.
func copyArticle() *Article {
	return &Article{
		Title: "关于做好2025年森林防火工作的通知", Published: "2025-03-02T09:15+08:00", Written: "2025-02-28",
		Source: "市林业局", Publisher: "永州市人民政府办公室", DocNumber: "永政办函〔2025〕8号", IndexNumber: "11431100-2025-00012",
		SiteName: "永州市人民政府", SiteDomain: "http://www.yzcity.gov.cn/", URL: "http://www.example-copy.cn/art/2025/3/2/clean.html",
		OriginalURL: "http://www.yzcity.gov.cn/art/2025/3/2/clean.html", Verdict: VerdictTampered,
		Content: `<p>各县区人民政府：</p><figure><img src="http://www.example-copy.cn/img/fire.jpg" alt="澳门葡京"><figcaption>防火宣传</figcaption></figure>` +
			`<p><img src="http://www.example-copy.cn/img/map.png"></p><p>请认真贯彻执行。</p>`,
		Images:      []Image{{Src: "http://www.example-copy.cn/img/fire.jpg", Alt: "澳门葡京", Caption: "防火宣传"}, {Src: "http://www.example-copy.cn/img/map.png"}},
		Attachments: []Attachment{{Name: "防火责任表.xlsx", URL: "http://www.example-copy.cn/files/zrb.xlsx"}},
		Spam: []SpamItem{
			{Kind: SpamLinkFarm, Text: "澳门葡京 六合彩 时时彩", Removed: true},
			{Kind: SpamSuspect, Text: "本站长期招聘兼职", Removed: false},
			{Kind: SpamMirrorCopy, Text: strings.Repeat("复制", 100), Removed: false},
		},
	}
}

// pngData is a 1×1 PNG as a data URL.
const pngData = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="

// TestSavedFilesGolden holds the whole of both files of copyArticle, in
// Chinese with one image embedded and in English with none (go test
// ./core -run TestSavedFilesGolden -update rewrites them).
func TestSavedFilesGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		o    ExportOptions
	}{
		{"zh", ExportOptions{Saved: savedAt, Lang: "zh-CN", Images: map[string]string{"http://www.example-copy.cn/img/fire.jpg": pngData}}},
		{"en", ExportOptions{Saved: savedAt, Lang: "en-US"}},
	} {
		doc, err := Document(copyArticle(), tc.o)
		require.NoError(t, err)
		for ext, got := range map[string]string{"md": Markdown(copyArticle(), tc.o), "html": string(doc)} {
			file := "testdata/export-copy-" + tc.name + "." + ext
			if *update {
				require.NoError(t, os.WriteFile(file, []byte(got), 0o644))
			}
			want, err := os.ReadFile(file)
			require.NoError(t, err, "go test ./core -run TestSavedFilesGolden -update creates it")
			assert.Equal(t, string(want), got, file)
		}
	}
}

func TestSavedFiles(t *testing.T) {
	zh := ExportOptions{Saved: savedAt}
	embed := ExportOptions{Saved: savedAt, Images: map[string]string{
		"http://www.example-copy.cn/img/fire.jpg": pngData,
		// Not an image: a page would run in the saved file's origin.
		"http://www.example-copy.cn/img/map.png": "data:text/html;base64,PHA+",
	}}
	official := copyArticle()
	official.URL, official.OriginalURL, official.Official = "http://www.yzcity.gov.cn/art/2025/3/2/clean.html", "", true
	official.Spam, official.Verdict = nil, VerdictClean
	cleaned := copyArticle()
	cleaned.URL, cleaned.OriginalURL, cleaned.Official = "http://www.yzcity.gov.cn/art/2025/3/2/clean.html", "", true
	for _, tc := range []struct {
		name     string
		a        *Article
		o        ExportOptions
		md, html []string // must appear
		not      []string // must appear in neither file
	}{
		{
			name: "the reader's labels and date format, once each",
			a:    copyArticle(), o: zh,
			md:   []string{"发布时间：2025-03-02 09:15 · 成文日期：2025-02-28 · 来源：市林业局 · 发布机构：永州市人民政府办公室 · 文号：永政办函〔2025〕8号 · 索引号：11431100-2025-00012"},
			html: []string{"<dt>发布时间</dt><dd>2025-03-02 09:15</dd>", "<dt>文号</dt><dd>永政办函〔2025〕8号</dd>", "<dt>发布机构</dt>"},
			not:  []string{"发布日期", "发文字号", "网站："},
		},
		{
			name: "English labels for an English interface",
			a:    copyArticle(), o: ExportOptions{Saved: savedAt, Lang: "en"},
			md:   []string{"Published: 2025-03-02 09:15 · Written: 2025-02-28 · Source: 市林业局", "## Removal report", "Saved with GovReader · Saved: 2025-05-01 09:30"},
			html: []string{"<dt>Document no.</dt>", `<span class="badge copy">Not the official site</span>`},
			not:  []string{"发布时间", "移除报告"},
		},
		{
			name: "a copy names its official original",
			a:    copyArticle(), o: zh,
			md: []string{"trust: \"copy\"\n", "original_url: \"http://www.yzcity.gov.cn/art/2025/3/2/clean.html\"\n",
				"非官方副本 · 永州市人民政府 · www.yzcity.gov.cn · [查看官方原文](http://www.yzcity.gov.cn/art/2025/3/2/clean.html)"},
			html: []string{`<p class="trust"><span class="badge copy">非官方副本</span><span>永州市人民政府 · www.yzcity.gov.cn</span><a href="http://www.yzcity.gov.cn/art/2025/3/2/clean.html">查看官方原文</a></p>`},
		},
		{
			name: "official and clean: green, no report",
			a:    official, o: zh,
			md:   []string{"trust: \"official\"\n", "\n政府网站原文 · 永州市人民政府"},
			html: []string{`<span class="badge official">政府网站原文</span>`},
			not:  []string{"original_url", "查看官方原文", "移除报告"},
		},
		{
			name: "official with planted content removed",
			a:    cleaned, o: zh,
			md:   []string{"trust: \"official-cleaned\"\n", "官方网站 · 已移除插入内容"},
			html: []string{`<span class="badge official-cleaned">官方网站 · 已移除插入内容</span>`},
			not:  []string{"查看官方原文"},
		},
		{
			name: "the removal report: counts, kinds, kept ones marked, quotes cut",
			a:    copyArticle(), o: zh,
			md: []string{"## 移除报告\n\n已移除 1 处垃圾或隐藏内容，2 处可疑内容保留\n\n- **链接农场** “澳门葡京 六合彩 时时彩”\n- **可疑段落**（已保留） “本站长期招聘兼职”\n",
				"- **镜像副本**（已保留） “" + strings.Repeat("复制", 80) + "…”"},
			html: []string{`<details class="report"><summary>移除报告：已移除 1 处垃圾或隐藏内容，2 处可疑内容保留</summary>`, `<li><strong>链接农场</strong> <q>澳门葡京 六合彩 时时彩</q></li>`, "<strong>可疑段落</strong>（已保留）"},
		},
		{
			name: "front matter: saved in its zone, tags, attachments",
			a:    copyArticle(), o: zh,
			md: []string{"saved: \"2025-05-01T09:30:00+08:00\"\n", "tags:\n  - \"govreader\"\n  - \"永州市人民政府\"\n",
				"## 附件\n\n- [防火责任表.xlsx](http://www.example-copy.cn/files/zrb.xlsx)",
				"由 GovReader 保存 · 保存时间：2025-05-01 09:30 · 原文网址：[http://www.example-copy.cn/art/2025/3/2/clean.html](http://www.example-copy.cn/art/2025/3/2/clean.html)"},
			html: []string{"<footer>由 GovReader 保存 · 保存时间：2025-05-01 09:30 · 原文网址：<a href=\"http://www.example-copy.cn/art/2025/3/2/clean.html\">"},
		},
		{
			name: "without images: labelled links, nothing the file loads",
			a:    copyArticle(), o: zh,
			md: []string{"[图片未随文件保存：防火宣传（点击查看原图）](http://www.example-copy.cn/img/fire.jpg)",
				"[图片未随文件保存，点击查看原图](http://www.example-copy.cn/img/map.png)"},
			html: []string{`<a class="img" href="http://www.example-copy.cn/img/fire.jpg">图片未随文件保存：防火宣传（点击查看原图）</a>`,
				`img-src data:;`},
			not: []string{"<img", "![", "澳门葡京\">"},
		},
		{
			name: "with images: embedded as data, captioned, never a page",
			a:    copyArticle(), o: embed,
			md:   []string{"![防火宣传](" + pngData + ")", "[图片未随文件保存，点击查看原图](http://www.example-copy.cn/img/map.png)"},
			html: []string{`<img src="` + pngData + `" alt="防火宣传"/>`, `<a class="img" href="http://www.example-copy.cn/img/map.png">`},
			not:  []string{"data:text/html", `src="http`},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md := Markdown(tc.a, tc.o)
			doc, err := Document(tc.a, tc.o)
			require.NoError(t, err)
			for _, w := range tc.md {
				assert.Contains(t, md, w)
			}
			for _, w := range tc.html {
				assert.Contains(t, string(doc), w)
			}
			for _, w := range tc.not {
				assert.NotContains(t, md, w)
				assert.NotContains(t, string(doc), w)
			}
		})
	}
}

func TestTags(t *testing.T) {
	for _, tc := range []struct{ site, want string }{
		{"永州市人民政府", "永州市人民政府"},
		{"Yongzhou City (official)", "Yongzhou_City__official"},
		{"12345", ""},
		{"", ""},
		{"govreader", ""},
		{"湖南省 · 政务公开", "湖南省___政务公开"},
	} {
		got := tags(&Article{SiteName: tc.site})
		assert.Equal(t, "govreader", got[0])
		if tc.want == "" {
			assert.Len(t, got, 1, tc.site)
		} else {
			assert.Equal(t, []string{"govreader", tc.want}, got, tc.site)
		}
	}
}

func TestShowDate(t *testing.T) {
	for in, want := range map[string]string{
		"2024-06-13": "2024-06-13", "2024-06-13T10:17+08:00": "2024-06-13 10:17",
		"2024-06-13T10:17:03+08:00": "2024-06-13 10:17", "2024年6月": "2024年6月", "": "",
	} {
		assert.Equal(t, want, showDate(in), in)
	}
}

func TestSavedTimeDefaultsToNow(t *testing.T) {
	before := time.Now().Add(-time.Second).Format("2006-01-02T15")
	md := Markdown(&Article{Title: "标题"}, ExportOptions{})
	assert.Contains(t, md, `saved: "`+before)
}

func TestYAMLStringsAreYAML(t *testing.T) {
	// Quotes, backslashes, new lines and control characters stay inside
	// the scalar; invalid UTF-8 does not reach the file.
	md := Markdown(&Article{Title: "a\"b\\c\nd\te\x01f\xff"}, ExportOptions{Saved: savedAt})
	assert.Contains(t, md, `title: "a\"b\\c\nd\te\x01f�"`+"\n")
}
