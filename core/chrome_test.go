package core

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPortalNoticesInArticle: conventions of government portals that sit
// inside or beside the article without a class that names them (the
// notice before an outside link, which the site's own sheet hides in a
// dialog; QR blurbs in their several word orders) are chrome by their
// words.
func TestPortalNoticesInArticle(t *testing.T) {
	const article = `<p>3月12日，县四套班子领导与干部群众一起来到城北生态林基地参加义务植树活动，共栽下香樟、桂花等苗木三千余株。</p><p>近年来，我县持续开展国土绿化行动，全县森林覆盖率达到百分之六十二，城乡人居环境明显改善。</p>`
	for _, notice := range []string{
		`<div class="m1"><div class="m2">您访问的链接即将离开“某某县人民政府”门户网站 是否继续？</div><button>放弃</button><button>继续访问</button></div>`,
		`<div class="pop">您即将离开本站，去往外部网站，是否继续？</div>`,
		`<div class="e1"><canvas></canvas><div>手机扫一扫打开此页</div></div>`,
		`<div class="e2">用微信“扫一扫”，点击右上角分享按钮，将本文分享到朋友圈</div>`,
		`<div class="r1">【<a href="javascript:window.print()">打印此文</a>】 【<a href="javascript:window.close()">关闭窗口</a>】</div>`,
		`<p>相关文件：<a href="/zcwj/1.html">某某县人民政府办公室关于印发《植树造林行动方案》的通知</a></p>`,
		`<div class="r2">友情链接：<a href="http://www.a.gov.cn/">某某省人民政府</a> | <a href="http://www.b.gov.cn/">某某市人民政府</a> | <a href="http://www.c.gov.cn/">某某县人民政府</a></div>`,
	} {
		t.Run(notice, func(t *testing.T) {
			page := `<html><head><title>我县开展春季植树活动</title></head><body><h1>我县开展春季植树活动</h1><div class="c1">` + article + notice + `</div></body></html>`
			a, err := Extract([]byte(page), Options{})
			require.NoError(t, err)
			assert.Contains(t, a.Text, "三千余株")
			assert.Contains(t, a.Text, "明显改善")
			for _, w := range []string{"即将离开", "扫一扫", "打印此文", "友情链接", "【", "相关文件", "行动方案"} {
				assert.NotContains(t, a.Text, w)
			}
		})
	}
}

// TestDivParagraphsReadAsP: many CMSs and pasted WeChat articles write
// every paragraph as a <div>. A portal page reads the same when its
// paragraphs are <div>s as when they are <p>s: every page of the shared
// corpus whose <p> tags all close is read both ways.
func TestDivParagraphsReadAsP(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "gov", "pages", "*.html"))
	if len(files) == 0 {
		t.Skip("no ../shared/corpus/gov/pages beside the repository")
	}
	openP := regexp.MustCompile(`(?i)<p([\s>])`)
	closeP := regexp.MustCompile(`(?i)</p>`)
	read := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		require.NoError(t, err)
		// Unclosed <p>s would nest as <div>s: another page, not the same.
		if len(openP.FindAllIndex(raw, -1)) != len(closeP.FindAllIndex(raw, -1)) {
			continue
		}
		read++
		divs := closeP.ReplaceAll(openP.ReplaceAll(raw, []byte("<div$1")), []byte("</div>"))
		want, err := Extract(raw, Options{})
		require.NoError(t, err)
		got, err := Extract(divs, Options{})
		require.NoError(t, err)
		assert.Equal(t, want.Text, got.Text, filepath.Base(f))
	}
	assert.GreaterOrEqual(t, read, 30, "pages read both ways")
}

// TestLetterPage: a 留言板 or 信箱 page is the letter and its answer;
// the lines that say who wrote and answered and when, the rating bar and
// the box's rules for writers are its chrome.
func TestLetterPage(t *testing.T) {
	page := `<html><head><title>网民留言详情</title></head><body><div class="w"><h2>末班公交车能否延长运营时间</h2>` +
		`<div class="meta"><span>留言编号：ZZLY20240508017</span><span>留言人：张**</span><span>留言时间：2024-05-08 21:36</span><span>办理单位：市交通运输局</span></div>` +
		`<div class="q"><p>我家住松林店镇，每天乘坐12路公交车往返市区，末班车下午6点发车，单位经常7点以后才下班，赶不上末班车。</p></div>` +
		`<div class="a"><p>您好！经调查核实，自2024年6月1日起，12路工作日末班车由18:00延长至19:30，发车间隔缩短为20分钟。</p><p>答复时间：2024-05-17 16:02</p></div>` +
		`<div class="rate">满意度评价：非常满意（12）满意（5）基本满意（1）</div><div class="rule"><h3>留言须知</h3></div></div></body></html>`
	a, err := Extract([]byte(page), Options{})
	require.NoError(t, err)
	assert.Contains(t, a.Text, "赶不上末班车")
	assert.Contains(t, a.Text, "延长至19:30")
	for _, w := range []string{"留言编号", "留言人", "办理单位", "满意度评价", "留言须知"} {
		assert.NotContains(t, a.Text, w)
	}
}
