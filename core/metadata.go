package core

// Metadata stage: the visible DOM in (before chrome removal), the title,
// dates, 来源, 发布机构, author, 文号, 索引号 … out, written to the Article by
// finishMetadata once the body is known.
//
// Evidence, strongest first: what the page shows (the info line, the
// 信息公开 table), then the national gov meta tags, then OpenGraph and
// JSON-LD. Displayed values beat meta tags because portals regenerate pages
// and stamp PubDate with the regeneration time.

import (
	"encoding/json"
	"regexp"
	"strings"

	goquery "github.com/govreader/govreader/core/internal/dq"
	"golang.org/x/net/html"
)

type metadata struct {
	titleHijacked bool
	tags          map[string]string
	// shown holds the first displayed value of each field.
	shown map[field]string
	// headline is the chosen headline element, if any.
	headline *html.Node
	title    string
	jsonLD   map[string]string
}

func (p *page) readMetadata() {
	m := &p.meta
	m.tags = map[string]string{}
	p.doc.Find("meta").Each(func(_ int, s *goquery.Selection) {
		name := strings.ToLower(strings.TrimSpace(s.AttrOr("name", s.AttrOr("property", ""))))
		if name == "" {
			return
		}
		if _, seen := m.tags[name]; !seen {
			m.tags[name] = collapseSpace(s.AttrOr("content", ""))
		}
	})
	m.jsonLD = readJSONLD(p.doc)
	m.shown = p.readInfoLabels()
	m.headline, m.title = p.chooseTitle()
}

// segments are the text units of the page in document order: every block
// and table cell gives one.
func segments(root *html.Node) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if t := collapseSpace(b.String()); t != "" {
			out = append(out, t)
		}
		b.Reset()
	}
	type item struct {
		n    *html.Node
		exit bool
	}
	stack := []item{{n: root}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := it.n
		if it.exit {
			flush()
			continue
		}
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			continue
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template":
				continue
			case "br":
				flush()
				continue
			}
		}
		block := n.Type == html.ElementNode && isBlockish(n.Data)
		if block {
			flush()
			stack = append(stack, item{n: n, exit: true})
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, item{n: c})
		}
	}
	flush()
	return out
}

func isBlockish(tag string) bool {
	switch tag {
	case "p", "div", "li", "ul", "ol", "td", "th", "tr", "table", "tbody", "h1", "h2", "h3", "h4", "h5", "h6",
		"section", "article", "header", "footer", "nav", "aside", "main", "dl", "dt", "dd", "blockquote",
		"form", "figure", "figcaption", "center", "pre", "address", "hr":
		return true
	}
	return false
}

var labelRe = func() *regexp.Regexp {
	var alts []string
	for _, l := range infoLabels {
		alts = append(alts, regexp.QuoteMeta(l.label))
	}
	return regexp.MustCompile(`(` + strings.Join(alts, "|") + `)\s*[:：]`)
}()

var labelField = func() map[string]field {
	m := map[string]field{}
	for _, l := range infoLabels {
		m[l.label] = l.field
	}
	return m
}()

// readInfoLabels finds "label：value" pairs in the page's text, and table
// layouts where a label cell is followed by a value cell.
func (p *page) readInfoLabels() map[field]string {
	found := map[field]string{}
	body := p.doc.Find("body").Nodes
	if len(body) == 0 {
		return found
	}
	segs := segments(body[0])
	for i, seg := range segs {
		if len([]rune(seg)) > 300 {
			continue // prose, not an info line
		}
		locs := labelRe.FindAllStringSubmatchIndex(seg, -1)
		if len(locs) == 0 {
			// A bare label cell: 索引号 | value.
			label := strings.TrimRight(strings.TrimSpace(seg), ":： ")
			if f, ok := labelField[label]; ok && i+1 < len(segs) && len(label) >= 6 {
				if v := cleanValue(segs[i+1]); v != "" && labelRe.FindStringIndex(segs[i+1]) == nil {
					setOnce(found, f, v)
				}
			}
			continue
		}
		for k, loc := range locs {
			label := seg[loc[2]:loc[3]]
			end := len(seg)
			if k+1 < len(locs) {
				end = locs[k+1][0]
			}
			v := cleanValue(seg[loc[1]:end])
			if v == "" && k+1 == len(locs) && i+1 < len(segs) && labelRe.FindStringIndex(segs[i+1]) == nil {
				v = cleanValue(segs[i+1])
			}
			if v != "" {
				setOnce(found, labelField[label], v)
			}
		}
	}
	return found
}

func setOnce(m map[field]string, f field, v string) {
	if f == fieldNone || f == fieldIgnore {
		return
	}
	if _, ok := m[f]; !ok {
		m[f] = v
	}
}

var valueStop = regexp.MustCompile(`\s{2,}|[|｜【】\[\]]|分享到|打印|关闭|浏览次数|字体[:：]|【字|扫一扫`)

// cleanValue cuts a label's value at the next separator.
func cleanValue(v string) string {
	v = strings.TrimLeft(v, " \u00a0\u3000")
	if loc := valueStop.FindStringIndex(v); loc != nil {
		v = v[:loc[0]]
	}
	v = strings.Trim(collapseSpace(v), " ·•")
	if len([]rune(v)) > 80 {
		return ""
	}
	return v
}

