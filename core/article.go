package core

// The extension's copy of this contract (extension/contract.js: the JSON
// shapes, the string constants, the reason ids) is generated from it.
//go:generate go run ../wasm/internal/gencontract

// Article is the one contract of GovReader: the CLI prints it as JSON, the
// WebAssembly bridge hands it to the extension, and the evaluation reads its
// field names. Empty strings mean "not found on the page"; nothing is guessed.
type Article struct {
	// Title is the article's headline as shown on the page, never the
	// <title> with its site suffix.
	Title string `json:"title"`
	// Published and Written are ISO 8601 in +08:00 at the precision the page
	// shows: "2024-06-13", "2024-06-13T10:17+08:00" or
	// "2024-06-13T10:17:03+08:00". Written is the date the document was
	// signed: 成文日期, 发文日期, 印发日期 or 签发日期, and failing those
	// the 信息公开 catalogue's 生成日期; none of them is ever Published.
	Published string `json:"published"`
	Written   string `json:"written"`
	// Source is 来源/信息来源; Publisher is 发布机构/发文机关.
	Source    string `json:"source"`
	Publisher string `json:"publisher"`
	// Author is the writer or reporter (作者, 记者, a closing （记者 某某） byline).
	Author string `json:"author"`
	// Editor is 责任编辑.
	Editor string `json:"editor"`
	// DocNumber is 发文字号/文号, e.g. 川卫函〔2025〕46号.
	DocNumber string `json:"doc_number"`
	// IndexNumber is the 信息公开 索引号.
	IndexNumber string `json:"index_number"`
	// Topic is 主题分类 (or the column name when no topic is given).
	Topic string `json:"topic"`
	// Validity is 有效性 (有效, 失效 …) from the 信息公开 table.
	Validity    string `json:"validity,omitempty"`
	Keywords    string `json:"keywords,omitempty"`
	Description string `json:"description,omitempty"`

	SiteName     string `json:"site_name"`
	SiteDomain   string `json:"site_domain"`
	SiteID       string `json:"site_id"`
	URL          string `json:"url"`
	CanonicalURL string `json:"canonical_url"`
	Lang         string `json:"lang"`

	// Text is the body as plain text, one paragraph a line.
	Text string `json:"text"`
	// Content is the body as sanitised HTML built from an allow-list.
	Content string `json:"content"`

	// Kind is what the page is: KindArticle, KindDocument (an article
	// with a 文号 or 索引号) or KindList (a column index, a list of
	// leaders or staff); Items holds a list page's entries in order.
	Kind  string     `json:"kind"`
	Items []ListItem `json:"items,omitempty"`

	Attachments []Attachment `json:"attachments"`
	Images      []Image      `json:"images"`

	// Spam lists every removal or suspicion, so that the reader can tell the
	// truth about the page.
	Spam []SpamItem `json:"spam"`
	// Verdict sums Spam up: VerdictClean, VerdictSpamRemoved or
	// VerdictTampered.
	Verdict string `json:"verdict"`
	// Official reports whether the page is served from an official
	// government host (a gov.cn host, or a host the page's own SiteDomain
	// and site code vouch for); it is false when Options.URL is not given,
	// because nothing is proven then. OriginalURL, when set, is where the
	// original of a copied page lives.
	Official    bool   `json:"official"`
	OriginalURL string `json:"original_url,omitempty"`

	// Encoding is the character set the page was decoded from.
	Encoding string `json:"encoding"`
	// Notes are diagnostics with stable IDs (see the Note* constants).
	Notes []Note `json:"notes"`

	// Explain is filled only with Options.Explain: every block of the
	// page with its fate, and the decisions behind the title, the date
	// and the article container (explain.go).
	Explain *Explanation `json:"explain,omitempty"`
}

// Attachment is a 附件 link of the article.
type Attachment struct {
	Name string `json:"name"`
	URL  string `json:"url"`
}

// ListItem is one entry of a list page: its text as shown (without the
// date), the page it links to and the date shown beside it.
type ListItem struct {
	Text string `json:"text"`
	URL  string `json:"url,omitempty"`
	Date string `json:"date,omitempty"`
}

// Page kinds.
const (
	KindArticle  = "article"
	KindDocument = "document"
	KindList     = "list"
)

// Image is an image of the article body, with its caption when the page
// gives one.
type Image struct {
	Src     string `json:"src"`
	Alt     string `json:"alt"`
	Caption string `json:"caption"`
}

// SpamItem is one removal or suspicion. Kind is one of the Spam* constants.
type SpamItem struct {
	Kind string `json:"kind"`
	Text string `json:"text"`
	// Reason says why in English prose, for people reading the JSON.
	Reason string `json:"reason"`
	// ReasonID says why as a stable id, "<kind>.<name>" (hidden.opacity,
	// spam.gambling, injected.profile …; the list is in reasons.go): the
	// extension shows it in the reader's language, and a program matches
	// on it. Ids are added, never renamed; an unknown one is read by the
	// kind before its dot.
	ReasonID string `json:"reason_id"`
	// Evidence holds the numbers a reason quotes (an opacity, a text
	// size, the hosts a copy is served from and claims), when it helps.
	Evidence Evidence `json:"evidence,omitempty"`
	// Removed is false for a suspect block that was kept (shown dimmed).
	Removed bool `json:"removed"`
}

