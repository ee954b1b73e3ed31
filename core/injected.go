package core

// Injected-block stage: the located article in, the article without
// promotional blocks that a site cloner spliced into it. It runs after
// locate, on the article's own paragraphs only.
//
// It weighs evidence rather than guessing, strongest first:
//
//  1. A second copy of the article on the same page (the mobile, elder-mode
//     or read-aloud copy, present or removed as hidden) holds the
//     paragraphs around a block but not the block itself.
//  2. The block opens like an injected profile (关于专家组, 个人简介 …) and
//     carries biography or credential patterns (出生于, 毕业于, 客座教授 …).
//  3. A paragraph that names the headline's subject is the article's:
//     past this point nothing on its topic is removed.
//  4. The block is a profile or an advert (birth, schooling, posts, prices
//     per 平尺, follower counts …) off the article's topic, and something
//     else agrees (injected_context.go): it is marked up unlike the
//     article's paragraphs, bare between blocks, tucked at the end of one,
//     the long last item of a list of short lines, right after a table;
//     or a role label announces it (关于X, X简介, 讲解员：); or it names
//     years after the article was published.
//
// Only a whole paragraph (or a bare run, or an element tucked at the end
// of one) is ever removed; a name spliced into a genuine sentence stays,
// because removing the sentence would remove real text. Evidence that is
// not strong keeps the block and reports it as suspect, so that the
// reader can show it dimmed. An article that is nothing but a profile off
// its headline is kept whole, reported and noted (NoteOnlyPromotion).

import (
	"index/suffixarray"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/govreader/govreader/core/internal/cjk"
	"golang.org/x/net/html"
)

// maxFamilies is the most biography families a rule of weigh asks for.
const maxFamilies = 4

// bioEvidence counts (up to maxFamilies) the distinct biography and credential patterns of a
// text and tells whether it opens like an injected profile.
func bioEvidence(text string) (families int, header bool) {
	// A profile shows itself in its first few hundred characters; longer
	// paragraphs are prose whatever they mention.
	// weigh asks for at most maxFamilies; counting stops there.
	return bioFamilies.CountMatches(cjk.NFKC(runePrefix(text, 400)), maxFamilies), opensWithBioHeader(text)
}

// opensWithBioHeader reports whether a paragraph opens with the heading a
// cloner puts before an inserted profile (关于专家组 …).
func opensWithBioHeader(text string) bool {
	return bioHeader.MatchString(cjk.NFKC(runePrefix(text, 16)))
}

// copyWitness is the text of the page outside the article plus the hidden
// blocks: where a second copy of the article would be.
// It is bytes, which the suffix array of a long witness indexes as they
// are.
func (p *page) copyWitness(root *html.Node, hiddenProse []string) []byte {
	var b []byte
	for _, h := range hiddenProse {
		b = append(b, h...)
		b = append(b, 0)
	}
	body := p.bodyNodes()
	if len(body) == 0 {
		return b
	}
	walkNodes(body[0], func(n *html.Node) bool {
		if n == root {
			return false
		}
		switch n.Type {
		case html.TextNode:
			b = appendNormKey(b, n.Data)
		case html.ElementNode:
			if hiddenText(n) {
				return false
			}
			if isBlockish(n.Data) || n.Data == "br" {
				b = append(b, 0)
			}
		}
		return true
	})
	return b
}

// minRepeatRunes: two paragraphs that end in the same this many runes
// are copies of one text (a label may open one of them).
const minRepeatRunes = 24

// minFollowShared is how many word pairs a paragraph shares with the
// planted profile removed right above it to carry it on: a name of three
// characters gives two.
const minFollowShared = 2

// keptBigrams bounds the bigrams removeInjected keeps between its two
// passes (8 bytes each): an article of a few hundred thousand characters.
const keptBigrams = 1 << 19

