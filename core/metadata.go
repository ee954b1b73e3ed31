package core

// Metadata stage: the visible DOM in (before chrome removal), the title,
// dates, 来源, 发布机构, author, 文号, 索引号 … out, written to the Article by
// finishMetadata once the body is known.
//
// Evidence, strongest first: what the page shows (the info line, the
// 信息公开 table, bylines), then what its inline scripts would show, then
// the national gov meta tags, then OpenGraph and JSON-LD. Displayed values
// beat meta tags because portals regenerate pages and stamp PubDate with
// the regeneration time, and because meta Author usually names the editor.

import (
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/govreader/govreader/core/internal/cjk"
	"github.com/govreader/govreader/core/internal/dates"
	"github.com/govreader/govreader/core/internal/dq"
	"golang.org/x/net/html"
)

// fieldInfoDate is an unlabelled date printed in an info line beside a
// labelled 来源 or 作者 (2024-03-03 15:54:07 来源:…). It is internal to
// this stage, so it sits after the table's fields.
const fieldInfoDate = fieldIgnore + 1

func (p *page) readMetadata() {
	m := &p.meta
	m.tags = map[string]string{}
	p.tags.all("meta", nil).Each(func(_ int, s *dq.Selection) {
		name := strings.ToLower(strings.TrimSpace(s.AttrOr("name", s.AttrOr("property", s.AttrOr("itemprop", "")))))
		if name == "" {
			return
		}
		if _, seen := m.tags[name]; !seen {
			m.tags[name] = collapseSpace(s.AttrOr("content", ""))
		}
	})
	m.jsonLD = readJSONLD(&p.tags)
	var segs []infoSeg
	if body := p.bodyNodes(); len(body) > 0 {
		segs = infoSegments(body[0])
	}
	// The headline comes first: of two values shown for a field, the one
	// nearer the headline belongs to the article. The info line in turn
	// points at the headline, which sits just above it.
	m.headline, m.title = p.chooseTitle(segs, infoLines(segs))
	if p.log != nil {
		by := "references"
		if m.headline != nil {
			by = "headline " + nodePath(m.headline)
		}
		p.log.decision("title", m.title, by, append(topCandidates(p.log.titleCands), p.log.titleRefs...))
	}
	m.shown = readInfoLabels(segs, segmentOf(segs, m.headline))
	m.byline = infoByline(segs, segmentOf(segs, m.headline))
	// A 来源 the page shows wins over the scripts (chooseSource), whose
	// search is then skipped.
	if strings.TrimSpace(m.shown[fieldSource]) == "" {
		m.scriptSource = p.scriptSource()
	}
}

// readInfoLabels finds "label：value" pairs in the page's text units, and
// table layouts where a label cell is followed by a value cell. headAt is
// the unit of the headline, or -1.
func readInfoLabels(segs []infoSeg, headAt int) map[field]string {
	found := shownSet{headAt: headAt, best: map[field]shownAt{}}
	cellValue := tablePairs(segs)
	// leadsWithLabel reports a segment that is itself label-led, so it is
	// never taken as the value of the label before it.
	leadsWithLabel := func(s infoSeg) bool {
		if _, n := bareLabel(s.text); n > 0 {
			return true
		}
		return len(s.labels) > 0 && s.labels[0].start == 0
	}
	// A bare 时间：or 日期： dates the article only near its headline or
	// beside other info labels; elsewhere it is a notice's 时间：6月15日上午.
	genericDateOK := func(at int, labels int) bool {
		return headAt < 0 || labels > 1 || (at-headAt <= 8 && headAt-at <= 8)
	}
	for i, is := range segs {
		seg := is.text
		if seg == "" || utf8.RuneCountInString(seg) > 300 {
			continue // an empty cell, or prose rather than an info line
		}
		next, nextListed := "", false
		if i+1 < len(segs) && !leadsWithLabel(segs[i+1]) {
			next, nextListed = segs[i+1].text, segs[i+1].listed
		}
		// A date in a list of links dates another article.
		add := func(f field, v string, listed bool) {
			if !listed || !isDateField(f) {
				found.add(f, i, v)
			}
		}
		if f, n := bareLabel(seg); n > 0 {
			// A table's label cell takes the value its table gives it.
			v, inTable := cellValue[i]
			if inTable {
				next, nextListed = "", false
				if v != noValue {
					next, nextListed = segs[v].text, segs[v].listed
				}
			}
			// A block that is only a label pairs with the next block when
			// it is a table cell or a line, or when the label is long
			// enough to be nothing else (索引号, 发布机构); a lone 来源：
			// block may be an empty slot above the article.
			if (inTable || is.pairs || n >= 3 || selfChecking(f)) && (f != fieldPublished || n > 2 || genericDateOK(i, 1)) {
				add(f, fieldValue(f, next), is.listed || nextListed)
			}
			continue
		}
		labels := is.labels
		if len(labels) == 0 {
			continue
		}
		var dated []int // byte ranges of values read as dates
		hasPeople := false
		for k, l := range labels {
			end := len(seg)
			if k+1 < len(labels) {
				end = labels[k+1].start
			}
			raw, listed := seg[l.end:end], is.listed
			if strings.Trim(raw, " \x1f") == "" && k+1 == len(labels) && (is.pairs || selfChecking(l.f)) {
				raw, listed = next, listed || nextListed
			}
			if l.f == fieldPublished && l.n == 2 && !genericDateOK(i, len(labels)) {
				continue
			}
			switch l.f {
			case fieldPublished, fieldUpdated, fieldWritten, fieldGenerated:
				dated = append(dated, l.end, end)
			case fieldSource, fieldPublisher, fieldAuthor, fieldEditor:
				hasPeople = true
			}
			add(l.f, fieldValue(l.f, raw), listed)
		}
		if hasPeople {
			if d := unlabelledDate(seg, dated); d != "" {
				add(fieldInfoDate, d, is.listed)
			}
		}
	}
	return found.values()
}

