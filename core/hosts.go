package core

// Host names: which sites are government ones, which belong together,
// and which hosts the page itself claims as its own.

import (
	"net/url"
	"strings"

	"github.com/govreader/govreader/core/internal/dq"
)

func isGovHost(host string) bool {
	return strings.HasSuffix(host, ".gov.cn") || host == "gov.cn"
}

func sameSite(a, b string) bool {
	a, b = strings.TrimPrefix(strings.ToLower(a), "www."), strings.TrimPrefix(strings.ToLower(b), "www.")
	return a == b || strings.HasSuffix(a, "."+b) || strings.HasSuffix(b, "."+a)
}

// cutSchemePrefix returns what follows http:// or https:// (any case).
func cutSchemePrefix(s string) (string, bool) {
	for _, scheme := range [...]string{"http://", "https://"} {
		if len(s) >= len(scheme) && strings.EqualFold(s[:len(scheme)], scheme) {
			return s[len(scheme):], true
		}
	}
	return "", false
}

// registrableDomain is the part of a host that its owner registered:
// example.com, example.com.cn.
func registrableDomain(host string) string {
	// The last two or three dot-separated labels, cut out of host rather
	// than split and joined: it runs for every foreign link.
	h := strings.TrimSuffix(host, ".")
	last := strings.LastIndexByte(h, '.')
	if last < 0 {
		return host
	}
	second := strings.LastIndexByte(h[:last], '.')
	if second < 0 {
		return host // two labels
	}
	switch h[second+1 : last] {
	case "com", "net", "org", "gov", "edu", "ac", "co":
		return h[strings.LastIndexByte(h[:second], '.')+1:]
	}
	return h[second+1:]
}

// linkHost returns the host (port dropped, case kept) that url.Parse finds
// in a trimmed link, and false where it finds none or fails. Plain
// absolute http(s) links, the bulk of a page's foreign links, are read
// without url.Parse and its allocation: a letters, digits, dots and
// hyphens host, and after it only printable ASCII without the % and #
// that url.Parse would check. Anything else goes to url.Parse.
func linkHost(href string) (string, bool) {
	if host, ok := plainHTTPHost(href); ok {
		return host, true
	}
	u, err := url.Parse(href)
	if err != nil || u.Host == "" {
		return "", false
	}
	return u.Hostname(), true
}

// plainHTTPHost is linkHost's fast path: the host of an http or https
// link that url.Parse is certain to accept, with its host there verbatim.
func plainHTTPHost(href string) (string, bool) {
	rest, ok := cutSchemePrefix(href)
	if !ok {
		return "", false
	}
	end := strings.IndexAny(rest, "/?")
	if end < 0 {
		end = len(rest)
	}
	host := rest[:end]
	if host == "" {
		return "", false
	}
	for i := 0; i < len(host); i++ {
		if c := host[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-') {
			return "", false
		}
	}
	for i := end; i < len(rest); i++ {
		if c := rest[i]; c <= ' ' || c >= 0x7f || c == '%' || c == '#' {
			return "", false
		}
	}
	return host, true
}

// ownHosts are the hosts the page calls its own: its URL, its canonical
// URL and its SiteDomain. Without them every absolute link would look
// foreign.
func (p *page) ownHosts() []string {
	if p.ownDone {
		return p.own
	}
	p.ownDone = true
	add := func(raw string) {
		raw = strings.TrimSpace(raw)
		if raw == "" {
			return
		}
		if !strings.Contains(raw, "://") {
			raw = "http://" + raw
		}
		if u, err := url.Parse(raw); err == nil && u.Hostname() != "" {
			p.own = append(p.own, registrableDomain(strings.ToLower(u.Hostname())))
		}
	}
	if p.base != nil {
		add(p.base.String())
	}
	add(p.opts.URL)
	add(p.tags.first("link", attrEquals("rel", "canonical")).AttrOr("href", ""))
	p.tags.all("meta", nil).Each(func(_ int, m *dq.Selection) {
		switch strings.ToLower(m.AttrOr("name", m.AttrOr("property", ""))) {
		case "sitedomain", "og:url":
			add(m.AttrOr("content", ""))
		}
	})
	return p.own
}

// safeURL resolves a link or image URL against the page and returns it
// only when its scheme is http, https or (for links) mailto.
func (p *page) safeURL(raw string, image bool) string {
	raw = strings.TrimSpace(raw)
	if raw == "" || strings.HasPrefix(raw, "#") {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	if p.base != nil {
		u = p.base.ResolveReference(u)
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
	case "mailto":
		if image {
			return ""
		}
	case "":
		if u.Host != "" || strings.Contains(u.Path, ":") {
			return ""
		}
	default:
		return ""
	}
	return u.String()
}
