package core

// Export: an Article in, the formats users save out: Markdown with YAML
// front matter, and a single-file, minified HTML document with inline CSS
// and a metadata header. Both are built from Article.Content, which is
// already sanitised, so they carry nothing the reader would not show.

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// metaRows are the metadata shown in headers and front matter, in order.
func metaRows(a *Article) [][2]string {
	rows := [][2]string{
		{"published", a.Published}, {"written", a.Written}, {"source", a.Source}, {"publisher", a.Publisher},
		{"author", a.Author}, {"editor", a.Editor}, {"doc_number", a.DocNumber}, {"index_number", a.IndexNumber},
		{"topic", a.Topic}, {"site_name", a.SiteName}, {"url", firstNonEmpty(a.URL, a.CanonicalURL)},
	}
	out := rows[:0]
	for _, r := range rows {
		if r[1] != "" {
			out = append(out, r)
		}
	}
	return out
}

var metaLabelsZH = map[string]string{
	"published": "发布日期", "written": "成文日期", "source": "来源", "publisher": "发布机构", "author": "作者",
	"editor": "责任编辑", "doc_number": "发文字号", "index_number": "索引号", "topic": "主题分类",
	"site_name": "网站", "url": "原文",
}

// Markdown renders the article as Markdown with YAML front matter.
func Markdown(a *Article) string {
	var b strings.Builder
	b.WriteString("---\n")
	fmt.Fprintf(&b, "title: %s\n", yamlString(a.Title))
	for _, r := range metaRows(a) {
		fmt.Fprintf(&b, "%s: %s\n", r[0], yamlString(r[1]))
	}
	if len(a.Attachments) > 0 {
		b.WriteString("attachments:\n")
		for _, f := range a.Attachments {
			fmt.Fprintf(&b, "  - name: %s\n    url: %s\n", yamlString(f.Name), yamlString(f.URL))
		}
	}
	b.WriteString("---\n\n")
	if a.Title != "" {
		fmt.Fprintf(&b, "# %s\n\n", mdEscape(a.Title))
	}
	if a.Kind == KindList && len(a.Items) > 0 {
		b.WriteString(markdownItems(a.Items))
	} else {
		b.WriteString(markdownBody(a.Content))
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}

// markdownItems renders a list page's entries as a numbered list, each
// linked to its page and followed by its date.
func markdownItems(items []ListItem) string {
	var b strings.Builder
	for i, it := range items {
		entry := mdEscape(it.Text)
		if it.URL != "" {
			entry = "[" + entry + "](" + mdURL(it.URL) + ")"
		}
		if it.Date != "" {
			entry += " · " + it.Date
		}
		fmt.Fprintf(&b, "%d. %s\n", i+1, entry)
	}
	return b.String()
}

func yamlString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}

var mdEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `&lt;`, ">", `&gt;`)

func mdEscape(s string) string { return mdEscaper.Replace(s) }

// markdownBody converts the sanitised content to Markdown.
func markdownBody(content string) string {
	nodes, err := html.ParseFragment(strings.NewReader(content), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return ""
	}
	var b strings.Builder
	for _, n := range nodes {
		mdBlock(&b, n, "")
	}
	out := b.String()
	for strings.Contains(out, "\n\n\n") {
		out = strings.ReplaceAll(out, "\n\n\n", "\n\n")
	}
	return strings.TrimSpace(out) + "\n"
}

func mdBlock(b *strings.Builder, n *html.Node, indent string) {
	if n.Type == html.TextNode {
		if t := strings.TrimSpace(n.Data); t != "" {
			b.WriteString(mdEscape(t) + "\n\n")
		}
		return
	}
	if n.Type != html.ElementNode {
		return
	}
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		level := int(n.Data[1] - '0')
		b.WriteString(strings.Repeat("#", level) + " " + mdInline(n) + "\n\n")
	case atom.P, atom.Figcaption, atom.Dt, atom.Dd:
		if t := mdInline(n); t != "" {
			b.WriteString(indent + t + "\n\n")
		}
	case atom.Blockquote:
		var inner strings.Builder
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			mdBlock(&inner, c, "")
		}
		for _, line := range strings.Split(strings.TrimSpace(inner.String()), "\n") {
			b.WriteString("> " + line + "\n")
		}
		b.WriteString("\n")
	case atom.Ul, atom.Ol:
		i := 1
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom != atom.Li {
				continue
			}
			marker := "- "
			if n.DataAtom == atom.Ol {
				marker = fmt.Sprintf("%d. ", i)
				i++
			}
			b.WriteString(indent + marker + mdInline(c) + "\n")
		}
		b.WriteString("\n")
	case atom.Table:
		mdTable(b, n)
	case atom.Hr:
		b.WriteString("---\n\n")
	case atom.Pre:
		b.WriteString("```\n" + textOfRaw(n) + "\n```\n\n")
	default:
		if t := mdInline(n); t != "" {
			b.WriteString(t + "\n\n")
		}
	}
}

