// Package core turns a saved or live Chinese government portal page into a
// clean, safe Article: the headline, the body and the government metadata
// (发布时间, 来源, 发布机构, 发文字号, 索引号 …), with portal chrome and spam
// removed and reported.
//
// Extract runs the pipeline (run in extract.go); each stage lives in its
// own file and reads like a table of contents:
//
//	internal/charset  bytes → UTF-8 text (BOM, <meta charset>, GBK sniffing)
//	parse.go       text → DOM, with content smuggled after </html> set aside;
//	               internal/liveparse reads the extension's serialisation directly
//	visibility.go  DOM → DOM without what a browser would not show; the
//	               page's sheets and the cascade in style.go (CSS read by
//	               internal/css), one element's rendering in rendering.go,
//	               text under an opaque box in covered.go, text an
//	               override lays out right to left in bidi.go
//	spam.go        DOM → DOM without link farms, spam text and hijacked
//	               titles; every removal reported in Article.Spam
//	repair.go      pinyin splices removed from the whole DOM (before
//	               metadata: copies splice the labels too); lost indents
//	metadata.go    DOM → 发布时间, 来源, 发布机构, author, 文号, 索引号 … read
//	               before chrome removal, because the info line is chrome;
//	               infoline.go cuts the page into text units and finds
//	               their labels, title.go chooses the headline,
//	               internal/dates parses dates
//	locate.go      DOM → the node that holds the article, anchored to the
//	               headline (anchor.go); items.go the shape of a list's
//	               entries, kind.go the page's kind and a list's items
//	injected.go    article → article without promotional blocks a cloner
//	               spliced in, on evidence (a second copy, profile patterns;
//	               markup and place in injected_context.go), paragraph by
//	               paragraph (paragraphs.go)
//	chrome.go      article → article without share bars, print and font
//	               controls, QR blurbs, link lists and footers
//	echo.go        article → article without the headline pasted again at
//	               the top of the body (whole or broken over two lines)
//	render.go      article → sanitised HTML (allow-list), plain text,
//	               images and attachments
//	judge.go       spam report → verdict; provenance.go decides whether the
//	               page is the official one or a copy, and where the original is
//	export.go      Article → Markdown with front matter, and the single-file
//	               saved document (stylesheet saved.css, minified at go
//	               generate time into saved_css.go; labels from _locales,
//	               generated into labels_gen.go); trust.go the trust badge
//
// run() is the only code that calls the stages; what one stage hands to a
// later one passes through it as a value, never through a page field one
// stage writes and another reads.
//
// Around the stages, and depending on none of them: page.go is the state
// one call threads through them, article.go and options.go the contract,
// explain.go the removal log every stage removes through (page.decide)
// and Options.Explain's account of the page (the log's data in
// explainlog.go, its public types in article.go), reasons.go the stable reason
// ids of every removal, budget.go the time budget that bounds the
// optional stages. The helpers stages share sit in files named by
// concern: dom.go the iterative DOM walks and the text folding they
// share, lexicon.go the spam lexicon and its folding, text.go text measures, nodes.go subtree measures, bigrams.go
// comparison keys and Han bigram sets, hosts.go host names and URLs,
// tags.go the tag index, identity.go the site a footer claims.
// sanitize.go is the fixed-point check used by tests; hint.go
// HasSpamWords (the spam lexicon alone, which the extension asks of a
// headline it shows before Extract has run).
// scripts/stagecycles measures the dependencies between these files: no
// cycle among them, within a stage or between stages, and no
// infrastructure file that depends on a stage.
// Knowledge lives in tables (rules_*.go) so that a new CMS family, a new
// chrome phrase or a new spam word is a one-line data change.
//
// Packages beside core, which know nothing of government pages: internal/dq
// is the small DOM-query layer (goquery's API without its net/http import,
// which would cost the WebAssembly module 0.8 MB gzip); internal/liveparse
// reads a browser's serialisation by nesting alone, held to x/net/html by
// its fuzzer; internal/charset decodes; internal/cjk is NFKC with a fast
// path, the Han tests and a rune set; internal/gate the literal gates in
// front of regexps; internal/dates the dates portals print; internal/css
// reads CSS as a static browser on a desktop screen would (sheets, the
// cascade, var(), colours, lengths, transforms, filters, generated
// content). script
// converts between simplified and traditional script and is built as its
// own, lazily loaded module.
//
// Nothing in this package keeps mutable state between calls: one process (or
// one WebAssembly instance) may serve many pages at once.
package core
