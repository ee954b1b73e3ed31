package script

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/govreader/govreader/core"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestConvert(t *testing.T) {
	cases := []struct {
		name, direction, in, want string
	}{
		{"seed headline to simplified", ToSimplified, "全市教育大會召開 錨定建設教育強市目標", "全市教育大会召开 锚定建设教育强市目标"},
		{"to traditional", ToTraditional, "全市春季义务植树活动启动 共建绿色家园", "全市春季義務植樹活動啓動 共建綠色家園"},
		{"markup passes through", ToSimplified, `<p class="x"><a href="http://a.gov.cn/x.html">發展</a></p>`, `<p class="x"><a href="http://a.gov.cn/x.html">发展</a></p>`},
		{"ascii unchanged", ToSimplified, "GDP 5.2% 2025-03-12", "GDP 5.2% 2025-03-12"},
		{"empty", ToTraditional, "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Convert(tc.in, tc.direction)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestRoundTripKeepsSimplified(t *testing.T) {
	s2t, err := New(ToTraditional)
	require.NoError(t, err)
	t2s, err := New(ToSimplified)
	require.NoError(t, err)
	in := "市领导与机关干部、志愿者一道挥锹铲土、扶苗培土，种下香樟、桂花等苗木一千余株。"
	trad := s2t.Convert(in)
	assert.NotEqual(t, in, trad)
	assert.Equal(t, in, t2s.Convert(trad))
}

func TestUnknownDirection(t *testing.T) {
	_, err := New("x2y")
	assert.Error(t, err)
	var c *Converter
	assert.Equal(t, "文字", c.Convert("文字"), "a nil converter leaves text alone")
}

// TestCopiedPageToSimplified: the reader's 简 switch on a copied page
// (traditional script with pinyin spliced in) shows the simplified text,
// after core has removed the pinyin.
func TestCopiedPageToSimplified(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "testdata", "traditional-pinyin-copy", "source.html"))
	require.NoError(t, err)
	a, err := core.Extract(src, core.Options{URL: "http://www.yzcity-news.cn/xxgk/2025/0425/art_8812.html"})
	require.NoError(t, err)
	c, err := New(ToSimplified)
	require.NoError(t, err)
	assert.Equal(t, "全市春季义务植树活动启动 共建绿色家园", c.Convert(a.Title))
	text := c.Convert(a.Text)
	assert.Contains(t, text, "让绿色成为高质量发展的鲜明底色")
	assert.NotContains(t, text, "(yì)")
	assert.NotContains(t, c.Convert(a.Content), "讓綠色")
}