func isDateField(f field) bool {
	switch f {
	case fieldPublished, fieldUpdated, fieldWritten, fieldGenerated, fieldInfoDate:
		return true
	}
	return false
}

// selfChecking reports fields whose values prove themselves (a date, an
// 索引号 or 文号 with digits), so that an empty label may take the next
// block's text: nothing else there can pass for one.
func selfChecking(f field) bool {
	switch f {
	case fieldPublished, fieldUpdated, fieldWritten, fieldGenerated, fieldIndexNumber, fieldDocNumber:
		return true
	}
	return false
}

// shownSet keeps, for each field, the displayed value nearest the
// headline: a page may show a field twice (a sidebar's 时间：, a mobile
// copy of the info line), and the article's own value sits next to its
// headline. Values before the headline (the 信息公开 table above it) count
// at twice their distance. Without a headline the first value wins.
type shownSet struct {
	headAt int
	best   map[field]shownAt
}

type shownAt struct {
	v    string
	cost int
}

func (s shownSet) add(f field, at int, v string) {
	if f == fieldNone || f == fieldIgnore || v == "" {
		return
	}
	cost := at
	switch {
	case s.headAt < 0:
	case at >= s.headAt:
		cost = at - s.headAt
	default:
		cost = 2 * (s.headAt - at)
	}
	if old, ok := s.best[f]; !ok || cost < old.cost {
		s.best[f] = shownAt{v: v, cost: cost}
	}
}

func (s shownSet) values() map[field]string {
	out := make(map[field]string, len(s.best))
	for f, v := range s.best {
		out[f] = v.v
	}
	return out
}

// unlabelledDate is the first date in seg outside the byte ranges given.
func unlabelledDate(seg string, skip []int) string {
	found := dates.Re.FindAllStringSubmatchIndex(seg, 4)
	for i, loc := range found {
		// Two dates joined by 至, 到 or a dash are a period (征集时间：
		// 2024-04-01 至 2024-04-30), not the day the page was published.
		if i+1 < len(found) && rangeJoin(seg[loc[1]:found[i+1][0]]) || i > 0 && rangeJoin(seg[found[i-1][1]:loc[0]]) {
			continue
		}
		inside := false
		for j := 0; j+1 < len(skip); j += 2 {
			if loc[0] >= skip[j] && loc[0] < skip[j+1] {
				inside = true
			}
		}
		if inside {
			continue
		}
		m := make([]string, len(loc)/2)
		for g := range m {
			if loc[2*g] >= 0 {
				m[g] = seg[loc[2*g]:loc[2*g+1]]
			}
		}
		if d := dates.ISOFromMatch(m); d != "" {
			return d
		}
	}
	return ""
}

// rangeJoin reports the text between two dates of a period.
func rangeJoin(between string) bool {
	switch strings.TrimSpace(between) {
	case "至", "到", "-", "—", "－", "~", "～", "–", "——":
		return true
	}
	return false
}

var (
	// sourceVarRe finds a script variable that holds the 来源 the page
	// prints from script: var csource = "深圳特区报".
	sourceVarRe = regexp.MustCompile(`(?i)\b(?:var|let|const)?\s*[\w$]*source[\w$]*\s*[=:]\s*(?:"([^"\\\n]{1,60})"|'([^'\\\n]{1,60})')`)
	// sourceTailAt is sourceVarRe from "source" on, anchored there.
	sourceTailAt = regexp.MustCompile(`^(?i)source[\w$]*\s*[=:]\s*(?:"([^"\\\n]{1,60})"|'([^'\\\n]{1,60})')`)
)

// scriptSource finds the 来源 an inline script prints, for pages whose
// visible slot is filled by script.
func (p *page) scriptSource() string {
	out := ""
	p.tags.all("script", nil).EachWithBreak(func(_ int, s *dq.Selection) bool {
		if _, ok := s.Attr("src"); ok {
			return true
		}
		for _, m := range sourceAssignments(scriptCode(s.Nodes[0]), 4) {
			v := strings.TrimSpace(m[1] + m[2])
			if hanRatio(v) >= 0.5 {
				out = v
				return false
			}
		}
		return true
	})
	return out
}

// sourceAssignments is sourceVarRe.FindAllStringSubmatch(code, n) but for
// the whole match (m[0] is empty), tried only where "source" occurs: the
// regexp has no literal to skip ahead with and would step through every
// byte of a long script. Whatever precedes "source" in a match ([\w$]*
// after a word boundary) can always match, so the anchored tail decides.
func sourceAssignments(code string, n int) [][]string {
	if strings.Contains(code, "ſ") { // folds to s, and indexFold looks for s or S
		return sourceVarRe.FindAllStringSubmatch(code, n)
	}
	var out [][]string
	for i := 0; len(out) < n; {
		j := indexFold(code[i:], "source")
		if j < 0 {
			break
		}
		i += j
		if m := sourceTailAt.FindStringSubmatchIndex(code[i:]); m != nil {
			sub := func(k int) string {
				if m[2*k] < 0 {
					return ""
				}
				return code[i+m[2*k] : i+m[2*k+1]]
			}
			out = append(out, []string{"", sub(1), sub(2)})
			i += m[1]
			continue
		}
		i++
	}
	return out
}

