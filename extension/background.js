// The background context: runReader, the ways in (toolbar button, keyboard
// command, context menus, auto-clean through the veil), the toolbar
// button's feedback and menu, and the router to the wasm host.
// A service worker in Chrome, a module background page in Firefox.
import { ext } from './ext.js';
import { MSG, CORE_PORT, VEIL_TYPES, ERROR_MESSAGES, READER_PATH, isMessageFor, isOwnSender, isVeilSender, readerURL } from './protocol.js';
import * as settings from './settings.js';
import { coreHost } from './corethread.js';
import { corePort } from './coreport.js';
import { keepList } from './keep.js';
import * as library from './db.js';
import { KIND, NOTE } from './contract.js';

/**
 * @typedef {import('./protocol.js').HostMessage} HostMessage
 * @typedef {import('./protocol.js').HostReplies} HostReplies
 * @typedef {import('./protocol.js').Failure} Failure
 * @typedef {import('./contract.js').Article} Article
 * @typedef {import('./contract.js').ExtractOptions} ExtractOptions
 */

const OFFSCREEN_PATH = 'extension/offscreen.html';
const WELCOME_PATH = 'extension/welcome.html';
const LIBRARY_PATH = 'extension/library.html';
const VEIL_PATH = 'extension/veil.js';

// ---- the wasm host ----

/** The core on this context's side, when there is no offscreen document:
 * a worker of the background page (Firefox), or the service worker's own
 * thread (the fallback). Made on first use. @type {ReturnType<typeof coreHost>|null} */
let localHost = null;
/** @type {Promise<void>|null} */
let creating = null;
/** Set when the offscreen document cannot be used; the worker hosts the wasm. */
let useLocalHost = !ext.hasOffscreen();

async function hasOffscreenDocument() {
  const api = /** @type {any} */ (ext.api);
  if (api.runtime.getContexts) {
    const ctx = await api.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [ext.url(OFFSCREEN_PATH)] });
    return ctx.length > 0;
  }
  return false;
}

/** Whether this worker has seen the offscreen document up, so that a call
 * does not ask the browser again: every question is a round trip, and a
 * click makes three calls. Forgotten when a call fails or resetHost closes
 * the document. */
let offscreenUp = false;

async function ensureOffscreen() {
  if (offscreenUp) return;
  if (await hasOffscreenDocument()) { offscreenUp = true; return; }
  creating ??= ext.api.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: [/** @type {any} */ ('DOM_PARSER')],
      justification: 'Keeps one warm GovReader core (Go WebAssembly) that parses and cleans pages for the reader view.',
    })
    .finally(() => { creating = null; });
  await creating;
  offscreenUp = true;
}

/** The direct line to the offscreen document's core worker (coreport.js). */
const port = corePort(ext.url(OFFSCREEN_PATH));

/**
 * Sends a message to the wasm host: over the direct line to the offscreen
 * document's worker when it is up, else to the offscreen document, else to
 * a worker of this context.
 * @template {HostMessage} M
 * @param {M} msg
 * @returns {Promise<HostReplies[M['type']] | Failure>}
 */
async function hostCall(msg) {
  // The warm-up of the engine's code needs the offscreen document itself
  // (corethread.js makes its page there, where a DOM parser is).
  const direct = useLocalHost || /** @type {{jit?: boolean}} */ (msg).jit ? null : port.call(msg);
  if (direct) {
    try {
      const reply = await direct;
      if (reply) return reply;
    } catch (e) {
      // The worker went away under the call: the offscreen document
      // starts another, and a line to it follows.
      console.warn('govreader: the core worker did not answer, asking the offscreen document', e);
    }
  }
  const reply = await viaOffscreen(msg);
  if (!useLocalHost && !port.ready()) port.connect().catch(() => undefined);
  return reply;
}

/**
 * hostCall without the direct line.
 * @template {HostMessage} M
 * @param {M} msg
 * @returns {Promise<HostReplies[M['type']] | Failure>}
 */
async function viaOffscreen(msg) {
  if (!useLocalHost) {
    try {
      await ensureOffscreen();
    } catch (e) {
      // No offscreen document can be made here (policy, old browser):
      // the worker hosts the wasm from now on.
      console.warn('govreader: no offscreen document, using the worker', e);
      useLocalHost = true;
    }
  }
  if (!useLocalHost) {
    // A document that is still starting may not listen yet: one retry,
    // then this call falls back without giving up on the document.
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const reply = await ext.send({ ...msg, target: 'host' });
        if (reply) return /** @type {HostReplies[M['type']] | Failure} */ (reply);
      } catch (e) {
        if (attempt === 1) console.warn('govreader: offscreen host did not answer, using the worker', e);
      }
      // Not listening yet, or closed since this worker last looked (a
      // crash): look again, and make it again if it is gone.
      offscreenUp = false;
      await new Promise((r) => setTimeout(r, 100));
      await ensureOffscreen().catch(() => undefined);
    }
  }
  localHost ??= coreHost();
  return /** @type {HostReplies[M['type']] | Failure} */ (await localHost(msg));
}

/** Whether a host has answered with core loaded, since this worker
 * started or the host was last reset. A click then sends no warm-up. */
let coreUp = false;

/**
 * hostCall, noting whether the core is up.
 * @template {HostMessage} M
 * @param {M} msg
 * @returns {Promise<HostReplies[M['type']] | Failure>}
 */
async function coreCall(msg) {
  try {
    const reply = await hostCall(msg);
    coreUp = Boolean(reply?.ok && 'version' in reply && reply.version);
    return reply;
  } catch (e) {
    coreUp = false;
    throw e;
  }
}

/** Loads the wasm, and warms the engine's code for it, before the first
 * reader view needs it. */
async function prewarm() {
  try {
    // Loaded first, and said so (coreUp): a click meanwhile knows the host
    // can answer it while the engine's code is still being warmed.
    await coreCall({ type: MSG.BG_TO_HOST_WARM });
    await coreCall({ type: MSG.BG_TO_HOST_WARM, jit: true });
  } catch (e) {
    console.error('govreader: pre-warm failed', e);
  }
}