// minProfileUnits is how many paragraphs of a page of profiles read as
// biographies (two families of biography patterns or more): a single one
// may be the planted block itself.
const minProfileUnits = 2

// profileUnits reports whether at least want paragraphs carry two or more
// biography families.
func profileUnits(units []unit, want int) bool {
	n := 0
	for _, u := range units {
		if f, _ := bioEvidence(u.text); f >= 2 {
			if n++; n >= want {
				return true
			}
		}
	}
	return false
}

// removeInjected finds injected blocks in the article below root, removes
// those with strong evidence and reports the rest as suspect. headline is
// the title's Han bigrams, as locate read them (located.anchor).
func (p *page) removeInjected(root *html.Node, headline []uint64, hiddenProse []string) {
	if root == nil || root.Data == "body" || root.Data == "html" || p.overBudget() {
		return
	}
	units := paragraphs(root)
	// The patterns are Chinese; other articles have nothing to match.
	if len(units) == 0 || unitsHanRatio(units) < 0.3 {
		return
	}
	inCopy := p.copyPresence(root, units, hiddenProse)
	title := normKey(p.meta.title)
	titleBigrams := headline
	// counts holds every bigram of the article with the number of
	// paragraphs it occurs in, so that "the rest of the article" is the
	// counts less the paragraph's own.
	all := make([]uint64, 0, bigramHint(units)) // every paragraph's bigrams, for counts
	repeated := map[string]bool{}               // the endings of the paragraphs seen
	heads := make([]bool, len(units))
	// shapes holds each paragraph's markup (shapeOf), shapeNone for those
	// too short to judge; sizes their length in runes.
	shapes := make([]uint64, len(units))
	sizes := make([]int, len(units))
	var headers, breaks, judged int
	beforeLast, lastJudged := -1, -1
	var own []uint64
	// kept holds the first pass's bigrams of every paragraph, one after
	// another (keptAt[i] is where paragraph i's end), for the second
	// pass; past keptBigrams in all they are read again instead, so that
	// a huge article costs no more memory than its text.
	var kept []uint64
	keptAt := make([]int, 0, len(units))
	over := p.budgetGate("injected blocks")
	for i, u := range units {
		if over() {
			return // nothing removed yet: the article stays whole
		}
		own, sizes[i] = keyBigrams(own, u.text)
		// A paragraph repeated (a planted block pasted twice, once under
		// a label) does not vouch for itself: its copies count once.
		if sizes[i] >= minUnitRunes {
			tail := runeSuffix(u.text, minRepeatRunes)
			if !repeated[tail] {
				all = append(all, own...)
			}
			repeated[tail] = true
		} else {
			all = append(all, own...)
		}
		if keptAt != nil && len(kept)+len(own) <= keptBigrams {
			kept = append(kept, own...)
			keptAt = append(keptAt, len(kept))
		} else {
			keptAt = nil
		}
		heads[i] = opensWithBioHeader(u.text)
		if heads[i] {
			headers++
		}
		if u.rawBreak {
			breaks++
		}
		if sizes[i] >= minUnitRunes {
			shapes[i] = shapeOf(u)
			judged++
			beforeLast, lastJudged = lastJudged, i
		}
	}
	// A page of profiles (任前公示, 专家名单) is made of biographies; there
	// a biography is the topic, not an injection. Its title says so; a
	// title that names only a list (名录, 名单, 公示) needs its paragraphs
	// to confirm it: a 名录 of heritage items with one profile in it is no
	// page of profiles.
	counts := newPairCounts(all)
	profilePage := headers >= 2 || bioGenre.MatchString(title) ||
		listGenre.MatchString(title) && profileUnits(units, minProfileUnits)
	replaced := !profilePage && p.onlyPromotion(units, sizes, judged, titleBigrams, counts)
	if len(units) < 2 && !replaced {
		return // a one-paragraph article has no "rest" to compare with
	}
	norm := commonShape(shapes)
	year := p.publishedYear()
	// The paragraph judged last, the one removed last, and the word pairs
	// of the removed ones: a planted block may run over several.
	lastSeen, lastRemoved := -1, -1
	var removedGrams []uint64
	for i, u := range units {
		if over() {
			return
		}
		if sizes[i] < minUnitRunes {
			continue
		}
		prevJudged := lastSeen
		lastSeen = i
		if keptAt != nil {
			start := 0
			if i > 0 {
				start = keptAt[i-1]
			}
			own = kept[start:keptAt[i]:keptAt[i]]
		} else {
			own, _ = keyBigrams(own, u.text)
		}
		hit := 0
		for _, bg := range own {
			if counts.get(bg) > 1 {
				hit++
			} else if _, inTitle := slices.BinarySearch(titleBigrams, bg); inTitle {
				hit++
			}
			// weigh compares the overlap with lowTopic and lower
			// thresholds only: an on-topic paragraph is known early.
			if float64(hit) >= lowTopic*float64(len(own)) {
				break
			}
		}
		overlap := 1.0
		if len(own) > 0 {
			overlap = float64(hit) / float64(len(own))
		}
		e := blockEvidence{
			copy:    inCopy.lacks(i),
			overlap: overlap,
			// A raw line break counts only where the article's other
			// paragraphs have none: some CMSs wrap every line.
			oddBreak:    u.rawBreak && breaks*3 <= len(units),
			first:       i == 0,
			profilePage: profilePage,
			replaced:    replaced,
		}
		e.header = heads[i]
		e.follows = lastRemoved >= 0 && lastRemoved == prevJudged && sharedCount(removedGrams, own) >= minFollowShared
		// A label alone on the line above announces this paragraph.
		var strictAbove, labelAbove bool
		if i > 0 && !e.header {
			strictAbove, labelAbove = labelLine(units[i-1].text)
			e.header = strictAbove
		}
		// A private contact (a mobile number, a messaging id) asks for a
		// look even on the article's topic: with a profile and a price, it
		// is a seller's advert.
		e.contact = privateContact(u.text)
		// So does any phone number: a seller's profile may give a
		// landline to book at.
		if e.needsFamilies() || e.contact || countDigits(u.text) >= 7 && anyPhone.MatchString(u.text) {
			folded := cjk.NFKC(runePrefix(u.text, 400))
			e.families = bioFamilies.CountMatches(folded, maxFamilies)
			e.headline = sharedCount(titleBigrams, own)
			// Only a many-pattern paragraph asks how it opens.
			e.profileOpen = e.families >= 3 && opensWithProfile(u.text)
			e.label = labelAbove || opensWithLabel(u.text)
			e.later = year > 0 && latestYear(folded) > year
			e.sells = pricePattern.MatchString(folded) || offerPattern.MatchString(folded)
			e.phone = e.sells && countDigits(folded) >= 7 && anyPhone.MatchString(folded)
			if (e.sells || e.contact) && e.families < maxFamilies {
				e.families += practiceFamilies.CountMatches(folded, maxFamilies-e.families)
			}
			e.official = !e.sells && officialPost.MatchString(folded)
			e.oddMarkup = norm != shapeNone && shapes[i] != shapeNone && !u.loose && shapes[i] != norm
			e.loose, e.tucked = u.loose, u.tucked
			e.afterTable = afterTable(u)
			e.listTail = longListTail(u, sizes[i])
			e.breaksLead = breaksListLead(units, i)
			e.beforeLast = i == beforeLast
		}
		action, why := e.weigh()
		if action == blockKeep {
			continue
		}
		// A short line that shares the block's box, and nothing else
		// there, is the box's caption (专家名片, 人物档案): it goes too.
		captioned := !strictAbove && !labelAbove && i > 0 && boxCaption(units[i-1], u)
		text := u.text
		if strictAbove || labelAbove || captioned {
			text = units[i-1].text + " " + text
		}
		ev := Evidence{"overlap": math.Round(e.overlap*100) / 100, "credential_patterns": e.families}
		if action == blockSuspect {
			p.report(SpamSuspect, clip(text, 300), why, false, ev)
			continue
		}
		if len(u.nodes) == 0 || !p.decide(u.nodes[0], text, stageInjected, why, func() Evidence { return ev }) {
			continue // the reader restored it on this site
		}
		p.report(SpamInjected, clip(text, 300), why, true, ev)
		if strictAbove || labelAbove || captioned {
			detachAll(units[i-1].nodes)
		}
		detachAll(u.nodes)
		// The rest of the article no longer holds this paragraph: a
		// planted profile of several paragraphs (简介, then 作品被…收藏,
		// then 润格) must not vouch for its own next paragraphs.
		for _, bg := range own {
			counts.drop(bg)
		}
		lastRemoved = i
		removedGrams = append(removedGrams, own...)
		slices.Sort(removedGrams)
		removedGrams = slices.Compact(removedGrams)
	}
	if replaced {
		p.note(NoteOnlyPromotion, "the article holds only a promotional profile: off its headline, or selling its subject's work or following")
		p.art.Notes[len(p.art.Notes)-1].ReasonID = reasonInjectedOnly
	}
}

