package core

// Headline anchoring, part of the locate stage: the density scorer's
// winner in, the node that holds the article the headline announces out.
//
// Density alone picks the block with the most prose. On a cloned page a
// planted profile or advert is often longer and better punctuated than
// the genuine article (a three-line news item, a list of leaders), and
// then it wins. The headline says what the article is about, so a winner
// that shares nothing with it is not trusted: the scorer climbs to the
// container that holds the winner together with prose on the headline's
// topic (the injected stage then judges the planted block inside it), or
// takes another candidate that is on topic, or, when nothing is, keeps the
// winner and says so in a note.

import (
	"math"
	"slices"

	"github.com/govreader/govreader/core/internal/cjk"
	"golang.org/x/net/html"
)

// Thresholds of headline anchoring, as shares of the headline's distinct
// Han bigrams found in a candidate's prose (the headline's own text and
// link text excluded).
const (
	// offHeadline: below it the winner shares hardly a word with the
	// headline. A genuine article's body restates its headline's topic;
	// on the shared gov pages none falls below 0.3.
	offHeadline = 0.2
	// onHeadline: from it a candidate is on the headline's topic.
	onHeadline = 0.4
	// minHeadlineBigrams: a shorter headline (领导介绍, 通知) says too
	// little about the topic to judge coverage by; nearness decides.
	minHeadlineBigrams = 4
	// maxAnchorClimb: how many levels above the winner the container of
	// the whole article may be, as the scorer passes scores up.
	maxAnchorClimb = 3
	// minOtherProse: the runes of prose a container must hold beside the
	// winner to be more than the winner's wrapper.
	minOtherProse = 20
	// maxAnchorLinkDensity: a container mostly made of links is a list of
	// other pages, not the article around the winner.
	maxAnchorLinkDensity = 0.5
	// headlineReach: how many levels above the headline the article's
	// container may branch off, for a candidate to count as near it.
	headlineReach = 3
)

// minLocateScore is the least score of an article container: about three
// punctuated sentences. The density scorer (locate.go) takes no winner
// under it, and anchoring no other candidate.
const minLocateScore = 3

// headlineAnchor is what the headline says about where the article is.
type headlineAnchor struct {
	headline *html.Node // may be nil
	bigrams  []uint64   // sorted distinct Han bigrams of the headline
	// reach is the headline's ancestor at headlineReach levels (below
	// <body>), or nil: a candidate inside it sits beside the headline.
	reach *html.Node
}

func (p *page) headlineAnchor() headlineAnchor {
	a := headlineAnchor{headline: p.meta.headline}
	a.bigrams, _ = keyBigrams(nil, p.meta.title)
	if h := a.headline; h != nil {
		for up, n := 0, h.Parent; up < headlineReach && n != nil && n.Type == html.ElementNode && n.Data != "body" && n.Data != "html"; up, n = up+1, n.Parent {
			a.reach = n
		}
	}
	return a
}

// usable reports whether the headline says enough to judge topics by.
func (a headlineAnchor) usable() bool { return len(a.bigrams) >= minHeadlineBigrams }

// reaches reports whether the prose of n (the headline's own text and
// link text left out) holds at least share of the headline's bigrams. It
// reads the text as it streams by and stops once enough are found: most
// articles restate their headline in the first lines, and the winner of
// a long page need not be joined into one string to say so.
func (a headlineAnchor) reaches(n *html.Node, share float64) bool {
	need := int(math.Ceil(share * float64(len(a.bigrams))))
	if need == 0 {
		return true
	}
	seen := make([]bool, len(a.bigrams))
	hits, links := 0, 0
	prev := rune(-1)
	walkTree(n, func(c *html.Node) bool {
		switch {
		case hits >= need || c == a.headline:
			return false
		case c.Type == html.TextNode:
			if links > 0 {
				return false
			}
			for _, r := range c.Data {
				if m, ok := cjk.NFKCFastMap(r); ok {
					r = rune(m)
				}
				if isKeySpace(r) {
					continue // as normKey drops it: its neighbours meet
				}
				if !cjk.IsHan(r) {
					prev = -1
					continue
				}
				if prev >= 0 {
					if i, ok := slices.BinarySearch(a.bigrams, uint64(prev)<<32|uint64(r)); ok && !seen[i] {
						seen[i] = true
						hits++
					}
				}
				prev = r
			}
			return false
		case c.Type != html.ElementNode:
			return true
		case hiddenText(c):
			return false
		case c.Data == "a" && attr(c, "href") != "":
			links++
		}
		return true
	}, func(c *html.Node) {
		if c.Type == html.ElementNode && c.Data == "a" && attr(c, "href") != "" {
			links--
		}
	})
	return hits >= need
}