func readJSONLD(doc *goquery.Document) map[string]string {
	out := map[string]string{}
	doc.Find(`script[type="application/ld+json"]`).Each(func(_ int, s *goquery.Selection) {
		var v any
		if json.Unmarshal([]byte(s.Text()), &v) != nil {
			return
		}
		collectLD(v, out, 0)
	})
	return out
}

func collectLD(v any, out map[string]string, depth int) {
	if depth > 6 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			collectLD(e, out, depth+1)
		}
	case map[string]any:
		for _, k := range []string{"headline", "datePublished", "dateModified"} {
			if s, ok := x[k].(string); ok && out[k] == "" {
				out[k] = s
			}
		}
		for _, k := range []string{"author", "publisher"} {
			switch a := x[k].(type) {
			case string:
				if out[k] == "" {
					out[k] = a
				}
			case map[string]any:
				if s, ok := a["name"].(string); ok && out[k] == "" {
					out[k] = s
				}
			case []any:
				if len(a) > 0 {
					if m, ok := a[0].(map[string]any); ok {
						if s, ok := m["name"].(string); ok && out[k] == "" {
							out[k] = s
						}
					}
				}
			}
		}
		if g, ok := x["@graph"]; ok {
			collectLD(g, out, depth+1)
		}
	}
}

// finishMetadata writes the metadata into the Article, once the body is
// known (bylines at the end of the body name the author).
func (p *page) finishMetadata() {
	m, a := &p.meta, p.art
	tag := func(k string) string { return m.tags[k] }
	a.Title = m.title
	a.Published = firstDate(m.shown[fieldPublished], p.dateNearHeadline(), tag("pubdate"), tag("firstpublishedtime"),
		tag("article:published_time"), m.jsonLD["datePublished"], tag("publishdate"), tag("dc.date"))
	a.Written = firstDate(m.shown[fieldWritten])
	a.Source = firstNonEmpty(m.shown[fieldSource], tag("contentsource"))
	if shown, full := m.shown[fieldSource], tag("contentsource"); strings.HasSuffix(shown, "...") || strings.HasSuffix(shown, "…") {
		if prefix := strings.TrimRight(shown, ".…"); strings.HasPrefix(full, prefix) {
			a.Source = full
		}
	}
	a.Publisher = m.shown[fieldPublisher]
	a.Author = cleanPerson(firstNonEmpty(m.shown[fieldAuthor], bylineAuthor(a.Text)))
	a.Editor = cleanPerson(m.shown[fieldEditor])
	a.DocNumber = m.shown[fieldDocNumber]
	a.IndexNumber = m.shown[fieldIndexNumber]
	a.Topic = firstNonEmpty(m.shown[fieldTopic], tag("columnname"))
	a.Validity = m.shown[fieldValidity]
	if !m.titleHijacked {
		a.Keywords = tag("keywords")
		a.Description = tag("description")
	}
	a.SiteName = firstNonEmpty(tag("sitename"), tag("og:site_name"))
	a.SiteDomain = tag("sitedomain")
	a.SiteID = tag("siteidcode")
	a.CanonicalURL = p.canonicalURL()
	a.Lang = p.doc.Find("html").AttrOr("lang", "")
	if a.Lang == "" && hanRatio(a.Text) > 0.3 {
		a.Lang = "zh"
	}
}

func (p *page) canonicalURL() string {
	for _, v := range []string{p.doc.Find(`link[rel="canonical"]`).AttrOr("href", ""), p.meta.tags["og:url"], p.meta.tags["url"]} {
		if v = strings.TrimSpace(v); v != "" {
			return p.absURL(v)
		}
	}
	return ""
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

var personPrefix = regexp.MustCompile(`^(记者|通讯员|特约通讯员|见习记者|实习生|作者|撰稿|文|图)[\s:：]*`)

func cleanPerson(s string) string {
	s = strings.Trim(s, " （）()[]【】")
	s = personPrefix.ReplaceAllString(s, "")
	return strings.TrimSpace(s)
}

var bylineRe = regexp.MustCompile(`[（(]\s*((?:记者|通讯员|特约通讯员|见习记者|本报记者)[\s:：]*[\p{Han}·\s、]{2,20}?)\s*[）)]`)

// bylineAuthor finds a reporter byline such as （记者 成丹丹） in the body.
func bylineAuthor(text string) string {
	if m := bylineRe.FindStringSubmatch(text); m != nil {
		return cleanPerson(m[1])
	}
	return ""
}

// dateNearHeadline finds an unlabelled date shortly after the headline,
// where portals print "2025-04-25 17:18 | 来源：…".
func (p *page) dateNearHeadline() string {
	h := p.meta.headline
	if h == nil {
		return ""
	}
	// Look in the headline's following siblings and its parent's.
	for n, hops := h, 0; n != nil && hops < 3; n, hops = n.Parent, hops+1 {
		count := 0
		for s := n.NextSibling; s != nil && count < 6; s = s.NextSibling {
			if s.Type != html.ElementNode && s.Type != html.TextNode {
				continue
			}
			count++
			var t string
			if s.Type == html.TextNode {
				t = s.Data
			} else {
				t = textOf(s)
			}
			if len([]rune(t)) > 200 {
				return ""
			}
			if d := parseDate(t); d != "" {
				return d
			}
		}
	}
	return ""
}
