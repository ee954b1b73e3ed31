// The reader's trust badge: what the Article says about where the page
// comes from and whether something was planted in it. Pure, so that the
// decision is tested under node.

/**
 * official: served by the government site and nothing was found planted.
 * official-cleaned: served by the government site, but planted content (a
 *   spliced block, hidden links, spam text …) was removed or is suspected;
 *   the reader must not call that page simply "the original".
 * copy: a copy or mirror, with core's evidence for it.
 * none: nothing to say either way; not being sure is not evidence.
 * The values are core's (contract.js TRUST; core/trust.go decides the
 * same way for saved files).
 * @typedef {import('./contract.js').Trust} Trust
 * @typedef {import('./contract.js').Article} Article
 */

/**
 * @param {Partial<Pick<Article, 'official' | 'verdict' | 'original_url' | 'spam'>> | null | undefined} a
 *   an Article, or what a library entry holds of one
 * @returns {Trust}
 */
export function trustOf(a) {
  const spam = Array.isArray(a?.spam) ? a.spam : [];
  if (a?.official) {
    const planted = a.verdict === 'spam_removed' || a.verdict === 'tampered' || spam.some((s) => s?.removed);
    return planted ? 'official-cleaned' : 'official';
  }
  if (a?.original_url || spam.some((s) => s?.kind === 'mirror_copy')) return 'copy';
  return 'none';
}

/** The _locales message of each badge. */
export const TRUST_MESSAGES = Object.freeze(/** @satisfies {Partial<Record<Trust, string>>} */ ({
  official: 'badgeOfficial',
  'official-cleaned': 'badgeOfficialCleaned',
  copy: 'badgeCopy',
}));