// pairCounts holds every word pair of an article with the number of
// paragraphs it occurs in. Sorted keys searched in halves cost a page a
// tenth of the map they replace, which hashed each pair twice.
type pairCounts struct {
	keys []uint64
	n    []int32
}

// newPairCounts counts the pairs of all, every paragraph's pairs one
// after another; all is sorted in place and becomes the keys.
func newPairCounts(all []uint64) pairCounts {
	slices.Sort(all)
	c := pairCounts{keys: all[:0], n: make([]int32, 0, len(all)/2)}
	for i := 0; i < len(all); {
		j := i + 1
		for j < len(all) && all[j] == all[i] {
			j++
		}
		c.keys = append(c.keys, all[i])
		c.n = append(c.n, int32(j-i))
		i = j
	}
	return c
}

// get is the number of paragraphs holding bg.
func (c pairCounts) get(bg uint64) int32 {
	if i, ok := slices.BinarySearch(c.keys, bg); ok {
		return c.n[i]
	}
	return 0
}

// drop takes one paragraph holding bg away.
func (c pairCounts) drop(bg uint64) {
	if i, ok := slices.BinarySearch(c.keys, bg); ok {
		c.n[i]--
	}
}

func detachAll(nodes []*html.Node) {
	for _, n := range nodes {
		detach(n)
	}
}