// fieldValue cleans a raw label value and checks that it fits the field.
func fieldValue(f field, raw string) string {
	switch f {
	case fieldPublished, fieldUpdated, fieldWritten, fieldGenerated:
		return dates.Parse(cutAtSep(raw))
	}
	v := cleanValue(raw)
	// A date after a name belongs to the info line, not to the name:
	// 来源：宣教中心 2022-11-14 14:59:48.
	if loc := dates.Re.FindStringIndex(v); loc != nil {
		v = strings.TrimSpace(v[:loc[0]])
	}
	v = cutNextLabel(v)
	v = strings.Trim(v, " ·•|-—_/")
	if v == "" {
		return ""
	}
	switch f {
	case fieldAuthor, fieldEditor:
		v = cleanPerson(v)
		if utf8.RuneCountInString(v) > 30 || hasAnyOf(v, "，。；！？") {
			return ""
		}
	case fieldSource, fieldPublisher:
		// A value with a seller's handle or a trade's words is kept for
		// the metadata stage, which reports it (and keeps a name before
		// it): a planted 发布机构 must not vanish unreported.
		if e := weighName(v); hasAnyOf(v, "。！？") || utf8.RuneCountInString(v) > 60 || !e.isName() && !e.sells() {
			return ""
		}
	case fieldDocNumber:
		if !strings.ContainsAny(v, "0123456789") || utf8.RuneCountInString(v) > 40 {
			return ""
		}
	case fieldIndexNumber:
		if countDigits(v) < 4 || utf8.RuneCountInString(v) > 60 {
			return ""
		}
	}
	return v
}

// cutNextLabel ends a value at a colon, which starts the next label even
// when no space sets it apart (新华网作者：张三, 本网 人气：12): a known label
// before the colon is dropped, else the last word before it.
func cutNextLabel(v string) string {
	i := strings.IndexFunc(v, isColon)
	if i < 0 {
		return v
	}
	v = strings.TrimRightFunc(v[:i], isLabelGap)
	if _, start, n := labelBefore(v, len(v)); n > 0 {
		return strings.TrimSpace(v[:start])
	}
	if j := strings.LastIndexByte(v, ' '); j >= 0 {
		return strings.TrimSpace(v[:j])
	}
	return v
}

func cutAtSep(v string) string {
	v = strings.TrimLeft(v, " \x1f")
	if i := strings.IndexRune(v, sep); i >= 0 {
		v = v[:i]
	}
	return v
}

// valueStop ends a value at the bracket or control word that follows it
// on the info line.
var valueStop = regexp.MustCompile(`[|｜丨【】\[\]]|分享到|打印|关闭|收藏|下载|浏览次数|扫一扫|返回顶部`)

// cleanValue cuts a label's value at the next separator.
func cleanValue(v string) string {
	v = cutAtSep(strings.TrimLeft(v, " \u00a0\u3000"))
	if loc := valueStop.FindStringIndex(v); loc != nil {
		v = v[:loc[0]]
	}
	v = strings.Trim(collapseSpace(v), " ·•")
	if utf8.RuneCountInString(v) > 80 {
		return ""
	}
	return v
}

