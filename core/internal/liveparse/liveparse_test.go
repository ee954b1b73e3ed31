package liveparse

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// liveAgrees checks Parse against x/net/html on s and reports whether
// parseLive accepted it.
func liveAgrees(t *testing.T, s string) bool {
	fast, ok := Parse(s)
	if !ok {
		return false
	}
	want, err := html.Parse(strings.NewReader(s))
	require.NoError(t, err)
	if d := TreeDiff(fast, want, ""); d != "" {
		t.Fatalf("Parse differs from x/net/html on %q: %s", clip(s), d)
	}
	return true
}

// clip shortens a failing input for the message.
func clip(s string) string {
	if r := []rune(s); len(r) > 400 {
		return string(r[:400]) + "…"
	}
	return s
}

// TestParseLiveDeclines: whatever the tree construction would rearrange
// goes to x/net/html.
func TestParseLiveDeclines(t *testing.T) {
	page := func(body string) string {
		return "<!DOCTYPE html>\n<html><head><title>t</title></head><body>" + body + "</body></html>"
	}
	require.True(t, liveAgrees(t, page(`<div class="a"><p>正文&amp;<b>粗</b>&nbsp;</p><!--注释--></div>`)), "the plain case")
	for _, body := range []string{
		`<p><div>块</div></p>`,                       // a block inside <p> closes it
		`<table><tr><td>x</td></tr></table>`,        // no <tbody>: the parser adds one
		`<table><tbody>文字</tbody></table>`,          // fostered text
		`<table><tbody><div></div></tbody></table>`, // fostered element
		`<a href="1"><a href="2">x</a></a>`,         // a link in a link
		`<ul><li><div><li>x</li></div></li></ul>`,   // an item closes the open one
		`<h1><h2>x</h2></h1>`,
		`<form><form></form></form>`,
		`<button><button></button></button>`,
		`<select><div></div></select>`,
		`<math><mi>x</mi></math>`,
		`<template><p>x</p></template>`,
		`<script>x</SCRIPT>`,
		`<script><!--<script>x</script>`, // unended: the parser reads to the end
		`<p>&copy;</p>`,
		`<p>a < b</p>`,
		`<P>x</P>`,
		`<p class=a>x</p>`,
		`<p class='a'>x</p>`,
		`<p>x</span></p>`,
		`<br/>`,
		`<td>x</td>`,
		`<p a="1" a="2">x</p>`,
		`<image src="x">`,
		"<p>\r\n</p>",
		`<!-->`,
		`<!--x--!>`,
	} {
		assert.False(t, liveAgrees(t, page(body)), "accepted %q", body)
	}
	assert.False(t, liveAgrees(t, page("x")+"<p>after</p>"), "content after </html>")
	assert.False(t, liveAgrees(t, "<html><head></head><body></body>\n</html>"), "text after </body>")
	assert.False(t, liveAgrees(t, "<html><head><div></div></head><body></body></html>"), "a body element in the head")
	assert.False(t, liveAgrees(t, strings.Repeat("<div>", 600)), "deeper than the parser's limit")
	// Accepted shapes with parser subtleties: the newline after <pre>,
	// white space kept in tables and around the head, comments after the
	// body, raw text, doctypes with identifiers.
	for _, s := range []string{
		page("<pre>\nx</pre><textarea>\n\ny</textarea>"),
		page("<table> <tbody> <tr> <td>x</td> </tr> </tbody> </table>"),
		page(`<script>if (a < b && c > d) { x = "</p>"; }</script><style>p > a { color: red }</style><title>&amp;</title>`),
		page(`<noscript><img src="x"></noscript><iframe><p>x</p></iframe>`),
		page(`<script><!--<script>x</script>--></script><script><!--
if (a<b) document.write("<script src=x></script>"); // <!-- -->
//--></script><script>a<!--b<c</script><p>x</p>`),
		page(`<p>a<o:p></o:p></p><custom-el x-y="1">z</custom-el>`),
		page(`<!--<span>&nbsp;&copy;&amp</span>--><p>x</p>`), // as a browser writes a comment
		page(`<ruby>漢<rt>han</rt></ruby><p>x</p><ul><li>1</li><li><ul><li>2</li></ul></li></ul>`),
		`<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">` + "\n" +
			"<html lang=\"zh\"><head>\n<meta charset=\"utf-8\">\n</head>\n<body><p>x</p></body><!--after--></html>",
	} {
		assert.True(t, liveAgrees(t, s), "declined %q", s)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"<!DOCTYPE html>\n<html><head><title>t</title></head><body><div><p>x&amp;y</p></div></body></html>",
		"<html><head></head><body><table><tbody><tr><td>1</td></tr></tbody></table><pre>\nx</pre></body></html>",
		"<html><head><style>a{}</style></head><body><script>x</script><!--c--><ul><li>a</li></ul></body></html>",
	} {
		f.Add(s)
	}
	for _, body := range append(svgIcons, selectLinks, `<svg><foreignObject><div>x</div></foreignObject><![CDATA[y]]><font size="1"></font></svg>`) {
		f.Add("<!DOCTYPE html>\n<html><head></head><body><p>" + body + "</p></body></html>")
	}
	// The golden pages of core, as a browser would hand them over.
	pages, err := filepath.Glob(filepath.Join("..", "..", "testdata", "*", "source.html"))
	require.NoError(f, err)
	require.NotEmpty(f, pages)
	for _, name := range pages {
		raw, err := os.ReadFile(name)
		require.NoError(f, err)
		doc, err := html.Parse(strings.NewReader(string(raw)))
		require.NoError(f, err)
		var b strings.Builder
		Serialize(&b, doc)
		f.Add(b.String())
	}
	f.Fuzz(func(t *testing.T, s string) {
		liveAgrees(t, s)
	})
}