// Thresholds of onlyPromotion.
const (
	// minTitleBigrams: a headline shorter than this says too little about
	// the topic to tell that an article does not match it.
	minTitleBigrams = 4
	// maxTitleCover is the share of the headline's word pairs an article
	// may hold and still be off its headline's topic.
	maxTitleCover = 0.2
	// maxPromoUnits: an article of more paragraphs than this is not a
	// profile pasted in place of one.
	maxPromoUnits = 4
)

// onlyPromotion reports whether the article is nothing but promotional
// profiles, off its headline's topic or selling their subject: a cloner
// replaced it whole, and there is no article left to keep around them.
func (p *page) onlyPromotion(units []unit, sizes []int, judged int, titleBigrams []uint64, counts pairCounts) bool {
	if judged == 0 || judged > maxPromoUnits || len(titleBigrams) < minTitleBigrams {
		return false
	}
	seen := 0
	for _, bg := range titleBigrams {
		if counts.get(bg) > 0 {
			seen++
		}
	}
	// Off its headline, or selling: a profile that quotes the price of its
	// subject's work or the size of their following is an advert whatever
	// its headline says (书画名家——某某 heads the profile it replaced the
	// article with).
	offHeadline := float64(seen) <= maxTitleCover*float64(len(titleBigrams))
	head := func(u unit) string { return cjk.NFKC(runePrefix(u.text, 400)) }
	sized, selling := 0, false
	for i, u := range units {
		if sizes[i] < minUnitRunes {
			continue
		}
		sized++
		// On the headline's topic only a profile that sells can have
		// replaced the article, and most pages sell nothing.
		if !offHeadline && !selling {
			t := head(u)
			selling = pricePattern.MatchString(t) || audiencePattern.MatchString(t)
		}
	}
	if !offHeadline && !selling {
		return false
	}
	// Off its headline every paragraph must be a profile, on it (and
	// selling) most: a profile's later paragraphs tell of exhibitions and
	// books with fewer patterns.
	need := judged
	if !offHeadline {
		need = (judged + 1) / 2
	}
	profiles, left := 0, sized
	for i, u := range units {
		if sizes[i] < minUnitRunes {
			continue
		}
		if profiles+left < need {
			return false // the rest cannot make up the count
		}
		left--
		fam := bioFamilies.CountMatches(head(u), maxFamilies)
		labelled := opensWithBioHeader(u.text) || opensWithLabel(u.text)
		if i > 0 {
			strict, role := labelLine(units[i-1].text)
			labelled = labelled || strict || role
		}
		if fam >= 3 || fam > 0 && labelled {
			profiles++
		}
	}
	if offHeadline {
		return profiles == judged
	}
	return profiles >= need
}

