// The background context: runReader, the ways in (toolbar button, keyboard
// command, context menu, auto-clean) and the router to the wasm host.
// A service worker in Chrome, a module background page in Firefox.
import { ext } from './ext.js';
import { MSG, ERROR_MESSAGES, READER_PATH, isMessageFor, isOwnSender, readerURL } from './protocol.js';
import * as settings from './settings.js';
import { handleHostMessage } from './wasmhost.js';

const OFFSCREEN_PATH = 'extension/offscreen.html';
const WELCOME_PATH = 'extension/welcome.html';

// ---- the wasm host ----

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

async function ensureOffscreen() {
  if (await hasOffscreenDocument()) return;
  creating ??= ext.api.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: [/** @type {any} */ ('DOM_PARSER')],
      justification: 'Keeps one warm GovReader core (Go WebAssembly) that parses and cleans pages for the reader view.',
    })
    .finally(() => { creating = null; });
  await creating;
}

/**
 * Sends a message to the wasm host: the offscreen document when there is
 * one, the worker itself otherwise.
 * @param {{type: string, [k: string]: unknown}} msg
 * @returns {Promise<any>}
 */
async function hostCall(msg) {
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
        if (reply) return reply;
      } catch (e) {
        if (attempt === 1) console.warn('govreader: offscreen host did not answer, using the worker', e);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return handleHostMessage(msg);
}

/** Loads the wasm, and warms the engine's code for it, before the first
 * reader view needs it. */
async function prewarm() {
  try {
    await hostCall({ type: MSG.BG_TO_HOST_WARM, jit: true });
  } catch (e) {
    console.error('govreader: pre-warm failed', e);
  }
}

/** Closes the warm host; used by the timing scripts to measure a cold start. */
async function resetHost() {
  if (!useLocalHost && (await hasOffscreenDocument())) await ext.api.offscreen.closeDocument();
}

// ---- articles handed to reader pages ----

/** @type {Map<string, object>} */
const recent = new Map();
const KEEP = 20;

/** @param {string} id @param {object} entry */
async function stash(id, entry) {
  recent.set(id, entry);
  while (recent.size > KEEP) recent.delete(/** @type {string} */ (recent.keys().next().value));
  try {
    // Survives a worker restart between the extraction and the reader's
    // request. Too big for storage.session only means memory alone.
    const store = ext.storage.session();
    const { stashIds = [] } = await store.get('stashIds');
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
    const { recordIds = [] } = await store.get('recordIds');
    const ids = [...recordIds, id];
    const drop = ids.splice(0, Math.max(0, ids.length - KEEP_RECORDS));
    await store.remove(drop.map((x) => 'record:' + x));
    await store.set({ ['record:' + id]: record, recordIds: ids });
  } catch (e) {
    console.warn('govreader: no title record kept', e);
  }
}

/** @param {string} id */
async function unstash(id) {
  if (recent.has(id)) return recent.get(id);
  const got = await ext.storage.session().get('article:' + id);
  return got['article:' + id];
}

// ---- runReader ----

/**
 * Shows a short message in the page (the user stays on it). The browser's
 * own wording of what went wrong (English, technical) is not the message:
 * it waits behind a collapsed 详情 for whoever wants it.
 * @param {number} tabId @param {string} text @param {string} [detail]
 */
async function toast(tabId, text, detail = '') {
  try {
    await ext.runFunc(tabId, (/** @type {string} */ t, /** @type {string} */ more, /** @type {string} */ moreLabel) => {
      const d = document.createElement('div');
      d.textContent = t;
      d.setAttribute('role', 'alert');
      d.style.cssText = 'position:fixed;z-index:2147483647;top:16px;right:16px;max-width:420px;padding:12px 16px;background:#b3261e;color:#fff;font:15px/1.5 sans-serif;border-radius:6px;box-shadow:0 2px 8px #0006';
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
    }, [text, detail, ext.t('errDetails')]);
  } catch {
    ext.api.action?.setBadgeText({ tabId, text: '!' });
    ext.api.action?.setTitle({ tabId, title: text });
  }
}