// svgIcons are inline svg as portals carry it (share buttons, search
// icons, logos) and as a browser serialises it.
var svgIcons = []string{
	`<svg viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg" width="24" height="24"><path d="M15.5 14h-.79l-.28-.27A6.47 6.47 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5z"></path></svg>`,
	`<svg class="icon" aria-hidden="true" xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="#icon-weibo"></use></svg>`,
	`<svg viewBox="0 0 100 100" preserveAspectRatio="xMidYMid meet"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1" gradientUnits="objectBoundingBox"><stop offset="0" stop-color="#c00"></stop><stop offset="1" stop-color="#900"></stop></linearGradient><clipPath id="c" clipPathUnits="userSpaceOnUse"><rect width="100" height="100" rx="8"></rect></clipPath></defs><g clip-path="url(#c)"><g transform="translate(10 10)"><circle cx="40" cy="40" r="40" fill="url(#g)"></circle></g></g></svg>`,
	`<svg role="img" viewBox="0 0 16 16"><title>分享到微信 &amp; 朋友圈</title><desc>图标</desc><path fill-rule="evenodd" d="M8 0a8 8 0 1 1 0 16A8 8 0 0 1 8 0z"></path></svg>`,
	`<svg width="120" height="30"><text x="0" y="20" font-size="14" textLength="100" lengthAdjust="spacing">中国政府网<tspan dy="2">gov.cn</tspan></text><!--logo--></svg>`,
	`<svg version="1.1" xmlns="http://www.w3.org/2000/svg"><filter id="grayscale"><feColorMatrix type="matrix" values="0.3333 0.3333 0.3333 0 0"></feColorMatrix><feGaussianBlur stdDeviation="2"></feGaussianBlur></filter></svg>`,
	`<svg viewBox="0 0 48 68" xml:space="preserve"><image xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="/imgs/a.png" x="0" y="0" width="48" height="68"></image><a href="/x"><rect></rect></a></svg>`,
	`<svg><style>.a { fill: red } g &gt; path { stroke: none }</style><script>if (a &lt; b &amp;&amp; c) {}</script><foreignObject width="10" height="10">文字</foreignObject><svg x="1"><g></g></svg></svg>`,
}

