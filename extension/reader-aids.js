// Reading aids: how long the article takes to read, a table of contents
// for a long document, a progress bar, the place a reader left off
// (remembered per article and restored on reopening), and copying the
// article as Markdown.
import { ext } from './ext.js';
import { render } from './saving.js';
import { readingMinutes } from './gongwen.js';
import { state, $, status } from './reader-state.js';

/** A document gets a table of contents from this many headings … */
const TOC_MIN_HEADINGS = 3;
/** … when it is at least this long (characters of text). */
const TOC_MIN_CHARS = 1000;

/**
 * Reading time under the facts, and the table of contents.
 * @param {import('./contract.js').Article} a the Article shown
 * @param {import('./reader-layout.js').Heading[]} headings
 */
export function showAids(a, headings) {
  const text = String(a.text ?? '');
  const rt = $('readingTime');
  const chars = [...text.replace(/\s+/g, '')].length;
  rt.hidden = chars === 0 || a.kind === 'list';
  if (!rt.hidden) {
    const n = readingMinutes(text);
    rt.textContent = ext.tn('readingTime', n, [String(n), chars.toLocaleString(ext.uiLanguage())]);
  }

  const toc = $('toc');
  const list = $('tocList');
  list.textContent = '';
  toc.hidden = headings.length < TOC_MIN_HEADINGS || chars < TOC_MIN_CHARS;
  if (toc.hidden) return;
  for (const h of headings) {
    const li = document.createElement('li');
    li.dataset.level = String(h.level);
    const link = document.createElement('a');
    link.href = `#${h.id}`;
    link.textContent = h.text;
    li.append(link);
    list.append(li);
  }
}

/** Jumps to a heading without touching the reader's URL, whose fragment
 * is the article's id. @param {MouseEvent} e */
function jump(e) {
  const link = /** @type {Element} */ (e.target).closest('a');
  if (!link) return;
  e.preventDefault();
  const target = document.getElementById(link.getAttribute('href')?.slice(1) ?? '');
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

// ---- progress ----

let progressFrame = 0;

function paintProgress() {
  progressFrame = 0;
  const max = document.documentElement.scrollHeight - innerHeight;
  const p = max > 0 ? Math.min(1, Math.max(0, scrollY / max)) : 1;
  const bar = $('progress');
  bar.style.setProperty('--progress', String(p));
  bar.setAttribute('aria-valuenow', String(Math.round(p * 100)));
}

export function updateProgress() {
  progressFrame ||= requestAnimationFrame(paintProgress);
}

// ---- where the reader left off ----

const POSITIONS = 'readerPositions';
/** Articles whose place is kept; the oldest go first. */
const MAX_POSITIONS = 200;
/** Near the top there is nothing to restore. */
const MIN_RESTORE_PX = 200;

/** @typedef {{index: number, within: number, fraction: number, at: number}} Position */

/** The article's key: its page, without a fragment. */
function positionKey() {
  const url = state.article?.url || state.source;
  if (!url) return '';
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return '';
  }
}

/** The blocks a place is measured against: the same for the article in
 * any script, font size or width. */
function blocks() {
  return /** @type {HTMLElement[]} */ ([...document.querySelectorAll('#content p, #content h2, #content h3, #content h4, #content h5, #content h6, #content li, #content tr, #content figure, #content pre, #content blockquote, #content img:not([hidden]), #content .img-load')]);
}

/** The height the sticky toolbar covers, when it shows. */
function covered() {
  const bar = $('toolbar');
  const r = bar.getBoundingClientRect();
  return Math.max(0, r.bottom);
}

/** @returns {Position|null} */
function currentPosition() {
  if (scrollY < MIN_RESTORE_PX) return null;
  const top = covered();
  const list = blocks();
  // The first block whose bottom is below the toolbar: the one being read.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].getBoundingClientRect().bottom <= top) lo = mid + 1;
    else hi = mid;
  }
  const max = document.documentElement.scrollHeight - innerHeight;
  const fraction = max > 0 ? scrollY / max : 0;
  if (lo >= list.length) return { index: -1, within: 0, fraction, at: Date.now() };
  const r = list[lo].getBoundingClientRect();
  return { index: lo, within: r.height > 0 ? Math.min(1, Math.max(0, (top - r.top) / r.height)) : 0, fraction, at: Date.now() };
}

