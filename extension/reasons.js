// Why something was removed, in the reader's language. Core gives every
// removal a stable reason id, "<kind>.<name>" (core/reasons.go); its
// message is reason_<kind>_<name> in _locales. An id this version does not
// know (a newer core, a library entry from an older one) falls back to its
// kind's label, reasonKind_<kind>, so that no English sentence of core's
// ever reaches the page. The numbers a message quotes come from the
// removal's evidence.
import { ext } from './ext.js';

/**
 * The ids and the evidence are core's (contract.js: ReasonId, REASONS,
 * Evidence). Only their types are taken from there: this module is among
 * those the reader waits for, and an id it does not know must still read.
 * @typedef {import('./contract.js').ReasonId} ReasonId
 * @typedef {import('./contract.js').Evidence} Evidence
 */

/** A reason id as core writes them. */
const ID = /^[a-z]+\.[a-z_]+$/;

/** The evidence each message quotes, in the order of its $1, $2 …; looked
 * up by any id, keyed by core's. @type {Readonly<Record<string, string[] | undefined>>} */
const QUOTES = /** @satisfies {Partial<Record<ReasonId, string[]>>} */ ({
  'hidden.opacity': ['opacity'],
  'hidden.tiny_text': ['text_px'],
  'repair.pinyin': ['annotations'],
});

/** Messages whose first quote is a count: English says "1 annotation".
 * @type {ReadonlySet<string>} */
const COUNTED = new Set(/** @type {ReasonId[]} */ (['repair.pinyin']));

/** @param {string} id */
export function messageName(id) {
  return `reason_${id.replace('.', '_')}`;
}

/** @param {string} name @param {string[]=} subs */
function message(name, subs) {
  return ext.api.i18n?.getMessage(name, subs) ?? '';
}

/** @param {unknown} v */
function number(v) {
  return typeof v === 'number' && Number.isFinite(v) ? String(Math.round(v * 100) / 100) : '';
}

/**
 * The label of a reason's kind: what a reader is told when the reason
 * itself is unknown.
 * @param {unknown} id a reason id, or a SpamItem kind's prefix
 */
export function kindLabel(id) {
  const kind = typeof id === 'string' && ID.test(id) ? id.slice(0, id.indexOf('.')) : 'unknown';
  return message(`reasonKind_${kind}`) || message('reasonKind_unknown');
}

/**
 * The signs that make a page a copy (SpamItem.evidence.signs of
 * provenance.copy), said one after another.
 * @param {Evidence} ev
 */
function copySigns(ev) {
  const host = typeof ev.host === 'string' ? ev.host : '';
  const other = typeof ev.claimed_site === 'string' ? ev.claimed_site : typeof ev.canonical_host === 'string' ? ev.canonical_host : '';
  const signs = Array.isArray(ev.signs) ? ev.signs : [];
  return signs
    .map((/** @type {unknown} */ s) => (typeof s === 'string' && /^[a-z_]+$/.test(s) ? message(`reasonSign_${s}`, [host, other]) : ''))
    .filter(Boolean)
    .join(message('reasonSignSep'));
}

/**
 * Why something was removed, as the reader's language says it.
 * @param {unknown} id a reason id (SpamItem.reason_id, Block.reason)
 * @param {Evidence|null|undefined} [evidence]
 * @returns {string}
 */
export function reasonText(id, evidence) {
  if (typeof id !== 'string' || !ID.test(id)) return kindLabel(id);
  const ev = evidence && typeof evidence === 'object' ? evidence : {};
  const name = messageName(id);
  if (id === 'provenance.copy') {
    const signs = copySigns(ev);
    return signs ? message(name, [signs]) : kindLabel(id);
  }
  const subs = (QUOTES[id] ?? []).map((k) => number(ev[k]));
  // A message whose numbers are missing would show a hole: its kind says
  // enough.
  if (subs.some((s) => s === '')) return kindLabel(id);
  const text = COUNTED.has(id) ? ext.tn(name, Number(subs[0]), subs) : message(name, subs);
  return text && text !== name ? text : kindLabel(id);
}
