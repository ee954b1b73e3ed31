package core

// Hostile input: what the web serves when it is broken, huge or malicious.
// Every case asserts behaviour (a clear error, or a best-effort Article
// that still holds the article), never timing: time and memory for the
// same shapes are measured in bench_extract_test.go.

import (
	"errors"
	"fmt"
	"math/rand"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/govreader/govreader/core/internal/charset"
	"github.com/govreader/govreader/core/internal/liveparse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

const hostileBody = "　　为深入贯彻落实党中央、国务院决策部署，现将有关事项通知如下。各地要高度重视，认真组织实施。"

// hugePage builds a page of about size bytes: an article container and
// paragraphs of prose. The last paragraph carries a unique closing line so
// that a test can tell the whole page was read.
func hugePage(size int) []byte {
	var b strings.Builder
	b.Grow(size + 256)
	b.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>通知_某某市人民政府</title></head><body><div id="zoom">`)
	para := "<p>" + hostileBody + "</p>\n"
	end := "<p>最后一段：全文完。</p></div></body></html>"
	for b.Len()+len(para)+len(end) <= size {
		b.WriteString(para)
	}
	b.WriteString(end)
	return []byte(b.String())
}

// hiddenCopyPage builds a page of about size bytes whose article of
// numbered paragraphs is repeated in a hidden block, as mobile and
// elder-mode copies are: the injected-block stage compares every
// paragraph with that copy.
func hiddenCopyPage(size int) []byte {
	var b strings.Builder
	for i := 0; b.Len() < size/2-200; i++ {
		fmt.Fprintf(&b, "<p>第%d段。%s</p>\n", i, hostileBody)
	}
	inner := b.String()
	return []byte(`<html><head><title>通知</title></head><body><div id="zoom">` + inner +
		`<p>最后一段：全文完。</p></div><div style="display:none">` + inner + `</div></body></html>`)
}

// wrappedPage is hugePage's article of about size bytes inside depth
// nested wrappers, as page builders nest layout divs: a stage that builds
// each wrapper's text builds the article's text depth times.
func wrappedPage(size, depth int) []byte {
	inner := string(hugePage(size))
	i := strings.Index(inner, `<div id="zoom">`) + len(`<div id="zoom">`)
	j := strings.LastIndex(inner, `</div>`)
	return []byte(inner[:i] + strings.Repeat("<div>", depth) + inner[i:j] + strings.Repeat("</div>", depth) + inner[j:])
}

// nested builds depth levels of open/close around the article text.
func nested(open, close string, depth int) []byte {
	return []byte(`<html><body><div id="zoom">` + strings.Repeat(open, depth) + "<p>" + hostileBody + "</p>" +
		strings.Repeat(close, depth) + "<p>嵌套之后的段落，仍应保留。</p></div></body></html>")
}

func encodeWith(t testing.TB, tr transform.Transformer, s string) []byte {
	t.Helper()
	out, _, err := transform.Bytes(tr, []byte(s))
	require.NoError(t, err)
	return out
}

func garbage(n int) []byte {
	r := rand.New(rand.NewSource(5))
	b := make([]byte, n)
	r.Read(b)
	return b
}

func TestExtractRefuses(t *testing.T) {
	tests := []struct {
		name  string
		input []byte
		opts  Options
		want  error
	}{
		{"empty", nil, Options{}, ErrEmptyInput},
		{"white space only", []byte(" \n\t "), Options{}, ErrEmptyInput},
		{"over the default 20 MB cap", []byte(strings.Repeat("<p>x</p>", DefaultMaxInputBytes/8+1)), Options{}, ErrTooLarge},
		{"over a configured cap", []byte("<p>" + strings.Repeat("长", 400) + "</p>"), Options{MaxInputBytes: 1000}, ErrTooLarge},
		{"binary garbage", garbage(1 << 20), Options{}, ErrNotHTML},
		{"binary garbage with a tag in it", append(garbage(4096), "<p>正文</p>"...), Options{}, ErrNotHTML},
		{"plain text", []byte("这只是一段纯文本，没有任何标签。"), Options{}, ErrNotHTML},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(tt.input, tt.opts)
			require.ErrorIs(t, err, tt.want)
			assert.Nil(t, a)
		})
	}
}

func TestExtractTooLargeSaysHowLarge(t *testing.T) {
	_, err := Extract(make([]byte, 2000), Options{MaxInputBytes: 1000})
	require.ErrorIs(t, err, ErrTooLarge)
	assert.Contains(t, err.Error(), "2000 bytes")
	assert.Contains(t, err.Error(), "cap 1000")
}

func TestExtractHostileBestEffort(t *testing.T) {
	single := strings.Repeat("长文本没有换行", (1<<20)/21)
	links := func(host string) []byte {
		var b strings.Builder
		b.WriteString(`<html><body><div id="zoom"><p>` + hostileBody + `</p></div><div class="links">`)
		for i := range 50000 {
			fmt.Fprintf(&b, `<a href="http://%s/%d.html">链接%d</a> `, host, i, i)
		}
		b.WriteString("</div></body></html>")
		return []byte(b.String())
	}
	utf8Page := `<html><head><title>通知</title></head><body><div id="zoom"><p>` + hostileBody + `</p></div></body></html>`
	tests := []struct {
		name     string
		input    []byte
		encoding string   // expected Article.Encoding; empty: any
		with     []string // must be in Text
		without  []string // must not be in Text
		notes    []string // note IDs that must be present
		large    bool     // megabytes of input: skipped under -short
	}{
		{name: "page just under the 20 MB cap", input: hugePage(DefaultMaxInputBytes), large: true,
			with: []string{"最后一段：全文完。", "现将有关事项通知如下"}},
		{name: "article inside 300 nested wrappers", input: wrappedPage(2<<20, 300), large: true,
			with: []string{"现将有关事项通知如下", "最后一段：全文完。"}},
		{name: "article with a hidden copy of it", input: hiddenCopyPage(4 << 20), large: true,
			with: []string{"第0段。", "最后一段：全文完。"}},
		{name: "100k nested divs", input: nested("<div>", "</div>", 100000),
			with: []string{"现将有关事项通知如下", "嵌套之后的段落"}, notes: []string{NoteTruncatedDepth}},
		{name: "100k unclosed divs", input: []byte("<body>" + strings.Repeat("<div>", 100000) + hostileBody),
			with: []string{"现将有关事项通知如下"}, notes: []string{NoteTruncatedDepth}},
		{name: "100k nested tables", input: nested("<table><tr><td>", "</td></tr></table>", 100000),
			with: []string{"现将有关事项通知如下"}, notes: []string{NoteTruncatedDepth}},
		{name: "100k nested lists", input: nested("<ul><li>", "</li></ul>", 100000),
			with: []string{"现将有关事项通知如下"}, notes: []string{NoteTruncatedDepth}},
		{name: "100k nested inline elements", input: nested("<span><b><font>", "</font></b></span>", 100000),
			with: []string{"现将有关事项通知如下"}},
		{name: "300 nested divs: below the parser's limit, past the renderer's", input: nested("<div>", "</div>", 300),
			with: []string{"现将有关事项通知如下", "嵌套之后的段落"}},
		{name: "1 MB single text node", input: []byte("<html><body><p>" + single + "</p></body></html>"),
			with: []string{single}},
		{name: "50k links to the page's own site", input: links("www.example.gov.cn"),
			with: []string{"现将有关事项通知如下"}, without: []string{"链接49999"}},
		{name: "50k links to a foreign site", input: links("spam.example.com"),
			with: []string{"现将有关事项通知如下"}, without: []string{"链接49999"}},
		{name: "invalid UTF-8 bytes in a UTF-8 page",
			input:    []byte(`<html><head><meta charset="utf-8"></head><body><div id="zoom"><p>` + strings.Repeat(hostileBody, 5) + "\xff\xfe\xc3</p><p>第二段\x80内容。</p></div></body></html>"),
			encoding: "utf-8", with: []string{"现将有关事项通知如下", "第二段"}},
		{name: "GBK without a declaration",
			input:    encodeWith(t, simplifiedchinese.GBK.NewEncoder(), utf8Page),
			encoding: "gb18030", with: []string{"现将有关事项通知如下"}},
		{name: "UTF-16LE with a BOM",
			input:    encodeWith(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder(), utf8Page),
			encoding: "utf-16le", with: []string{"现将有关事项通知如下"}},
		{name: "UTF-16BE with a BOM",
			input:    encodeWith(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder(), utf8Page),
			encoding: "utf-16be", with: []string{"现将有关事项通知如下"}},
		{name: "UTF-16LE without a BOM",
			input:    encodeWith(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder(), utf8Page),
			encoding: "utf-16le", with: []string{"现将有关事项通知如下"}},
		{name: "UTF-16BE without a BOM",
			input:    encodeWith(t, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewEncoder(), utf8Page),
			encoding: "utf-16be", with: []string{"现将有关事项通知如下"}},
		{name: "UTF-16LE declaring gb2312 (corpus page 033)",
			input:    encodeWith(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder(), `<meta charset="gb2312">`+utf8Page),
			encoding: "utf-16le", with: []string{"现将有关事项通知如下"}},
	}
	for _, tt := range tests {
		if tt.large && testing.Short() {
			t.Logf("%s: skipped under -short (CI runs it)", tt.name)
			continue
		}
		t.Run(tt.name, func(t *testing.T) {
			opts := Options{URL: "http://www.example.gov.cn/art/1.html"}
			a, err := Extract(tt.input, opts)
			require.NoError(t, err)
			require.NotNil(t, a)
			assert.True(t, utf8.ValidString(a.Text), "text is valid UTF-8")
			assert.True(t, utf8.ValidString(a.Content), "content is valid UTF-8")
			if tt.encoding != "" {
				assert.Equal(t, tt.encoding, a.Encoding)
			}
			for _, w := range tt.with {
				assert.Contains(t, a.Text, w)
			}
			for _, w := range tt.without {
				assert.NotContains(t, a.Text, w)
			}
			for _, id := range tt.notes {
				assert.True(t, hasNote(a, id), "note %q missing; notes: %v", id, a.Notes)
			}
			assert.Equal(t, a.Content, sanitizeFragment(a.Content, baseOf(opts.URL)), "content re-sanitises to itself")
			// The exports walk Content too, some of them recursively.
			assert.NotEmpty(t, Markdown(a, ExportOptions{}))
			doc, err := Document(a, ExportOptions{})
			require.NoError(t, err)
			assert.NotEmpty(t, doc)
		})
		// The same page as the extension hands it over (parsed by a
		// browser and serialised), which liveparse.Parse reads.
		t.Run(tt.name+", live", func(t *testing.T) {
			live := liveForm(t, tt.input)
			opts := Options{URL: "http://www.example.gov.cn/art/1.html", Charset: "utf-8", LiveDOM: true}
			a, err := Extract(live, opts)
			require.NoError(t, err)
			assert.True(t, utf8.ValidString(a.Text), "text is valid UTF-8")
			for _, w := range tt.with {
				assert.Contains(t, a.Text, w)
			}
			for _, w := range tt.without {
				assert.NotContains(t, a.Text, w)
			}
			assert.Equal(t, a.Content, sanitizeFragment(a.Content, baseOf(opts.URL)), "content re-sanitises to itself")
		})
	}
}

// liveForm is input as a browser would serialise it, or input itself
// where x/net/html refuses it (nesting past its limit).
func liveForm(t *testing.T, input []byte) []byte {
	text, _, err := charset.Decode(input, "")
	require.NoError(t, err)
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return []byte(text)
	}
	var b strings.Builder
	liveparse.Serialize(&b, doc)
	return []byte(b.String())
}

func hasNote(a *Article, id string) bool {
	for _, n := range a.Notes {
		if n.ID == id {
			return true
		}
	}
	return false
}

// A spent budget still gives the article, rendered from the page as it
// stands, with a note saying the result is partial. A budget of one
// nanosecond is spent before the first stage, so this does not depend on
// the machine's speed.
func TestExtractTimeBudget(t *testing.T) {
	page := []byte(`<html><head><style>.x{display:none}</style></head><body><div id="zoom"><p>` + hostileBody + `</p></div></body></html>`)
	tests := []struct {
		name    string
		budget  time.Duration
		partial bool
	}{
		{"spent at once", time.Nanosecond, true},
		{"generous", time.Hour, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(page, Options{TimeBudget: tt.budget})
			require.NoError(t, err)
			assert.Contains(t, a.Text, "现将有关事项通知如下")
			assert.Equal(t, tt.partial, hasNote(a, NoteTimeBudget), "notes: %v", a.Notes)
		})
	}
}

// Inline-hidden content never reaches the text, however short the budget:
// that removal is not optional work.
func TestExtractTimeBudgetKeepsHiddenOut(t *testing.T) {
	page := []byte(`<html><body><div id="zoom"><p>` + hostileBody + `</p><p style="display:none">藏起来的字</p><p hidden>也藏起来</p></div></body></html>`)
	a, err := Extract(page, Options{TimeBudget: time.Nanosecond})
	require.NoError(t, err)
	assert.True(t, hasNote(a, NoteTimeBudget))
	assert.NotContains(t, a.Text, "藏起来的字")
	assert.NotContains(t, a.Text, "也藏起来")
}

func TestFlattenDeep(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		limit   int
		want    string
		dropped int
	}{
		{"shallow page unchanged", "<div><p>a<br>b</p></div>", 3, "<div><p>a<br>b</p></div>", 0},
		{"tags past the limit dropped, text kept", "<div><div><div>x</div></div></div>", 2, "<div><div>x</div></div>", 1},
		{"void elements do not count", "<div><img src=a><br><p>x</p></div>", 2, "<div><img src=a><br><p>x</p></div>", 0},
		{"unclosed tags", "<b><b><b><b>x", 2, "<b><b>x", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, n := flattenDeep(tt.in, tt.limit)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.dropped, n)
		})
	}
}

// The parse error for deep pages is only the parser's refusal; make sure
// the retry path is what turns it into an Article.
func TestDeepPageIsNotAnError(t *testing.T) {
	_, err := Extract(nested("<div>", "</div>", 600), Options{})
	require.NoError(t, err)
	assert.False(t, errors.Is(err, ErrNotHTML))
}

// 50,000 adjacent inline elements render as 50,000 adjacent text pieces;
// they must be joined in linear time and come out as one paragraph.
func TestExtractManyAdjacentSpans(t *testing.T) {
	page := []byte("<html><body><p>" + strings.Repeat("<span>字</span>", 50000) + "</p></body></html>")
	a, err := Extract(page, Options{})
	require.NoError(t, err)
	assert.Equal(t, strings.Repeat("字", 50000), a.Text)
	assert.Equal(t, a.Content, sanitizeFragment(a.Content, nil))
}

func TestShowsPinyinSplices(t *testing.T) {
	tests := []struct {
		name string
		page string
		want bool
	}{
		{"three in one paragraph", `<p>建(jiàn)設(shè)發(fā)展</p>`, true},
		{"spread over title and body", `<title>發(fā)布</title><p>建(jiàn)</p><p>設(shè)</p>`, true},
		{"two are a gloss", `<p>重庆(chóngqìng)和成都(dū)</p>`, false},
		{"in a script they do not count", `<script>a="建(jiàn)設(shè)發(fā)"</script><p>正文</p>`, false},
		{"no brackets", `<p>建设发展</p>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.page))
			require.NoError(t, err)
			assert.Equal(t, tt.want, showsPinyinSplices(doc))
		})
	}
}

