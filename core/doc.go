// Package core turns a saved or live Chinese government portal page into a
// clean, safe Article: the headline, the body and the government metadata
// (发布时间, 来源, 发布机构, 发文字号, 索引号 …), with portal chrome and spam
// removed and reported.
//
// Extract runs the pipeline; each stage lives in its own file and reads like
// a table of contents:
//
//	decode.go      bytes → UTF-8 text (BOM, <meta charset>, GBK sniffing)
//	parse.go       text → DOM, with content smuggled after </html> set aside
//	visibility.go  DOM → DOM without what a browser would not show
//	spam.go        DOM → DOM without link farms and spam text; report items
//	metadata.go    DOM → title, dates, 来源, 发布机构 … (read before chrome
//	               removal, because the info line is itself chrome)
//	chrome.go      DOM → DOM without navigation, share bars, footers …
//	locate.go      DOM → the node that holds the article
//	repair.go      text → text without pinyin splices and lost indents
//	render.go      article node → sanitised HTML, plain text; Markdown and
//	               the single-file saved document
//
// Knowledge lives in tables (rules_*.go) so that a new CMS family, a new
// chrome phrase or a new spam word is a one-line data change.
//
// Nothing in this package keeps mutable state between calls: one process (or
// one WebAssembly instance) may serve many pages at once.
package core
