package core

// Export: an Article in, the formats users save out: Markdown with YAML
// front matter, and a single-file, minified HTML document with inline CSS
// and a metadata header. Both are built from Article.Content, which is
// already sanitised, so they carry nothing the reader would not show.

import (
	"bytes"
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ExportOptions says how a saved file is made.
type ExportOptions struct {
	// Saved is when the user saved the article (front matter `saved`, the
	// footer); the zero time means now. Its zone is kept as given.
	Saved time.Time `json:"saved"`
	// Lang is the language of the labels: the reader's UI language, so that
	// a saved file names each fact as the reader did ("en…" for English,
	// anything else Chinese). The article's own text is never translated.
	Lang string `json:"lang"`
	// Images maps an image URL of Article.Content to a data: URL of its
	// bytes, fetched by the caller at save time, to embed it: the saved file
	// is then complete offline. An image without one becomes a labelled
	// link, so that opening a saved file never contacts the portal.
	Images map[string]string `json:"images"`
}

// labels returns the label set of the options' language.
func (o ExportOptions) labels() *savedLabels {
	if strings.HasPrefix(strings.ToLower(o.Lang), "en") {
		return &savedLabelsEN
	}
	return &savedLabelsZH
}

// colon ends a label: full width after Chinese, ASCII and a space after English.
func (l *savedLabels) colon() string {
	if l == &savedLabelsEN {
		return ": "
	}
	return "："
}

// aside puts a remark in brackets, the full-width ones after Chinese.
func (l *savedLabels) aside(s string) string {
	if l == &savedLabelsEN {
		return " (" + s + ")"
	}
	return "（" + s + "）"
}

// lead is a label that ends in a colon, spaced before what follows it
// when the colon is ASCII.
func lead(label string) string {
	if strings.HasSuffix(label, ":") {
		return label + " "
	}
	return label
}

func (o ExportOptions) saved() time.Time {
	if o.Saved.IsZero() {
		return time.Now()
	}
	return o.Saved
}

// metaRows are the metadata of the front matter, by key, in order.
func metaRows(a *Article) [][2]string {
	rows := [][2]string{
		{"published", a.Published}, {"written", a.Written}, {"source", a.Source}, {"publisher", a.Publisher},
		{"author", a.Author}, {"editor", a.Editor}, {"doc_number", a.DocNumber}, {"index_number", a.IndexNumber},
		{"topic", a.Topic}, {"site_name", a.SiteName}, {"url", firstNonEmpty(a.URL, a.CanonicalURL)},
	}
	return nonEmpty(rows)
}

// facts are the facts the reader shows under the headline, with its
// labels, in its order and with its date format.
func facts(a *Article, l *savedLabels) [][2]string {
	return nonEmpty([][2]string{
		{l.factPublished, showDate(a.Published)}, {l.factWritten, showDate(a.Written)},
		{l.factSource, a.Source}, {l.factPublisher, a.Publisher}, {l.factAuthor, a.Author},
		{l.factEditor, a.Editor}, {l.factDocNumber, a.DocNumber}, {l.factIndexNumber, a.IndexNumber},
		{l.factTopic, a.Topic},
	})
}

func nonEmpty(rows [][2]string) [][2]string {
	out := rows[:0]
	for _, r := range rows {
		if r[1] != "" {
			out = append(out, r)
		}
	}
	return out
}

// showDate shows an ISO date as the reader does: 2024-06-13 10:17.
func showDate(iso string) string {
	m := showDateRe.FindStringSubmatch(iso)
	if m == nil {
		return iso
	}
	if m[4] == "" {
		return m[1] + "-" + m[2] + "-" + m[3]
	}
	return m[1] + "-" + m[2] + "-" + m[3] + " " + m[4] + ":" + m[5]
}

var showDateRe = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?`)

// trustLabel is the badge of the Article's trust state, "" for none.
func trustLabel(a *Article, l *savedLabels) string {
	switch TrustOf(a) {
	case TrustOfficial:
		return l.badgeOfficial
	case TrustOfficialCleaned:
		return l.badgeOfficialCleaned
	case TrustCopy:
		return l.badgeCopy
	}
	return ""
}

// siteLine is the site's name and host, as the reader shows them beside
// the badge.
func siteLine(a *Article) string {
	host := strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(a.SiteDomain, "https://"), "http://"), "/")
	return strings.Join(nonEmptyStrings(a.SiteName, host), " · ")
}

func nonEmptyStrings(vs ...string) []string {
	out := vs[:0]
	for _, v := range vs {
		if v != "" {
			out = append(out, v)
		}
	}
	return out
}

// officialOriginal is the official original of a copy, when core found it.
func officialOriginal(a *Article) string {
	if TrustOf(a) != TrustCopy {
		return ""
	}
	return webURL(a.OriginalURL)
}

// reportCounts counts the removals and the suspects kept.
func reportCounts(a *Article) (removed, kept int) {
	for _, s := range a.Spam {
		if s.Removed {
			removed++
		} else {
			kept++
		}
	}
	return removed, kept
}

func (l *savedLabels) reportSummary(a *Article) string {
	removed, kept := reportCounts(a)
	return strings.NewReplacer("$1", strconv.Itoa(removed), "$2", strconv.Itoa(kept)).Replace(l.savedReportSummary)
}

func (l *savedLabels) spamKind(kind string) string {
	if s := l.spamKinds[kind]; s != "" {
		return s
	}
	return kind
}

// quote shortens a removal's text as the reader's report does.
func quote(s string) string {
	const most = 160
	if utf8.RuneCountInString(s) <= most {
		return s
	}
	r := []rune(s)
	return string(r[:most]) + "…"
}

// tags are the front matter's tags: govreader and the site, shaped as
// Obsidian accepts a tag (letters, digits, _, - and /; not only digits).
func tags(a *Article) []string {
	out := []string{"govreader"}
	if t := tagOf(firstNonEmpty(a.SiteName, a.SiteDomain)); t != "" && t != out[0] {
		out = append(out, t)
	}
	return out
}

func tagOf(s string) string {
	var b strings.Builder
	digits := true
	for _, r := range strings.TrimSpace(s) {
		switch {
		case unicode.IsLetter(r) || r == '_' || r == '-' || r == '/':
			digits = false
			b.WriteRune(r)
		case unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	t := strings.Trim(b.String(), "_/")
	if digits {
		return ""
	}
	return t
}

// Markdown renders the article as Markdown with YAML front matter (the
// metadata by key, the trust state, `saved` and `tags`, as Obsidian reads
// them), then the title, the facts with the reader's labels, the body,
// the attachments and the removal report.
func Markdown(a *Article, o ExportOptions) string {
	l := o.labels()
	var b strings.Builder
	b.WriteString("---\n")
	fmt.Fprintf(&b, "title: %s\n", yamlString(a.Title))
	for _, r := range metaRows(a) {
		fmt.Fprintf(&b, "%s: %s\n", r[0], yamlString(r[1]))
	}
	fmt.Fprintf(&b, "trust: %s\n", yamlString(TrustOf(a)))
	if u := officialOriginal(a); u != "" {
		fmt.Fprintf(&b, "original_url: %s\n", yamlString(u))
	}
	fmt.Fprintf(&b, "saved: %s\n", yamlString(o.saved().Format(time.RFC3339)))
	b.WriteString("tags:\n")
	for _, t := range tags(a) {
		fmt.Fprintf(&b, "  - %s\n", yamlString(t))
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
	trust := nonEmptyStrings(trustLabel(a, l), mdEscape(siteLine(a)))
	if u := officialOriginal(a); u != "" {
		trust = append(trust, "["+mdEscape(l.badgeOriginal)+"]("+mdURL(u)+")")
	}
	if len(trust) > 0 {
		b.WriteString(strings.Join(trust, " · ") + "\n\n")
	}
	if fs := facts(a, l); len(fs) > 0 {
		parts := make([]string, len(fs))
		for i, f := range fs {
			parts[i] = mdEscape(f[0]) + l.colon() + mdEscape(f[1])
		}
		b.WriteString(strings.Join(parts, " · ") + "\n\n")
	}
	if a.Kind == KindList && len(a.Items) > 0 {
		b.WriteString(markdownItems(a.Items))
	} else {
		b.WriteString(markdownBody(a, o))
	}
	var files []string
	for _, f := range a.Attachments {
		if u := webURL(f.URL); u != "" {
			files = append(files, "- ["+mdEscape(firstNonEmpty(f.Name, u))+"]("+mdURL(u)+")")
		}
	}
	if len(files) > 0 {
		b.WriteString("\n## " + mdEscape(l.attachments) + "\n\n" + strings.Join(files, "\n") + "\n")
	}
	if len(a.Spam) > 0 {
		b.WriteString("\n## " + mdEscape(l.savedReport) + "\n\n" + mdEscape(l.reportSummary(a)) + "\n\n")
		for _, s := range a.Spam {
			line := "- **" + mdEscape(l.spamKind(s.Kind)) + "**"
			if !s.Removed {
				line += mdEscape(l.aside(l.spamKept))
			}
			if t := collapseSpace(s.Text); t != "" {
				line += " “" + mdEscape(quote(t)) + "”"
			}
			b.WriteString(line + "\n")
		}
	}
	foot := []string{mdEscape(l.savedBy), mdEscape(l.savedAt + l.colon() + o.saved().Format("2006-01-02 15:04"))}
	if u := webURL(firstNonEmpty(a.URL, a.CanonicalURL)); u != "" {
		foot = append(foot, mdEscape(lead(l.sourceLink))+"["+mdEscape(u)+"]("+mdURL(u)+")")
	}
	b.WriteString("\n---\n\n" + strings.Join(foot, " · ") + "\n")
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

// yamlString quotes s for YAML: Go's escapes are a subset of a YAML
// double-quoted scalar's.
func yamlString(s string) string { return strconv.Quote(strings.ToValidUTF8(s, "\uFFFD")) }

var mdEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `&lt;`, ">", `&gt;`)

//go:noinline
func mdEscape(s string) string { return mdEscaper.Replace(s) }

// mdWriter converts sanitised content to Markdown.
type mdWriter struct {
	img imageSaver
}

// markdownBody converts the Article's sanitised content to Markdown.
func markdownBody(a *Article, o ExportOptions) string {
	nodes, err := html.ParseFragment(strings.NewReader(a.Content), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return ""
	}
	w := mdWriter{img: newImageSaver(a, o)}
	var b strings.Builder
	for _, n := range nodes {
		w.block(&b, n, "")
	}
	out := b.String()
	for strings.Contains(out, "\n\n\n") {
		out = strings.ReplaceAll(out, "\n\n\n", "\n\n")
	}
	return strings.TrimSpace(out) + "\n"
}

func (w mdWriter) block(b *strings.Builder, n *html.Node, indent string) {
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
		b.WriteString(strings.Repeat("#", level) + " " + w.inline(n) + "\n\n")
	case atom.P, atom.Figcaption, atom.Dt, atom.Dd:
		if t := w.inline(n); t != "" {
			b.WriteString(indent + t + "\n\n")
		}
	case atom.Blockquote:
		var inner strings.Builder
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.block(&inner, c, "")
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
			b.WriteString(indent + marker + w.inline(c) + "\n")
		}
		b.WriteString("\n")
	case atom.Table:
		w.table(b, n)
	case atom.Hr:
		b.WriteString("---\n\n")
	case atom.Pre:
		b.WriteString("```\n" + textOfRaw(n) + "\n```\n\n")
	default:
		if t := w.inline(n); t != "" {
			b.WriteString(t + "\n\n")
		}
	}
}

func (w mdWriter) table(b *strings.Builder, t *html.Node) {
	var rows [][]string
	walkElements([]*html.Node{t}, func(n *html.Node) bool {
		if n.DataAtom != atom.Tr {
			return true
		}
		var row []string
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
				row = append(row, strings.ReplaceAll(w.inline(c), "|", `\|`))
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

func (w mdWriter) inline(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			b.WriteString(mdEscape(collapseInline(c.Data)))
		case c.DataAtom == atom.Br:
			b.WriteString("  \n")
		case c.DataAtom == atom.Strong:
			if t := w.inline(c); t != "" {
				b.WriteString("**" + t + "**")
			}
		case c.DataAtom == atom.Em:
			if t := w.inline(c); t != "" {
				b.WriteString("*" + t + "*")
			}
		case c.DataAtom == atom.Code:
			b.WriteString("`" + textOfRaw(c) + "`")
		case c.DataAtom == atom.A:
			b.WriteString("[" + w.inline(c) + "](" + mdURL(attr(c, "href")) + ")")
		case c.DataAtom == atom.Img:
			b.WriteString(w.img.markdown(attr(c, "src")))
		case c.Type == html.ElementNode && isBlockish(c.Data):
			b.WriteString(" " + w.inline(c) + " ")
		default:
			b.WriteString(w.inline(c))
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
//go:generate go run ./internal/genlabels

// Document renders the article as a single HTML file for saving: inline
// CSS (minified at build time from saved.css), the trust badge, the title
// and the facts with the reader's labels, the sanitised body, the
// attachments, the removal report and a footer with the saved time and
// the source. Images are embedded when the options carry their bytes and
// are labelled links otherwise; the document's policy lets it load
// nothing from the network, so opening a saved file tells no one. It is
// written compact, so it needs no minifier at run time (export_test.go
// checks that tdewolff/minify finds nothing left to remove).
func Document(a *Article, o ExportOptions) ([]byte, error) {
	if a == nil {
		return nil, fmt.Errorf("document: no article")
	}
	content, err := documentContent(a, o)
	if err != nil {
		return nil, fmt.Errorf("document: %w", err)
	}
	l := o.labels()
	lang := a.Lang
	if lang == "" {
		lang = "zh-CN"
	}
	esc := html.EscapeString
	var b bytes.Buffer
	b.WriteString(`<!doctype html><html lang="` + esc(lang) + `"><head><meta charset="utf-8">`)
	b.WriteString(`<meta name="viewport" content="width=device-width,initial-scale=1">`)
	b.WriteString(`<meta name="referrer" content="no-referrer">`)
	b.WriteString(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`)
	b.WriteString(`<title>` + esc(a.Title) + `</title><style>` + savedCSS + `</style></head>`)
	b.WriteString(`<body><article><header>`)
	trust, site := trustLabel(a, l), siteLine(a)
	if trust != "" || site != "" {
		b.WriteString(`<p class="trust">`)
		if trust != "" {
			b.WriteString(`<span class="badge ` + TrustOf(a) + `">` + esc(trust) + `</span>`)
		}
		if site != "" {
			b.WriteString(`<span>` + esc(site) + `</span>`)
		}
		if u := officialOriginal(a); u != "" {
			b.WriteString(`<a href="` + esc(u) + `">` + esc(l.badgeOriginal) + `</a>`)
		}
		b.WriteString(`</p>`)
	}
	b.WriteString(`<h1>` + esc(a.Title) + `</h1>`)
	if fs := facts(a, l); len(fs) > 0 {
		b.WriteString(`<dl>`)
		for _, f := range fs {
			b.WriteString(`<dt>` + esc(f[0]) + `</dt><dd>` + esc(f[1]) + `</dd>`)
		}
		b.WriteString(`</dl>`)
	}
	b.WriteString(`</header>`)
	b.WriteString(content) // built by the sanitiser from an allow-list
	if len(a.Attachments) > 0 {
		b.WriteString(`<section><h2>` + esc(l.attachments) + `</h2><ul>`)
		for _, f := range a.Attachments {
			if u := webURL(f.URL); u != "" {
				b.WriteString(`<li><a href="` + esc(u) + `">` + esc(firstNonEmpty(f.Name, u)) + `</a></li>`)
			}
		}
		b.WriteString(`</ul></section>`)
	}
	b.WriteString(`</article>`)
	if len(a.Spam) > 0 {
		// Collapsed, as in the reader: what was removed is evidence, not
		// part of the article.
		b.WriteString(`<details class="report"><summary>` + esc(l.savedReport+l.colon()+l.reportSummary(a)) + `</summary><ul>`)
		for _, s := range a.Spam {
			b.WriteString(`<li><strong>` + esc(l.spamKind(s.Kind)) + `</strong>`)
			if !s.Removed {
				b.WriteString(esc(l.aside(l.spamKept)))
			}
			if t := collapseSpace(s.Text); t != "" {
				b.WriteString(` <q>` + esc(quote(t)) + `</q>`)
			}
			b.WriteString(`</li>`)
		}
		b.WriteString(`</ul></details>`)
	}
	b.WriteString(`<footer>` + esc(l.savedBy) + ` · ` + esc(l.savedAt+l.colon()+o.saved().Format("2006-01-02 15:04")))
	if u := webURL(firstNonEmpty(a.URL, a.CanonicalURL)); u != "" {
		b.WriteString(` · ` + esc(lead(l.sourceLink)) + `<a href="` + esc(u) + `">` + esc(u) + `</a>`)
	}
	b.WriteString(`</footer></body></html>`)
	return b.Bytes(), nil
}

