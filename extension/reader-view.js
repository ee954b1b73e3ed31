// The reader page past its shell: the article, the toolbar's actions and
// the reading aids. reader.js, the page's entry, paints the shell and
// hands over to start() below. The parts live beside it:
// reader-render.js (header, body, images), reader-layout.js (公文 layout),
// reader-aids.js (reading time, contents, progress, place, copy),
// reader-toolbar.js (the row and its panels), and, loaded once the article
// is shown (see later()), reader-speak.js (read aloud), reader-script.js
// (简/繁) and removed.js (显示移除内容).
import { ext } from './ext.js';
import { MSG, ERROR_MESSAGES } from './protocol.js';
import * as settings from './settings.js';
import * as library from './db.js';
import { state, $, status, applyLook, afterPaint } from './reader-state.js';
import { renderHead, renderBody, applyImages } from './reader-render.js';
import { layoutContent, markScrollers } from './reader-layout.js';
import { initAids, showAids, updateProgress, restorePosition, copyMarkdown } from './reader-aids.js';
import { initToolbar, panelOpen, closePanelOf } from './reader-toolbar.js';
// Saving asks for access to the images' site within the click, so it is
// here from the start rather than fetched when the click comes.
import { saveArticle } from './saving.js';

// ---- parts loaded after the article ----

/**
 * A part of the reader that no first screen needs: its files are fetched
 * once the article is shown, or at its first use if that comes first,
 * rather than hold the article up. Its controls are wired from the start
 * and wait for it. get() loads it once; loaded is the module once in.
 * @template T
 * @param {() => Promise<T>} load the import, and whatever the module
 *   needs once before its first use
 */
function later(load) {
  /** @type {Promise<T>|null} */
  let loading = null;
  const part = {
    /** @type {T|null} */
    loaded: null,
    /** @returns {Promise<T>} */
    get() {
      loading ??= load().then((m) => (part.loaded = m));
      // A failed fetch (the extension was updated under the page) is
      // tried again at the next use.
      loading.catch(() => { loading = null; });
      return loading;
    },
  };
  return part;
}

const speech = later(async () => {
  const m = await import('./reader-speak.js');
  await m.initSpeech();
  return m;
});
const script = later(async () => {
  const m = await import('./reader-script.js');
  m.initScript({ show, update });
  return m;
});
const removed = later(() => import('./removed.js'));

/** Stops reading aloud, if it ever started. */
function stopSpeaking() {
  speech.loaded?.stopSpeaking();
}

/** Follows the remembered 简/繁 choice: nothing to do while the article
 * is shown as published and the choice is too. */
function followScript() {
  if (script.loaded || (state.article && state.prefs.script !== 'original')) {
    script.get().then((m) => m.followScript(), (e) => status(ext.t('scriptFailed'), true, String(e?.message ?? e)));
  }
}

// ---- showing an article ----

/** 显示移除内容 (removed.js), once the article is known and the module is
 * in. @type {{afterRender: () => void, toggle: () => void}|null} */
let removedView = null;
/** What removed.js is given of the article shown. @type {Parameters<typeof import('./removed.js').setupRemoved>[0]|null} */
let removedHooks = null;

/** The 显示移除内容 switch, once there is an article to switch. */
async function removedSwitch() {
  const m = await removed.get();
  if (!removedHooks) throw new Error('no article');
  removedView ??= m.setupRemoved(removedHooks);
  return removedView;
}

/**
 * Shows an Article (as published or converted): header, then body laid
 * out as a 公文, then the aids that depend on it.
 * @param {any} a
 */
function show(a) {
  stopSpeaking();
  renderHead(a);
  showBody(a);
}

/** @param {any} a */
function showBody(a) {
  /** @type {import('./reader-layout.js').Heading[]} */
  let headings = [];
  renderBody(a, (content) => { headings = layoutContent(content); });
  removedView?.afterRender();
  showAids(a, headings);
  markScrollers($('content'));
  updateProgress();
}

/**
 * Shows a new extraction of the same page (a block restored in
 * 显示移除内容): saving and the library take it too.
 * @param {any} a
 */
function replaceArticle(a) {
  state.article = a;
  script.loaded?.resetScript();
  state.shown = a;
  show(a);
  followScript();
}

// ---- settings ----

