package core

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/govreader/govreader/core/internal/cjk"
	"github.com/govreader/govreader/core/internal/dq"
	"github.com/govreader/govreader/core/internal/liveparse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func TestDocIndexMayMatch(t *testing.T) {
	doc, err := dq.NewDocumentFromReader(strings.NewReader(
		`<div id="zoom" class="TRS_Editor view"><p class="a-b">x</p></div><span class="文章">y</span>`))
	require.NoError(t, err)
	ix := newDocIndex(doc.Get(0))
	for _, tc := range []struct {
		sel  string
		want bool
	}{
		{"#zoom", true},
		{".TRS_Editor", true},
		{"div.view", true},
		{"#mainText .view", true}, // only the last compound is checked
		{".view > p.a-b", true},
		{".文章", true},
		{"p", true},
		{"[itemprop=articleBody]", true},
		{"#content", false},
		{".TRS_UEDITOR", false},
		{"#zoom.missing", false},
		{".view .absent", false},
		// Names inside parentheses are no requirement of a match.
		{".view > p:not(.keep)", true},
		{"p:is(.a-b, .absent)", true},
		{".view :not(.x .y)", true},
		{".absent:not(.keep)", false},
	} {
		assert.Equal(t, tc.want, ix.mayMatch(tc.sel), tc.sel)
	}
}

func TestContainsFold(t *testing.T) {
	assert.True(t, indexFold(`var cSource = "新华社"`, "source") >= 0)
	assert.True(t, indexFold("SOURCE", "source") >= 0)
	assert.False(t, indexFold("sourc", "source") >= 0)
	assert.False(t, indexFold("", "source") >= 0)
}

// TestNonSpaceRunesMatchesTextOf: the one-pass table must agree with
// textOf, white space left out, for every element.
func TestNonSpaceRunesMatchesTextOf(t *testing.T) {
	doc, err := dq.NewDocumentFromReader(strings.NewReader(`<html><body><div id="a"> 一 二
<p>三<b>四 five</b></p><script>var x="不算";</script><style>.x{}</style><ul><li>六</li><li> </li></ul></div><p>七八</p></body></html>`))
	require.NoError(t, err)
	root := doc.Find("body").Get(0)
	sizes := nonSpaceRunes(root)
	walkElements([]*html.Node{root}, func(n *html.Node) bool {
		assert.Equal(t, runeLenNoSpace(textOf(n)), sizes[n], "<%s>", n.Data)
		return true
	})
	assert.Equal(t, 11, sizes[root]) // 一二三四 five 六 七八
}

// naiveCollapse is collapseSpace's definition written plainly: the fast
// paths must agree with it on every input.
func naiveCollapse(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if isSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

var collapseCases = []string{
	"", " ", "　　为深入贯彻落实，现将有关事项通知如下。", "a  b", "a\tb", "a \u00a0b", " 前后 ",
	"已折叠 的 文本", "\xffbad\xfe utf8", "x\u200by", "\ufeff开头", "末尾\u3000", "a\n\nb c",
}

func TestCollapseSpaceMatchesDefinition(t *testing.T) {
	for _, s := range collapseCases {
		assert.Equal(t, naiveCollapse(s), collapseSpace(s), "%q", s)
		half := len(s) / 2
		for half > 0 && !utf8.RuneStart(s[half]) {
			half--
		}
		var f spaceFolder
		f.WriteString(s[:half])
		f.WriteString(s[half:])
		assert.Equal(t, naiveCollapse(s), f.String(), "folder over a split of %q", s)
	}
}

func TestTextOfJoinsBlocksWithOneSpace(t *testing.T) {
	doc, err := html.Parse(strings.NewReader("<div>　　第一段。<p>第二段</p><br>第三段 <script>x()</script> 完</div>"))
	require.NoError(t, err)
	div := doc.FirstChild.LastChild.FirstChild
	assert.Equal(t, "第一段。 第二段 第三段 完", textOf(div))
}

func FuzzCollapseSpace(f *testing.F) {
	for _, s := range collapseCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := collapseSpace(s), naiveCollapse(s); got != want {
			t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	})
}

