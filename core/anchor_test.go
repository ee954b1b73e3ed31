package core

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func TestHeadlineAnchorReaches(t *testing.T) {
	const title = "我县召开冬季森林防火工作部署会" // 14 bigrams
	tests := []struct {
		name, body string
		share      float64
		want       bool
	}{
		{"restates the headline", `<p>11月20日，我县召开冬季森林防火工作部署会。</p>`, onHeadline, true},
		{"off topic", `<p>王晓明，1971年生于湖南长沙，毕业于中央美术学院。</p>`, offHeadline, false},
		{"the headline's own text does not count", `<h1 id="h">我县召开冬季森林防火工作部署会</h1><p>会议要求压实责任。</p>`, offHeadline, false},
		{"link text does not count", `<p><a href="/1.html">我县召开冬季森林防火工作部署会</a></p>`, offHeadline, false},
		{"white space and tags between words do not part them", `<p>冬季 森林<b>防火</b>工作</p>`, 0.3, true},
		{"full-width forms fold", `<p>森林防火工作部署会</p>`, 0.5, true},
		{"a share of nothing is always reached", `<p></p>`, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tt.body + "</body></html>"))
			require.NoError(t, err)
			var headline *html.Node
			walkElements([]*html.Node{doc}, func(n *html.Node) bool {
				if attr(n, "id") == "h" {
					headline = n
				}
				return true
			})
			a := headlineAnchor{headline: headline}
			a.bigrams, _ = keyBigrams(nil, title)
			require.True(t, a.usable())
			assert.Equal(t, tt.want, a.reaches(doc, tt.share))
		})
	}
}
