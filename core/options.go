package core

import "time"

// Options tunes Extract. The zero value is the default.
type Options struct {
	// URL is the page's address. It makes image and link URLs absolute and
	// decides provenance (official host or copy). Optional.
	URL string
	// MaxInputBytes caps the input; larger input is refused with
	// ErrTooLarge. Zero means DefaultMaxInputBytes.
	MaxInputBytes int
	// TimeBudget bounds the optional, costly stages; when it runs out the
	// article found so far is returned with a NoteTimeBudget note. Zero means
	// DefaultTimeBudget.
	TimeBudget time.Duration
	// Charset overrides the declared and sniffed character set (a label such
	// as "gbk"). Empty means detect.
	Charset string
	// LiveDOM says the HTML is the extension's serialisation of the page as
	// the browser shows it: scripts have run or been blocked, what they
	// wrote is in the markup, and every hidden element carries
	// HiddenHintAttr. The static guesses about what inline scripts would
	// hide or write are then skipped, because the browser has answered
	// them (a strict page CSP may have stopped those scripts), and so is the
	// reading of styles: <style> elements may come empty.
	LiveDOM bool
	// Explain fills Article.Explain: every block of the page in page
	// order with its fate (kept, or removed by which stage for which
	// reason with what evidence) and how the title, the date and the
	// article container were chosen. It costs a walk of the page and a
	// record per removal; without it the pipeline keeps no log.
	Explain bool
	// Keep lists the fingerprints (Block.Fingerprint) of blocks a reader
	// restored on this site: a stage that would remove one leaves it, and
	// reports nothing. Fingerprints that match nothing are ignored.
	Keep []string
}

const (
	// DefaultMaxInputBytes is the input cap when Options.MaxInputBytes is 0.
	DefaultMaxInputBytes = 20 << 20
	// DefaultTimeBudget is the budget when Options.TimeBudget is 0.
	DefaultTimeBudget = 5 * time.Second
)

func (o Options) maxInput() int {
	if o.MaxInputBytes > 0 {
		return o.MaxInputBytes
	}
	return DefaultMaxInputBytes
}

func (o Options) budget() time.Duration {
	if o.TimeBudget > 0 {
		return o.TimeBudget
	}
	return DefaultTimeBudget
}