// documentContent is the Article's content with each image embedded or
// turned into a labelled link. Content without an image is returned as
// it is.
func documentContent(a *Article, o ExportOptions) (string, error) {
	if !strings.Contains(a.Content, "<img") {
		return a.Content, nil
	}
	ctx := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes, err := html.ParseFragment(strings.NewReader(a.Content), ctx)
	if err != nil {
		return "", fmt.Errorf("content: %w", err)
	}
	s := newImageSaver(a, o)
	var imgs []*html.Node
	walkElements(nodes, func(n *html.Node) bool {
		if n.DataAtom == atom.Img {
			imgs = append(imgs, n)
		}
		return true
	})
	for _, n := range imgs {
		if r := s.node(n); r != nil {
			if n.Parent != nil {
				n.Parent.InsertBefore(r, n)
				n.Parent.RemoveChild(n)
			} else {
				for i := range nodes {
					if nodes[i] == n {
						nodes[i] = r
					}
				}
			}
		}
	}
	var b bytes.Buffer
	for _, n := range nodes {
		if err := html.Render(&b, n); err != nil {
			return "", fmt.Errorf("content: %w", err)
		}
	}
	return b.String(), nil
}

// imageSaver decides what a saved file holds for each image: the data URL
// the caller fetched at save time, or a labelled link to the image.
type imageSaver struct {
	data     map[string]string
	captions map[string]string
	l        *savedLabels
}

