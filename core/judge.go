package core

// judge decides the page's provenance from the site its footer claims
// (id) and sums the spam report up into the page-level verdict.
func (p *page) judge(id identity) {
	p.judgeProvenance(id)
	a := p.art
	a.Verdict = VerdictClean
	for _, s := range a.Spam {
		switch s.Kind {
		case SpamTitle, SpamInjected, SpamSuspect, SpamMirrorCopy, SpamPinyinSplit:
			a.Verdict = VerdictTampered
			return
		}
		a.Verdict = VerdictSpamRemoved
	}
}
