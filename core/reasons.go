package core

// Reason ids: why a part of the page was removed, declined or reported.
// An id is "<kind>.<name>", short and stable, because the extension maps
// it to a message in the reader's language (_locales, reason_<kind>_<name>),
// the explain command prints it and saved reports keep it. The kind is
// the family of the reason (hidden, spam, injected …); an id the reader
// does not know falls back to its kind's label. Add ids here, never
// rename one.
//
// The words of a SpamItem's Reason stay English prose for people reading
// JSON; the id is what a program matches on.

// A reason is an id and the prose the report gives.
type reason struct {
	id   string
	text string
}

//go:noinline
func because(id, text string) reason { return reason{id: id, text: text} }

// Stages, as Block.Stage names them.
const (
	stageVisibility = "visibility"
	stageSpam       = "spam"
	stageRepair     = "repair"
	stageMetadata   = "metadata"
	stageLocate     = "locate"
	stageInjected   = "injected"
	stageChrome     = "chrome"
	stageEcho       = "echo"
	stageRender     = "render"
	stageProvenance = "provenance"
)

// Reason ids.
const (
	// What a browser would not show (visibility.go).
	reasonHiddenDisplayNone = "hidden.display_none"
	reasonHiddenVisibility  = "hidden.visibility"  // visibility:hidden, content-visibility
	reasonHiddenClipped     = "hidden.clipped"     // a clip or a box too small for a line
	reasonHiddenOffPage     = "hidden.off_page"    // positioned or indented off the page
	reasonHiddenOpacity     = "hidden.opacity"     // opacity, compounded, near zero
	reasonHiddenTransparent = "hidden.transparent" // text painted in no colour
	reasonHiddenTinyText    = "hidden.tiny_text"   // text drawn too small to read
	reasonHiddenStrip       = "hidden.strip"       // a one-line strip over much more text
	reasonHiddenScript      = "hidden.script"      // hidden by the page's script as it loads
	reasonHiddenCamouflage  = "hidden.camouflage"  // text in the colour behind it
	reasonHiddenAttribute   = "hidden.attribute"   // the hidden attribute
	reasonHiddenBrowser     = "hidden.browser"     // the browser does not paint it (live page)
	reasonHiddenMarquee     = "hidden.marquee"     // a marquee too fast or too small to read
	reasonHiddenUnslotted   = "hidden.unslotted"   // a child its host's shadow root does not slot
	reasonHiddenNeverShown  = "hidden.never_shown" // template, iframe, form controls …
	reasonHiddenNoscript    = "hidden.noscript"    // shown only without JavaScript
	reasonHiddenCovered     = "hidden.covered"     // under an opaque box stacked over it

	// Spam (spam.go, title.go). Visible lexicon spam is named by its
	// trade: spam.gambling, spam.porn … (spamFamilies); spam.text when no
	// trade dominates.
	reasonSpamText        = "spam.text"
	reasonSpamLinkFarm    = "spam.link_farm"
	reasonSpamLinkRun     = "spam.link_run" // spam links spliced into a paragraph
	reasonSpamAdvert      = "spam.advert"   // an advert by its shape, without spam words
	reasonSpamInfoLine    = "spam.info_line"
	reasonSpamAfterHTML   = "spam.after_html"
	reasonSpamDocWrite    = "spam.document_write"
	reasonSpamScriptText  = "spam.script_text"   // a script inserts it after load
	reasonSpamImageText   = "spam.image_text"    // an image's alt or title text
	reasonSpamTooltip     = "spam.tooltip"       // another element's title (a tooltip)
	reasonSpamGenerated   = "spam.generated"     // a style sheet's ::before or ::after content
	reasonSpamHeadHijack  = "spam.head_hijack"   // <title>, keywords or description
	reasonTitleHijacked   = "title.hijacked_ref" // a title reference the page contradicts
	reasonTitleGluedSpam  = "title.glued_spam"   // spam words glued to the headline
	reasonRepairPinyin    = "repair.pinyin"
	reasonProvenanceCopy  = "provenance.copy"
	reasonInjectedCopy    = "injected.copy"      // a second copy of the article lacks it
	reasonInjectedProfile = "injected.profile"   // opens like a profile, with credentials
	reasonInjectedOffTop  = "injected.off_topic" // a profile or advert off the article's topic
	reasonInjectedOnly    = "injected.only_promotion"

	// Chrome inside the article (chrome.go, echo.go).
	reasonChromeHeadline = "chrome.headline" // shown as the title
	reasonChromeBefore   = "chrome.before_headline"
	reasonChromeCode     = "chrome.code" // script, style, link, meta
	reasonChromeAside    = "chrome.aside"
	reasonChromeEmpty    = "chrome.empty"
	reasonChromeClass    = "chrome.class" // share bars, print controls … by class or id
	reasonChromeLinkList = "chrome.link_list"
	reasonChromeLinkOnly = "chrome.link_only"
	reasonChromePhrase   = "chrome.phrase" // 打印本页, 关闭窗口, 字号：大 中 小 …
	reasonChromeFooter   = "chrome.footer"
	reasonChromeInfoLine = "chrome.info_line"
	reasonChromeByline   = "chrome.byline"
	reasonEchoHeadline   = "echo.headline"

	// The page around the article (locate.go) and what rendering drops.
	reasonLocateOutside  = "locate.outside"
	reasonLocateHeadline = "locate.headline" // shown as the title
	reasonLocateMarkers  = "locate.outside_markers"
	reasonRenderDropped  = "render.dropped" // forms, navigation, embedded objects
)