func readJSONLD(tags *tagIndex) map[string]string {
	out := map[string]string{}
	tags.all("script", attrEquals("type", "application/ld+json")).Each(func(_ int, s *dq.Selection) {
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
// known (bylines in the body name the author, a 文号 line opens a letter).
func (p *page) finishMetadata() {
	m, a := &p.meta, p.art
	tag := func(k string) string { return m.tags[k] }
	a.Title = m.title
	// The candidates for 发布时间, most trusted first: what the page
	// shows, then the meta tags, which portals stamp with regeneration
	// times. Named for Options.Explain.
	published := [...]namedValue{
		{"shown 发布时间", m.shown[fieldPublished]}, {"shown in the info line", m.shown[fieldInfoDate]},
		{"near the headline", p.dateNearHeadline()}, {"shown 更新时间", m.shown[fieldUpdated]},
		{"meta pubdate", tag("pubdate")}, {"meta firstpublishedtime", tag("firstpublishedtime")},
		{"meta article:published_time", tag("article:published_time")}, {"json-ld datePublished", m.jsonLD["datePublished"]},
		{"meta datepublished", tag("datepublished")}, {"meta publishdate", tag("publishdate")},
		{"meta publish_date", tag("publish_date")}, {"meta dc.date", tag("dc.date")}, {"meta dc.date.issued", tag("dc.date.issued")},
	}
	by := -1
	for i, c := range published {
		if d := dates.Parse(c.value); d != "" {
			a.Published, by = d, i
			break
		}
	}
	// A day shown without its time in one place (a 信息公开 box) and with
	// it in another (the info line under the headline) is one date: the
	// precise form is kept. Meta stamps are regeneration times and do not
	// count.
	if len(a.Published) == len("2006-01-02") {
		for i, c := range published[:3] {
			if d := dates.Parse(c.value); len(d) > len(a.Published) && strings.HasPrefix(d, a.Published) {
				a.Published, by = d, i
				break
			}
		}
	}
	if p.log != nil {
		p.explainDate(published[:], by)
	}
	a.Written = dates.First(m.shown[fieldWritten], m.shown[fieldGenerated])
	a.Source = p.chooseSource()
	if shown := m.shown[fieldSource]; shown != "" && !weighName(shown).isName() {
		// Not merely a value preferred to it: an advert, reported. The
		// name it was appended to is the source when nothing better is.
		name, planted := leadingName(shown)
		p.dropPlantedField("来源", planted)
		if a.Source == "" {
			a.Source = name
		}
	}
	a.Publisher = p.institutionField("发布机构", m.shown[fieldPublisher])
	// JSON-LD names the author on purpose; the gov meta Author tag is
	// left out because it usually names the editor who keyed the page in.
	// The body's byline is searched (a dozen regexps over its edge lines)
	// only when the info line and the removed byline name no one.
	author := firstNonEmpty(m.shown[fieldAuthor], m.byline)
	if author == "" {
		author = firstNonEmpty(bylineAuthor(a.Text), ldPerson(m.jsonLD["author"]))
	}
	a.Author = p.personField("作者", author)
	a.Editor = p.personField("责任编辑", m.shown[fieldEditor])
	a.DocNumber = m.shown[fieldDocNumber]
	if a.DocNumber == "" {
		a.DocNumber = firstNonEmpty(docNumberLine(a.Text), titleDocNumber(a.Title))
	}
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
	a.Lang = p.tags.first("html", nil).AttrOr("lang", "")
	if a.Lang == "" && hanRatio(a.Text) > 0.3 {
		a.Lang = "zh"
	}
}

// chooseSource prefers the displayed 来源, then what an inline script
// prints into the slot, then meta ContentSource. A displayed value cut
// short with "…" is completed from ContentSource when that extends it.
// ContentSource equal to SiteName is the CMS's default, not a source.
func (p *page) chooseSource() string {
	m := &p.meta
	meta := m.tags["contentsource"]
	if meta != "" && labelKey(meta) == labelKey(m.tags["sitename"]) {
		meta = ""
	}
	shown := m.shown[fieldSource]
	if prefix := strings.TrimRight(shown, ".…。 "); prefix != shown && meta != "" && strings.HasPrefix(meta, prefix) {
		return meta
	}
	for _, v := range []string{shown, m.scriptSource, meta} {
		if v = strings.TrimSpace(v); v != "" && weighName(v).isName() {
			return v
		}
	}
	return ""
}

func (p *page) canonicalURL() string {
	for _, v := range []string{p.tags.first("link", attrEquals("rel", "canonical")).AttrOr("href", ""), p.meta.tags["og:url"], p.meta.tags["url"]} {
		if v = strings.TrimSpace(v); v != "" {
			return p.safeURL(v, false)
		}
	}
	return ""
}

// docNumberRe matches a 发文字号 such as 川卫函〔2025〕46号 or
// 浙政办发[2020]3号.
var docNumberRe = regexp.MustCompile(`[\p{Han}A-Za-z]{1,16}\s*[〔［\[(（【﹝]\s*(?:19|20)\d{2}\s*[〕］\])）】﹞]\s*(?:第\s*)?\d{1,6}\s*[号號]`)

// docNumberLine finds the unlabelled 文号 line that opens an official
// letter: one of the first lines of the body that is a 文号 and nothing
// else.
func docNumberLine(text string) string {
	for i, line := range strings.SplitN(text, "\n", 8) {
		if i >= 6 {
			break
		}
		line = strings.TrimSpace(line)
		if utf8.RuneCountInString(line) > 60 {
			continue // a line that is only a 文号 is short; prose is not one
		}
		if !strings.HasSuffix(line, "号") && !strings.HasSuffix(line, "號") {
			continue // the pattern ends the line, and cannot match otherwise
		}
		if loc := docNumberRe.FindStringIndex(line); loc != nil && loc[0] == 0 && loc[1] == len(line) {
			return line
		}
	}
	return ""
}

// titleDocNumber finds a 文号 the headline ends with, in brackets:
// …行政处罚信息公开表（浙金罚决字〔2024〕52号）.
func titleDocNumber(title string) string {
	t := strings.TrimRight(strings.TrimSpace(title), "）)")
	if t == strings.TrimSpace(title) {
		return ""
	}
	i := strings.LastIndexAny(t, "（(")
	if i < 0 {
		return ""
	}
	inner := strings.TrimSpace(t[i+len(string([]rune(t[i:])[0])):])
	if loc := docNumberRe.FindStringIndex(inner); loc != nil && loc[0] == 0 && loc[1] == len(inner) {
		return inner
	}
	return ""
}

// dateNearHeadline finds an unlabelled date shortly after the headline,
// where portals print "2025-04-25 17:18 | 来源：…". A date after a label
// is skipped: a publication label was read already, and any other
// (开始时间：, 截止日期：) dates something else.
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
			t := s.Data
			if s.Type == html.ElementNode {
				// Past 200 runes textPrefix stops: the text of the article
				// itself, say, is not built to be found too long.
				t, _ = textPrefix(s, 200)
			}
			if utf8.RuneCountInString(t) > 200 {
				return ""
			}
			if s.Type == html.ElementNode && holdsTitleLink(s) {
				continue // a related list's dates are its articles'
			}
			if d := unlabelledDate(t, labelledSpans(t)); d != "" {
				if s.Type == html.ElementNode {
					return preciseTime(s, d)
				}
				return d
			}
		}
	}
	return ""
}

// preciseTime is d, or the machine-readable form of it that a <time
// datetime> element below n gives (2024-05-20T16:48:31+08:00 for the
// 2024年5月20日 it shows) when that is the same day with its time.
func preciseTime(n *html.Node, d string) string {
	var out string
	walkElements([]*html.Node{n}, func(c *html.Node) bool {
		if out != "" {
			return false
		}
		if c.Data == "time" {
			if v := dates.Parse(attr(c, "datetime")); len(v) > len(d) && strings.HasPrefix(v, d) {
				out = v
			}
			return false
		}
		return true
	})
	if out == "" {
		return d
	}
	return out
}

// holdsTitleLink reports a link to another article in n, that is not a
// label's value: a link of titleLinkHan Han characters or more to an
// article's address, or a link whose text holds a date.
func holdsTitleLink(n *html.Node) bool {
	found, afterColon := false, false
	walkNodes(n, func(c *html.Node) bool {
		switch {
		case found:
		case c.Type == html.TextNode:
			if t := strings.TrimRightFunc(c.Data, isLabelGap); t != "" {
				r, _ := utf8.DecodeLastRuneInString(t)
				afterColon = isColon(r)
			}
		case c.Type == html.ElementNode && c.Data == "a":
			// rel=bookmark marks the permalink of the article the link
			// stands in (WordPress, hAtom): its date is this page's.
			if !afterColon && !relBookmark(c) {
				t, _ := textPrefix(c, 2*titleLinkHan+20)
				han, _ := hanLetters(t)
				found = articleHref(attr(c, "href")) && han >= titleLinkHan || linkedDate(t)
			}
			afterColon = false
			return false
		}
		return !found
	})
	return found
}