/**
 * @param {number} tabId @param {string} code @param {string} detail
 * @returns {Promise<{ok: false, code: string, error: string}>}
 */
async function fail(tabId, code, detail) {
  const name = /** @type {Record<string,string>} */ (ERROR_MESSAGES)[code] ?? 'errHost';
  await toast(tabId, ext.t(name), detail);
  return { ok: false, code, error: ext.t(name) + (detail ? ` (${detail})` : '') };
}

/**
 * The one entry point of the reader: the toolbar button, the keyboard
 * command, the context menu, auto-clean and the tests all call it. It reads
 * the tab's live DOM, extracts the article in the wasm host and turns the
 * tab into the reader page.
 * @param {number} tabId
 * @param {{auto?: boolean}} [opts] auto: started by an auto-clean rule, not
 *   by the user; then a page without an article (a portal's home or list
 *   page) is left alone, silently.
 */
export async function runReader(tabId, opts = {}) {
  const t0 = performance.now();
  // Start the host (and a cold wasm load) while the page is serialised.
  const warming = hostCall({ type: MSG.BG_TO_HOST_WARM }).catch(() => undefined);
  // Auto-clean fails silently: the user did not ask, the page stays.
  const bail = (/** @type {string} */ code, /** @type {string} */ detail) =>
    opts.auto ? Promise.resolve({ ok: false, code, error: detail }) : fail(tabId, code, detail);
  /** @type {any} */
  let page;
  try {
    page = await ext.runFile(tabId, 'extension/content.js');
  } catch (e) {
    return bail('no_access', String(/** @type {any} */ (e)?.message ?? e));
  }
  if (!page) return bail('no_access', '');
  if (!page.ok) {
    const mb = (/** @type {number} */ n) => (n / 1048576).toFixed(1);
    return bail(page.code, page.code === 'too_large' ? `${mb(page.bytes)} MiB > ${mb(page.limit)} MiB` : '');
  }
  const t1 = performance.now();
  const warmed = await warming;
  // The string was decoded by the browser; core must not re-decode it by
  // the page's <meta charset>.
  const reply = await hostCall({ type: MSG.BG_TO_HOST_EXTRACT, html: page.html, options: { url: page.url, charset: 'utf-8', live_dom: true } });
  if (!reply.ok) return bail(reply.code ?? 'host', reply.error);
  const t2 = performance.now();
  // Auto-clean turns articles into the reader, not a portal's home or
  // column pages: there the portal's own navigation is what the reader
  // came for. The button still shows a list page as its entries.
  if (opts.auto && (reply.article.kind === 'list' || reply.article.notes?.some((/** @type {{id: string}} */ n) => n.id === 'no-article'))) {
    return { ok: false, code: 'not_article', error: 'no article on this page' };
  }
  const id = crypto.randomUUID();
  const timing = {
    serialize_ms: t1 - t0,
    host_ms: t2 - t1,
    extract_ms: reply.extract_ms,
    // Loading core.wasm, when this call had to: the warm-up call above
    // starts it, so the extraction itself seldom finds the host cold.
    load_ms: (warmed?.load_ms ?? 0) + (reply.load_ms ?? 0),
  };
  // The user may have followed a link meanwhile; never replace the page
  // they went to with the reader of the one they left. (Access to the
  // tab's URL ends with the navigation, so a missing URL means it moved.)
  const now = await ext.tabs.get(tabId).catch(() => undefined);
  if (!now || now.url !== page.url) return { ok: false, code: 'navigated', error: 'the tab navigated away' };
  // Independent storage writes: none waits for another.
  await Promise.all([
    stash(id, { article: reply.article, url: page.url, timing, charset: page.charset, version: reply.version }),
    markCleaned(tabId, page.url),
    keepRecord(id, { title: String(reply.article.title ?? ''), url: page.url }),
  ]);
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
  if (got[k] === undefined) return false;
  await ext.storage.session().remove(k);
  // An http page that moves to https, or a portal's redirect to its
  // article, is still the page that was asked for.
  return new URL(got[k]).hostname === new URL(url).hostname;
}