/** @returns {Promise<Record<string, Position>>} */
async function loadPositions() {
  const got = await ext.storage.local().get(POSITIONS).catch(() => ({}));
  const all = /** @type {any} */ (got)[POSITIONS];
  return all && typeof all === 'object' ? all : {};
}

let saveTimer = 0;
/** Whether the place may be saved: not before it was restored, or the
 * top of a freshly opened page would overwrite it. */
let tracking = false;

async function savePosition() {
  clearTimeout(saveTimer);
  saveTimer = 0;
  const key = positionKey();
  if (!tracking || !key) return;
  const pos = currentPosition();
  const all = await loadPositions();
  if (pos) all[key] = pos;
  else delete all[key];
  const keys = Object.keys(all);
  if (keys.length > MAX_POSITIONS) {
    keys.sort((x, y) => (all[x]?.at ?? 0) - (all[y]?.at ?? 0));
    for (const k of keys.slice(0, keys.length - MAX_POSITIONS)) delete all[k];
  }
  await ext.storage.local().set({ [POSITIONS]: all }).catch(() => {});
}

function scheduleSave() {
  if (!tracking) return;
  clearTimeout(saveTimer);
  saveTimer = setTimeout(savePosition, 400);
}

/**
 * Scrolls to where the reader left this article, if anywhere but the top,
 * and says so with a way back to the beginning. Then keeps the place as
 * the reader moves.
 */
export async function restorePosition() {
  const key = positionKey();
  const pos = key ? (await loadPositions())[key] : undefined;
  tracking = true;
  if (!pos) return false;
  const list = blocks();
  const el = pos.index >= 0 ? list[pos.index] : undefined;
  let y;
  if (el) {
    const r = el.getBoundingClientRect();
    y = scrollY + r.top + r.height * pos.within - covered();
  } else {
    y = pos.fraction * (document.documentElement.scrollHeight - innerHeight);
  }
  if (!(y >= MIN_RESTORE_PX)) return false;
  scrollTo({ top: y, behavior: 'instant' });
  updateProgress();
  status(ext.t('positionRestored'), false, undefined, {
    label: ext.t('positionFromStart'),
    run: () => { scrollTo({ top: 0, behavior: 'instant' }); $('article').focus({ preventScroll: true }); },
  });
  return true;
}

// ---- copy as Markdown ----

/**
 * Copies the article, as published, as Markdown (the same text 保存为标记文本
 * writes) to the clipboard.
 */
export async function copyMarkdown() {
  // The same Markdown as 保存为标记文本: the interface's labels, the time.
  if (!state.article) return;
  let text = '';
  try {
    text = await render(state.article, 'md');
  } catch (e) {
    status(ext.t('copyFailed'), true, String(/** @type {any} */ (e)?.message ?? e));
    return;
  }
  try {
    await navigator.clipboard.writeText(text);
  } catch (e) {
    // The async clipboard refuses without focus or a recent gesture (the
    // reply came back late); the old command still works then.
    if (!copyByCommand(text)) { status(ext.t('copyFailed'), true, String(/** @type {any} */ (e)?.message ?? e)); return; }
  }
  status(ext.t('copied'));
}

/** @param {string} text */
function copyByCommand(text) {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let ok = false;
  try { ok = document.execCommand('copy'); } catch { ok = false; }
  area.remove();
  return ok;
}

/** Wires what the aids listen to; once per page. */
export function initAids() {
  $('tocList').addEventListener('click', jump);
  addEventListener('scroll', () => { updateProgress(); scheduleSave(); }, { passive: true });
  addEventListener('resize', updateProgress, { passive: true });
  // Leaving or hiding the tab saves at once: the timer may not get to run.
  addEventListener('pagehide', () => { if (saveTimer) savePosition(); });
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden' && saveTimer) savePosition(); });
}