// walkTreeStacked is the plain walk with one stack entry per pending node,
// kept as the reference the frame-per-ancestor walkTree must agree with.
func walkTreeStacked(root *html.Node, enter func(*html.Node) bool, exit func(*html.Node)) {
	type item struct {
		n    *html.Node
		exit bool
	}
	stack := []item{{n: root}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if it.exit {
			exit(it.n)
			continue
		}
		if !enter(it.n) {
			continue
		}
		if exit != nil {
			stack = append(stack, item{n: it.n, exit: true})
		}
		for c := it.n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, item{n: c})
		}
	}
}

func TestWalkTreeMatchesStackedWalk(t *testing.T) {
	pages := [][]byte{nested("<div>", "</div>", 50), hugePage(20000)}
	for _, dir := range goldenCases(t) {
		src, err := os.ReadFile(filepath.Join(dir, "source.html"))
		require.NoError(t, err)
		pages = append(pages, src)
	}
	for i, src := range pages {
		doc, err := html.Parse(bytes.NewReader(src))
		require.NoError(t, err)
		// Skipping the children of every third element exercises enter's
		// answer; exit events record the way up.
		trace := func(walk func(*html.Node, func(*html.Node) bool, func(*html.Node))) []string {
			var out []string
			k := 0
			walk(doc, func(n *html.Node) bool {
				out = append(out, "enter "+n.Data)
				k++
				return n.Type != html.ElementNode || k%3 != 0
			}, func(n *html.Node) { out = append(out, "exit "+n.Data) })
			return out
		}
		require.Equal(t, trace(walkTreeStacked), trace(walkTree), "page %d", i)
		var got, want []*html.Node
		walkElements([]*html.Node{doc}, func(n *html.Node) bool { got = append(got, n); return n.Data != "table" })
		walkTreeStacked(doc, func(n *html.Node) bool {
			if n.Type == html.ElementNode {
				want = append(want, n)
				return n.Data != "table"
			}
			return n.Type == html.DocumentNode
		}, nil)
		require.Equal(t, want, got, "walkElements, page %d", i)
	}
}

func TestWalkTreeLetsEnterDetachItsNode(t *testing.T) {
	doc, err := html.Parse(strings.NewReader("<div><p>一</p><span>广告</span><p>二</p><span>广告</span><p>三</p></div>"))
	require.NoError(t, err)
	var seen []string
	walkElements([]*html.Node{doc}, func(n *html.Node) bool {
		if n.Data == "span" {
			detach(n)
			return false
		}
		if n.Data == "p" {
			seen = append(seen, textOf(n))
		}
		return true
	})
	assert.Equal(t, []string{"一", "二", "三"}, seen)
	assert.Equal(t, "一 二 三", textOf(doc))
}

func TestSpaceFolderLines(t *testing.T) {
	var f spaceFolder
	f.lineBreak() // nothing before: no empty first line
	f.WriteString("  第一行 ")
	f.WriteString("\u3000续 ")
	f.lineBreak()
	f.lineBreak()
	f.WriteString(" \n ") // a line of white space only is left out
	f.lineBreak()
	f.WriteString("第二行")
	f.lineBreak()
	assert.Equal(t, "第一行 续\n第二行", f.String())
}

func TestDropLayoutSpace(t *testing.T) {
	doc, err := html.Parse(strings.NewReader("<body>\n  <div>\n    <p>一</p>\n    <p><span>甲</span> <span>乙</span></p>\n  <pre>\n  代码\n</pre>\n  <td>\u3000</td>\n</div>\n</body>"))
	require.NoError(t, err)
	settleTree(doc)
	var texts []string
	walkNodes(doc, func(n *html.Node) bool {
		if n.Type == html.TextNode {
			texts = append(texts, n.Data)
		}
		return true
	})
	// Indentation between blocks goes; the space between two inline
	// elements, preformatted text and text holding an ideographic space stay (the
	// parser drops a stray td and the newline opening a pre).
	assert.Equal(t, []string{"一", "甲", " ", "乙", "  代码\n", "\n  \u3000\n"}, texts)
}

