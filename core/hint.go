package core

// HasSpamWords reports whether text carries any word of the spam lexicon,
// weak words (娱乐, 官网, 体育 …) included. The extension asks it of the
// headline it shows before Extract has judged the page, one that a heading
// painted on the page and the page's title agree on: a hijacker writes
// spam into both. Any word at all keeps that early headline back, and the
// reader waits for Extract, which tells a hijack from a genuine story
// about a casino crackdown.
func HasSpamWords(text string) bool {
	score, strong := spamScore(text)
	return score > 0 || strong > 0
}
