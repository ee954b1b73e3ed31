package core

// The time budget (Options.TimeBudget) bounds the optional work on
// pathological pages: a 20 MB portal dump or a stylesheet with thousands of
// rules must not hang a browser tab. Decoding, parsing, inline-hidden
// removal and rendering always run, so the caller always gets an Article;
// what the budget cuts is named in one NoteTimeBudget note.

// budgetCheckEvery is how many loop iterations pass between clock reads in
// the costly loops; reading the clock is cheap natively but not in wasm.
const budgetCheckEvery = 256

// outOfTime reports whether the budget is spent. The first time it is, it
// notes which work was cut short.
func (p *page) outOfTime(work string) bool {
	if p.deadline.IsZero() || !p.overBudget() {
		return false
	}
	for _, n := range p.art.Notes {
		if n.ID == NoteTimeBudget {
			return true
		}
	}
	p.note(NoteTimeBudget, "time budget of %v spent at %s; the rest of the optional work was skipped and the result is partial", p.opts.budget(), work)
	return true
}

// budgetGate returns a check for one walk over the page: it reads the clock
// every budgetCheckEvery calls and, once the budget is spent, stays true so
// that the walk stops descending everywhere, not only at the node where the
// clock was read.
func (p *page) budgetGate(work string) func() bool {
	n, spent := 0, false
	return func() bool {
		if !spent {
			if n++; n%budgetCheckEvery == 0 {
				spent = p.outOfTime(work)
			}
		}
		return spent
	}
}
