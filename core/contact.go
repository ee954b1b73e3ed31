package core

// How a seller is reached, read from text: a messaging id behind its
// app's name, a mobile number, a site's address. The visibility, spam,
// injected and metadata stages all ask; none of them owns it.

import (
	"slices"
	"strings"

	"github.com/govreader/govreader/core/internal/gate"
)

// advertHandleMarks finds whether a text may hold a contactHandle.
var advertHandleMarks = gate.NewPhrases(handleMarks)

// maxHandleBytes bounds a contactHandle match from its mark on: the
// longest app name, a label, spaces and a 32-letter id.
const maxHandleBytes = 64

// writesHandle reports whether folded text holds a contactHandle. The
// regexp reads only the text at each of handleMarks, never the whole of
// a page: share bars put 微信 and QQ on every one.
func writesHandle(folded string) bool {
	m := advertHandleMarks
	prev := 0 // where the rune before i starts: the bare @ looks at it
	for i, r := range folded {
		if m.MayStart(r) && m.StartsAt(folded, i, r) {
			end := min(len(folded), i+maxHandleBytes)
			if contactHandle.MatchString(folded[prev:end]) {
				return true
			}
		}
		prev = i
	}
	return false
}

// writesHandleIn is writesHandle of text not yet folded.
func writesHandleIn(text string) bool {
	folded, _ := foldSpam(text)
	return writesHandle(folded)
}

// privateContact reports a mobile number or a messaging id in text: how
// a seller is reached. An office gives a landline.
func privateContact(text string) bool {
	folded, compact := foldSpam(text)
	if countDigits(folded) >= 11 && (mobilePhone.MatchString(folded) || mobilePhone.MatchString(compact)) {
		return true
	}
	return advertHandleMarks.In(folded) && writesHandle(folded)
}

// writtenSites reports web addresses written in folded text that lead
// away from the page's site and from government, education and
// well-known sites, and whether one of them looks bought for spam.
func (p *page) writtenSites(folded string) (site, cheap bool) {
	own := p.ownHosts()
	for _, m := range writtenSite.FindAllStringSubmatch(folded, 8) {
		host := strings.TrimPrefix(m[1], "www.")
		tld := host[strings.LastIndexByte(host, '.')+1:]
		if !siteTLDs[tld] && !spamTLDs[tld] {
			continue
		}
		if isGovHost(host) || strings.HasSuffix(host, ".edu.cn") || slices.ContainsFunc(own, func(o string) bool { return sameSite(host, o) }) {
			continue
		}
		dom := registrableDomain(host)
		if trustedDomains[dom] {
			continue
		}
		site = true
		cheap = cheap || spammyDomain(dom)
	}
	return site, cheap
}

// spammyDomain reports a domain that looks bought for spam: a cheap
// top-level domain or a label of random letters and digits.
func spammyDomain(dom string) bool {
	if spamTLDs[dom[strings.LastIndexByte(dom, '.')+1:]] {
		return true
	}
	first, _, _ := strings.Cut(dom, ".")
	return randomLabel.MatchString(first)
}
