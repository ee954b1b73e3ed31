package core

// Fuzz targets. Run one at a time, for example:
//
//	go test ./core -run '^$' -fuzz '^FuzzExtract$' -fuzztime 10m -parallel 1 \
//	    -timeout 0 -fuzzminimizetime 10s
//
// -timeout 0 because go test's default 10m timeout would end a 10m run
// early; a short -fuzzminimizetime because minimising every new
// interesting input for the default 60s leaves the worker idle for
// minutes on slow machines. With go1.26 a run may end in "context deadline
// exceeded" and no failing input: that is the fuzz coordinator's race at
// the -fuzztime boundary (go.dev/issue/75804, fixed in go1.27), not a
// crasher; a count such as -fuzztime 2000000x avoids it.
//
// Crashers the fuzzer finds land in testdata/fuzz/<Target>/ and are then
// replayed by every plain `go test`, so they stay fixed.

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// hostileSeeds are small hand-written inputs aimed at the edges of each
// stage: broken markup, hidden content, scripts in every disguise, odd
// encodings and deep nesting.
var hostileSeeds = []string{
	`<p>x</p>`,
	`<html><body><div id="zoom"><p>　　??国务院办公厅关于印发通知。</p></div></body></html>`,
	`<html><head><meta charset="gbk"><title>标题_某某市人民政府</title></head><body><h1>标题</h1><p>正文，内容，很长。</p></body></html>`,
	`<body><div style="display:none">隐藏 博彩 娱乐 <a href="http://x.com">a</a></div><p>可见的正文。</p></body>`,
	`<body><p>建(jiàn)設(shè)發(fā)展(zhǎn)，建(jiàn)設(shè)。</p></body>`,
	`<body><script>document.write('<a href="http://spam.com">博彩</a>')</script><p>正文。</p></body>`,
	`<body><a href="javascript:alert(1)">x</a><img src=x onerror=alert(1)><svg onload=alert(1)></svg></body>`,
	`<body><p><a href="data:text/html,<script>alert(1)</script>">d</a></p><iframe srcdoc="<script>alert(1)</script>"></iframe></body>`,
	`<body><noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript></body>`,
	`<body><table><tr><td>发布时间：2024-06-13</td><td>来源：某某局</td></tr></table><div class="TRS_Editor"><p>内容。</p></div></body>`,
	`<style>.h{display:none}@media screen{.x{display:none}}</style><body><p class="h">藏</p><p>显示的内容。</p></body>`,
	`<body><div><div><div><div><div><div><p>深</p></div></div></div></div></div></div></body>`,
	`<body><p>a</p></body></html><div>after html 博彩</div>`,
	`<base href="javascript:alert(1)//"><body><a href="/x">x</a></body>`,
	`<body><math><mi><style><img src=x onerror=alert(1)></style></mi></math></body>`,
	`<body><p>` + strings.Repeat("?", 9) + `文</p><p>? ? ? ? ? 文</p></body>`,
	`<body><ul><li>一</li><li><ol start="99999"><li>二</li></ol></li></ul><table><td colspan="9999999">x</td></table></body>`,
	"<body>\xff\xfe\x00<p>\x80\x81 bad bytes</p></body>",
	"\xef\xbb\xbf<body><p>bom</p></body>",
	"\xff\xfe<\x00p\x00>\x00x\x00<\x00/\x00p\x00>\x00",
	"<\x00b\x00o\x00d\x00y\x00>\x00x\x00<\x00/\x00b\x00o\x00d\x00y\x00>\x00",
}