// near reports whether n sits beside the headline: inside the headline's
// close ancestors, and not above them.
func (a headlineAnchor) near(n *html.Node) bool {
	return a.reach != nil && n != a.reach && isAncestor(a.reach, n)
}

// anchorToHeadline returns the node that holds the article the headline
// announces, given the density winner best and the scored candidates, and
// the note that says what anchoring changed (the zero Note when nothing).
func (p *page) anchorToHeadline(best *html.Node, scores map[*html.Node]float64, a headlineAnchor) (*html.Node, Note) {
	if !a.usable() {
		// A short headline (领导介绍) names a page kind, not a topic; what
		// is left to go by is the page's structure beside the headline.
		if list := itemList(best); list != nil && a.near(list) && linkDensity(list) <= maxAnchorLinkDensity {
			return list, Note{ID: NoteLocateAnchored, Message: "the densest block is one item of a list beside the headline; the whole list was taken"}
		}
		return best, Note{}
	}
	if a.reaches(best, offHeadline) {
		return best, Note{}
	}
	// The winner is off the headline's topic. The article around it first:
	// a planted block sits among the genuine paragraphs.
	climbed := p.articleAround(best, a)
	tookContainer := Note{ID: NoteLocateAnchored, Message: "the densest block is off the headline's topic; its container, which holds the headline's article, was taken"}
	if climbed != nil && !isAncestor(climbed, a.headline) {
		return climbed, tookContainer
	}
	// A container that reaches up to the headline holds the page's columns
	// too: the block on the headline's topic inside it, when the scorer has
	// one, is the article, and the winner sat in a sidebar.
	if alt := p.onTopicCandidate(best, a, scores); alt != nil && (climbed == nil || isAncestor(climbed, alt)) {
		return alt, Note{ID: NoteLocateAnchored, Message: "the densest block is off the headline's topic; a block on its topic was taken"}
	}
	if climbed != nil {
		return climbed, tookContainer
	}
	return best, Note{ID: NoteLocateOffTopic, Message: "the block found as the article shares almost nothing with the headline"}
}

// articleAround returns the nearest container above best that holds
// prose on the headline's topic beside it (or sits beside the headline),
// or nil.
func (p *page) articleAround(best *html.Node, a headlineAnchor) *html.Node {
	bestProse := proseLen(best)
	for up, n := 0, best.Parent; up < maxAnchorClimb && n != nil && n.Type == html.ElementNode && n.Data != "body"; up, n = up+1, n.Parent {
		if isAncestor(n, a.headline) && a.reach != nil && !isAncestor(a.reach, n) {
			return nil // above the headline's own block: the whole page
		}
		if proseLen(n)-bestProse < minOtherProse || linkDensity(n) > maxAnchorLinkDensity {
			continue
		}
		if a.reaches(n, onHeadline) || a.near(n) {
			return n
		}
	}
	return nil
}

// onTopicCandidate returns the best scored candidate on the headline's
// topic apart from best, or nil.
func (p *page) onTopicCandidate(best *html.Node, a headlineAnchor, scores map[*html.Node]float64) *html.Node {
	var alt *html.Node
	altScore := 0.0
	for n, s := range scores {
		if s < minLocateScore || s < altScore || s == altScore && !isAncestor(n, alt) || isAncestor(n, best) || isAncestor(best, n) {
			continue
		}
		if linkDensity(n) > maxAnchorLinkDensity {
			continue
		}
		if a.reaches(n, onHeadline) {
			alt, altScore = n, s
		}
	}
	return alt
}