// bigramHint sizes the list of an article's bigrams: about one per rune
// of Chinese text (three bytes), where growing it step by step made a
// tenth of a small page's garbage. Past its bound the list grows as it
// must.
func bigramHint(units []unit) int {
	n := 0
	for _, u := range units {
		n += len(u.text) / 3
	}
	return min(n, 1<<14)
}

// unitsHanRatio is hanRatio over the paragraphs' text.
func unitsHanRatio(units []unit) float64 {
	var han, letters int
	for _, u := range units {
		h, l := hanLetters(u.text)
		han += h
		letters += l
	}
	if letters == 0 {
		return 0
	}
	return float64(han) / float64(letters)
}

// needsFamilies reports whether the biography patterns can change what
// weigh decides: with no copy evidence and no profile heading, an
// on-topic paragraph is kept whatever it mentions. Counting the patterns
// is the costly part of the stage, and most paragraphs are on topic.
func (e blockEvidence) needsFamilies() bool {
	if e.copy != copyNone || e.header || e.replaced {
		return true
	}
	// The rules of weigh that use families without copy or heading.
	if e.first {
		return e.overlap < strayTopic
	}
	return e.overlap < lowTopic || e.follows
}

// blockEvidence is what is known about one paragraph of the article.
type blockEvidence struct {
	copy        int     // copy* constant: what a second copy says
	families    int     // distinct biography and credential patterns
	header      bool    // opens with a profile heading (关于专家组 …)
	official    bool    // gives its subject a current post in a government body (现任…局党组书记、局长)
	contact     bool    // gives a private contact: a mobile number or a messaging id
	phone       bool    // gives a phone number, a landline too
	label       bool    // opens with, or follows, a role label (关于X, X简介, 讲解员：)
	profileOpen bool    // its first sentence gives a birth or a school
	overlap     float64 // share of its words found in the title and the rest
	headline    int     // distinct word pairs it shares with the headline
	later       bool    // names a year after the article's publication
	first       bool    // the article's first paragraph
	profilePage bool    // the whole page is about people's profiles
	// replaced: the whole article is profiles off its headline's topic.
	replaced bool

	// How it stands apart from the article's own paragraphs.
	oddBreak   bool // raw line breaks unlike the other paragraphs
	oddMarkup  bool // tag, class, style or indent unlike most paragraphs
	loose      bool // bare inline content between the article's blocks
	tucked     bool // an inline element closing a paragraph, marked up otherwise
	listTail   bool // a long last item of a list of short lines
	breaksLead bool // the last item of a list whose other items open alike, without their opening
	afterTable bool // right after a table
	// Where it sits, weaker: cloners favour the place before the sign-off.
	beforeLast bool
	// follows: it comes right after a paragraph removed as a planted
	// profile and names what that one named (its subject, their works):
	// the same block, carried on.
	follows bool
	// sells: it prices its subject's work (润格, 每平尺 … 元) or makes an
	// offer (仅需698元起).
	sells bool
}