// TestParseLiveSVG: inline svg icons are read on the fast path, in the
// svg namespace with the standard's names; what would leave foreign
// content, or whose reading Parse is not sure of, is declined.
func TestParseLiveSVG(t *testing.T) {
	page := func(body string) string {
		return "<!DOCTYPE html>\n<html><head><title>t</title></head><body>" + body + "</body></html>"
	}
	for _, icon := range svgIcons {
		assert.True(t, liveAgrees(t, page(`<p>分享`+icon+`</p>`)), "declined %q", icon)
	}
	for _, body := range []string{
		`<button type="submit"><svg viewBox="0 0 1 1"><path d="M0 0"></path></svg>搜索</button><a href="/"><svg></svg>首页</a>`,
		`<svg><a href="#"><a></a></a></svg><a href="#">x</a>`,                                // svg's <a> is no formatting element
		`<table><tbody><tr><td><svg><tr>x</tr><form></form></svg></td></tr></tbody></table>`, // nor are these HTML's
		`<form><svg><form></form></svg></form>`,
		`<svg><g></G><myElement fooBar="1"></myElement></svg>`, // end tags match in any case; names lower-cased
		`<svg><title></title><image></image><textarea>&lt;b&gt;</textarea><plaintext></plaintext></svg>`,
		`<svg><foreignObject></foreignObject><desc><!--c-->d</desc></svg>`,
		`<svg xlink:title="t" xml:lang="zh" xmlns:xlink="x" xlink:foo="1" sketch:type="MSPage"></svg>`,
		`<p><svg></svg></p><div>x</div>`,
	} {
		assert.True(t, liveAgrees(t, page(body)), "declined %q", body)
	}
	for _, body := range []string{
		`<svg><div>x</div></svg>`, // breakouts leave foreign content
		`<svg><span>x</span></svg>`,
		`<svg><p>x</p></svg>`,
		`<svg><g><b>x</b></g></svg>`,
		`<svg><font color="red">x</font></svg>`,
		`<svg><font>x</font></svg>`,
		`<svg><math></math></svg>`,
		`<math><mi>x</mi></math>`,
		`<svg><foreignObject><div>x</div></foreignObject></svg>`, // HTML in an integration point
		`<svg><title><span>x</span></title></svg>`,
		`<svg><desc><g></g></desc></svg>`,
		`<svg><![CDATA[x<y]]></svg>`,
		`<svg><path/></svg>`,
		`<svg><path /></svg>`,
		`<svg/>`,
		`<svg><path></svg>`,
		`<svg><path></path></path></svg>`,
		`<svg><g></g ></svg>`,
		`<svg><g></></svg>`,
		`<svg><link></link></svg>`,
		`<svg><input></input></svg>`,
		`<svg>&copy;</svg>`,
		`<svg><text>a &lt b</text></svg>`,
		`<SVG></SVG>`,
		`<Svg></svg>`,
		`<svg VIEWBOX="0 0 1 1" viewbox="1"></svg>`, // the parser keeps the first
		`<svg><g></svg></g>`,
		`<table><tbody><tr><svg></svg></tr></tbody></table>`,
		`<select><svg></svg></select>`,
		"<svg><text>\x00</text></svg>",
	} {
		assert.False(t, liveAgrees(t, page(body)), "accepted %q", body)
	}
	// The names and namespaces x/net/html gives, spelled out once.
	doc, ok := Parse(page(`<svg viewBox="0 0 1 1" xmlns:xlink="x"><clipPath></clipPath><use xlink:href="#i"></use><G></G></svg>`))
	require.True(t, ok)
	svg := doc.LastChild.LastChild.FirstChild
	assert.Equal(t, "svg", svg.Namespace)
	assert.Equal(t, []html.Attribute{{Key: "viewBox", Val: "0 0 1 1"}, {Namespace: "xmlns", Key: "xlink", Val: "x"}}, svg.Attr)
	var got []string
	for c := svg.FirstChild; c != nil; c = c.NextSibling {
		got = append(got, c.Namespace+":"+c.Data+fmt.Sprint(c.Attr))
	}
	assert.Equal(t, []string{"svg:clipPath[]", "svg:use[{xlink href #i}]", "svg:g[]"}, got)
}

