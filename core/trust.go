package core

// Trust states: what a reader (or a saved file) may say about where an
// Article comes from and whether something was planted in it. The
// extension's badge decides the same way (extension/trust.js); both are
// tested on testdata/trust-cases.json.
const (
	// TrustOfficial: served by the government site, nothing found planted.
	TrustOfficial = "official"
	// TrustOfficialCleaned: served by the government site, but planted
	// content was removed or is suspected; not simply "the original".
	TrustOfficialCleaned = "official-cleaned"
	// TrustCopy: a copy or mirror (OriginalURL says where the original
	// lives when core found it).
	TrustCopy = "copy"
	// TrustNone: nothing to say either way; not being sure is no evidence.
	TrustNone = "none"
)

// TrustOf returns the Article's trust state (one of the Trust* constants).
func TrustOf(a *Article) string {
	if a == nil {
		return TrustNone
	}
	if a.Official {
		planted := a.Verdict == VerdictSpamRemoved || a.Verdict == VerdictTampered
		for _, s := range a.Spam {
			// The verdict is a summary; a removal it missed still counts.
			planted = planted || s.Removed
		}
		if planted {
			return TrustOfficialCleaned
		}
		return TrustOfficial
	}
	if a.OriginalURL != "" {
		return TrustCopy
	}
	for _, s := range a.Spam {
		if s.Kind == SpamMirrorCopy {
			return TrustCopy
		}
	}
	return TrustNone
}