// What removeInjected does with a paragraph.
const (
	blockKeep = iota
	blockSuspect
	blockRemove
)

// Thresholds of topic overlap: below lowTopic a paragraph shares little
// with its article, below offTopic less, below strayTopic nearly nothing.
// Genuine paragraphs of the shared gov pages stay above 0.10.
const (
	lowTopic   = 0.35
	offTopic   = 0.30
	strayTopic = 0.10
)

// minHeadlineHits is how many word pairs a paragraph must share with the
// headline to be on the article's topic: one or two are chance (活动,
// 开展, a place name), three name the subject. Word overlap with the rest
// of the article is weak evidence on a short article, whose genuine
// paragraphs share as little as a tenth of their pairs; the headline is
// the article's topic, and it weighs first.
const minHeadlineHits = 3

// sharedCount is the number of elements of sorted a found in sorted b.
func sharedCount(a, b []uint64) int {
	n := 0
	for _, x := range a {
		if _, ok := slices.BinarySearch(b, x); ok {
			n++
		}
	}
	return n
}

// standsApart tells how a paragraph's markup or place sets it apart from
// the article's own paragraphs, for the reason given to the reader; ""
// when nothing does.
func (e blockEvidence) standsApart() string {
	switch {
	case e.loose:
		return "set between the paragraphs without a block of its own"
	case e.tucked:
		return "tucked at the end of a paragraph in markup of its own"
	case e.listTail:
		return "added as a long last item to a list of short lines"
	case e.breaksLead:
		return "added as a last item to a list whose other items open alike"
	case e.oddMarkup:
		return "marked up unlike the article's paragraphs"
	case e.oddBreak:
		return "pasted in with its own line breaks"
	case e.afterTable:
		return "placed right after a table"
	}
	return ""
}