func TestTextPrefix(t *testing.T) {
	doc, err := html.Parse(strings.NewReader("<div><p>一二 三</p><p>四五六</p><script>x</script><p>七八九</p></div>"))
	require.NoError(t, err)
	full := textOf(doc)
	for limit := 0; limit <= 12; limit++ {
		text, runes := textPrefix(doc, limit)
		assert.Equal(t, nonSpaceCount(text), runes, "limit %d: the count is the text's", limit)
		assert.Equal(t, runes, textRunes(doc, limit), "limit %d: textRunes counts as textPrefix does", limit)
		long := runes > limit
		if n := nonSpaceCount(full); n <= limit {
			assert.False(t, long, "limit %d", limit)
			assert.Equal(t, full, text, "limit %d", limit)
		} else {
			assert.True(t, long, "limit %d", limit)
			assert.True(t, strings.HasPrefix(full, text), "limit %d: %q", limit, text)
			assert.Equal(t, limit+1, nonSpaceCount(text), "limit %d: %q", limit, text)
		}
	}
}

func nonSpaceCount(s string) (n int) {
	for _, r := range s {
		if !isSpace(r) {
			n++
		}
	}
	return n
}

func TestHasAnyOfAgreesWithContainsAny(t *testing.T) {
	for _, s := range []string{"", "来源：本网", "a:b", "没有标点", "问？", "\xff：", "全角１"} {
		for _, chars := range []string{":：∶", "。！？", "０１２３４５６７８９", "(（", ""} {
			assert.Equal(t, strings.ContainsAny(s, chars), hasAnyOf(s, chars), "%q in %q", chars, s)
		}
	}
}

func TestLatinAfterBracketGatesPinyin(t *testing.T) {
	for _, s := range []string{"設(shè)計", "设（shè）计", "（一）总则", "(2024)第3号", "见附件(PDF)", "綠(lü4)色", "無括號", "(", "（ǎ）"} {
		if pinyinSplice.MatchString(s) {
			assert.True(t, latinAfterBracket(s), "%q", s)
		}
	}
	assert.False(t, latinAfterBracket("（一）总则(2024)"))
}

func TestContainsFoldMatchesScan(t *testing.T) {
	naive := func(s, sub string) bool {
		for i := 0; i+len(sub) <= len(s); i++ {
			if strings.EqualFold(s[i:i+len(sub)], sub) {
				return true
			}
		}
		return false
	}
	for _, s := range []string{"", "source", "var SOURCE_NAME = 1", "sourc", "xxSourCe", "ss source", "s", "ſource", "var a=1;"} {
		for _, sub := range []string{"source", "s", "ab"} {
			assert.Equal(t, naive(s, sub), indexFold(s, sub) >= 0, "%q in %q", sub, s)
		}
	}
}

// TestTagIndexMatchesSelectors: every whole-page lookup through the tag
// index finds what the CSS selector it replaced finds, on every test page
// and on a hand-made page with the awkward cases, before and after stages
// remove parts of the page.
func TestTagIndexMatchesSelectors(t *testing.T) {
	lookups := []struct {
		selector string
		tag      string
		keep     func(*html.Node) bool
	}{
		{"meta", "meta", nil},
		{"meta[name]", "meta", withAttr("name")},
		{"script", "script", nil},
		{`script[type="application/ld+json"]`, "script", attrEquals("type", "application/ld+json")},
		{"style", "style", nil},
		{"title", "title", nil},
		{"html", "html", nil},
		{`link[rel="canonical"]`, "link", attrEquals("rel", "canonical")},
		{"base[href]", "base", withAttr("href")},
		{"body noscript", "noscript", inBody},
		{"body img", "img", inBody},
		{"body [title]:not(img):not(title)", "[title]", inBody},
	}
	pages := liveSerialisations(t)
	pages["awkward"] = `<!DOCTYPE html><html><head><title>一</title><meta charset="utf-8"><meta name="keywords" content="甲">` +
		`<link rel="canonical stylesheet" href="/x"><link rel="canonical" href="/a/1.html"><base target="_blank"><base href="/b/">` +
		`<script type="application/ld+json">{}</script><noscript><p>头</p></noscript></head>` +
		`<body><template><meta name="t"><script>1</script></template><svg><title>图</title><style>x{}</style></svg>` +
		`<div id="gone"><script>2</script><noscript>无脚本</noscript><meta name="inner"></div>` +
		`<pre>  <span> </span>  <script>3</script></pre><img src="/a.png" alt="甲" title="图"><a href="/x" title="链接">乙</a><template><img src="/t.png"></template><noscript>尾</noscript></body></html>`
	check := func(t *testing.T, doc *dq.Document, tags *tagIndex, when string) {
		for _, l := range lookups {
			want := doc.Find(l.selector).Nodes
			got := tags.all(l.tag, l.keep).Nodes
			require.Equal(t, len(want), len(got), "%s %s", l.selector, when)
			for i := range want {
				require.Same(t, want[i], got[i], "%s %s: element %d", l.selector, when, i)
			}
			if len(want) > 0 {
				require.Same(t, want[0], tags.first(l.tag, l.keep).Get(0), "%s %s: first", l.selector, when)
			} else {
				require.Empty(t, tags.first(l.tag, l.keep).Nodes, "%s %s: first", l.selector, when)
			}
		}
	}
	for name, s := range pages {
		t.Run(filepath.Base(name), func(t *testing.T) {
			for _, parser := range []string{"live", "x/net/html"} {
				var root *html.Node
				if parser == "live" {
					var ok bool
					if root, ok = liveparse.Parse(s); !ok {
						continue
					}
				} else {
					var err error
					root, err = html.Parse(strings.NewReader(s))
					require.NoError(t, err)
				}
				tags := settleTree(root)
				doc := dq.NewDocumentFromNode(root)
				check(t, doc, &tags, "as parsed by "+parser)
				// Remove the way the stages do: a subtree's root loses its
				// parent, its inner links stay.
				for _, sel := range []string{"head", "#gone", "div", "template"} {
					if s := doc.Find(sel).First(); len(s.Nodes) > 0 {
						s.Remove()
					}
				}
				check(t, doc, &tags, "after removals, parsed by "+parser)
			}
		})
	}
}

