package dq

import (
	"github.com/andybalholm/cascadia"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

const page = `<!doctype html><html><head><title>标题 - 网站</title><meta name="PubDate" content="2024-01-02">
<script>var x = "来源";</script></head><body>
<div id="a" class="x y"><p class="p1">一<b>二</b></p><p>三</p><div class="x"><p>四</p></div></div>
<span>五</span><a href="/1">六</a> <a>七</a><p class="p1">八</p></body></html>`

// TestMatchesGoquery runs the same calls through goquery and dq.
func TestMatchesGoquery(t *testing.T) {
	g, err := goquery.NewDocumentFromReader(strings.NewReader(page))
	require.NoError(t, err)
	d, err := NewDocumentFromReader(strings.NewReader(page))
	require.NoError(t, err)

	for _, sel := range []string{"p", ".x", ".x p", "div > p", "p.p1", "a[href]", "title", "meta", "*", "#a", "body span", "nope", "p:first-child", "[[bad"} {
		gs, ds := g.Find(sel), d.Find(sel)
		assert.Equal(t, gs.Nodes, ds.Nodes, "Find(%q)", sel)
		assert.Equal(t, gs.Length(), ds.Length(), sel)
		assert.Equal(t, gs.Text(), ds.Text(), "Text of %q", sel)
		assert.Equal(t, gs.First().Nodes, ds.First().Nodes, "First of %q", sel)
		assert.Equal(t, gs.Next().Nodes, ds.Next().Nodes, "Next of %q", sel)
		assert.Equal(t, gs.Is("p"), ds.Is("p"), "Is of %q", sel)
		gv, gok := gs.Attr("class")
		dv, dok := ds.Attr("class")
		assert.Equal(t, gv, dv)
		assert.Equal(t, gok, dok)
		assert.Equal(t, gs.AttrOr("href", "none"), ds.AttrOr("href", "none"))
		assert.Equal(t, gs.Map(func(_ int, s *goquery.Selection) string { return s.Text() }),
			ds.Map(func(_ int, s *Selection) string { return s.Text() }))
	}
	assert.Equal(t, g.Text(), d.Text(), "document text")
	assert.Equal(t, g.Get(0), d.Get(0))
	// From several roots, one nested in another: each hit once, in order.
	for _, sel := range []string{"p", "b", "nope"} {
		m := cascadia.MustCompile(sel)
		assert.Equal(t, g.Find(".x").FindMatcher(m).Nodes, d.Find(".x").FindMatcher(m).Nodes, "FindMatcher(%q) from .x", sel)
		assert.Equal(t, g.FindMatcher(m).Nodes, d.FindMatcher(m).Nodes, "FindMatcher(%q)", sel)
	}
}

func TestEachWithBreakAndRemove(t *testing.T) {
	d, err := NewDocumentFromReader(strings.NewReader(page))
	require.NoError(t, err)
	var seen []string
	d.Find("p").EachWithBreak(func(i int, s *Selection) bool {
		seen = append(seen, s.Text())
		return i < 1
	})
	assert.Equal(t, []string{"一二", "三"}, seen)
	n := 0
	d.Find("p").Each(func(int, *Selection) { n++ })
	assert.Equal(t, 4, n)
	d.Find(".x").Remove()
	assert.Equal(t, 0, d.Find("#a").Length())
	assert.Equal(t, "五", d.Find("span").Text())
	assert.Equal(t, d.Find("p").Get(-1), d.Find("p.p1").Get(0))
}

func TestSettersMatchGoquery(t *testing.T) {
	g, err := goquery.NewDocumentFromReader(strings.NewReader(page))
	require.NoError(t, err)
	d, err := NewDocumentFromReader(strings.NewReader(page))
	require.NoError(t, err)
	g.Find("title").SetText("新<标题>")
	d.Find("title").SetText("新<标题>")
	g.Find("p").SetAttr("class", "z")
	d.Find("p").SetAttr("class", "z")
	g.Find("span").SetAttr("data-x", "1")
	d.Find("span").SetAttr("data-x", "1")
	gh, err := goquery.OuterHtml(g.Selection)
	require.NoError(t, err)
	var b strings.Builder
	require.NoError(t, html.Render(&b, d.Get(0)))
	assert.Equal(t, gh, b.String())
}
