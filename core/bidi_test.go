package core

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPaintRLO(t *testing.T) {
	assert.Equal(t, "加微信abc123", paintRLO("\u202e321cba信微加\u202c"))
	assert.Equal(t, "前 后cba 尾", paintRLO("前 \u202eabc后\u202c 尾"))
	assert.Equal(t, "无控制字符", paintRLO("无控制字符"))
	assert.Equal(t, "到末尾", paintRLO("\u202e尾末到"))
}

// TestBidiOverrideAdverts: an advert written backwards in the markup and
// laid out right to left reads forwards on the screen; it is read so,
// removed and reported, on a Chinese and on an English page, and a
// genuine right-to-left paragraph without an override stays as written.
func TestBidiOverrideAdverts(t *testing.T) {
	reversed := func(s string) string {
		r := []rune(s)
		reverseRunes(r)
		return string(r)
	}
	const zh = `<html><head><title>县政务服务中心延长周末办理时间_某某县人民政府</title></head><body><div class="art"><h1>县政务服务中心延长周末办理时间</h1>
<p>为方便群众办事，县政务服务中心自本月起在周六上午增设延时服务窗口，办理社保、医保、不动产登记等高频事项。</p>
%s
<p>中心负责人表示，将根据群众办事需求动态调整窗口设置，持续提升政务服务便利度。</p></div></body></html>`
	const en = `<html><head><title>Service center opens Saturday windows</title></head><body><div class="art"><h1>Service center opens Saturday windows</h1>
<p>The county service center has opened Saturday morning windows for social insurance, medical insurance and property registration.</p>
%s
<p>Officials said the center will keep adjusting its windows to residents' needs.</p></div></body></html>`
	for _, tc := range []struct {
		name, page, block, needle string
		reported                  bool
	}{
		{"an override, Chinese page", zh, `<p style="unicode-bidi: bidi-override; direction: rtl">` + reversed("论文代写包过查重，加微信lunwen_2024") + `</p>`, "代写包过", true},
		{"control characters, English page", en, "<p>\u202e" + reversed("留学生Essay代写包过，加微信essay_pro88") + "\u202c</p>", "代写包过", true},
		{"right to left without an override", zh, `<p style="direction:rtl">区县联络员：王晓东，办公电话0318-7521234。</p>`, "王晓东", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(strings.Replace(tc.page, "%s", tc.block, 1)), Options{})
			require.NoError(t, err)
			reported := false
			for _, s := range a.Spam {
				reported = reported || strings.Contains(s.Text, tc.needle)
			}
			assert.Equal(t, tc.reported, reported, "%+v", a.Spam)
			if tc.reported {
				assert.NotContains(t, a.Text, tc.needle)
				assert.NotContains(t, a.Text, reversed(tc.needle))
			} else {
				assert.Contains(t, a.Text, tc.needle)
			}
		})
	}
}
