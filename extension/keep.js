// Blocks a reader restored, per site: the reader's 恢复 in 显示移除内容.
// Each is remembered by its fingerprint (core's Block.fingerprint) under
// the site's host in storage.local, and handed to core with every later
// extraction of that site's pages (Options.Keep), which then leaves the
// block in place.

import { ext } from './ext.js';

/** How many restored blocks a site keeps; the oldest go first. */
export const MAX_PER_SITE = 200;

/**
 * @typedef {{fp: string, text: string, reason: string, at: number}} Restored
 */

/** @param {string} url */
function keyOf(url) {
  try {
    const host = new URL(url).hostname;
    return host ? `keep:${host}` : '';
  } catch {
    return '';
  }
}

/**
 * The blocks restored on url's site.
 * @param {string} url
 * @returns {Promise<Restored[]>}
 */
export async function restoredOn(url) {
  const key = keyOf(url);
  if (!key) return [];
  const got = await ext.storage.local().get(key);
  const list = got[key];
  return Array.isArray(list) ? list.filter((r) => r && typeof r.fp === 'string') : [];
}

/**
 * The fingerprints core keeps for url (Options.Keep).
 * @param {string} url
 */
export async function keepList(url) {
  return (await restoredOn(url)).map((r) => r.fp);
}

/**
 * Remembers a restored block for url's site.
 * @param {string} url @param {{fingerprint: string, text: string, reason: string}} block
 */
export async function restore(url, block) {
  const key = keyOf(url);
  if (!key || !block.fingerprint) throw new Error('no site or fingerprint');
  const list = (await restoredOn(url)).filter((r) => r.fp !== block.fingerprint);
  list.push({ fp: block.fingerprint, text: String(block.text).slice(0, 200), reason: String(block.reason), at: Date.now() });
  await ext.storage.local().set({ [key]: list.slice(-MAX_PER_SITE) });
}

/**
 * Forgets a restored block: the site's pages lose it again.
 * @param {string} url @param {string} fp
 */
export async function unrestore(url, fp) {
  const key = keyOf(url);
  if (!key) return;
  const list = (await restoredOn(url)).filter((r) => r.fp !== fp);
  if (list.length) await ext.storage.local().set({ [key]: list });
  else await ext.storage.local().remove(key);
}