// Note is a diagnostic with a stable ID that tests and UIs can match on.
// A note about a removal (headline-echo, pinyin-removed, only-promotion)
// also gives the removal's reason id, as SpamItem.ReasonID does.
type Note struct {
	ID       string `json:"id"`
	Message  string `json:"message"`
	ReasonID string `json:"reason_id,omitempty"`
}

// Page-level verdicts.
const (
	VerdictClean       = "clean"
	VerdictSpamRemoved = "spam_removed"
	VerdictTampered    = "tampered"
)

// Kinds of SpamItem.
const (
	SpamHidden      = "hidden"       // content a browser would not show
	SpamLinkFarm    = "link_farm"    // keyword links to unrelated sites
	SpamText        = "spam_text"    // visible lexicon spam
	SpamAfterHTML   = "after_html"   // content appended after </html>
	SpamTitle       = "title_hijack" // <title>/keywords/description hijacked
	SpamDocWrite    = "document_write"
	SpamInjected    = "injected_block" // promotional block inside the article
	SpamSuspect     = "suspect_block"  // kept, but looks injected
	SpamMirrorCopy  = "mirror_copy"    // page is a copy of an official page
	SpamPinyinSplit = "pinyin_splice"  // pinyin spliced after characters
)

// Stable note IDs.
const (
	NoteNoArticle      = "no-article"       // no article found; best effort
	NoteEncoding       = "encoding"         // how the page was decoded
	NoteTimeBudget     = "time-budget"      // stopped early; partial result
	NoteTruncatedDepth = "depth-capped"     // very deep nesting was flattened
	NotePinyinRemoved  = "pinyin-removed"   // pinyin annotations were removed
	NoteIndentRepaired = "indent-repaired"  // lost ideographic indents removed
	NoteLocateFallback = "locate-fallback"  // no CMS container; scored instead
	NoteLocateCMS      = "locate-cms"       // a known CMS container was used
	NoteLocateAnchored = "locate-anchored"  // the densest block was off the headline's topic; the article around it was taken
	NoteLocateOffTopic = "locate-off-topic" // the article found shares almost nothing with the headline
	NoteLocateList     = "locate-list"      // a list page: the entries under the headline were taken
	NoteParsedLive     = "parsed-live"      // a live serialisation read directly (internal/liveparse)
	NoteHeadlineEcho   = "headline-echo"    // the headline repeated atop the body was removed
	// NoteOnlyPromotion: the located article is only a promotional
	// profile off its headline's topic, kept and flagged (injected.go).
	NoteOnlyPromotion = "only-promotion"
)

// Evidence is the numbers (and the few names) that decided a removal or a
// choice: {"opacity": 0.01}, {"class": "share"}, {"overlap": 0.04}.
type Evidence map[string]any

// Explanation is what Options.Explain adds to an Article.
type Explanation struct {
	// Blocks are the page's blocks in page order: the lines of
	// Article.Text (fate kept) and every removed part that holds text or
	// an image (fate removed). The kept blocks' texts, joined by newlines,
	// are Article.Text.
	Blocks []Block `json:"blocks"`
	// Restored are the blocks a stage would have removed but Options.Keep
	// named; their text is among the kept blocks.
	Restored []Block `json:"restored,omitempty"`
	// Silent counts the removals with neither text nor image (scripts,
	// styles, empty boxes), which Blocks leaves out.
	Silent int `json:"silent"`
	// Decisions say how the title, the publication date and the article
	// container were chosen.
	Decisions []Decision `json:"decisions"`
}

// Block is one block of the page and its fate.
type Block struct {
	Fate string `json:"fate"` // FateKept or FateRemoved
	// Stage and Reason say who removed it and why (a reason id such as
	// hidden.display_none or spam.gambling); empty for a kept line.
	Stage    string   `json:"stage,omitempty"`
	Reason   string   `json:"reason,omitempty"`
	Evidence Evidence `json:"evidence,omitempty"`
	// Text is the block's text, clipped to a preview.
	Text string `json:"text"`
	// Path is a short CSS-like path to the node (div#main > div.content > p).
	Path string `json:"path,omitempty"`
	// Fingerprint names a removal the reader may undo: give it back in
	// Options.Keep and the block stays. Empty when it cannot be undone.
	Fingerprint string `json:"fingerprint,omitempty"`
	// InArticle marks a removal from inside the article's container; At
	// is then the index of the element of Article.Content it stood before
	// (the number of Content's top-level elements when it stood last).
	InArticle bool `json:"in_article,omitempty"`
	At        int  `json:"at"`
}

// Fates of a Block.
const (
	FateKept    = "kept"
	FateRemoved = "removed"
)

// Decision is one choice the pipeline made among candidates.
type Decision struct {
	What       string      `json:"what"` // "title", "published" or "container"
	Chosen     string      `json:"chosen"`
	By         string      `json:"by"` // how it was chosen
	Candidates []Candidate `json:"candidates"`
}

// Candidate is one value a Decision weighed.
type Candidate struct {
	Value  string  `json:"value"`
	From   string  `json:"from"` // an element's path, a meta tag, a selector
	Score  float64 `json:"score"`
	Chosen bool    `json:"chosen,omitempty"`
}