func TestBudgetGate(t *testing.T) {
	tests := []struct {
		name     string
		deadline time.Time
		want     []bool // at calls 1, budgetCheckEvery-1, budgetCheckEvery, 2*budgetCheckEvery+1
	}{
		{"budget left", time.Now().Add(time.Hour), []bool{false, false, false, false}},
		{"budget spent: stops at the next clock read and stays stopped", time.Now().Add(-time.Second), []bool{false, false, true, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &page{art: &Article{}, deadline: tt.deadline}
			over := p.budgetGate("test")
			var got []bool
			for i := 1; i <= 2*budgetCheckEvery+1; i++ {
				v := over()
				switch i {
				case 1, budgetCheckEvery - 1, budgetCheckEvery, 2*budgetCheckEvery + 1:
					got = append(got, v)
				}
			}
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.want[3], hasNote(p.art, NoteTimeBudget))
		})
	}
}

func TestParagraphStart(t *testing.T) {
	tests := []struct {
		in, want string
		fixed    bool
	}{
		{"　　??通知如下", "通知如下", true},
		{"\u00a0??通知如下", "通知如下", true}, // &nbsp; before the ghost (FuzzRepair)
		{"?? 　2024年", "2024年", true},
		{"\ufffd\ufffd“十四五”", "“十四五”", true},
		{"? 什么", "什么", true},
		{"?Why", "?Why", false},
		{"?????五个问号", "?????五个问号", false},
		{"　　正文", "正文", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, fixed := paragraphStart(tt.in)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.fixed, fixed)
			again, _ := paragraphStart(got)
			assert.Equal(t, got, again, "a second pass changes nothing")
		})
	}
}

func TestLastClosingHTML(t *testing.T) {
	re := regexp.MustCompile(`(?i)</html\s*>`)
	for _, s := range []string{"", "<html></html>", "<p>x</p></HTML >tail", "</html></html>\n<a>spam</a>", "</htm>", "</html", "</html\v>", "</ html>", "a</Html\n\t>b</p>", "</html>\xff"} {
		want := -1
		if locs := re.FindAllStringIndex(s, -1); len(locs) > 0 {
			want = locs[len(locs)-1][1]
		}
		assert.Equal(t, want, lastClosingHTML(s), "%q", s)
	}
}
