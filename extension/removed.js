// 显示移除内容: the article with what core removed from it shown in place,
// struck through and labelled with the reason in the reader's language,
// so that a reader can check in one look what was taken out. A false
// removal is restored with one click: the site remembers it (keep.js),
// core keeps that block on every later read of the site, and the article
// on screen is extracted again with it.
//
// The page itself is gone from the tab by now: the background extracts
// the HTML it kept for this reader again, with Options.Explain (core's
// Article.explain: every block in page order with its fate). Nothing of
// that runs until the button is pressed.
import { ext } from './ext.js';
import { MSG } from './protocol.js';
import { reasonText } from './reasons.js';
import { FATE } from './contract.js';
import * as keep from './keep.js';

/**
 * A block of core's explanation, and the explanation (core.Block,
 * core.Explanation).
 * @typedef {import('./contract.js').Block} Block
 * @typedef {import('./contract.js').Explanation} Explanation
 * @typedef {import('./contract.js').Article} Article
 * @typedef {import('./contract.js').ReasonId} ReasonId
 */

/** Removals not shown in the article: the headline is shown above it,
 * and code is no text. @type {ReadonlySet<string>} */
const QUIET = new Set(/** @type {ReasonId[]} */ (['chrome.headline', 'chrome.code', 'locate.headline']));

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

/**
 * The 显示移除内容 switch. The reader calls afterRender() each time it
 * renders the article (the 简/繁 switch renders it again) and toggle() when
 * the button is pressed (it wires the button before this module has
 * loaded), and gives a way to replace the article once a block is
 * restored.
 * @param {{id: string|null, article: () => Article|null, replaceArticle: (a: Article) => void,
 *   status: (text: string, error?: boolean) => void}} hooks
 *   id: the stashed article's id; null for a library entry, whose page is
 *   not kept.
 */
export function setupRemoved(hooks) {
  const bar = $('removedBar');
  const button = $('showRemoved');
  const note = $('removedNote');
  let on = false;
  /** The explanation of the article on screen. @type {Explanation|null} */
  let explained = null;
  let busy = false;
  if (!hooks.id) {
    bar.hidden = true;
    return { afterRender() {}, toggle() {} };
  }
  bar.hidden = false;

  /** Extracts the page again, explained; replaces the article when it
   * changed (a block restored or given back). */
  async function load() {
    /** @type {{ok: true, article: Article} | {ok: false, code?: string} | undefined} */
    const reply = await ext.send({ type: MSG.READER_TO_BG_EXPLAIN, id: hooks.id }).catch(() => undefined);
    if (!reply?.ok) {
      const e = new Error(reply?.code === 'gone' ? ext.t('removedUnavailable') : ext.t('removedFailed'));
      throw e;
    }
    const { explain, ...article } = reply.article;
    explained = explain ?? null;
    const now = hooks.article();
    if (now?.content !== article.content || now?.text !== article.text) hooks.replaceArticle(article);
    else decorate();
  }

  async function toggle() {
    if (busy) return;
    on = !on;
    button.setAttribute('aria-pressed', String(on));
    if (!on) { decorate(); return; }
    if (explained) { decorate(); return; }
    busy = true;
    bar.setAttribute('aria-busy', 'true');
    note.textContent = ext.t('removedLoading');
    try {
      await load();
    } catch (e) {
      on = false;
      button.setAttribute('aria-pressed', 'false');
      note.textContent = '';
      hooks.status(String(/** @type {any} */ (e)?.message ?? ''), true);
    } finally {
      busy = false;
      bar.removeAttribute('aria-busy');
    }
  }

  /**
   * Restores a block, or gives a restored one back, then shows the
   * article as core now extracts it.
   * @param {() => Promise<void>} change @param {string} done
   */
  async function changeKept(change, done) {
    if (busy) return;
    busy = true;
    try {
      await change();
    } catch {
      hooks.status(ext.t('removedStoreFailed'), true);
      busy = false;
      return;
    }
    try {
      await load();
      hooks.status(ext.t(done));
    } catch (e) {
      hooks.status(String(/** @type {any} */ (e)?.message ?? ''), true);
    } finally {
      busy = false;
    }
  }

  /** @param {Block} b */
  function restore(b) {
    const url = hooks.article()?.url ?? '';
    return changeKept(() => keep.restore(url, { fingerprint: b.fingerprint ?? '', text: b.text, reason: b.reason ?? '' }), 'removedRestored');
  }

  /** @param {Block} b */
  function unrestore(b) {
    const url = hooks.article()?.url ?? '';
    return changeKept(() => keep.unrestore(url, b.fingerprint ?? ''), 'removedUndone');
  }

  /** @param {Block} b */
  function removedBlock(b) {
    const box = document.createElement('div');
    box.className = 'gr-removed';
    box.dataset.reason = b.reason ?? '';
    const why = document.createElement('p');
    why.className = 'gr-removed-why';
    why.textContent = ext.t('removedTag', [reasonText(b.reason, b.evidence)]);
    const del = document.createElement('del');
    del.textContent = b.text;
    box.append(why, del);
    if (b.fingerprint) {
      const r = document.createElement('button');
      r.type = 'button';
      r.className = 'gr-restore';
      r.textContent = ext.t('removedRestore');
      r.setAttribute('aria-label', ext.t('removedRestoreLabel'));
      r.addEventListener('click', () => restore(b));
      box.append(r);
    }
    return box;
  }

  /** Shows or takes away the removed blocks in the article on screen. */
  function decorate() {
    const content = $('content');
    for (const el of content.querySelectorAll(':scope > .gr-removed')) el.remove();
    const box = $('restoredBox');
    const list = $('restoredList');
    list.textContent = '';
    box.hidden = true;
    note.textContent = '';
    document.body.classList.toggle('show-removed', on && Boolean(explained));
    if (!on || !explained) return;
    const removed = explained.blocks.filter((b) => b.fate === FATE.REMOVED && !QUIET.has(b.reason ?? ''));
    const inside = content.classList.contains('entries') ? [] : removed.filter((b) => b.in_article);
    const tops = [...content.children];
    for (const b of inside) content.insertBefore(removedBlock(b), tops[b.at] ?? null);
    const parts = [];
    if (!inside.length) parts.push(ext.t('removedNone'));
    const outside = removed.length - inside.length;
    if (outside > 0) parts.push(ext.tn('removedOutside', outside, [String(outside)]));
    note.textContent = parts.join(' ');
    for (const b of explained.restored ?? []) {
      const li = document.createElement('li');
      const q = document.createElement('q');
      q.textContent = b.text.length > 120 ? b.text.slice(0, 120) + '…' : b.text;
      const why = document.createElement('span');
      why.className = 'reason';
      why.textContent = ext.t('spamReasonParen', [reasonText(b.reason, b.evidence)]);
      const undo = document.createElement('button');
      undo.type = 'button';
      undo.className = 'gr-unrestore';
      undo.textContent = ext.t('removedUndo');
      undo.addEventListener('click', () => unrestore(b));
      li.append(q, why, document.createTextNode(' '), undo);
      list.append(li);
    }
    box.hidden = list.childElementCount === 0;
  }

  return {
    /** The reader rendered the article again. */
    afterRender() { decorate(); },
    /** The button was pressed. */
    toggle,
  };
}
