package core

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// coverPage puts block between the two paragraphs of a short article.
func coverPage(block string) string {
	return `<html><head><title>春耕备耕_南江县人民政府</title></head><body><div class="article"><h1>南江县全面推进春耕备耕工作</h1><div id="zoom">` +
		`<p>5月8日，记者从县农业农村局获悉，今年全县计划播种粮食作物四十二万亩，目前已完成春播面积的七成。</p>` + block +
		`<p>为保障农资供应，县供销社在各乡镇设立农资服务点三十六个，储备化肥一万二千吨。</p></div></div></body></html>`
}

func TestCoveredText(t *testing.T) {
	const planted = "专业代办各类证件，加急出证，联系人王经理"
	const genuine = "县农业农村局将组织技术人员分组下乡开展指导"
	cases := []struct {
		name, block, text string
		covered           bool
	}{
		{"a line placed under a white box of the strip's height", `<div style="position:relative;height:22px"><span style="position:absolute;left:0;top:2px;z-index:1;white-space:nowrap">` + planted + `</span><div style="position:absolute;left:0;top:0;width:100%;height:22px;background:#fff;z-index:2"></div></div>`, planted, true},
		{"in-flow text under a positioned box set with inset", `<div style="position:relative;height:40px"><p style="margin:0">` + planted + `</p><i style="position:absolute;inset:0;background-color:rgb(255,255,255)"></i></div>`, planted, true},
		{"a later box with z-index auto still paints over in-flow text", `<section style="position:relative;height:3em"><div style="position:absolute;top:0;left:0;right:0;bottom:0;background:white"></div>` + planted + `</section>`, planted, true},

		{"a line under a box the size of its container", `<div style="position:relative;"><p style="margin:0;">` + planted + `</p><div style="position:absolute;left:0;top:0;right:0;bottom:0;background:#fff;"></div></div>`, planted, true},
		{"a loading mask over a column", `<div style="position:relative"><p>` + strings.Repeat(genuine+"。", 10) + `</p><div style="position:absolute;top:0;left:0;width:100%;height:100%;background:#fff;z-index:9"></div></div>`, genuine, false},
		{"text lifted above the box", `<div style="position:relative;height:22px"><span style="position:absolute;top:0;left:0;z-index:3">` + genuine + `</span><div style="position:absolute;top:0;left:0;width:100%;height:100%;background:#fff;z-index:2"></div></div>`, genuine, false},
		{"a positioned line after a box of the same level", `<div style="position:relative;height:22px"><div style="position:absolute;top:0;left:0;width:100%;height:100%;background:#fff"></div><span style="position:absolute;top:0;left:0">` + genuine + `</span></div>`, genuine, false},
		{"a paragraph too long for the box runs out below it", `<div style="position:relative;height:22px"><p>` + strings.Repeat(genuine+"。", 4) + `</p><div style="position:absolute;top:0;left:0;width:100%;height:100%;background:#fff;z-index:2"></div></div>`, genuine, false},
		{"a half-transparent box", `<div style="position:relative;height:22px"><span>` + genuine + `</span><div style="position:absolute;inset:0;background:rgba(255,255,255,0.5);z-index:2"></div></div>`, genuine, false},
		{"a box painted with an image", `<div style="position:relative;height:22px"><span>` + genuine + `</span><div style="position:absolute;inset:0;background:url(bg.png) no-repeat;z-index:2"></div></div>`, genuine, false},
		{"a box under the content", `<div style="position:relative;height:22px"><span>` + genuine + `</span><div style="position:absolute;inset:0;background:#fff;z-index:-1"></div></div>`, genuine, false},
		{"a box over half the container", `<div style="position:relative;height:44px"><span>` + genuine + `</span><div style="position:absolute;top:0;left:0;width:50%;height:100%;background:#fff;z-index:2"></div></div>`, genuine, false},
		{"a tall container: a panel, not a patch", `<div style="position:relative;height:400px"><p>` + genuine + `</p><div style="position:absolute;inset:0;background:#fff;z-index:2"></div></div>`, genuine, false},
		{"a line moved out above the container", `<div style="position:relative;height:22px"><span style="position:absolute;top:-30px;left:0">` + genuine + `</span><div style="position:absolute;inset:0;background:#fff;z-index:2"></div></div>`, genuine, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(coverPage(tc.block)), Options{})
			require.NoError(t, err)
			assert.Contains(t, a.Text, "四十二万亩")
			assert.Contains(t, a.Text, "一万二千吨")
			var reported []string
			for _, s := range a.Spam {
				if s.ReasonID == reasonHiddenCovered {
					reported = append(reported, s.Text)
				}
			}
			if tc.covered {
				assert.NotContains(t, a.Text, tc.text)
				assert.NotEmpty(t, reported, "the covered text is reported")
			} else {
				assert.Contains(t, a.Text, tc.text)
				assert.Empty(t, reported)
			}
		})
	}
}