function applyPrefs() {
  const { prefs, article, siteAccess } = state;
  applyLook(prefs);
  /** @type {HTMLSelectElement} */ ($('theme')).value = prefs.theme;
  /** @type {HTMLSelectElement} */ ($('font')).value = prefs.font;
  /** @type {HTMLInputElement} */ ($('width')).value = String(prefs.width);
  /** @type {HTMLInputElement} */ ($('lineHeight')).value = String(prefs.lineHeight);
  $('sizeValue').textContent = String(prefs.fontSize);
  $('elder').setAttribute('aria-pressed', String(prefs.elder));
  applyImages();
  if (article?.url) {
    const box = /** @type {HTMLInputElement} */ ($('siteAuto'));
    box.checked = siteAccess && settings.shouldAutoClean(article.url, prefs);
  }
  if (!$('article').hidden) {
    markScrollers($('content'));
    updateProgress();
  }
}

/** @param {(p: settings.Settings) => void} change */
async function update(change) {
  change(state.prefs);
  state.prefs = settings.migrate(state.prefs);
  applyPrefs();
  await settings.save(state.prefs);
}

// ---- actions ----

/** Saves the article as published (saving.js); called straight from the
 * click, which may have to ask for access to the images' site.
 * @param {'html'|'md'} format */
async function save(format) {
  // The buttons are there with an article only.
  if (!state.article) return;
  try {
    const r = await saveArticle(state.article, format, state.prefs);
    const missing = r.images - r.embedded;
    status(r.denied ? ext.t('savedImagesDenied') : missing > 0 ? ext.t('savedImagesMissing', [String(missing)]) : ext.t('saved'));
  } catch (e) {
    status(ext.t('saveFailed'), true, String(/** @type {any} */ (e)?.message ?? e));
  }
}

/** The library button says whether the article is in the library; pressed
 * again it updates the entry in place. @param {boolean} saved */
function showInLibrary(saved) {
  const b = $('addLibrary');
  b.textContent = ext.t(saved ? 'inLibrary' : 'addLibrary');
  b.dataset.inLibrary = String(saved);
  if (saved) b.title = ext.t('inLibraryTitle');
  else b.removeAttribute('title');
}

async function addToLibrary() {
  if (!state.article) return;
  try {
    const { updated } = await library.add(state.article);
    showInLibrary(true);
    status(ext.t(updated ? 'libraryUpdated' : 'addedToLibrary'));
  } catch (e) {
    const quota = /** @type {any} */ (e)?.name === 'QuotaExceededError';
    if (quota) status(ext.t('libraryQuota'), true);
    else status(ext.t('libraryFailed'), true, String(e));
  }
}

async function toggleSite(/** @type {boolean} */ on) {
  // The switch is shown with an article only.
  if (!state.article) return;
  const host = new URL(state.article.url).hostname;
  if (on) {
    // Auto-clean needs to read the site's pages without a click: ask for
    // that one host now, while the user's gesture lasts.
    const granted = await ext.permissions.request(settings.ruleOrigins(host)).catch(() => false);
    if (!granted) { applyPrefs(); status(ext.t('permissionDenied'), true); return; }
  }
  if (on) state.siteAccess = true;
  await update((p) => { p.autoClean.sites[host] = on; });
  status(on ? ext.t('siteAutoOn') : ext.t('siteAutoOff'));
}

/** Whether the extension may read url's site without a click. @param {string} url */
async function accessOf(url) {
  try {
    return await ext.permissions.contains(settings.ruleOrigins(new URL(url).hostname));
  } catch {
    return false;
  }
}

/** Reads whether the article's site may be read without a click. */
async function checkSiteAccess() {
  if (!state.article?.url) return;
  state.siteAccess = await accessOf(state.article.url);
  applyPrefs();
}

/** Back to the page: the article's own URL, or the one this reader's URL
 * carries when the article is gone. */
async function viewOriginal() {
  const url = state.article?.url || state.source;
  if (!url) return;
  stopSpeaking();
  await ext.send({ type: MSG.READER_TO_BG_VIEW_ORIGINAL, url });
}

// ---- a reader whose article is gone ----

/** The match patterns of the one site a reader URL points at. @param {string} url */
function siteOrigins(url) {
  return settings.ruleOrigins(new URL(url).hostname);
}

/**
 * Reads the source page again: the background runs the reader on it once
 * it has loaded in this tab, and this page replaces itself with it, so
 * that Back leads to the page, not to this dead reader.
 */
async function reread() {
  document.body.dataset.state = 'rereading';
  $('article').hidden = true;
  status(ext.t('rereading'));
  const reply = await ext.send({ type: MSG.READER_TO_BG_REREAD, url: state.source }).catch(() => undefined);
  if (!reply?.ok) { showGone(); return; }
  location.replace(state.source);
}

/**
 * What is left of an article that is gone (after a browser restart, from
 * the history or a bookmark) when its site may not be read without a
 * click: the title it had, if a record survives, and the way back.
 * @param {{title?: string}} [record]
 */