// weigh turns the evidence into an action and the reason given to the
// reader. Strong evidence is a copy without the block, a profile heading,
// or a profile off the article's topic that something else sets apart:
// its markup, its place, a label, or years after the article. A paragraph
// that shares the article's topic is kept without a copy or a heading.
func (e blockEvidence) weigh() (int, reason) {
	farOff := e.overlap < lowTopic
	// A paragraph that names the headline's subject and shares more than
	// a trace with the rest is the article's, whatever it says of people.
	onHead := e.headline >= minHeadlineHits && e.overlap >= strayTopic
	apart := e.standsApart()
	switch {
	case e.replaced:
		// Removing it would leave nothing; the reader shows it, flagged.
		return blockSuspect, because(reasonInjectedOnly, "the article holds only this promotional profile (off its headline, or selling its subject's work or following)")
	case e.copy == copySandwiched && (e.families > 0 || e.header || e.oddBreak):
		return blockRemove, because(reasonInjectedCopy, "a second copy of the article on this page has the paragraphs around this block but not the block")
	case e.copy == copySandwiched && farOff:
		// A copy may leave out a caption or a table; without a profile
		// pattern the block is only dimmed.
		return blockSuspect, because(reasonInjectedCopy, "a second copy of the article on this page lacks this block, which is off the article's topic")
	case e.copy == copyTail && (e.families > 0 || e.header):
		return blockRemove, because(reasonInjectedCopy, "a second copy of the article on this page ends before this block")
	case e.profilePage:
		if e.header && e.families > 0 {
			return blockSuspect, because(reasonInjectedProfile, "opens like an inserted profile, on a page about people")
		}
		return blockKeep, reason{}
	case e.header && e.families > 0 && !e.official:
		// An official's résumé under its heading (嘉宾简介, 领导简历) is
		// what interview, appointment and leader pages print; planted
		// profiles promote a private practice, a firm or a master.
		return blockRemove, because(reasonInjectedProfile, "opens like an inserted profile and carries credential patterns")
	case e.breaksLead && e.families >= 2 && (!farOff || onHead):
		// On the article's topic: dimmed, never removed.
		return blockSuspect, because(reasonInjectedProfile, "ends a list whose other items all open alike, without their opening, and carries credentials")
	case e.first && e.families >= 3 && e.headline == 0 && e.overlap < strayTopic:
		// A lead shares words with its headline and with what follows;
		// a profile put first shares neither.
		return blockRemove, because(reasonInjectedOffTop, "a biography put before the article, sharing nothing with its headline or the rest")
	case e.families >= 2 && e.sells && (e.contact || e.phone) && !e.profilePage:
		// A career told to sell its subject's services, with a number
		// to book them: an advert, whatever trade the article is about
		// (a matchmaker at a group wedding, a nanny firm at a 家政
		// training, a dentist on 爱牙日). A notice's prices and landline
		// come without a résumé.
		return blockRemove, because(reasonInjectedProfile, "a profile that sells its subject's services at a price, with a number to book them")
	case e.first, onHead:
	case e.follows && e.overlap < offTopic && (e.families >= 1 || e.sells):
		// A profile split in two often sells in its second half.
		return blockRemove, because(reasonInjectedProfile, "carries on the inserted profile removed above it")
	case e.families >= 4 && e.overlap < offTopic:
		return blockRemove, because(reasonInjectedOffTop, "a biography unrelated to the article's topic")
	case e.families >= 3 && e.profileOpen && e.overlap < offTopic:
		return blockRemove, because(reasonInjectedProfile, "opens with a person's birth or schooling, unrelated to the article's topic")
	case e.families >= 2 && farOff && apart != "":
		return blockRemove, because(reasonInjectedOffTop, "a profile or advert unrelated to the article's topic, "+apart)
	case e.label && (e.families >= 2 && e.overlap < offTopic || e.families >= 1 && e.overlap < strayTopic):
		// Two families, or one where it shares almost nothing with the
		// article: a lecture notice's genuine 主讲人 line gives one post
		// (现任 …), on the lecture's topic, and must stay.
		return blockRemove, because(reasonInjectedOffTop, "a label announcing a person opens a profile unrelated to the article's topic")
	case e.later && e.families >= 2 && e.overlap < offTopic:
		return blockRemove, because(reasonInjectedOffTop, "a profile unrelated to the article's topic that names years after the article was published")
	case e.families >= 1 && e.overlap < strayTopic && apart != "":
		return blockRemove, because(reasonInjectedOffTop, "an advert or profile that shares almost nothing with the article, "+apart)
	case e.families >= 2 && farOff && (e.beforeLast || e.later || e.label):
		return blockSuspect, because(reasonInjectedOffTop, "a profile off the article's topic, where cloners put one")
	}
	if e.copy != copyNone && e.families > 0 {
		return blockSuspect, because(reasonInjectedCopy, "a second copy of the article on this page lacks this block")
	}
	return blockKeep, reason{}
}

// opensWithProfile reports whether the first sentence of a paragraph gives
// someone's birth or schooling, the way a profile starts.
func opensWithProfile(text string) bool {
	// Only the first 40 runes are read; normalising a paragraph of a
	// 20 MB page in full to find them was most of this stage's time.
	t := cjk.NFKC(runePrefix(text, 200))
	if i := strings.IndexAny(t, "。；;！"); i >= 0 {
		t = t[:i]
	}
	if r := []rune(t); len(r) > 40 {
		t = string(r[:40])
	}
	return bioPatterns[0].MatchString(t) || bioPatterns[1].MatchString(t)
}