// relBookmark reports a link marked as its article's own permalink.
func relBookmark(a *html.Node) bool {
	return slices.Contains(strings.Fields(strings.ToLower(attr(a, "rel"))), "bookmark")
}

// rolePattern matches any byline role word, in simplified or traditional
// script.
var rolePattern = func() string {
	alts := make([]string, 0, len(bylineRoles))
	for _, r := range bylineRoles {
		alts = append(alts, variantPattern(r))
	}
	return `(?:` + strings.Join(alts, "|") + `)`
}()

var (
	roleRe       = regexp.MustCompile(rolePattern)
	personPrefix = regexp.MustCompile(`^(?:` + rolePattern + `|文|图|[文图][/／])[\s:：/／]*`)
	personSuffix = regexp.MustCompile(`\s*(?:[报報]道|[摄攝]|供稿|整理|/?[图圖])$`)
	// parenByline is a byline in brackets that starts with a role:
	// （记者 成丹丹）, (記者 成丹丹), （特约通讯员：林兴勇）.
	parenByline = regexp.MustCompile(`[（(]\s*(` + rolePattern + `[^（）()]{1,40})[）)]`)
	// parenBylineAt is parenByline anchored: tried at each bracket, it
	// gives up at the bracket instead of searching the rest of the text.
	parenBylineAt = regexp.MustCompile(`^` + parenByline.String())
	// leadByline opens the first paragraph: 记者梁爽报道, 本报讯 记者 张三 李四 报道.
	leadByline  = regexp.MustCompile(`^(?:\S{0,24}?[讯訊电電][\s:：]*)?(` + rolePattern + `[\s:：]*[\p{Han}·\s、]{2,24}?)\s*(?:[报報]道|[摄攝])`)
	photoCredit = regexp.MustCompile(`[摄攝](?:影)?\s*$|[摄攝]影[:：]`)
	// lineByline is a line that is only a byline: 文/张三, 本报记者 李四 王五,
	// 文：张三　通讯员：李四.
	lineByline = regexp.MustCompile(`^(?:` + rolePattern + `|文|文图|图文)\s*[/／|｜:：]?\s*([\p{Han}·\s\x{3000}\x{a0}、:：]{2,30})$`)
	// ownByline is lineByline where 文 needs its slash: a line such as
	// 文明实践活动 opens with 文 and is no byline.
	ownByline = regexp.MustCompile(`^(?:` + rolePattern + `|(?:文|文图|图文)\s*[/／|｜:：])\s*([\p{Han}·\s\x{3000}\x{a0}、:：]{2,30})$`)
	// photoRole starts the photographer's part of a byline: （记者 张三
	// 摄影 王五） names 王五 for the pictures, not the text.
	photoRole = regexp.MustCompile(`\s[摄攝]影[\s:：]`)
	// trailer is a closing credit in brackets at the end of the last
	// paragraphs: （李晟 韦鑫）, (图书馆 魏乐禹）.
	trailer = regexp.MustCompile(`[（(]([\p{Han}·\s、]{2,30})[）)][。.]?$`)
)

// cleanPerson strips the role and the brackets around a labelled name:
// 记者 郑晨子 → 郑晨子, （胡冠山） → 胡冠山.
func cleanPerson(s string) string {
	s = strings.Trim(s, " （）()[]【】")
	s = personPrefix.ReplaceAllString(s, "")
	s = personSuffix.ReplaceAllString(s, "")
	return strings.TrimSpace(s)
}

// bylineAuthor finds the reporter in the body: a bracketed byline with a
// role, a byline opening the first paragraph, or an unlabelled closing
// credit whose names are people, not units.
func bylineAuthor(text string) string {
	// Bylines open or close an article: only its first and last three
	// lines are read, and a 20 MB article is not split into all of them.
	lines := edgeLines(text, 3)
	for _, m := range parenBylines(text, 4) {
		if names := bylineNames(m[1], false); names != "" {
			return names
		}
	}
	for i, line := range lines {
		if i >= 3 {
			break
		}
		if m := leadByline.FindStringSubmatch(line); m != nil {
			if names := bylineNames(m[1], false); names != "" {
				return names
			}
		}
	}
	for i, line := range lines {
		if i >= 3 && i < len(lines)-3 {
			continue
		}
		if m := lineByline.FindStringSubmatch(line); m != nil {
			if names := bylineNames(m[1], false); names != "" {
				return names
			}
		}
	}
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-3; i-- {
		if m := trailer.FindStringSubmatch(strings.TrimSpace(lines[i])); m != nil {
			if names := bylineNames(m[1], true); names != "" {
				return names
			}
		}
	}
	return ""
}

// infoByline finds a byline among the parts of the lines right under the
// headline, the info line's place: 2024/05/11 | 江阴日报 | 记者 周文彬
// 通讯员 蒋悦 credits its writers with no label and no colon.
func infoByline(segs []infoSeg, headAt int) string {
	if headAt < 0 {
		return ""
	}
	for j := headAt + 1; j <= headAt+infoLineReach && j < len(segs); j++ {
		for _, part := range strings.FieldsFunc(segs[j].text, isInfoSeparator) {
			if names := bylineLine(part); names != "" {
				return names
			}
		}
	}
	return ""
}