func mdTable(b *strings.Builder, t *html.Node) {
	var rows [][]string
	walkElements([]*html.Node{t}, func(n *html.Node) bool {
		if n.DataAtom != atom.Tr {
			return true
		}
		var row []string
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
				row = append(row, strings.ReplaceAll(mdInline(c), "|", `\|`))
			}
		}
		rows = append(rows, row)
		return false
	})
	if len(rows) == 0 {
		return
	}
	width := 0
	for _, r := range rows {
		width = max(width, len(r))
	}
	for i, r := range rows {
		for len(r) < width {
			r = append(r, "")
		}
		b.WriteString("| " + strings.Join(r, " | ") + " |\n")
		if i == 0 {
			b.WriteString("|" + strings.Repeat(" --- |", width) + "\n")
		}
	}
	b.WriteString("\n")
}

func mdInline(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			b.WriteString(mdEscape(collapseInline(c.Data)))
		case c.DataAtom == atom.Br:
			b.WriteString("  \n")
		case c.DataAtom == atom.Strong:
			if t := mdInline(c); t != "" {
				b.WriteString("**" + t + "**")
			}
		case c.DataAtom == atom.Em:
			if t := mdInline(c); t != "" {
				b.WriteString("*" + t + "*")
			}
		case c.DataAtom == atom.Code:
			b.WriteString("`" + textOfRaw(c) + "`")
		case c.DataAtom == atom.A:
			b.WriteString("[" + mdInline(c) + "](" + mdURL(attr(c, "href")) + ")")
		case c.DataAtom == atom.Img:
			b.WriteString("![" + mdEscape(attr(c, "alt")) + "](" + mdURL(attr(c, "src")) + ")")
		case c.Type == html.ElementNode && isBlockish(c.Data):
			b.WriteString(" " + mdInline(c) + " ")
		default:
			b.WriteString(mdInline(c))
		}
	}
	return strings.TrimSpace(b.String())
}

func mdURL(u string) string {
	return strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29").Replace(u)
}

func collapseInline(s string) string {
	lead := len(s) > 0 && isSpace(rune(s[0]))
	trail := len(s) > 0 && isSpace(rune(s[len(s)-1]))
	t := collapseSpace(s)
	if t == "" {
		if lead || trail {
			return " "
		}
		return ""
	}
	if lead {
		t = " " + t
	}
	if trail {
		t += " "
	}
	return t
}

func textOfRaw(n *html.Node) string {
	var b strings.Builder
	walkNodes(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		return true
	})
	return b.String()
}

//go:generate go run ./internal/gencss

// Document renders the article as a single HTML file for saving: inline
// CSS (minified at build time from saved.css), a metadata header, the
// sanitised body, the attachments and a link to the source. It is written
// compact, so it needs no minifier at run time (export_test.go checks that
// tdewolff/minify finds nothing left to remove).
func Document(a *Article) ([]byte, error) {
	if a == nil {
		return nil, fmt.Errorf("document: no article")
	}
	lang := a.Lang
	if lang == "" {
		lang = "zh-CN"
	}
	esc := html.EscapeString
	var b bytes.Buffer
	b.WriteString(`<!doctype html><html lang="` + esc(lang) + `"><head><meta charset="utf-8">`)
	b.WriteString(`<meta name="viewport" content="width=device-width,initial-scale=1">`)
	b.WriteString(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'">`)
	b.WriteString(`<title>` + esc(a.Title) + `</title><style>` + savedCSS + `</style></head>`)
	b.WriteString(`<body><article><header><h1>` + esc(a.Title) + `</h1><dl>`)
	for _, r := range metaRows(a) {
		if r[0] != "url" {
			b.WriteString(`<dt>` + esc(metaLabelsZH[r[0]]) + `</dt><dd>` + esc(r[1]) + `</dd>`)
		}
	}
	b.WriteString(`</dl></header>`)
	b.WriteString(a.Content) // built by the sanitiser from an allow-list
	if len(a.Attachments) > 0 {
		b.WriteString(`<section><h2>附件</h2><ul>`)
		for _, f := range a.Attachments {
			if u := webURL(f.URL); u != "" {
				b.WriteString(`<li><a href="` + esc(u) + `">` + esc(f.Name) + `</a></li>`)
			}
		}
		b.WriteString(`</ul></section>`)
	}
	b.WriteString(`</article><footer>由 GovReader 保存`)
	if u := webURL(firstNonEmpty(a.URL, a.CanonicalURL)); u != "" {
		b.WriteString(` · 原文：<a href="` + esc(u) + `">` + esc(u) + `</a>`)
	}
	b.WriteString(`</footer></body></html>`)
	return b.Bytes(), nil
}

// webURL returns u when it is an absolute http or https URL.
func webURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return p.String()
}