// Kinds of copy evidence about one paragraph.
const (
	copyNone       = iota // no copy, or the copy holds the paragraph
	copySandwiched        // the copy holds its neighbours but not it
	copyTail              // the copy holds what comes before, then ends
	copyOther             // the copy lacks it, nothing more is known
)

// presence holds, per paragraph, 1 when a copy holds it, 2 when a copy
// holds an edited version of it, 0 when no copy holds it and -1 when the
// paragraph is too short to tell.
type presence []int8

// copyPresence tells for every paragraph whether a second copy of the
// article holds it. It returns nil when the page has no such copy.
func (p *page) copyPresence(root *html.Node, units []unit, hiddenProse []string) presence {
	witness := p.copyWitness(root, hiddenProse)
	if len(witness) == 0 {
		return nil
	}
	in := make(presence, len(units))
	title := normKey(p.meta.title)
	var held, whole, judged int
	index := newWitnessIndex(witness, len(units))
	over := p.budgetGate("injected blocks")
	for i, u := range units {
		if over() {
			return nil
		}
		// Even if the copy held every paragraph still to come, it would
		// not hold most of the article: the answer is known (and on a page
		// without a copy, known early).
		if rest := len(units) - i; (held+rest)*10 < (judged+rest)*6 {
			return nil
		}
		key := normKey(u.text)
		// The headline repeated above the body (whole or in lines) is in
		// the title bar and the info table: held by no copy of the body.
		if utf8.RuneCountInString(key) < minUnitRunes || strings.Contains(title, key) {
			in[i] = -1
			continue
		}
		judged++
		switch {
		case index.contains(key):
			in[i] = 1
			held++
			whole++
		case index.contains(runePrefix(key, 8)) || index.contains(runeSuffix(key, 8)):
			// The copy holds the paragraph with other words in it: a name
			// spliced into a real sentence, which stays.
			in[i] = 2
			held++
		}
	}
	// A copy must hold most of the article: a 相关新闻 list or a summary
	// quoting one paragraph proves nothing. And most of what it holds
	// whole: a short notice's lines open with the document's name or the
	// office's, which the page's title bar and breadcrumb repeat.
	if judged < 3 || held*10 < judged*6 || whole*2 < held {
		return nil
	}
	return in
}

// witnessIndex answers whether the copy witness holds a text. A page with
// a hidden copy of a long article would make one scan of the witness per
// paragraph quadratic, so past a size it builds a suffix array once.
type witnessIndex struct {
	s       string
	sa      *suffixarray.Index
	scratch []byte // the query as bytes, for the suffix array
}

// maxWitnessScan is the most bytes the paragraphs may scan in all before
// the suffix array pays: about a tenth of a second.
const maxWitnessScan = 1 << 28

func newWitnessIndex(b []byte, queries int) *witnessIndex {
	if len(b) > 1<<16 && len(b)*queries > maxWitnessScan {
		return &witnessIndex{sa: suffixarray.New(b)}
	}
	return &witnessIndex{s: string(b)}
}

func (w *witnessIndex) contains(q string) bool {
	if w.sa == nil {
		return strings.Contains(w.s, q)
	}
	if q == "" {
		return true
	}
	w.scratch = append(w.scratch[:0], q...)
	return len(w.sa.Lookup(w.scratch, 1)) > 0
}

func (in presence) lacks(i int) int {
	if in == nil || in[i] != 0 {
		return copyNone
	}
	before, after := false, false
	for j := i - 1; j >= 0; j-- {
		if in[j] >= 1 {
			before = true
			break
		}
	}
	for j := i + 1; j < len(in); j++ {
		if in[j] >= 1 {
			after = true
			break
		}
	}
	switch {
	case before && after:
		return copySandwiched
	case before:
		return copyTail
	}
	return copyOther
}