func newImageSaver(a *Article, o ExportOptions) imageSaver {
	caps := make(map[string]string, len(a.Images))
	for _, im := range a.Images {
		caps[im.Src] = collapseSpace(im.Caption)
	}
	return imageSaver{data: o.Images, captions: caps, l: o.labels()}
}

// embedded returns the image's data URL when one was given and it holds
// an image.
func (s imageSaver) embedded(src string) string {
	if d := s.data[src]; isImageDataURL(d) {
		return d
	}
	return ""
}

// label says that the image is not in the file, with its caption.
func (s imageSaver) label(src string) string {
	if c := s.captions[src]; c != "" {
		return strings.ReplaceAll(s.l.savedImageCaption, "$1", c)
	}
	return s.l.savedImage
}

// markdown is the image in Markdown: embedded, a labelled link, or
// nothing when it has no address to link to.
func (s imageSaver) markdown(src string) string {
	if d := s.embedded(src); d != "" {
		return "![" + mdEscape(s.captions[src]) + "](" + d + ")"
	}
	if u := webURL(src); u != "" {
		return "[" + mdEscape(s.label(src)) + "](" + mdURL(u) + ")"
	}
	return ""
}

// node returns what replaces an <img> in a saved document: nil when it
// stays (its src is now the data URL), a labelled link, or nothing (an
// empty text node) when it has no address to link to.
func (s imageSaver) node(n *html.Node) *html.Node {
	src := attr(n, "src")
	if d := s.embedded(src); d != "" {
		// The caption, not the alt text: spam hides in alt texts the page
		// never shows, as the reader knows.
		n.Attr = []html.Attribute{{Key: "src", Val: d}, {Key: "alt", Val: s.captions[src]}}
		return nil
	}
	u := webURL(src)
	if u == "" {
		return &html.Node{Type: html.TextNode}
	}
	a := &html.Node{Type: html.ElementNode, Data: "a", DataAtom: atom.A, Attr: []html.Attribute{
		{Key: "class", Val: "img"}, {Key: "href", Val: u},
	}}
	a.AppendChild(&html.Node{Type: html.TextNode, Data: s.label(src)})
	return a
}

// imageTypes are the data: URL types a saved file embeds; anything else
// (a page, a script, a type no browser shows as an image) is not embedded.
var imageTypes = []string{"image/png", "image/jpeg", "image/gif", "image/webp", "image/avif", "image/bmp", "image/svg+xml", "image/x-icon", "image/vnd.microsoft.icon"}

// isImageDataURL reports whether d is a base64 data: URL of an image type.
func isImageDataURL(d string) bool {
	rest, ok := strings.CutPrefix(d, "data:")
	if !ok {
		return false
	}
	mime, payload, ok := strings.Cut(rest, ";base64,")
	if !ok || payload == "" {
		return false
	}
	known := false
	for _, t := range imageTypes {
		known = known || strings.EqualFold(mime, t)
	}
	if !known {
		return false
	}
	for i := 0; i < len(payload); i++ {
		c := payload[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=') {
			return false
		}
	}
	return true
}

// webURL returns u when it is an absolute http or https URL.
func webURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return p.String()
}
