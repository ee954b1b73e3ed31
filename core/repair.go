package core

// Text repair stage: text in, text out. It undoes what copying did to the
// article: pinyin spliced after every character of a word (建設(shè)), the
// '?' left where an ideographic-space indent was lost in a charset
// conversion, and full-width indents. Pinyin is only removed when the page
// shows the pattern repeatedly, so that a genuine 重庆(chóngqìng) gloss in
// an ordinary article survives.

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// pinyinSplice matches a Han character followed by a parenthesised pinyin
// syllable with tone marks (or tone numbers), ASCII or full-width brackets.
// A run of annotations after one character goes in one match, so that one
// pass leaves nothing a second pass would remove.
var pinyinSplice = regexp.MustCompile(`(\p{Han})(?:[(（]([a-zA-ZüÜ]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]*|[a-zA-Zü]{1,6}[1-5])[)）])+`)

// minPinyinSplices is how many splices a page needs before they count as
// the copy's defect rather than a genuine gloss.
const minPinyinSplices = 3

type repairer struct {
	pinyin  bool
	removed int
}

func newRepairer(pageText string) *repairer {
	return &repairer{pinyin: len(pinyinSplice.FindAllStringIndex(pageText, minPinyinSplices)) >= minPinyinSplices}
}

// repairText removes spliced pinyin from every text node, the <title> and
// the meta tags before the metadata stage reads them: on a copied page the
// labels themselves are spliced (發(fā)布機構(gòu)).
func (p *page) repairText() {
	root := p.doc.Get(0)
	r := &repairer{pinyin: showsPinyinSplices(root)}
	if !r.pinyin {
		return
	}
	walkNodes(root, func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			n.Data = r.text(n.Data)
		case html.ElementNode:
			if n.Data == "meta" || n.Data == "img" || n.Data == "a" {
				for i, a := range n.Attr {
					if a.Key == "content" || a.Key == "alt" || a.Key == "title" {
						n.Attr[i].Val = r.text(a.Val)
					}
				}
			}
		}
		return true
	})
	why := because(reasonRepairPinyin, "pinyin was spliced after characters, as content farms do")
	p.decide(nil, "", stageRepair, why, func() Evidence { return Evidence{"annotations": r.removed} })
	p.note(NotePinyinRemoved, "removed %d pinyin annotations spliced after characters", r.removed)
	p.art.Notes[len(p.art.Notes)-1].ReasonID = reasonRepairPinyin
	p.report(SpamPinyinSplit, "", why, true, Evidence{"annotations": r.removed})
}

// showsPinyinSplices reports whether the page's text nodes (the <title>
// included) carry minPinyinSplices splices. It looks node by node, and only
// at nodes with a bracket, rather than joining the page's text: on a 20 MB
// page the joined copy and the regexp over all of it cost a tenth of the
// time. Node by node is also what text() can repair.
func showsPinyinSplices(root *html.Node) bool {
	found := 0
	walkNodes(root, func(n *html.Node) bool {
		if found >= minPinyinSplices {
			return false
		}
		switch n.Type {
		case html.TextNode:
			if latinAfterBracket(n.Data) {
				found += len(pinyinSplice.FindAllStringIndex(n.Data, minPinyinSplices-found))
			}
		case html.ElementNode:
			if hiddenText(n) {
				return false
			}
		}
		return true
	})
	return found >= minPinyinSplices
}

// latinAfterBracket reports an opening bracket followed by a Latin letter,
// which every pinyin splice has. Most brackets in Chinese text hold
// numbers or Han, and the pattern, which may start at any Han character,
// is then not run.
func latinAfterBracket(s string) bool {
	for _, open := range []string{"(", "（"} {
		for rest := s; ; {
			i := strings.Index(rest, open)
			if i < 0 {
				break
			}
			rest = rest[i+len(open):]
			r, _ := utf8.DecodeRuneInString(rest)
			if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || strings.ContainsRune("üÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ", r) {
				return true
			}
		}
	}
	return false
}

// text repairs one text node's content.
func (r *repairer) text(s string) string {
	if r.pinyin {
		n := 0
		s = pinyinSplice.ReplaceAllStringFunc(s, func(m string) string {
			n++
			return pinyinSplice.FindStringSubmatch(m)[1]
		})
		r.removed += n
	}
	return s
}