function showGone(record) {
  document.body.dataset.state = 'gone';
  $('article').hidden = true;
  settleAddress();
  const host = new URL(state.source).hostname;
  const title = record?.title || host;
  document.title = title;
  $('goneTitle').textContent = title;
  $('goneText').textContent = ext.t('goneNoAccess', [host]);
  const link = /** @type {HTMLAnchorElement} */ ($('goneLink'));
  link.href = state.source;
  link.textContent = state.source;
  $('gone').hidden = false;
  status('');
}

/** The one button of a gone reader: access to the site, asked for within
 * the click, then the page is read again. */
async function reopen() {
  const granted = await ext.permissions.request(siteOrigins(state.source)).catch(() => false);
  if (granted) { await reread(); return; }
  status(ext.t('reopenDenied'), true);
}

/**
 * The stashed article is gone. With host access the page is read again at
 * once; without it, the reader says what it was.
 * @param {string} id
 */
async function recover(id) {
  const has = await ext.permissions.contains(siteOrigins(state.source)).catch(() => false);
  if (has) { await reread(); return; }
  const key = 'record:' + id;
  const got = await ext.storage.local().get(key).catch(() => ({}));
  showGone(/** @type {any} */ (got)[key]);
}

// ---- wiring ----

/**
 * A menu item does its one thing and closes its menu.
 * @param {string} id @param {() => unknown} action
 */
function menuItem(id, action) {
  $(id).addEventListener('click', () => { closePanelOf($(id)); action(); });
}

function wire() {
  $('theme').addEventListener('change', (e) => update((p) => { p.theme = /** @type {any} */ (e.target).value; }));
  $('font').addEventListener('change', (e) => update((p) => { p.font = /** @type {any} */ (e.target).value; }));
  $('smaller').addEventListener('click', () => update((p) => { p.fontSize = Math.max(settings.LIMITS.fontSize[0], p.fontSize - 1); }));
  $('larger').addEventListener('click', () => update((p) => { p.fontSize = Math.min(settings.LIMITS.fontSize[1], p.fontSize + 1); }));
  $('width').addEventListener('change', (e) => update((p) => { p.width = Number(/** @type {any} */ (e.target).value); }));
  $('lineHeight').addEventListener('change', (e) => update((p) => { p.lineHeight = Number(/** @type {any} */ (e.target).value); }));
  $('elder').addEventListener('click', () => update((p) => { p.elder = !p.elder; }));
  $('images').addEventListener('click', () => update((p) => { p.images = !p.images; }));
  menuItem('print', () => print());
  menuItem('saveHtml', () => save('html'));
  menuItem('saveMd', () => save('md'));
  menuItem('copyMd', copyMarkdown);
  menuItem('addLibrary', addToLibrary);
  $('openLibrary').addEventListener('click', () => closePanelOf($('openLibrary')));
  $('siteAuto').addEventListener('change', (e) => toggleSite(/** @type {any} */ (e.target).checked));
  $('original').addEventListener('click', () => viewOriginal());
  $('reopen').addEventListener('click', () => reopen());
  document.addEventListener('keydown', (e) => {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || e.ctrlKey || e.metaKey || e.altKey) return;
    // Esc closes an open panel (the browser does that) and stops reading
    // aloud before it leaves the reader.
    if (panelOpen()) return;
    if (e.key === '+' || e.key === '=') $('larger').click();
    else if (e.key === '-') $('smaller').click();
    else if (e.key === 'Escape') {
      if ($('speak').getAttribute('aria-pressed') === 'true') stopSpeaking();
      else viewOriginal();
    }
  });
  initToolbar();
  initAids();
  $('speak').addEventListener('click', () => { speech.get().then((m) => m.speak(), () => status(ext.t('speakFailed'), true)); });
  $('toSimplified').addEventListener('click', () => pressScript('simplified'));
  $('toTraditional').addEventListener('click', () => pressScript('traditional'));
  $('showRemoved').addEventListener('click', () => { removedSwitch().then((v) => v.toggle(), () => status(ext.t('removedFailed'), true)); });
}

/** @param {'simplified'|'traditional'} which */
function pressScript(which) {
  script.get().then((m) => m.pressScript(which), (e) => status(ext.t('scriptFailed'), true, String(e?.message ?? e)));
}

/**
 * The article could not be made (the page was read, but core failed on
 * it): the reader says so, and the way back is one click.
 * @param {{code?: string, error?: string}} reply
 */
function showFailure(reply) {
  $('article').hidden = true;
  settleAddress();
  document.body.dataset.state = 'error';
  const name = /** @type {Record<string, string>} */ (ERROR_MESSAGES)[reply.code ?? ''] ?? 'errHost';
  status(ext.t(name), true, reply.error, { label: ext.t('viewOriginal'), run: viewOriginal });
}