/** Opens the library's database once after a browser start, so that the
 * first reader's question (已在文库?) does not wait for the browser to
 * open it: a few tenths of a second then. */
function warmLibrary() {
  library.has('').catch((e) => console.warn('govreader: library not opened', e));
}

/** Closes the warm host; used by the timing scripts to measure a cold start. */
async function resetHost() {
  offscreenUp = false;
  coreUp = false;
  port.drop('reset');
  if (!useLocalHost && (await hasOffscreenDocument())) await ext.api.offscreen.closeDocument();
}

// ---- articles handed to reader pages ----

/**
 * What a reader page is handed: the article and how it was read (the
 * page's address, the timings, its charset, core's version).
 * @typedef {{article: Article, url: string, timing?: Record<string, number>, charset?: string, version?: string}} Stashed
 */

/** @type {Map<string, Stashed>} */
const recent = new Map();
const KEEP = 20;

/** @param {string} id @param {Stashed} entry */
async function stash(id, entry) {
  recent.set(id, entry);
  while (recent.size > KEEP) recent.delete(/** @type {string} */ (recent.keys().next().value));
  try {
    // Survives a worker restart between the extraction and the reader's
    // request. Too big for storage.session only means memory alone.
    const store = ext.storage.session();
    const { stashIds = [] } = /** @type {{stashIds?: string[]}} */ (await store.get('stashIds'));
    const ids = [...stashIds.filter((/** @type {string} */ x) => x !== id), id];
    const drop = ids.splice(0, Math.max(0, ids.length - KEEP));
    await store.remove(drop.map((x) => 'article:' + x));
    await store.set({ ['article:' + id]: entry, stashIds: ids });
  } catch (e) {
    console.warn('govreader: article kept in memory only', e);
  }
}

/** How many title records are kept for readers whose article is gone. */
const KEEP_RECORDS = 200;

/**
 * Keeps the title and address of a reader page in storage.local, which,
 * unlike the stash, outlives a browser restart: a reader opened again from
 * the history or a bookmark can then at least say what it was.
 * @param {string} id @param {{title: string, url: string}} record
 */
async function keepRecord(id, record) {
  try {
    const store = ext.storage.local();
    const { recordIds = [] } = /** @type {{recordIds?: string[]}} */ (await store.get('recordIds'));
    const ids = [...recordIds, id];
    const drop = ids.splice(0, Math.max(0, ids.length - KEEP_RECORDS));
    await store.remove(drop.map((x) => 'record:' + x));
    await store.set({ ['record:' + id]: record, recordIds: ids });
  } catch (e) {
    console.warn('govreader: no title record kept', e);
  }
}

// ---- the pages behind reader views, for 显示移除内容 ----

/** The HTML and options each recent reader was extracted from, so that
 * the reader can ask for its removals explained without reading the page
 * again (the tab shows the reader by then). In memory, and in
 * storage.session when small enough to outlive a worker restart.
 * @typedef {{html: string, options: ExtractOptions}} Source
 * @type {Map<string, Source>} */
const sources = new Map();
const KEEP_SOURCES = 5;
/** storage.session holds 10 MB in all; a page larger than this is kept
 * in memory only. */
const MAX_SESSION_SOURCE = 2 * 1024 * 1024;
const SOURCE_WRITE_DELAY_MS = 2000;
/** Writes to the list of stored sources, one after another. @type {Promise<void>} */
let sourceWrites = Promise.resolve();

/** @param {string} id @param {Source} src */
function keepSource(id, src) {
  sources.set(id, src);
  while (sources.size > KEEP_SOURCES) sources.delete(/** @type {string} */ (sources.keys().next().value));
  if (src.html.length > MAX_SESSION_SOURCE) return;
  // Written a moment later, so that copying the page into storage does
  // not compete with the reader page's first paint.
  sourceWrites = sourceWrites.then(() => new Promise((r) => setTimeout(r, SOURCE_WRITE_DELAY_MS))).then(async () => {
    if (!sources.has(id)) return;
    const store = ext.storage.session();
    const { sourceIds = [] } = /** @type {{sourceIds?: string[]}} */ (await store.get('sourceIds'));
    const ids = [...sourceIds.filter((/** @type {string} */ x) => x !== id), id];
    const drop = ids.splice(0, Math.max(0, ids.length - KEEP_SOURCES));
    await store.remove(drop.map((x) => 'source:' + x));
    await store.set({ ['source:' + id]: src, sourceIds: ids });
  }).catch((e) => console.warn('govreader: page kept in memory only', e));
}

/** @param {string} id @returns {Promise<Source|undefined>} */
async function sourceOf(id) {
  if (sources.has(id)) return sources.get(id);
  await sourceWrites;
  const got = await ext.storage.session().get('source:' + id);
  return /** @type {Source|undefined} */ (got['source:' + id]);
}

/**
 * Extracts a reader's page again with Options.Explain and the site's
 * restored blocks, and stashes the new article (without the explanation)
 * so that reloading the reader shows the restored blocks too.
 * @param {string} id
 */
async function explainReader(id) {
  const [src, entry] = await Promise.all([sourceOf(id), unstash(id)]);
  if (!src || !entry) return { ok: false, code: 'gone', error: 'the page is no longer kept' };
  const keep = await keepList(String(entry.url ?? '')).catch(() => []);
  const reply = await hostCall({ type: MSG.BG_TO_HOST_EXTRACT, html: src.html, options: { ...src.options, explain: true, keep } });
  if (!reply.ok) return { ok: false, code: reply.code ?? 'host', error: reply.error };
  const { explain, ...article } = reply.article;
  await stash(id, { ...entry, article });
  return { ok: true, article: reply.article };
}

// ---- readers opened before their article is ready ----

/**
 * Readers that a click opened while core was still reading their page, by
 * id: the headline they may show meanwhile, and their article (or why
 * there is none) once it is there. An entry stays a little after it is
 * settled, for a reader page that asks late; the stash has the article by
 * then anyway.
 * @type {Map<string, {headline: Promise<string>, entry: Promise<object>, deliver: (r: object) => void}>}
 */