// TestTextLensOfMatchesTextLens: the one-walk measure gives every element
// what textLens gives it alone, on every test page and on the awkward
// cases (links in links' places, hidden elements, text beside elements).
func TestTextLensOfMatchesTextLens(t *testing.T) {
	pages := liveSerialisations(t)
	pages["awkward"] = `<html><body>文<a href="/1">链 接<b>粗</b></a><a name="x">锚</a><div><a href="">空</a>` +
		`<script>var a = 1;</script><noscript>无</noscript><template><p>模板</p></template>` +
		`<p>段<a href="/2"><span>甲乙</span></a>尾</p></div><a href="/3"><div>块 里</div></a></body></html>`
	for name, s := range pages {
		root, err := html.Parse(strings.NewReader(s))
		require.NoError(t, err)
		want := map[*html.Node]bool{}
		walkElements([]*html.Node{root}, func(n *html.Node) bool {
			want[n] = true
			return true
		})
		got := textLensOf(root, want)
		for n := range want {
			total, linked := textLens(n)
			require.Equal(t, textLen{total, linked}, got[n], "%s: <%s> %q", filepath.Base(name), n.Data, clip(textOf(n), 80))
		}
	}
}

// TestProsePunctMatchesTheString: isProsePunct is membership of
// prosePunct, which documents the set. FuzzProseStats then holds
// proseStats to the functions it stands for.
func TestProsePunctMatchesTheString(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		require.Equal(t, strings.ContainsRune(prosePunct, r), isProsePunct(r), "%U", r)
	}
}

func FuzzProseStats(f *testing.F) {
	for _, s := range []string{"", "  ", "会议指出，去年全市新改建农村公路。", "Hello, world! 你好、世界？", "１２３ａｂｃ\u3000；：", "\xff\xfe，", "a.b.c",
		"䷀䷁乾坤", "\xe4\xb8", "中\xe4\xb8\x41文", "\xe9\xbf\xbf\xe4\x80\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// The definitions, rune by rune, that the byte-level loops of
		// proseStats, runeLenNoSpace and hanLetters must agree with.
		var want [4]int
		for _, r := range s {
			if !isSpace(r) {
				want[0]++
			}
			if strings.ContainsRune(prosePunct, r) {
				want[1]++
			}
			if cjk.IsHan(r) {
				want[2]++
			}
			if cjk.IsHan(r) || unicode.IsLetter(r) || unicode.IsDigit(r) {
				want[3]++
			}
		}
		runes, punct, han, letters := proseStats(s)
		require.Equal(t, want, [4]int{runes, punct, han, letters}, "proseStats(%q)", s)
		han, letters = hanLetters(s)
		require.Equal(t, want, [4]int{runeLenNoSpace(s), punctCount(s), han, letters}, "%q", s)
	})
}