// infoLineReach is how many text units under the headline may hold its
// info line (a subtitle or a date line may come first).
const infoLineReach = 3

// isInfoSeparator reports the marks portals put between the parts of an
// info line.
func isInfoSeparator(r rune) bool {
	switch r {
	case '|', '｜', '丨', '·', '•', sep, '\u3000':
		return true
	}
	return false
}

// bylineLine returns the writers named by a line of the body that is a
// byline and nothing else (文/张三 通讯员 李四, （记者 张三 见习记者 李四）),
// or "". Chrome removal takes such a line out of the body, where it would
// repeat the author shown above the article, so every name must look like
// a person's.
func bylineLine(line string) string {
	line = strings.TrimSpace(line)
	if utf8.RuneCountInString(line) > 40 {
		return ""
	}
	if m := ownByline.FindStringSubmatch(line); m != nil {
		return bylineNames(m[1], true)
	}
	if m := parenBylineAt.FindStringSubmatchIndex(line); m != nil && m[1] == len(line) {
		return bylineNames(line[m[2]:m[3]], true)
	}
	return ""
}

// parenBylines is parenByline.FindAllStringSubmatch(text, n), run only at
// the opening brackets: on a long article the regexp engine would
// otherwise step through every byte.
func parenBylines(text string, n int) [][]string {
	var out [][]string
	// The next bracket of each kind at or after i (-1: none left), each
	// searched for again only once i has passed it: IndexAny would decode
	// every rune on the way.
	wide, narrow := strings.Index(text, "（"), strings.IndexByte(text, '(')
	next := func(i int, at *int, b string) int {
		if *at >= 0 && *at < i {
			if k := strings.Index(text[i:], b); k >= 0 {
				*at = i + k
			} else {
				*at = -1
			}
		}
		return *at
	}
	for i := 0; i < len(text) && len(out) < n; {
		w, a := next(i, &wide, "（"), next(i, &narrow, "(")
		switch {
		case w < 0 && a < 0:
			return out
		case w < 0 || a >= 0 && a < w:
			i = a
		default:
			i = w
		}
		// A match is an opening bracket, a role and at most 40 runes of
		// names; 600 bytes hold it with room for white space.
		window := text[i:min(len(text), i+600)]
		if loc := parenBylineAt.FindStringSubmatchIndex(window); loc != nil {
			out = append(out, []string{window[:loc[1]], window[loc[2]:loc[3]]})
			i += loc[1]
			continue
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	return out
}

// edgeLines returns the first n and the last n non-empty lines of text,
// trimmed, in order: all of them when there are at most 2n.
func edgeLines(text string, n int) []string {
	var head, tail []string
	rest := text
	for len(head) < n && rest != "" {
		line, after, _ := strings.Cut(rest, "\n")
		rest = after
		if l := strings.TrimSpace(line); l != "" {
			head = append(head, l)
		}
	}
	for len(tail) < n && rest != "" {
		i := strings.LastIndexByte(rest, '\n')
		line := rest[i+1:]
		rest = rest[:max(i, 0)]
		if l := strings.TrimSpace(line); l != "" {
			tail = append(tail, l)
		}
	}
	slices.Reverse(tail)
	return append(head, tail...)
}

// bylineNames returns the person names of a byline, space-separated. Role
// words separate names. Unlabelled credits (strict) may open with units
// (图书馆, 德清县发改局), and every other token must look like a name, so
// that （德清县发改局） gives none.
func bylineNames(s string, strict bool) string {
	if photoCredit.MatchString(s) {
		return "" // （记者 张三 摄） credits a picture, not the article
	}
	if loc := photoRole.FindStringIndex(s); loc != nil {
		s = s[:loc[0]]
	}
	s = roleRe.ReplaceAllString(s, " ")
	var names []string
	for _, tok := range strings.FieldsFunc(s, func(r rune) bool {
		return isSpace(r) || strings.ContainsRune("、，,:：/／", r)
	}) {
		tok = personSuffix.ReplaceAllString(tok, "")
		n := utf8.RuneCountInString(tok)
		switch {
		case tok == "":
		case isLabelWord(tok):
			return "" // 来源, 时间: an info line, not a byline
		case strict && isOrgName(tok):
			if len(names) > 0 {
				return "" // a unit after a name: not a byline
			}
		case n >= 2 && n <= 4 && hanRatio(tok) == 1 && (!strict || hasSurname(tok)) && !isOrgName(tok):
			names = append(names, tok)
		case !strict && n >= 2 && n <= 12 && strings.ContainsRune(tok, '·'):
			names = append(names, tok) // 阿不都·热合曼
		default:
			return ""
		}
	}
	return strings.Join(names, " ")
}

// isLabelWord reports a token that is an info label (来源, 发布时间).
func isLabelWord(tok string) bool {
	_, ok := labelField[labelKey(tok)]
	return ok
}

func isOrgName(tok string) bool {
	for _, s := range orgSuffixes {
		if strings.HasSuffix(tok, s) && utf8.RuneCountInString(tok) > utf8.RuneCountInString(s) {
			return true
		}
	}
	return false
}

func hasSurname(tok string) bool {
	for _, s := range surnames {
		if strings.HasPrefix(tok, s) && len(tok) > len(s) {
			return true
		}
	}
	return false
}

// labelledSpans returns, as byte ranges for unlabelledDate, each "word："
// label in t together with the first byte of its value, so that a date
// right after a label counts as labelled. A label is what
// `\p{Han}{1,8}\s*[:：]\s*` matches (TestLabelledSpansAgree holds the
// two together); the scan goes from colon to colon, where the pattern
// would be tried at every byte.
func labelledSpans(t string) []int {
	var out []int
	for pos := 0; pos < len(t); {
		c := strings.IndexAny(t[pos:], ":：")
		if c < 0 {
			break
		}
		c += pos
		colonEnd := c + 1
		if t[c] != ':' {
			colonEnd = c + len("：")
		}
		b := c
		for b > pos && isRESpace(t[b-1]) {
			b--
		}
		// The Han run that ends at b; a match starts at most 8 of its
		// characters back, and never before pos.
		var starts [8]int
		n := 0
		for a := b; a > pos && n < len(starts); {
			r, size := utf8.DecodeLastRuneInString(t[pos:a])
			if !unicode.Is(unicode.Han, r) {
				break
			}
			a -= size
			starts[n] = a
			n++
		}
		if n == 0 {
			pos = colonEnd
			continue
		}
		start := starts[n-1]
		end := colonEnd
		for end < len(t) && isRESpace(t[end]) {
			end++
		}
		out = append(out, start, end+1)
		pos = end
	}
	return out
}

// isRESpace is the regexp \s: ASCII white space but for \v.
func isRESpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// ldPerson keeps a JSON-LD author that is a name, not a URL or a site,
// without the "By " of English bylines.
func ldPerson(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 3 && strings.EqualFold(s[:3], "by ") {
		s = strings.TrimSpace(s[3:])
	}
	if s == "" || strings.Contains(s, "://") || utf8.RuneCountInString(s) > 40 {
		return ""
	}
	return s
}

// nameEvidence is what the shape of a 来源 or 发布机构 value says about it.
// Hacked portals plant 来源：<site advert> lines; an institution or a
// publication has a name, never an address to reach it by.
type nameEvidence struct {
	address   bool // a URL or a domain name (www.am888.vip)
	digits    int  // ASCII digits: a phone or QQ number has many
	handle    bool // a run of letters and digits (dd8899, am888): a WeChat id or a domain label, not G20 or 5G
	spamWords int  // strong words of the spam lexicon
}

// maxNameDigits is the most digits a source's name holds: 12345热线 and
// 2024年 fit, a phone or QQ number (seven digits and more) does not.
const maxNameDigits = 6

// minHandle is the shortest run of letters and digits read as a handle:
// names hold short ones (G20, 5G, 12345热线).
const minHandle = 5

// addressRe finds a URL or a domain name inside a value.
var addressRe = regexp.MustCompile(`(?i)https?://|www\.|[a-z0-9-]{2,}\.(?:com|net|org|cn|cc|vip|top|xyz|me|info|io|co|tv)\b`)

func weighName(v string) nameEvidence {
	e := nameEvidence{address: addressRe.MatchString(v), digits: countDigits(v)}
	latinWords(strings.ToLower(v), func(w string) {
		if d := countDigits(w); len(w) >= minHandle && d >= 2 && len(w)-d >= 2 {
			e.handle = true
		}
	})
	if !e.handle {
		// A messaging id behind its app's name (微信hd-8555).
		e.handle = writesHandleIn(v)
	}
	_, e.spamWords = spamScore(v)
	return e
}

// sells reports a value that holds a seller's handle or a trade's words:
// an advert, where a long number or an address may be an office's.
func (e nameEvidence) sells() bool {
	return e.handle || e.spamWords > 0
}

// institutionField returns v when it can name an institution, and
// otherwise drops it as a planted advert (a site, a seller's handle, a
// spam trade's words in the 发布机构 line) and reports it. A name the
// advert was appended to (宝鸡市住房和城乡建设局 龙腾天下娱乐 ltx9988.com)
// is kept.
func (p *page) institutionField(label, v string) string {
	if v == "" || weighName(v).isName() {
		return v
	}
	name, planted := leadingName(v)
	p.dropPlantedField(label, planted)
	return name
}

// leadingName splits a value into the shortest run of its leading
// space-separated words that is a name and the rest, when the rest sells;
// otherwise the whole value is planted.
func leadingName(v string) (name, planted string) {
	words := strings.Fields(v)
	for k := 1; k < len(words); k++ {
		head, rest := strings.Join(words[:k], " "), strings.Join(words[k:], " ")
		if weighName(head).isName() && weighName(rest).sells() {
			return head, rest
		}
	}
	return "", v
}

// personField is institutionField for a person's line (作者, 责任编辑),
// which may keep a publication's address: a writer signs "Troy L. Smith,
// Cleveland.com". A handle, a long number or a trade's words still go.
func (p *page) personField(label, v string) string {
	if e := weighName(v); v == "" || e.isName() || !e.handle && e.spamWords == 0 && e.digits <= maxNameDigits {
		return v
	}
	p.dropPlantedField(label, v)
	return ""
}

// dropPlantedField reports a metadata value that is an advert, not a
// name: the reader shows these lines above the article.
func (p *page) dropPlantedField(label, v string) {
	for _, s := range p.art.Spam {
		if strings.Contains(s.Text, v) {
			return // the line it stands in was reported already
		}
	}
	why := because(reasonSpamInfoLine, "an advert planted as the page's "+label)
	if p.decide(nil, v, stageSpam, why, nil) {
		p.report(SpamText, clip(v, 300), why, true, nil)
	}
}

// isName reports a value that can name an institution or a publication.
// The rule is what such a name never holds (an address, a contact, an
// advert's words), not how it ends: genuine sources such as 本网, 投资武汉
// and 北京机关党建 end like no institution, and an advert may well end in
// 网 or 中心.
func (e nameEvidence) isName() bool {
	switch {
	case e.address, e.handle, e.spamWords > 0:
		return false
	case e.digits > maxNameDigits:
		return false
	}
	return true
}

// noValue is the value unit of a label cell whose table gives it none.
const noValue = -1

// tableCell is one td or th of a table row, as infoSegments cut it.
type tableCell struct {
	node *html.Node
	// unit is the cell's one non-empty unit, or its first when it has
	// several (a value may run over lines; a label never does), or the
	// empty unit the cell gave when it has none.
	unit  int
	units int // non-empty units
	// bare is a cell that is only a label; labelled, one whose text
	// holds any label (发布时间：2024-01-01).
	bare, labelled bool
}

type tableRow struct {
	cells []tableCell
}

// tablePairs reads the label cells of the page's tables and returns, for
// each unit that is such a cell, the unit of its value, or noValue. A
// 信息公开 table sets label and value side by side, in any pairing of th
// and td, one or two pairs a row (索引号 | … | 发布机构 | …), or as a row
// of labels over a row of values. One reader covers both:
//
//   - a row whose cells are all labels takes its values from the row
//     below, column by column, when that row holds no label and the row
//     after it does not continue it with more values (a data table's
//     header row is followed by many rows of data);
//   - otherwise a row that opens with a label pairs each label cell with
//     the cell after it, unless that cell is itself a label;
//   - a table with two label-less rows of several cells in a row is a
//     data table (序号 | 项目名称 | 来源 | 金额 in the article): none of its
//     cells is metadata.
//
// Label cells outside these shapes get noValue: a data table's 来源
// column header would otherwise take the header beside it.
func tablePairs(segs []infoSeg) map[int]int {
	var tables [][]*tableRow
	rowOf := map[*html.Node]*tableRow{}
	tableAt := map[*html.Node]int{}
	for i, s := range segs {
		c := s.cell
		if c == nil || c.Parent == nil || c.Parent.Data != "tr" {
			continue
		}
		tr := c.Parent
		row := rowOf[tr]
		if row == nil {
			tbl := tr.Parent
			if tbl != nil && tbl.Data != "table" && tbl.Parent != nil {
				tbl = tbl.Parent // tbody, thead, tfoot
			}
			k, ok := tableAt[tbl]
			if !ok {
				k = len(tables)
				tableAt[tbl] = k
				tables = append(tables, nil)
			}
			row = &tableRow{}
			rowOf[tr] = row
			tables[k] = append(tables[k], row)
		}
		if n := len(row.cells); n == 0 || row.cells[n-1].node != c {
			row.cells = append(row.cells, tableCell{node: c, unit: i})
		}
		cell := &row.cells[len(row.cells)-1]
		if s.text == "" {
			continue
		}
		if cell.units++; cell.units == 1 {
			cell.unit = i
			_, n := bareLabel(s.text)
			cell.bare = n > 0 || unknownLabel(s.text)
			cell.labelled = cell.bare || len(s.labels) > 0
		} else {
			cell.bare = false // a label is one short unit
		}
	}
	out := map[int]int{}
	for _, rows := range tables {
		pairTable(rows, out)
	}
	return out
}

// pairTable adds the label cells of one table to out (see tablePairs).
func pairTable(rows []*tableRow, out map[int]int) {
	// filledPlain counts the filled cells of a row without labels, or is
	// -1 for a row that holds a label, an empty row or none.
	filledPlain := func(k int) int {
		if k < 0 || k >= len(rows) {
			return -1
		}
		filled := 0
		for _, c := range rows[k].cells {
			if c.labelled {
				return -1
			}
			if c.units > 0 {
				filled++
			}
		}
		if filled == 0 {
			return -1
		}
		return filled
	}
	plain := func(k int) bool { return filledPlain(k) > 0 }
	// Data fills columns: rows of one cell (the headline, the body, the
	// attachments of a page laid out as one table) are no data.
	data := false
	for k := range rows {
		data = data || filledPlain(k) >= 2 && filledPlain(k+1) >= 2
	}
	for k, row := range rows {
		labels, filled := 0, 0
		for _, c := range row.cells {
			if c.units > 0 {
				filled++
			}
			if c.bare {
				labels++
				out[c.unit] = noValue
			}
		}
		if data || labels == 0 {
			continue
		}
		// Further rows of the values' shape make the labels a header of
		// data columns.
		continues := filledPlain(k+2) >= 2 && len(rows[k+2].cells) == len(row.cells)
		if labels == filled && plain(k+1) && !continues && len(rows[k+1].cells) == len(row.cells) {
			for j, c := range row.cells {
				if v := rows[k+1].cells[j]; c.bare && v.units > 0 {
					out[c.unit] = v.unit
				}
			}
			continue
		}
		first := slices.IndexFunc(row.cells, func(c tableCell) bool { return c.units > 0 })
		if !row.cells[first].labelled {
			continue // a data row, or a header of data columns
		}
		for j, c := range row.cells {
			if c.bare && j+1 < len(row.cells) {
				if v := row.cells[j+1]; !v.labelled && v.units > 0 {
					out[c.unit] = v.unit
				}
			}
		}
	}
}

// unknownLabel reports a cell that reads as a label infoLabels does not
// know (备注：, 信息类型：): a few Han characters and a colon. It takes a
// place in the table's pattern of labels and values, and gives nothing.
func unknownLabel(t string) bool {
	t = strings.TrimRightFunc(t, isLabelGap)
	r, size := utf8.DecodeLastRuneInString(t)
	if !isColon(r) {
		return false
	}
	n := 0
	for _, r := range t[:len(t)-size] {
		if isLabelGap(r) {
			continue
		}
		if !cjk.IsHan(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= maxLabelRunes
}

// labelLocs returns the byte range of each info label and its colon in
// t, for stages that ask where a line's labels are (chrome removal drops
// an info line inside the body).
func labelLocs(t string) [][]int {
	labels := findLabels(t)
	out := make([][]int, 0, len(labels))
	for _, l := range labels {
		out = append(out, []int{l.start, l.end})
	}
	return out
}
