package core

import "regexp"

// identity is what a page claims about the site that published it. It is
// read before chrome removal, because the footer that states it is chrome.
type identity struct {
	siteCode string // 网站标识码 from the footer
	sponsor  string // 主办 from the footer
}

var (
	siteCodeRe = regexp.MustCompile(`网站标识码[:：\s]*([0-9A-Za-z]{10})`)
	sponsorRe  = regexp.MustCompile(`主办(?:单位)?[:：\s]*([^\s|｜,，。]{2,30})`)
	// govSponsorRe recognises a 主办 that is a government body.
	govSponsorRe = regexp.MustCompile(`人民政府|政府办公[室厅]|人民代表大会|政协|委员会|[部局厅委办署]$`)
)

// read notes the footer claims of the page, from its visible
// text, before chrome removal.
// The text may come in windows (textWindows): a window reads only the
// matches that start before owned, and the first window that names a
// field wins.
func (id *identity) read(text string, owned int) {
	first := func(re *regexp.Regexp) string {
		if m := re.FindStringSubmatchIndex(text); m != nil && m[0] < owned {
			return text[m[2]:m[3]]
		}
		return ""
	}
	if id.siteCode == "" {
		id.siteCode = first(siteCodeRe)
	}
	if id.sponsor == "" {
		id.sponsor = first(sponsorRe)
	}
}