func seedExtract(f *testing.F) {
	for _, s := range hostileSeeds {
		f.Add([]byte(s))
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*", "source.html"))
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
}

// hiddenMarker must never reach the title, text or content: it sits in an
// element the page hides, ahead of the fuzzed markup so that nothing the
// fuzzer writes can re-parent it.
const hiddenMarker = "QZXHIDDEN7731"

func withHiddenMarker(data []byte) []byte {
	var b bytes.Buffer
	b.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title><style>.qzxh{display:none}</style></head><body>`)
	b.WriteString(`<div class="qzxh">` + hiddenMarker + `D</div>`)
	b.WriteString(`<div ` + HiddenHintAttr + `>` + hiddenMarker + `E</div>`)
	b.WriteString(`<div style="display:none">` + hiddenMarker + `A</div>`)
	b.WriteString(`<p hidden>` + hiddenMarker + `B</p>`)
	b.WriteString(`<span style="visibility:hidden">` + hiddenMarker + `C</span>`)
	b.Write(data)
	return b.Bytes()
}

func FuzzExtract(f *testing.F) {
	seedExtract(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		opts := Options{URL: "http://www.example.gov.cn/art/2024/6/13/art_1.html"}
		a, err := Extract(data, opts)
		if err == nil {
			checkArticle(t, a, opts)
		}
		if bytes.Contains(data, []byte(hiddenMarker)) {
			return
		}
		a, err = Extract(withHiddenMarker(data), opts)
		if err != nil {
			// Refused wrapped input has no text to leak: bytes in another
			// encoding (UTF-16) behind the UTF-8 wrapper read as binary.
			return
		}
		checkArticle(t, a, opts)
		for field, v := range map[string]string{"title": a.Title, "text": a.Text, "content": a.Content} {
			if strings.Contains(v, hiddenMarker) {
				t.Fatalf("hidden text reached %s: %q", field, v)
			}
		}
	})
}

// FuzzExplain holds Options.Explain to a log on any input: the Article is
// the one Extract gives without it, the kept blocks are its text, and
// every removal names a stage and a reason.
func FuzzExplain(f *testing.F) {
	seedExtract(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		opts := Options{URL: "http://www.example.gov.cn/art/2024/6/13/art_1.html"}
		plain, err := Extract(data, opts)
		if err != nil {
			return
		}
		opts.Explain = true
		a, err := Extract(data, opts)
		if err != nil {
			t.Fatalf("explained, the input fails: %v", err)
		}
		ex := a.Explain
		if ex == nil {
			t.Fatal("no explanation")
		}
		a.Explain = nil
		if !reflect.DeepEqual(plain, a) {
			t.Fatalf("explaining changed the article:\n%+v\n%+v", plain, a)
		}
		if got := ex.keptText(); got != a.Text {
			t.Fatalf("kept blocks %q, text %q", got, a.Text)
		}
		for _, b := range ex.Blocks {
			if b.Fate == FateRemoved && (b.Stage == "" || b.Reason == "") {
				t.Fatalf("a removal without stage or reason: %+v", b)
			}
		}
	})
}

// checkArticle asserts the invariants every Article must hold.
func checkArticle(t *testing.T, a *Article, opts Options) {
	t.Helper()
	if a == nil {
		t.Fatal("nil Article without error")
	}
	for field, v := range map[string]string{
		"title": a.Title, "text": a.Text, "content": a.Content, "source": a.Source,
		"publisher": a.Publisher, "author": a.Author, "published": a.Published,
	} {
		if !utf8.ValidString(v) {
			t.Fatalf("%s is not valid UTF-8: %q", field, v)
		}
	}
	again := sanitizeFragment(a.Content, baseOf(opts.URL))
	if again != a.Content {
		t.Fatalf("content does not re-sanitise to itself:\nfirst:  %q\nsecond: %q", a.Content, again)
	}
	// The exports must not panic on any Article either.
	_ = Markdown(a, ExportOptions{})
	if _, err := Document(a, ExportOptions{}); err != nil {
		t.Fatalf("Document: %v", err)
	}
}

func FuzzRepair(f *testing.F) {
	for _, s := range []string{
		"建(jiàn)設(shè)發(fā)展(zhǎn)", "重庆(chóngqìng)", "？？？文字", "　　??通知", "?", "",
		"建(shè)(shè)(shè)設(shè)設(shè)", "\ufffd\ufffd中", "? ? ? ? ? 中", "（zh4）中(a1)文(b2)字(c3)",
	} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, page, s string) {
		r := newRepairer(page)
		out := r.text(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("text(%q) gave invalid UTF-8 %q", s, out)
		}
		if len(out) > len(s) {
			t.Fatalf("text(%q) grew to %q", s, out)
		}
		if !r.pinyin && out != s {
			t.Fatalf("text changed %q to %q without the page's pinyin pattern", s, out)
		}
		if again := r.text(out); again != out {
			t.Fatalf("text is not idempotent: %q → %q → %q", s, out, again)
		}
		start, _ := paragraphStart(s)
		if utf8.ValidString(s) && !utf8.ValidString(start) {
			t.Fatalf("paragraphStart(%q) gave invalid UTF-8 %q", s, start)
		}
		if !strings.HasSuffix(s, start) {
			t.Fatalf("paragraphStart(%q) = %q is not a suffix", s, start)
		}
		if again, _ := paragraphStart(start); again != start {
			t.Fatalf("paragraphStart is not idempotent: %q → %q → %q", s, start, again)
		}
	})
}
