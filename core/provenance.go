package core

// Provenance, part of the judge stage: is this page served by the
// government site it claims to be, or is it a copy? A content farm
// re-serves portal articles on its own domain, often converted to
// traditional script with pinyin spliced in; the reader should know, and
// should get a link to the original.
//
// The evidence is the page URL (Options.URL) against the identity the page
// claims for itself: the SiteDomain and SiteIDCode meta tags that TRS and
// Hanweb pages carry, the canonical URL, and the footer's 网站标识码 and
// 主办 lines, which copies keep because they copy the whole page.

import (
	"net/url"
	"strings"

	"github.com/govreader/govreader/core/internal/cjk"
)

// judgeProvenance sets Article.Official and OriginalURL, and reports a
// mirror copy.
func (p *page) judgeProvenance(id identity) {
	a := p.art
	pageURL, _ := url.Parse(strings.TrimSpace(p.opts.URL))
	host := ""
	if pageURL != nil && pageURL.IsAbs() {
		host = strings.ToLower(pageURL.Hostname())
	}
	claimed := strings.ToLower(strings.TrimSpace(a.SiteDomain))
	if u, err := url.Parse("http://" + claimed); err == nil && claimed != "" {
		claimed = strings.ToLower(u.Hostname()) // SiteDomain may carry a path
	}
	canon, _ := url.Parse(a.CanonicalURL)
	canonHost := ""
	if canon != nil && canon.IsAbs() {
		canonHost = strings.ToLower(canon.Hostname())
	}
	siteCode := firstNonEmpty(a.SiteID, id.siteCode)
	// A government site identifies itself by its gov.cn domain or its
	// 网站标识码. A government 主办 alone is weaker: city news portals run
	// by a 宣传部 say so too, and are not copies; it counts only with the
	// traces a content farm leaves in the text.
	claimsGov := isGovHost(claimed) || isGovHost(canonHost) || siteCode != ""
	farmTraces := claimsGov || govSponsorRe.MatchString(id.sponsor)

	switch {
	case host != "" && isGovHost(host):
		a.Official = true
		return
	case host != "" && claimed != "" && sameSite(host, claimed) && siteCode != "":
		// The page's own metadata names this host and carries a
		// government site code: an official site off gov.cn.
		a.Official = true
		return
	}
	a.Official = false

	// signs name the evidence for the reader, who shows it in its own
	// language; why says it in English for the JSON.
	var why, signs []string
	if host != "" && claimsGov {
		if claimed != "" && !sameSite(host, claimed) {
			why = append(why, "served from "+host+" but the page names its site "+claimed)
			signs = append(signs, "names_other_site")
		} else if canonHost != "" && !sameSite(host, canonHost) {
			why = append(why, "served from "+host+" but its canonical address is on "+canonHost)
			signs = append(signs, "canonical_elsewhere")
		} else if claimed == "" && canonHost == "" {
			why = append(why, "served from "+host+", not a government host, but it carries a government site's identity")
			signs = append(signs, "government_identity")
		}
	}
	if farmTraces && p.spamKind(SpamPinyinSplit) {
		why = append(why, "pinyin was spliced into the text, as content farms do")
		signs = append(signs, "pinyin")
	}
	// Mainland government sites publish in simplified script (Hong Kong,
	// Macao and Taiwan sites are not on gov.cn).
	mainland := isGovHost(claimed) || isGovHost(canonHost) || claimed == "" && canonHost == ""
	if farmTraces && mainland && looksTraditional(a.Title+a.Text) {
		why = append(why, "a mainland government page converted to traditional script")
		signs = append(signs, "traditional_script")
	}
	if len(why) == 0 {
		return
	}
	a.OriginalURL = originalURL(pageURL, canon, canonHost, host, claimed)
	text := a.OriginalURL
	if text == "" {
		text = firstNonEmpty(claimed, a.SiteName)
	}
	ev := Evidence{"signs": signs, "host": host}
	if claimed != "" {
		ev["claimed_site"] = claimed
	}
	if canonHost != "" {
		ev["canonical_host"] = canonHost
	}
	p.report(SpamMirrorCopy, text, because(reasonProvenanceCopy, "copy of a government page: "+strings.Join(why, "; ")), false, ev)
}

// originalURL is where the original article lives: the canonical URL when
// it points away from the copy, else the claimed site with the copy's
// path, which site cloners keep.
func originalURL(pageURL, canon *url.URL, canonHost, host, claimed string) string {
	if canonHost != "" && canonHost != host && (isGovHost(canonHost) || (claimed != "" && sameSite(canonHost, claimed))) {
		return canon.String()
	}
	if claimed == "" || pageURL == nil || host == "" {
		return ""
	}
	u := *pageURL
	u.Host = claimed
	u.User = nil
	return u.String()
}

// spamKind reports whether an item of kind was reported already.
func (p *page) spamKind(kind string) bool {
	for _, s := range p.art.Spam {
		if s.Kind == kind {
			return true
		}
	}
	return false
}

// looksTraditional reports whether text is written in traditional script:
// it uses traditional-only characters many times and their simplified
// forms rarely.
func looksTraditional(text string) bool {
	var trad, simp int
	for _, r := range text {
		switch {
		case !cjk.IsIdeograph(r):
		case traditionalRunes.Has(r):
			trad++
		case simplifiedRunes.Has(r):
			simp++
		}
	}
	return trad >= 10 && trad > 4*simp
}

// traditionalRunes and simplifiedRunes are the two strings as bit sets:
// looking every character of an article up in a string was a scan each.
var traditionalRunes, simplifiedRunes = ideographSet(traditionalOnly), ideographSet(simplifiedOnly)

// ideographSet holds the ideographs of chars (TestScriptTablesAreIdeographs
// checks that the tables hold nothing else).
func ideographSet(chars string) *cjk.RuneSet {
	s := new(cjk.RuneSet)
	for _, r := range chars {
		if cjk.IsIdeograph(r) {
			s.Add(r)
		}
	}
	return s
}