// selectLinks is a portal's menu of sites: links in options, which a
// browser keeps since the customizable select, as x/net/html does.
const selectLinks = `<select name="center" onchange="$.goSite(this)"><option selected="selected">国务院部门网站</option>
  <option value="http://www.miit.gov.cn"><a href="http://www.miit.gov.cn" target="_blank">工业和信息化部</a></option>
  <option value="http://www.mee.gov.cn/"><a href="http://www.mee.gov.cn/" target="_blank">生态环境部</a></option></select>`

// TestParseLiveOptionContent: an option's content is read as the body's,
// except for what closes the option or the select or has rules of its
// own in a select.
func TestParseLiveOptionContent(t *testing.T) {
	page := func(body string) string {
		return "<!DOCTYPE html>\n<html><head><title>t</title></head><body>" + body + "</body></html>"
	}
	for _, body := range []string{
		selectLinks,
		`<select><optgroup label="g"><option><span class="x">1</span> <b>粗</b><img src="i.png"><br></option></optgroup></select>`,
		`<select><option><div><p>x</p></div><svg viewBox="0 0 1 1"><path d="M0 0"></path></svg></option></select>`,
		`<datalist id="d"><option><a href="x">1</a></option><option value="2"></option></datalist>`,
		`<form><select><option><script>var a = "<option>";</script>x</option></select></form>`,
	} {
		assert.True(t, liveAgrees(t, page(body)), "declined %q", body)
	}
	for _, body := range []string{
		`<select><option><hr></option></select>`, // closes the option
		`<select><option><input></option></select>`,
		`<select><option><textarea></textarea></option></select>`,
		`<select><option><table></table></option></select>`,
		`<select><option><button>b</button></option></select>`,
		`<select><option><select></select></option></select>`,
		`<select><option><span><option>x</option></span></option></select>`,
		`<datalist><option><option></option></option></datalist>`,
		`<datalist><option><optgroup></optgroup></option></datalist>`,
		`<p><select><option><div>x</div></option></select></p>`, // the select bounds the scope of <p>
		`<a href="1"><select><option><a href="2">x</a></option></select></a>`,
		`<select><div>x</div></select>`,
		`<select><option>a</select>`,
	} {
		assert.False(t, liveAgrees(t, page(body)), "accepted %q", body)
	}
}

// TestParseLiveScriptEscapes: where a script ends through the tokenizer's
// escaped states; each body either agrees with x/net/html or is declined.
func TestParseLiveScriptEscapes(t *testing.T) {
	accepted := 0
	for _, body := range []string{
		`a<!--b`, `<!---->`, `<!-->`, `<!--<script>x</script>-->`, `<!--<script>x</script>`, `<!--<SCRIPT >`,
		`<!--<scripts>`, `<!--<scrip>`, `<!--<script/>--->`, `<!--<3`, `<!--</scriptx>`, `<!--</script`, `<!- -->`,
		`<!--<script>--></script>`, `<!--<script><!--x--></script>y-->`, `<!--<script></ScRiPt >`, `--><!--`,
		`if (a<!--b) c();`, `<!--<script>a</sc`, `<!--<script>a</script`, `<!--<a`, `<!--x- ->`,
	} {
		s := "<html><head></head><body><script>" + body + "</script><p>后</p></body></html>"
		if liveAgrees(t, s) {
			accepted++
		}
	}
	assert.Positive(t, accepted, "every script body declined")
}
