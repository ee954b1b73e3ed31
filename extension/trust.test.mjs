// Unit tests of the reader's trust badge (node only).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trustOf } from './trust.js';

test('the badge follows provenance and what was removed', () => {
  const removed = (/** @type {string} */ kind) => ({ kind, removed: true });
  /** @type {[string, any, string][]} */
  const cases = [
    ['official and clean', { official: true, verdict: 'clean', spam: [] }, 'official'],
    ['official, hidden spam removed', { official: true, verdict: 'spam_removed', spam: [removed('hidden')] }, 'official-cleaned'],
    ['official, a spliced block removed', { official: true, verdict: 'tampered', spam: [removed('injected_block')] }, 'official-cleaned'],
    ['official, a suspect block kept', { official: true, verdict: 'tampered', spam: [{ kind: 'suspect_block', removed: false }] }, 'official-cleaned'],
    // The verdict is a summary; a removal the summary missed still counts.
    ['official, removal without a verdict', { official: true, spam: [removed('spam_text')] }, 'official-cleaned'],
    ['a copy that names its original', { official: false, verdict: 'clean', original_url: 'http://www.yzcity.gov.cn/a.html', spam: [] }, 'copy'],
    ['a mirror found by core', { official: false, verdict: 'tampered', spam: [{ kind: 'mirror_copy', removed: false }] }, 'copy'],
    ['an ordinary site', { official: false, verdict: 'spam_removed', spam: [removed('hidden')] }, 'none'],
    ['no spam list at all', { official: true, verdict: 'clean', spam: null }, 'official'],
    ['nothing', {}, 'none'],
  ];
  for (const [name, a, want] of cases) assert.equal(trustOf(a), want, name);
});