ext.api.tabs.onUpdated.addListener(async (tabId, info, tab) => {
  // tab.url is only visible for hosts the user granted, which is exactly
  // the set of auto-clean rules and of pages a reader may re-read.
  if (info.status !== 'complete' || !tab.url || !/^https?:/.test(tab.url)) return;
  try {
    // The user opened a reader whose article is gone: the same path as a
    // click on the toolbar button, so a failure says why.
    if (await takeReread(tabId, tab.url)) {
      await runReader(tabId);
      return;
    }
    if (await wasCleaned(tabId, tab.url)) return;
    const s = await settings.load();
    if (!settings.shouldAutoClean(tab.url, s)) {
      await ext.storage.session().remove('cleaned:' + tabId);
      return;
    }
    await runReader(tabId, { auto: true });
  } catch (e) {
    console.warn('govreader: auto-clean failed', e);
  }
});
ext.api.tabs.onRemoved.addListener((tabId) => { ext.storage.session().remove(['cleaned:' + tabId, 'reread:' + tabId]); });

// ---- the ways in ----

/** The context menu item's id; the one item the extension adds. */
const MENU_ID = 'govreader-open';

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

/** The page's context menu. @param {chrome.contextMenus.OnClickData} info @param {chrome.tabs.Tab} [tab] */
function onMenuClicked(info, tab) {
  if (info.menuItemId === MENU_ID && tab?.id !== undefined) return runReader(tab.id);
  return undefined;
}

/** (Re)creates the context menu item. @returns {Promise<boolean>} whether it was made */
function createMenu() {
  const menus = ext.api.contextMenus;
  if (!menus) return Promise.resolve(false);
  return new Promise((resolve) => {
    menus.removeAll(() => {
      menus.create({ id: MENU_ID, title: ext.t('menuOpenReader'), contexts: ['page'] }, () => {
        const err = ext.api.runtime.lastError;
        if (err) console.warn('govreader: context menu not created', err.message);
        resolve(!err);
      });
    });
  });
}

/**
 * A fresh install opens the welcome page: it says how to open the reader
 * and asks for the host access auto-clean needs, which an install does not
 * grant.
 * @param {{reason?: string}} [details]
 */
function onInstalled(details) {
  prewarm();
  if (details?.reason === 'install') {
    ext.tabs.create({ url: ext.url(WELCOME_PATH) }).catch((/** @type {unknown} */ e) => console.warn('govreader: no welcome page', e));
  }
  return createMenu();
}

ext.api.action.onClicked.addListener(onActionClicked);
ext.api.commands?.onCommand.addListener(onCommand);
ext.api.contextMenus?.onClicked.addListener(onMenuClicked);
ext.api.runtime.onInstalled.addListener(onInstalled);
ext.api.runtime.onStartup.addListener(() => { prewarm(); });

// ---- messages from the extension's own pages ----

ext.onMessage((msg, sender) => {
  if (!isMessageFor(msg, 'bg') || !isOwnSender(sender, ext.id(), ext.origin())) return undefined;
  switch (msg.type) {
    case MSG.PAGE_TO_BG_GET_ARTICLE:
      return unstash(String(msg.id)).then((e) => (e ? { ok: true, ...e } : { ok: false, error: 'gone', code: 'gone' }));
    case MSG.PAGE_TO_BG_RENDER:
      return hostCall({ type: msg.format === 'md' ? MSG.BG_TO_HOST_MARKDOWN : MSG.BG_TO_HOST_DOCUMENT, article: msg.article, options: msg.options });
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
    case MSG.OPTIONS_TO_BG_RULES_CHANGED:
      return Promise.resolve({ ok: true });
  }
  return undefined;
});

/**
 * Chooses where the wasm runs; the tests use it to exercise the fallback.
 * @param {'offscreen'|'worker'} where
 */
function useHost(where) {
  useLocalHost = where === 'worker' || !ext.hasOffscreen();
}

// For the browser tests and the timing scripts, which cannot click the
// toolbar button.
Object.assign(globalThis, { runReader, resetHost, prewarm, useHost, onActionClicked, onCommand, onMenuClicked, onInstalled });
