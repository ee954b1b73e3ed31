package core

// Generated content: a style sheet's ::before and ::after rules paint
// their content string beside the elements they match. No text node holds
// it, so no reader view carries it, yet the portal shows it to every
// visitor: a planted rule is spam on the page even though it never
// reaches the article. It is reported, as hidden spam is, so that the
// report never under-counts what the page carried.
//
// Takes the page's <style> sheets; gives spam items. Part of the visibility
// stage: it reads what the browser paints (the sheet is read by
// internal/css).

import (
	"strings"

	"github.com/andybalholm/cascadia"
	"github.com/govreader/govreader/core/internal/css"
)

// checkGeneratedContent reports the generated content of the page's
// sheets that the browser paints (its rule matches an element) and that
// is spam.
func (p *page) checkGeneratedContent() {
	why := because(reasonSpamGenerated, "spam in a style sheet's generated content (::before or ::after)")
	for _, n := range p.tags.all("style", nil).Nodes {
		src := scriptCode(n)
		// Most sheets generate no text: icons and clearfixes write "" or
		// a glyph, and the parse is left for the few that may say more.
		if !strings.Contains(src, "content") || inShadowTree(n) || !css.MediaApplies(attr(n, "media")) {
			continue
		}
		for _, g := range css.GeneratedContent(src) {
			text := collapseSpace(g.Text)
			if text == "" || !generatedSpam(text) {
				continue
			}
			sel, err := cascadia.Compile(g.Host)
			if err != nil || len(p.doc.FindMatcher(sel).Nodes) == 0 {
				continue // painted beside nothing
			}
			if p.decide(nil, text, stageSpam, why, nil) {
				p.report(SpamHidden, clip(text, 300), why, true, nil)
			}
		}
	}
}

// generatedSpam judges a content string: a spam trade's words, keyword
// stuffing, or a seller's contact (a mobile number, a messaging handle).
// Generated text is decoration (注：, a bullet, an icon's glyph): a
// contact has no business there.
func generatedSpam(text string) bool {
	score, strong := spamScore(text)
	if strong > 0 || keywordSpam(text, score) {
		return true
	}
	if !mayHoldAdvert(text) {
		return false
	}
	folded, compact := foldSpam(text)
	return writesHandle(folded) || countDigits(folded) >= 11 && (mobilePhone.MatchString(folded) || mobilePhone.MatchString(compact))
}