// ReasonIDs lists every reason id the pipeline gives, in a stable order:
// the extension's contract (extension/contract.js, generated by
// wasm/internal/gencontract) and its messages are held to it. Each call
// returns a new slice.
func ReasonIDs() []string { return reasonIDs() }

// reasonIDs is ReasonIDs; the tests of this package call it.
func reasonIDs() []string {
	ids := []string{
		reasonHiddenDisplayNone, reasonHiddenVisibility, reasonHiddenClipped, reasonHiddenOffPage,
		reasonHiddenOpacity, reasonHiddenTransparent, reasonHiddenTinyText, reasonHiddenStrip,
		reasonHiddenScript, reasonHiddenCamouflage, reasonHiddenAttribute, reasonHiddenBrowser,
		reasonHiddenMarquee, reasonHiddenUnslotted, reasonHiddenNeverShown, reasonHiddenNoscript,
		reasonHiddenCovered,
		reasonSpamText, reasonSpamLinkFarm, reasonSpamLinkRun, reasonSpamAdvert, reasonSpamInfoLine,
		reasonSpamAfterHTML, reasonSpamDocWrite, reasonSpamScriptText, reasonSpamImageText, reasonSpamTooltip, reasonSpamGenerated, reasonSpamHeadHijack, reasonTitleHijacked,
		reasonTitleGluedSpam, reasonRepairPinyin, reasonProvenanceCopy, reasonInjectedCopy,
		reasonInjectedProfile, reasonInjectedOffTop, reasonInjectedOnly,
		reasonChromeHeadline, reasonChromeBefore, reasonChromeCode, reasonChromeAside, reasonChromeEmpty,
		reasonChromeClass, reasonChromeLinkList, reasonChromeLinkOnly, reasonChromePhrase,
		reasonChromeFooter, reasonChromeInfoLine, reasonChromeByline, reasonEchoHeadline,
		reasonLocateOutside, reasonLocateHeadline, reasonLocateMarkers, reasonRenderDropped,
	}
	for _, f := range spamFamilies {
		// The lexicon's advert family shares spam.advert with the adverts
		// known by their shape.
		if id := tradeReason(f.name); id != reasonSpamAdvert {
			ids = append(ids, id)
		}
	}
	return ids
}

// tradeReason is the id of visible spam that sells a trade.
func tradeReason(trade string) string {
	if trade == "" {
		return reasonSpamText
	}
	return "spam." + trade
}

// restorable reports a removal the reader may undo (Options.Keep): a
// block that would show in the article if it stayed. What is not a node
// of the body, never renders, or is the page around the article cannot
// be brought back this way.
func restorable(stage, id string) bool {
	switch stage {
	case stageVisibility:
		return id != reasonHiddenNeverShown && id != reasonHiddenNoscript
	case stageSpam:
		return id != reasonSpamAfterHTML && id != reasonSpamDocWrite && id != reasonSpamHeadHijack
	case stageInjected, stageEcho:
		return true
	case stageChrome:
		return id != reasonChromeCode && id != reasonChromeHeadline && id != reasonChromeEmpty
	}
	return false
}