const reading = new Map();
const READING_GRACE_MS = 60_000;

/** @param {string} id @param {object} result {ok: true, ...entry} or {ok: false, code, error} */
function settle(id, result) {
  reading.get(id)?.deliver(result);
  setTimeout(() => reading.delete(id), READING_GRACE_MS);
}

/**
 * The content script's headline, if core's spam lexicon finds no word in
 * it; '' otherwise, or when the host cannot say.
 * @param {string} text
 * @returns {Promise<string>}
 */
function checkHeadline(text) {
  return hostCall({ type: MSG.BG_TO_HOST_SPAM_WORDS, text })
    .then((r) => (r?.ok && r.spam === false ? text : ''), () => '');
}

/** How long a click's navigation waits for core's answer on the page's
 * headline. A warm host answers in a few milliseconds; one still loading
 * core.wasm would hold the reader up for the whole load. */
const HEADLINE_WAIT_MS = 60;

/**
 * What p gives, if it gives it within ms; undefined otherwise.
 * @template T @param {Promise<T>} p @param {number} ms
 * @returns {Promise<T|undefined>}
 */
function within(p, ms) {
  /** @type {ReturnType<typeof setTimeout>|undefined} */
  let timer;
  const late = new Promise((r) => { timer = setTimeout(() => r(undefined), ms); });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/**
 * The headline a reader may show now: its article's title once it is
 * there, else the checked early headline ('' when there is none).
 * @param {string} id
 */
async function headOf(id) {
  const kept = recent.get(id);
  if (kept) return { ok: true, title: String(kept.article?.title ?? '') };
  const r = reading.get(id);
  if (r) return { ok: true, title: await r.headline };
  const e = await unstash(id);
  return e ? { ok: true, title: String(e.article?.title ?? '') } : { ok: false, code: 'gone', error: 'gone' };
}

/**
 * A reader's article: from memory, from a reading still under way, or
 * from storage.session (a worker restart in between).
 * @param {string} id
 */
async function articleOf(id) {
  if (recent.has(id)) return { ok: true, ...recent.get(id) };
  const r = reading.get(id);
  if (r) return r.entry;
  const e = await unstash(id);
  return e ? { ok: true, ...e } : { ok: false, error: 'gone', code: 'gone' };
}

/** @param {string} id @returns {Promise<Stashed|undefined>} */
async function unstash(id) {
  if (recent.has(id)) return recent.get(id);
  const got = await ext.storage.session().get('article:' + id);
  return /** @type {Stashed|undefined} */ (got['article:' + id]);
}

// ---- the toolbar button's feedback ----

/** Tabs whose reader is on its way, with the timer of the badge's
 * animation. @type {Map<number, ReturnType<typeof setInterval>>} */
const busyTabs = new Map();
const BUSY = Object.freeze({
  frames: ['·', '··', '···'],
  frameMs: 300,
  colour: '#0b57d0',
  // The reader is ready long before this; a badge must not outlive a
  // reader page that never asked for its article (closed, navigated).
  maxMs: 20000,
});

/**
 * Puts a moving badge on the toolbar button of a tab, at once: the reader
 * takes a few hundred milliseconds, and a press that changes nothing on
 * screen reads as a press that did not work. Every frame sets the badge
 * again, because the browser clears a tab's badge when the tab navigates
 * (to the reader page). Nothing here is awaited: the reader never waits
 * for its badge.
 * @param {number} tabId
 */
function busy(tabId) {
  const action = ext.api.action;
  if (!action?.setBadgeText || busyTabs.has(tabId)) return;
  const since = Date.now();
  let frame = 0;
  const paint = () => {
    if (Date.now() - since > BUSY.maxMs) { idle(tabId); return; }
    action.setBadgeBackgroundColor({ tabId, color: BUSY.colour }).catch(() => undefined);
    action.setBadgeText({ tabId, text: BUSY.frames[frame++ % BUSY.frames.length] }).catch(() => idle(tabId));
  };
  paint();
  busyTabs.set(tabId, setInterval(paint, BUSY.frameMs));
}

/** Takes the badge off: the reader is ready, or failed. @param {number} tabId */
function idle(tabId) {
  const timer = busyTabs.get(tabId);
  if (timer === undefined) return;
  clearInterval(timer);
  busyTabs.delete(tabId);
  ext.api.action?.setBadgeText({ tabId, text: '' }).catch(() => undefined);
}

// ---- runReader ----

/**
 * Shows a short message in the page (the user stays on it). The browser's
 * own wording of what went wrong (English, technical) is not the message:
 * it waits behind a collapsed 详情 for whoever wants it.
 * @param {number} tabId @param {string} text @param {string} [detail]
 * @param {'error'|'info'} [kind] an error is red and an alert; info (the
 *   answer to a menu choice) is grey and a status
 */
async function toast(tabId, text, detail = '', kind = 'error') {
  idle(tabId);
  try {
    await ext.runFunc(tabId, (/** @type {string} */ t, /** @type {string} */ more, /** @type {string} */ moreLabel, /** @type {boolean} */ error) => {
      const d = document.createElement('div');
      d.textContent = t;
      d.setAttribute('role', error ? 'alert' : 'status');
      d.style.cssText = `position:fixed;z-index:2147483647;top:16px;right:16px;max-width:420px;padding:12px 16px;background:${error ? '#b3261e' : '#2b2c2f'};color:#fff;font:15px/1.5 sans-serif;border-radius:6px;box-shadow:0 2px 8px #0006`;
      if (more) {
        const box = document.createElement('details');
        const sum = document.createElement('summary');
        sum.textContent = moreLabel;
        sum.style.cssText = 'cursor:pointer;font-size:13px';
        const pre = document.createElement('div');
        pre.textContent = more;
        pre.style.cssText = 'font-size:12px;opacity:.9;word-break:break-all';
        box.append(sum, pre);
        d.append(box);
      }
      document.documentElement.append(d);
      setTimeout(() => d.remove(), 8000);
    }, [text, detail, ext.t('errDetails'), kind === 'error']);
  } catch {
    if (kind !== 'error') return;
    ext.api.action?.setBadgeText({ tabId, text: '!' });
    ext.api.action?.setTitle({ tabId, title: text });
  }
}

/** The message of an error code. @param {string} code */
function errorText(code) {
  return ext.t(/** @type {Record<string,string>} */ (ERROR_MESSAGES)[code] ?? 'errHost');
}

/**
 * @param {number} tabId @param {string} code @param {string} detail
 * @returns {Promise<{ok: false, code: string, error: string}>}
 */
async function fail(tabId, code, detail) {
  await toast(tabId, errorText(code), detail);
  return { ok: false, code, error: errorText(code) + (detail ? ` (${detail})` : '') };
}

/**
 * The one entry point of the reader: the toolbar button, the keyboard
 * command, the context menu, auto-clean and the tests all call it. It reads
 * the tab's live DOM, extracts the article in the wasm host and turns the
 * tab into the reader page.
 * @param {number} tabId
 * @param {{auto?: boolean, veiled?: boolean, documentId?: string}} [opts]
 *   auto: started by an auto-clean rule, not by the user; then a page
 *   without an article (a portal's home or list page) is left alone.
 *   veiled: the page is under the veil, which says what went wrong itself.
 *   documentId: read only this document of the tab (the veil's).
 */
export async function runReader(tabId, opts = {}) {
  const t0 = performance.now();
  // Start the host (and a cold wasm load) while the page is serialised;
  // a host known to be up needs no message that competes with the click.
  const warming = coreUp ? Promise.resolve(undefined) : coreCall({ type: MSG.BG_TO_HOST_WARM }).catch(() => undefined);
  // The user pressed something: show at once that it was heard.
  const asked = !opts.auto && !opts.veiled;
  if (asked) busy(tabId);
  // Auto-clean fails silently and the veil speaks for itself; a user who
  // asked is told in the page.
  const bail = (/** @type {string} */ code, /** @type {string} */ detail) => {
    if (asked) return fail(tabId, code, detail);
    idle(tabId);
    return Promise.resolve({ ok: false, code, error: detail || errorText(code) });
  };
  /** @type {import('./protocol.js').PageGrab|undefined} */
  let page;
  try {
    page = await ext.runFile(tabId, 'extension/content.js', opts.documentId);
  } catch (e) {
    return bail('no_access', String(/** @type {any} */ (e)?.message ?? e));
  }
  if (!page) return bail('no_access', '');
  if (!page.ok) {
    const mb = (/** @type {number} */ n) => (n / 1048576).toFixed(1);
    return bail(page.code, page.code === 'too_large' ? `${mb(page.bytes)} MiB > ${mb(page.limit)} MiB` : '');
  }
  const t1 = performance.now();
  const id = crypto.randomUUID();
  // Blocks the reader restored on this site stay (keep.js).
  const keeping = keepList(page.url).catch(() => []);
  // The headline the reader may show while core reads the page: first in
  // the host's queue, so that it is answered before the extraction runs.
  const headline = asked && page.headline ? checkHeadline(String(page.headline)) : Promise.resolve('');
  // The string was decoded by the browser; core must not re-decode it by
  // the page's <meta charset>.
  /** @type {ExtractOptions} */
  const options = { url: page.url, charset: 'utf-8', live_dom: true, keep: [] };
  // The page goes to the host before the tab navigates: the browser
  // passes the page's HTML on while it has nothing else to do, rather
  // than while it loads the reader page, and core starts at once.
  const extracting = keeping
    .then((keep) => coreCall({ type: MSG.BG_TO_HOST_EXTRACT, html: page.html, options: { ...options, keep } }))
    .catch((e) => /** @type {Failure} */ ({ ok: false, code: 'host', error: String(e?.message ?? e) }));
  /** @type {Promise<unknown>|undefined} */
  let opening;
  if (asked) {
    // The reader page opens now, while core reads the page (in its own
    // worker: corethread.js), rather than after: it shows its toolbar and
    // the headline at once, and the article when it comes. The page is
    // not needed any more; only a link the user followed meanwhile keeps
    // the tab (access to the tab's URL ends with the navigation, so a
    // missing URL means it moved). The checked headline rides in the
    // reader's URL, so that the page paints it before any of its modules
    // has loaded; a check that has not answered by then, or a host still
    // loading core.wasm after a browser start, leaves it to the reader to
    // ask (READER_TO_BG_GET_HEAD) rather than hold the navigation up.
    const [now, shown] = await Promise.all([
      ext.tabs.get(tabId).catch(() => undefined),
      // A host still loading core.wasm cannot answer in time: no wait.
      coreUp ? within(headline, HEADLINE_WAIT_MS) : Promise.resolve(undefined),
    ]);
    if (!now || now.url !== page.url) { idle(tabId); return { ok: false, code: 'navigated', error: 'the tab navigated away' }; }
    /** @type {(r: object) => void} */
    let deliver = () => undefined;
    reading.set(id, { headline, entry: new Promise((r) => { deliver = r; }), deliver });
    opening = Promise.all([
      ext.tabs.update(tabId, { url: readerURL(ext.url(READER_PATH), id, page.url, shown ?? '') }),
      markCleaned(tabId, page.url),
    ]);
    // Awaited below, whatever the extraction gives.
    opening.catch(() => undefined);
  }
  options.keep = await keeping;
  const [warmed, reply] = await Promise.all([warming, extracting]);
  const t2 = performance.now();
  if (!reply.ok) {
    // An open reader says so itself (its GET_ARTICLE answer), with the
    // way back to the page.
    if (opening) {
      const code = reply.code ?? 'host';
      settle(id, { ok: false, code, error: reply.error ?? '' });
      await opening.catch(() => undefined);
      return { ok: false, code, error: errorText(code) + (reply.error ? ` (${reply.error})` : '') };
    }
    return bail(reply.code ?? 'host', reply.error);
  }
  // Auto-clean turns articles into the reader, not a portal's home or
  // column pages: there the portal's own navigation is what the reader
  // came for. The button still shows a list page as its entries.
  if (opts.auto && (reply.article.kind === KIND.LIST || reply.article.notes?.some((n) => n.id === NOTE.NO_ARTICLE))) {
    return { ok: false, code: 'not_article', error: 'no article on this page', kind: reply.article.kind === KIND.LIST ? 'list' : 'none' };
  }
  keepSource(id, { html: page.html, options });
  const timing = {
    serialize_ms: t1 - t0,
    host_ms: t2 - t1,
    extract_ms: reply.extract_ms,
    // Loading core.wasm, when this call had to: the warm-up call above
    // starts it, so the extraction itself seldom finds the host cold.
    load_ms: (warmed?.ok ? warmed.load_ms : 0) + (reply.load_ms ?? 0),
  };
  const entry = { article: reply.article, url: page.url, timing, charset: page.charset, version: reply.version };
  const record = keepRecord(id, { title: String(reply.article.title ?? ''), url: page.url });
  if (opening) {
    // The reader is open or opening: it gets the article from memory at
    // once, and storage follows.
    const stored = stash(id, entry);
    settle(id, { ok: true, ...entry });
    try {
      await opening;
    } catch (e) {
      idle(tabId);
      return { ok: false, code: 'navigated', error: String(/** @type {any} */ (e)?.message ?? e) };
    } finally {
      await Promise.all([stored, record]);
    }
    return { ok: true, id, title: reply.article.title, timing: { ...timing, total_ms: performance.now() - t0 } };
  }
  // The user may have followed a link meanwhile; never replace the page
  // they went to with the reader of the one they left.
  const now = await ext.tabs.get(tabId).catch(() => undefined);
  if (!now || now.url !== page.url) { idle(tabId); return { ok: false, code: 'navigated', error: 'the tab navigated away' }; }
  // The user pressed 显示原网页 on the veil meanwhile.
  if (cancelled.get(tabId) === page.url) return { ok: false, code: 'cancelled', error: 'the user asked for the original' };
  // Independent storage writes: none waits for another.
  await Promise.all([stash(id, entry), markCleaned(tabId, page.url), record]);
  await ext.tabs.update(tabId, { url: readerURL(ext.url(READER_PATH), id, page.url) });
  return { ok: true, id, title: reply.article.title, timing: { ...timing, total_ms: performance.now() - t0 } };
}

// ---- auto-clean ----

/** The URL each tab was last turned into a reader from, so that going back
 * to the original does not bounce straight into the reader again.
 * @param {number} tabId @param {string} url */
async function markCleaned(tabId, url) {
  await ext.storage.session().set({ ['cleaned:' + tabId]: url });
}

/** @param {number} tabId @param {string} url */
async function wasCleaned(tabId, url) {
  const k = 'cleaned:' + tabId;
  const got = await ext.storage.session().get(k);
  return got[k] === url;
}

// ---- re-reading for a reader whose article is gone ----

/**
 * Notes that the tab's reader is about to replace itself with url, to be
 * read again once it has loaded.
 * @param {number} tabId @param {string} url
 */
async function expectReread(tabId, url) {
  await ext.storage.session().set({ ['reread:' + tabId]: url });
}

/**
 * Reports, once, whether the tab was expected to load url for a re-read.
 * @param {number} tabId @param {string} url
 */
async function takeReread(tabId, url) {
  const k = 'reread:' + tabId;
  const got = await ext.storage.session().get(k);
  const asked = got[k];
  if (asked === undefined) return false;
  await ext.storage.session().remove(k);
  // An http page that moves to https, or a portal's redirect to its
  // article, is still the page that was asked for.
  return typeof asked === 'string' && new URL(asked).hostname === new URL(url).hostname;
}

// ---- the veil: auto-clean from the page's first paint ----

/** The id of the veil's content script registration. */
const VEIL_ID = 'govreader-veil';

/**
 * Pages under a veil that the background said go to, by tab: the page,
 * and whether it is auto-clean's doing ('auto') or the user's ('read': a
 * link opened in GovReader, a gone reader read again).
 * @type {Map<number, {url: string, mode: 'auto'|'read'}>}
 */
const veils = new Map();
/** The page of each tab whose veil the user lifted (显示原网页, Esc) while
 * the reader was being made. @type {Map<number, string>} */
const cancelled = new Map();

/** @type {Promise<void>} */
let veilSync = Promise.resolve();

/**
 * Registers the veil for the pages auto-clean may read (settings.js
 * veilPatterns), or unregisters it. Calls run one after another, so that
 * two quick changes cannot both register it.
 * @returns {Promise<void>}
 */
function syncVeil() {
  veilSync = veilSync.then(registerVeil, registerVeil);
  return veilSync;
}

async function registerVeil() {
  const scripting = ext.api.scripting;
  if (!scripting?.registerContentScripts) return;
  try {
    const s = await settings.load();
    const state = await settings.loadAutoCleanState(s);
    const granted = new Set([...state.rules.filter((r) => r.granted).map((r) => r.rule), ...state.sites.filter((x) => x.granted).map((x) => x.host)]);
    const { matches, excludeMatches } = settings.veilPatterns(s, (n) => granted.has(n));
    const [current] = await scripting.getRegisteredContentScripts({ ids: [VEIL_ID] });
    if (!matches.length) {
      if (current) await scripting.unregisterContentScripts({ ids: [VEIL_ID] });
      return;
    }
    /** @type {chrome.scripting.RegisteredContentScript} */
    const script = { id: VEIL_ID, js: [VEIL_PATH], matches, excludeMatches, runAt: 'document_start', allFrames: false };
    if (current) await scripting.updateContentScripts([script]);
    else await scripting.registerContentScripts([script]);
  } catch (e) {
    console.warn('govreader: the auto-clean veil is not registered', e);
  }
}

/**
 * The veil asks, at document_start, whether its page is to be read. It is
 * when the user asked for it (a link opened in GovReader, a gone reader
 * read again) or auto-clean wants it, and not when the user came back to
 * the original from the reader.
 * @param {number} tabId @param {string} url
 */
async function veilStart(tabId, url) {
  cancelled.delete(tabId);
  veils.delete(tabId);
  const [s, read, back] = await Promise.all([settings.load(), takeReread(tabId, url), wasCleaned(tabId, url)]);
  /** @type {'auto'|'read'|''} */
  let mode = '';
  if (read) mode = 'read';
  else if (!back && settings.shouldAutoClean(url, s)) mode = 'auto';
  if (!mode) return { ok: true, go: false };
  veils.set(tabId, { url, mode });
  // The page is still loading: start the core now rather than after.
  hostCall({ type: MSG.BG_TO_HOST_WARM }).catch(() => undefined);
  return { ok: true, go: true, theme: s.theme };
}

/**
 * The veil's page has its DOM and style sheets: read it. The answer
 * reaches the veil only when the page stays, and then says why.
 * @param {number} tabId @param {string} url @param {string} [documentId]
 */
async function veilReady(tabId, url, documentId) {
  if (cancelled.get(tabId) === url) return { ok: false, code: 'cancelled', message: '' };
  let v = veils.get(tabId);
  // The worker was stopped since the start (it keeps no state between
  // runs): decide again. A 显示原网页 meanwhile is remembered in storage.
  if (v?.url !== url) {
    if (!(await veilStart(tabId, url)).go) return { ok: false, code: 'cancelled', message: '' };
    v = /** @type {{url: string, mode: 'auto'|'read'}} */ (veils.get(tabId));
  }
  const r = /** @type {any} */ (await runReader(tabId, { auto: v.mode === 'auto', veiled: true, documentId }));
  if (r.ok) return { ok: true };
  return { ok: false, code: r.code, message: veilMessage(r) };
}

/**
 * What the veil says when the page stays: nothing when the user chose it.
 * @param {{code: string, kind?: string}} r runReader's answer
 */
function veilMessage(r) {
  if (r.code === 'cancelled' || r.code === 'navigated') return '';
  if (r.code === 'not_article') return ext.t(r.kind === 'list' ? 'veilList' : 'veilNotArticle');
  return ext.t('veilFailed', [errorText(r.code)]);
}

/**
 * The veil's messages. Its sender is a web page's process: it speaks for
 * its own tab and its own page (the browser's word for them, not the
 * message's), and can ask for nothing auto-clean would not do there.
 * @param {any} msg @param {chrome.runtime.MessageSender} sender
 */
function onVeilMessage(msg, sender) {
  const tabId = /** @type {number} */ (sender.tab?.id);
  const url = String(sender.url);
  switch (msg.type) {
    case MSG.VEIL_TO_BG_START:
      return veilStart(tabId, url);
    case MSG.VEIL_TO_BG_READY:
      return veilReady(tabId, url, /** @type {any} */ (sender).documentId);
    case MSG.VEIL_TO_BG_CANCEL:
      cancelled.set(tabId, url);
      // Like 查看原网页: a reload of this page stays the page.
      return markCleaned(tabId, url).then(() => ({ ok: true }));
  }
  return undefined;
}

ext.api.tabs.onUpdated.addListener(async (tabId, info, tab) => {
  // tab.url is only visible for hosts the user granted, which is exactly
  // the set of auto-clean rules and of pages a reader may re-read.
  if (info.status !== 'complete' || !tab.url || !/^https?:/.test(tab.url)) return;
  try {
    const reread = await takeReread(tabId, tab.url);
    // The veil has this page in hand (it was read, or stays on purpose).
    if (veils.get(tabId)?.url === tab.url) return;
    // A page the user asked to read on a site without the veil (a link
    // opened in GovReader, a gone reader): the same path as a click on the
    // toolbar button, so a failure says why.
    if (reread) {
      await runReader(tabId);
      return;
    }
    if (await wasCleaned(tabId, tab.url)) return;
    const s = await settings.load();
    if (!settings.shouldAutoClean(tab.url, s)) {
      await ext.storage.session().remove('cleaned:' + tabId);
      return;
    }
    // Where content scripts can be registered, the veil does auto-clean
    // at the start of the page; this is for a browser without them.
    if (typeof ext.api.scripting?.registerContentScripts === 'function') return;
    await runReader(tabId, { auto: true });
  } catch (e) {
    console.warn('govreader: auto-clean failed', e);
  }
});
ext.api.tabs.onRemoved.addListener((tabId) => {
  ext.storage.session().remove(['cleaned:' + tabId, 'reread:' + tabId]);
  veils.delete(tabId);
  cancelled.delete(tabId);
  idle(tabId);
});

// ---- the ways in ----

/** The context menu items. */
const MENU = Object.freeze({
  /** The page's menu: read this page. */
  open: 'govreader-open',
  /** A link's menu: open the link in a new tab, as the reader. */
  link: 'govreader-link',
  /** The toolbar button's menu: auto-clean for the current tab's site. */
  site: 'govreader-site',
  /** The toolbar button's menu: the library and the settings. */
  library: 'govreader-library',
  options: 'govreader-options',
});

// Named, and exposed to the tests below, so that a test calls exactly the
// function the browser calls. Each returns runReader's promise when it
// starts the reader (the browser ignores it), undefined when it does not.

/** The toolbar button. @param {chrome.tabs.Tab} tab */
function onActionClicked(tab) {
  if (tab?.id !== undefined) return runReader(tab.id);
  return undefined;
}

/** The keyboard shortcut (manifest.json commands). @param {string} command @param {chrome.tabs.Tab} [tab] */
function onCommand(command, tab) {
  if (command === 'open-reader' && tab?.id !== undefined) return runReader(tab.id);
  return undefined;
}

/**
 * The context menus: the page's, a link's, and the toolbar button's.
 * @param {chrome.contextMenus.OnClickData} info @param {chrome.tabs.Tab} [tab]
 */
function onMenuClicked(info, tab) {
  switch (info.menuItemId) {
    case MENU.open:
      return tab?.id !== undefined ? runReader(tab.id) : undefined;
    case MENU.link:
      return openLink(info.linkUrl, tab);
    case MENU.site:
      return switchSite(Boolean(info.checked), tab);
    case MENU.library:
      return ext.tabs.create({ url: ext.url(LIBRARY_PATH), ...beside(tab) }).then(() => ({ ok: true }));
    case MENU.options:
      return ext.api.runtime.openOptionsPage().then(() => ({ ok: true }));
  }
  return undefined;
}

/** Where a tab opened from tab goes: right after it, in its window.
 * @param {chrome.tabs.Tab} [tab] */
function beside(tab) {
  return tab?.id !== undefined && tab.id >= 0 ? { index: tab.index + 1, windowId: tab.windowId, openerTabId: tab.id } : {};
}

/**
 * Whether the extension may read a site, asking the user when it may not.
 * The question is put at once, before anything is awaited: the browser
 * shows its prompt only while the click that led here lasts. Where there
 * is no such click (a test, a browser that does not pass it on), the
 * request fails, and the access already granted still counts.
 * @param {string} host
 * @returns {Promise<boolean>}
 */
function askAccess(host) {
  const origins = settings.ruleOrigins(host);
  const has = ext.permissions.contains(origins).catch(() => false);
  const asked = ext.permissions.request(origins).catch(() => false);
  return Promise.all([has, asked]).then(([a, b]) => a || b);
}

/**
 * 在 GovReader 中打开链接: the link opens in a new tab next to this one and
 * turns into the reader once it has loaded. Reading it needs access to its
 * site; the browser asks at once, within the click. Without access the link
 * still opens, as the page, and this tab says how to read it.
 * @param {string|undefined} link @param {chrome.tabs.Tab} [tab]
 */
function openLink(link, tab) {
  let u;
  try { u = new URL(String(link)); } catch { return undefined; }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  const asked = askAccess(u.hostname);
  return (async () => {
    const granted = await asked;
    const opened = await ext.tabs.create({ url: u.href, active: true, ...beside(tab) });
    if (granted && opened.id !== undefined) {
      await expectReread(opened.id, u.href);
      return { ok: true, tabId: opened.id };
    }
    if (tab?.id !== undefined) await toast(tab.id, ext.t('linkNoAccess', [u.hostname]), '', 'info');
    return { ok: false, code: 'no_access', tabId: opened.id };
  })();
}

/**
 * The toolbar button menu's 自动净化本站: auto-clean on or off for the site
 * of the current tab (for a reader, the site it was read from). Turning it
 * on asks for access to that site, within the click; turning it off keeps
 * the access, which the rules may need.
 * @param {boolean} on the switch's new state
 * @param {chrome.tabs.Tab} [tab]
 */
function switchSite(on, tab) {
  const host = settings.siteOf(tab?.url, ext.url(READER_PATH));
  if (!host) {
    refreshSiteItem();
    return undefined;
  }
  const asked = on ? askAccess(host) : Promise.resolve(true);
  return (async () => {
    const page = tab?.id !== undefined && /^https?:/.test(tab.url ?? '') ? tab.id : undefined;
    if (!(await asked)) {
      if (page !== undefined) await toast(page, ext.t('permissionDenied'));
      await refreshSiteItem();
      return { ok: false, code: 'no_access', host };
    }
    const s = await settings.load();
    s.autoClean.sites[host] = on;
    await settings.save(s);
    // A reader shows the switch itself, and follows the setting.
    if (page !== undefined) await toast(page, ext.t(on ? 'siteAutoOn' : 'siteAutoOff'), '', 'info');
    await refreshSiteItem();
    return { ok: true, host, on };
  })();
}

/**
 * Sets 自动净化本站 to what auto-clean does for the active tab's site: on
 * only with access. The menu has no "about to show" event in Chrome, so it
 * follows the active tab, the settings and the access. A tab whose URL
 * cannot be seen (no access) shows it off, which is the truth.
 * @returns {Promise<{host: string, checked: boolean, enabled: boolean}|undefined>}
 */
async function refreshSiteItem() {
  const menus = ext.api.contextMenus;
  if (!menus) return undefined;
  try {
    const [tab] = await ext.api.tabs.query({ active: true, lastFocusedWindow: true });
    const host = settings.siteOf(tab?.url, ext.url(READER_PATH));
    let checked = false;
    if (host) {
      const [s, access] = await Promise.all([settings.load(), ext.permissions.contains(settings.ruleOrigins(host)).catch(() => false)]);
      checked = access && settings.shouldAutoClean(`https://${host}/`, s);
    }
    // A page the extension can see and that is not a site (a browser or
    // extension page): nothing to switch.
    const enabled = Boolean(host) || !tab?.url;
    await new Promise((resolve, reject) => {
      menus.update(MENU.site, { checked, enabled }, () => {
        const err = ext.api.runtime.lastError;
        if (err) reject(new Error(err.message));
        else resolve(undefined);
      });
    });
    return { host, checked, enabled };
  } catch (e) {
    // No item yet (it is made at install), or no window.
    return undefined;
  }
}

/** Tab events come in bursts (a navigation sends several): the switch is
 * set once a burst is over, so that a reader being opened does not share
 * the browser with a round of menu calls per event. */
const SITE_ITEM_SETTLE_MS = 300;
/** @type {ReturnType<typeof setTimeout>|undefined} */
let siteItemTimer;

function refreshSiteItemSoon() {
  clearTimeout(siteItemTimer);
  siteItemTimer = setTimeout(() => { refreshSiteItem(); }, SITE_ITEM_SETTLE_MS);
}

/** (Re)creates the context menu items. @returns {Promise<boolean>} whether all were made */
function createMenu() {
  const menus = ext.api.contextMenus;
  if (!menus) return Promise.resolve(false);
  /** @type {chrome.contextMenus.CreateProperties[]} */
  const items = [
    { id: MENU.open, title: ext.t('menuOpenReader'), contexts: ['page'] },
    { id: MENU.link, title: ext.t('menuOpenLink'), contexts: ['link'], targetUrlPatterns: ['http://*/*', 'https://*/*'] },
    { id: MENU.site, title: ext.t('menuSiteAuto'), type: 'checkbox', checked: false, contexts: ['action'] },
    { id: MENU.library, title: ext.t('menuLibrary'), contexts: ['action'] },
    { id: MENU.options, title: ext.t('menuOptions'), contexts: ['action'] },
  ];
  return new Promise((resolve) => {
    menus.removeAll(() => {
      let ok = true;
      let left = items.length;
      for (const item of items) {
        menus.create(item, () => {
          const err = ext.api.runtime.lastError;
          if (err) { ok = false; console.warn('govreader: context menu item not created', item.id, err.message); }
          if (--left === 0) resolve(ok);
        });
      }
    });
  }).then(async (ok) => { await refreshSiteItem(); return ok; });
}

/**
 * A fresh install opens the welcome page: it says how to open the reader
 * and asks for the host access auto-clean needs, which an install does not
 * grant.
 * @param {{reason?: string}} [details]
 */
function onInstalled(details) {
  prewarm();
  syncVeil();
  if (details?.reason === 'install') {
    ext.tabs.create({ url: ext.url(WELCOME_PATH) }).catch((/** @type {unknown} */ e) => console.warn('govreader: no welcome page', e));
  }
  return createMenu();
}

ext.api.action.onClicked.addListener(onActionClicked);
ext.api.commands?.onCommand.addListener(onCommand);
ext.api.contextMenus?.onClicked.addListener(onMenuClicked);
ext.api.runtime.onInstalled.addListener(onInstalled);
ext.api.runtime.onStartup.addListener(() => { prewarm(); syncVeil(); warmLibrary(); });
// What the veil covers and what the menu's switch shows follow the
// settings and the access, from wherever they change (options, welcome
// page, reader, this menu, the browser's own settings).
settings.watch(() => { syncVeil(); refreshSiteItem(); });
settings.watchAccess(() => { syncVeil(); refreshSiteItem(); });
ext.api.tabs.onActivated.addListener(refreshSiteItemSoon);
ext.api.windows?.onFocusChanged.addListener(refreshSiteItemSoon);
ext.api.tabs.onUpdated.addListener((tabId, info, tab) => {
  if (tab.active && (info.url || info.status === 'complete')) refreshSiteItemSoon();
  // The reader page has loaded: the badge goes even if, some day, the page
  // gets its article without asking (see PAGE_TO_BG_GET_ARTICLE).
  if (info.status === 'complete' && tab.url?.startsWith(ext.url(READER_PATH))) idle(tabId);
});
// Firefox says when a menu is about to show: the switch is set just then.
/** @type {any} */ (ext.api.contextMenus)?.onShown?.addListener(async (/** @type {{contexts: string[]}} */ info) => {
  if (!info.contexts.includes('action')) return;
  await refreshSiteItem();
  /** @type {any} */ (ext.api.contextMenus).refresh?.();
});

// ---- messages ----

ext.onMessage((msg, sender) => {
  if (!isMessageFor(msg, 'bg')) return undefined;
  if (VEIL_TYPES.includes(msg.type)) return isVeilSender(sender, ext.id()) ? onVeilMessage(msg, sender) : undefined;
  if (!isOwnSender(sender, ext.id(), ext.origin())) return undefined;
  switch (msg.type) {
    case MSG.PAGE_TO_BG_GET_ARTICLE:
      return articleOf(String(msg.id)).then((r) => {
        // The reader has its article (or knows why not): the button's
        // badge has done its job.
        if (sender.tab?.id !== undefined) idle(sender.tab.id);
        return r;
      });
    case MSG.READER_TO_BG_GET_HEAD:
      return headOf(String(msg.id));
    case MSG.PAGE_TO_BG_RENDER:
      // From one of the extension's own pages; core reads what it can of
      // the article and the options, and says so when it cannot.
      return hostCall({
        type: msg.format === 'md' ? MSG.BG_TO_HOST_MARKDOWN : MSG.BG_TO_HOST_DOCUMENT,
        article: /** @type {Article} */ (msg.article),
        options: /** @type {import('./contract.js').ExportOptions|undefined} */ (msg.options),
      });
    case MSG.READER_TO_BG_VIEW_ORIGINAL: {
      const tabId = sender.tab?.id;
      const url = String(msg.url);
      if (tabId === undefined || !/^(https?|file):/.test(url)) return Promise.resolve({ ok: false, error: 'bad url', code: 'bad_url' });
      return markCleaned(tabId, url).then(() => ext.tabs.update(tabId, { url })).then(() => ({ ok: true }));
    }
    case MSG.READER_TO_BG_REREAD: {
      const tabId = sender.tab?.id;
      const url = String(msg.url);
      if (tabId === undefined || !/^https?:/.test(url)) return Promise.resolve({ ok: false, error: 'bad url', code: 'bad_url' });
      return expectReread(tabId, url).then(() => ({ ok: true }));
    }
    case MSG.READER_TO_BG_EXPLAIN:
      return explainReader(String(msg.id));
    case MSG.OPTIONS_TO_BG_RULES_CHANGED:
      return syncVeil().then(() => ({ ok: true }));
    case MSG.HOST_TO_BG_CORE_LOST:
      port.drop('core worker lost');
      return Promise.resolve({ ok: true });
  }
  return undefined;
});

// The offscreen document has started a core worker: a line to it
// (coreport.js). Only the extension's own pages can post to this worker.
globalThis.addEventListener('message', (/** @type {any} */ e) => {
  if (e.data?.type === CORE_PORT.started && e.source?.url === ext.url(OFFSCREEN_PATH) && !useLocalHost) {
    port.connect(true).catch(() => undefined);
  }
});
// This service worker may have been restarted beside a running core.
if (!useLocalHost) port.connect().catch(() => undefined);

/**
 * Chooses where the wasm runs; the tests use it to exercise the fallback.
 * @param {'offscreen'|'worker'} where
 */
function useHost(where) {
  useLocalHost = where === 'worker' || !ext.hasOffscreen();
  coreUp = false;
  if (useLocalHost) port.drop('not used');
  else port.connect().catch(() => undefined);
}

// For the browser tests and the timing scripts, which cannot click the
// toolbar button.
Object.assign(globalThis, { runReader, resetHost, prewarm, useHost, coreLine: () => ({ ready: port.ready(), answered: port.answered() }), onActionClicked, onCommand, onMenuClicked, onInstalled, syncVeil, refreshSiteItem });
