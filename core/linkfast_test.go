package core

import (
	"net/url"
	"path"
	"strings"
	"testing"
)

// The fast paths of linkHost and plainLinkExt must agree with url.Parse
// and safeURL on every link they take.
var trickyLinks = []string{
	"http://spam.example.com/1.html", "HTTPS://Www.Example.COM", "http://a.b.c/x.PDF?q=1",
	"http://a.com?x/y", "http://a.com?", "http://", "http:///x", "http://a.com/%zz",
	"http://a.com/x#frag", "http://a.com/x y", "http://a.com:80/x", "http://user@a.com/",
	"http://[::1]/x", "http://a_b.com/", "http://a..com/", "http://-a.com/f.doc",
	"http://a.com/a/../f.pdf", "http://a.com/f.pdf/..", "http://a.com/.", "//a.com/f.pdf",
	"/art/1.html", "f.pdf", "a:b/f.pdf", "?download", "", "  http://a.com/f.xls  ",
	"http://a.com/\x7f", "http://a.com/文件.pdf", "mailto:a@b.c", "javascript:void(0)",
	"./f.DOCX", "../x/f.zip", "http://a.com/x\\y.pdf", "http://a.com/f.pdf;x", "/x//f.rar",
}

func TestLinkHostAgreesWithURLParse(t *testing.T) {
	for _, href := range trickyLinks {
		h := strings.TrimSpace(href)
		want, wantOK := "", false
		if u, err := url.Parse(h); err == nil && u.Host != "" {
			want, wantOK = u.Hostname(), true
		}
		got, ok := linkHost(h)
		if got != want || ok != wantOK {
			t.Errorf("linkHost(%q) = %q, %v; url.Parse gives %q, %v", h, got, ok, want, wantOK)
		}
	}
}

func TestPlainLinkExtAgreesWithSafeURL(t *testing.T) {
	for _, base := range []string{"", "http://www.example.gov.cn/dir/file.pdf"} {
		p := &page{}
		if base != "" {
			p.base, _ = url.Parse(base)
		}
		for _, href := range trickyLinks {
			ext, ok := plainLinkExt(href)
			if !ok {
				continue
			}
			resolved := p.safeURL(href, false)
			u, err := url.Parse(resolved)
			if resolved == "" || err != nil {
				continue // safeURL refuses it; the fast path only skips non-files
			}
			if want := strings.ToLower(path.Ext(u.Path)); ext != want {
				t.Errorf("base %q: plainLinkExt(%q) = %q, safeURL path gives %q", base, href, ext, want)
			}
		}
	}
}