/** The reader's plain address, for the history, when the shell's still
 * carries the headline (reader-shell.js); '' once it is there. */
let plainAddress = '';

/** Puts the plain address in the history, once: the article is shown, or
 * will not be. */
function settleAddress() {
  if (!plainAddress) return;
  history.replaceState(history.state, '', plainAddress);
  plainAddress = '';
}

/** A body longer than this (characters of HTML; a long 公文 with its
 * tables) is laid out after the header has been painted, rather than in
 * the same frame: its layout takes long enough to be seen. */
const LONG_BODY = 60_000;

/** Whether two URLs are of one host. @param {string} a @param {string} b */
function sameSite(a, b) {
  try {
    return new URL(a).hostname === new URL(b).hostname;
  } catch {
    return false;
  }
}

/**
 * Takes over from the shell (reader.js): wires the page and shows the
 * article when it comes.
 * @param {{id: string, fromLibrary: boolean, articleReply: Promise<any>, titled: boolean, address: string, access?: Promise<boolean>}} o
 *   articleReply: the background's answer (or, for a library article, the
 *   library's entry), asked for by the shell; titled: the shell painted
 *   the headline already; address: the plain address the history is to
 *   keep, when the page's still carries the headline ('' otherwise);
 *   access: whether the site of the page in the address may be read
 *   without a click, when the shell asked
 */
export async function start({ id, fromLibrary, articleReply, titled, address, access: asked }) {
  plainAddress = address;
  wire();
  settings.watch((s) => { state.prefs = s; applyPrefs(); followScript(); });
  applyPrefs();
  // What the menus say of the article (自动净化本站, 已在文库) is asked
  // while the article is still on its way or being laid out, not after:
  // after a browser start either answer can take a tenth of a second.
  const early = state.source ? (asked ?? accessOf(state.source)) : undefined;
  // Opening the library's database is most of the question; the page's
  // address is the article's key unless it names a canonical one.
  const savedEarly = state.source ? library.has(state.source).catch(() => false) : undefined;
  try {
    if (fromLibrary) {
      const e = await articleReply;
      if (!e) throw new Error(ext.t('articleGone'));
      state.article = e.article;
    } else {
      const reply = await articleReply;
      if (!reply?.ok && reply?.code && reply.code !== 'gone') { showFailure(reply); return; }
      if (!reply?.ok && state.source) { await recover(id); return; }
      if (!reply?.ok) throw new Error(ext.t('articleGone'));
      state.article = reply.article;
    }
    // An answer that says ok without an article is a broken one.
    if (!state.article) throw new Error(ext.t('articleGone'));
  } catch (e) {
    $('article').hidden = true;
    settleAddress();
    status(String(/** @type {any} */ (e)?.message ?? e), true);
    document.body.dataset.state = 'error';
    return;
  }
  // The page's own timeline: the article is here.
  performance.mark('govreader-article');
  const article = state.article;
  state.shown = article;
  const access = early && sameSite(state.source, article.url) ? early : accessOf(article.url ?? '');
  const key = library.keyOf(article);
  const saved = savedEarly && key === state.source ? savedEarly : library.has(key).catch(() => false);
  // The bar shows now; what it does comes with removed.js.
  $('removedBar').hidden = fromLibrary;
  removedHooks = { id: fromLibrary ? null : id, article: () => state.article, replaceArticle, status };
  // The headline and the facts first, painted before a long body is laid
  // out: that is what the reader sees at once. What
  // scripts/bench-click.mjs times: the headline painted (here, or by the
  // shell before), then the whole reader.
  renderHead(article);
  if (!titled || String(article.content ?? '').length > LONG_BODY) {
    await afterPaint();
    if (!titled) performance.mark('govreader-title');
  }
  showBody(article);
  $('pending').hidden = true;
  $('article').removeAttribute('aria-busy');
  settings.watchAccess(checkSiteAccess);
  state.siteAccess = Boolean(article.url) && (await access);
  applyPrefs();
  showInLibrary(await saved);
  document.body.dataset.state = 'ready';
  performance.mark('govreader-ready');
  $('article').focus({ preventScroll: true });
  settleAddress();
  // The parts that wait for the article; a press before they are in
  // waits for them.
  if (!fromLibrary) removedSwitch().catch(() => undefined);
  speech.get().catch(() => undefined);
  // A remembered 简/繁 choice: the article shows as published at once and
  // is converted when script.wasm is ready.
  followScript();
  // Where the reader left off; data-position says it was looked up.
  document.body.dataset.position = (await restorePosition()) ? 'restored' : 'top';
}

/** A library article, by its key. @param {string} key */
export function libraryEntry(key) {
  return library.get(key);
}
