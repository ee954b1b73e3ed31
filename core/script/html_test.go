package script

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestConvertHTML(t *testing.T) {
	cases := []struct {
		name, direction, in, want string
	}{
		{
			"text converted, tags and attributes kept", ToSimplified,
			`<p class="lead" title="綠色家園"><a href="http://www.yzcity.gov.cn/植樹.html" title="義務植樹">全市春季義務植樹活動</a>在瀟水河畔啟動</p>`,
			`<p class="lead" title="綠色家園"><a href="http://www.yzcity.gov.cn/植樹.html" title="義務植樹">全市春季义务植树活动</a>在潇水河畔启动</p>`,
		},
		{
			"image alt and src untouched", ToSimplified,
			`<figure><img src="http://a.gov.cn/圖片/樹.jpg" alt="植樹現場"/><figcaption>植樹現場</figcaption></figure>`,
			`<figure><img src="http://a.gov.cn/圖片/樹.jpg" alt="植樹現場"/><figcaption>植树现场</figcaption></figure>`,
		},
		{
			"to traditional, text split by inline markup", ToTraditional,
			`<p>共建<strong>绿色家园</strong>，让<em>绿色</em>成为发展底色</p>`,
			`<p>共建<strong>綠色家園</strong>，讓<em>綠色</em>成爲發展底色</p>`,
		},
		{
			"tables and entities", ToSimplified,
			`<table><tbody><tr><td>樹種</td><td>數量 &amp; 單位</td></tr></tbody></table>`,
			`<table><tbody><tr><td>树种</td><td>数量 &amp; 单位</td></tr></tbody></table>`,
		},
		{
			"comments and raw text left alone", ToSimplified,
			`<!-- 註釋 --><p>發展</p><style>.發展{}</style>`,
			`<!-- 註釋 --><p>发展</p><style>.發展{}</style>`,
		},
		{
			"nothing to convert comes back byte for byte", ToSimplified,
			`<p class=x>GDP 5.2%<br>2025-03-12</p>`,
			`<p class=x>GDP 5.2%<br>2025-03-12</p>`,
		},
		{
			"simplified text asked for simplified is not re-serialised", ToSimplified,
			`<P CLASS=x>发展</P>`,
			`<P CLASS=x>发展</P>`,
		},
		{"empty", ToTraditional, "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := convertHTML(t, tc.in, tc.direction)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestConvertHTMLUnknownDirection(t *testing.T) {
	_, err := New("x2y")
	assert.Error(t, err)
	var c *Converter
	got, err := c.ConvertHTML("<p>發展</p>")
	assert.NoError(t, err)
	assert.Equal(t, "<p>發展</p>", got)
}

// TestConvertHTMLOnArticleContent: the whole copied page's content, as the
// reader converts it. Every tag and attribute survives; only the text
// changes.
func TestConvertHTMLOnArticleContent(t *testing.T) {
	src := `<div><p>　　3月12日，<a href="/art/植樹.html">全市春季義務植樹活動</a>在瀟水河畔啟動。</p>` +
		`<p><img src="/uploads/樹.jpg" alt="植樹"/></p><ul><li>讓綠色成為高質量發展的鮮明底色</li></ul></div>`
	got, err := convertHTML(t, src, ToSimplified)
	require.NoError(t, err)
	assert.Contains(t, got, `<a href="/art/植樹.html">全市春季义务植树活动</a>`)
	assert.Contains(t, got, `<img src="/uploads/樹.jpg" alt="植樹"/>`)
	assert.Contains(t, got, "让绿色成为高质量发展的鲜明底色")
	assert.Equal(t, strings.Count(src, "<"), strings.Count(got, "<"), "same number of tags")
}

// convertHTML converts a fragment with a new converter for direction.
func convertHTML(t *testing.T, fragment, direction string) (string, error) {
	t.Helper()
	c, err := New(direction)
	require.NoError(t, err)
	return c.ConvertHTML(fragment)
}
