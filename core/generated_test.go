package core

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGeneratedContent: the text a sheet's ::before or ::after rule paints
// beside an element is reported when it is spam and the rule matches;
// decoration and rules that match nothing are not.
func TestGeneratedContent(t *testing.T) {
	page := func(css string) string {
		return `<html><head><title>关于开展春季植树活动的通知</title><style>` + css + `</style></head><body><h1>关于开展春季植树活动的通知</h1><div id="zoom"><p class="note">各区县人民政府，市直各单位：为深入贯彻国土绿化决策部署，现就开展春季义务植树活动有关事项通知如下。</p><p>活动时间为三月十二日至四月十二日，各单位要精心组织，确保活动取得实效。</p></div></body></html>`
	}
	cases := []struct {
		name, css, needle string
		reported          bool
	}{
		{"a seller's number before a paragraph", `#zoom .note::before{content:"假学位证办理，海外文凭认证可查，三天出证 TEL 18877023514";color:#c00}`, "假学位证办理", true},
		{"a trade's words", `p.note::before{content:"黑户可贷 当天下款"}`, "黑户可贷", true},
		{"a handle after, in the old syntax", `.note:after { content: "证件一比一制作 加微信 bz8899 详询"; }`, "证件一比一", true},
		{"escaped code points", `.note::before{content:"\8d4c\573a\6ce8\518c\9001\5f69\91d1"}`, "赌场注册送彩金", true},
		{"a rule that matches nothing", `.missing::before{content:"澳门葡京赌场注册送彩金"}`, "澳门葡京", false},
		{"a note mark", `.note::before{content:"注："}`, "", false},
		{"a glyph", `.note::after{content:"\203a"}`, "", false},
		{"a genuine phone line", `.note::after{content:"咨询电话：0731-84390000"}`, "", false},
		{"under a print query", `@media print{.note::before{content:"澳门葡京赌场注册送彩金"}}`, "澳门葡京", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(page(tc.css)), Options{})
			require.NoError(t, err)
			assert.Contains(t, a.Text, "活动时间为三月十二日", "the article stays whole")
			reported := false
			for _, s := range a.Spam {
				reported = reported || s.ReasonID == reasonSpamGenerated && (tc.needle == "" || strings.Contains(s.Text, tc.needle))
			}
			assert.Equal(t, tc.reported, reported, "%+v", a.Spam)
			if tc.reported {
				assert.Equal(t, VerdictSpamRemoved, a.Verdict)
			}
		})
	}
}
