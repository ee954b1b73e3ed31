// The ways into the reader that a test cannot click: the keyboard command,
// the context menus (the page's, a link's and the toolbar button's) and the
// toolbar button, with the badge it shows while the reader is made.
// Headless Chromium has no toolbar, no native context menu and no
// browser-level shortcuts, so the tests call the very functions
// background.js registers with those events (checked with hasListener),
// with a real tab, and check the browser's own view of the menu items, the
// badge and the command.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, prepareExtension, launch, setAutoClean, tabIdOf, tempProfile, ROOT, GOV_HOST, COPY_HOST, READER_URL } from './lib.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;
/** @type {Awaited<ReturnType<typeof launch>>} */ let b;

const URL_PORTAL = `http://${GOV_HOST}/art/2025/4/18/portal.html`;
/** A host served by the fixtures that the test extension has no access to. */
const NO_ACCESS_HOST = 'www.example.org';
const TITLE = '永州市召开全市农村公路建设推进会';
const messages = JSON.parse(fs.readFileSync(path.join(ROOT, '_locales/zh_CN/messages.json'), 'utf8'));
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'));
/** @type {WeakMap<import('playwright-core').Page, string[]>} */
const logs = new WeakMap();

before(async () => {
  server = await startServer();
  b = await launch({ profile: tempProfile(), port: server.port, extension: prepareExtension(), extraHosts: [NO_ACCESS_HOST] });
});
after(async () => { await b?.ctx.close(); await server?.close(); });

/**
 * Whether the browser knows a context menu item. There is no getter;
 * update() of an unknown id fails with "Cannot find menu item".
 * @param {string} id
 */
function menuItemExists(id) {
  return b.sw.evaluate((i) => new Promise((resolve) => {
    chrome.contextMenus.update(i, {}, () => resolve(chrome.runtime.lastError?.message ?? true));
  }), id);
}

/**
 * How a handler is called: which handler, the command name or menu item id
 * it gets, and the tab: the real one, none, or the real one without an id.
 * @typedef {{handler: 'onCommand'|'onMenuClicked'|'onActionClicked', command?: string, menuItemId?: string, tab?: 'real'|'none'|'no-id'}} Call
 */

/**
 * Opens the portal page in a new tab and calls a background handler with
 * the tab as the browser would pass it (chrome.tabs.get of the real tab).
 * Returns the handler's result, 'undefined' when it returned nothing.
 * @param {Call} call
 */
async function callHandler(call) {
  const page = await b.ctx.newPage();
  // What the page said, for a failure's message.
  const log = /** @type {string[]} */ ([]);
  logs.set(page, log);
  page.on('console', (m) => log.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => log.push(`pageerror: ${e.message}`));
  page.on('framenavigated', (f) => { if (f === page.mainFrame()) log.push(`navigated: ${f.url()}`); });
  await page.goto(URL_PORTAL, { waitUntil: 'load' });
  const tabId = await tabIdOf(b.sw, URL_PORTAL);
  assert.ok(tabId !== undefined, 'no tab for the page');
  const result = await b.sw.evaluate(async ({ id, c }) => {
    const real = await chrome.tabs.get(id);
    const tab = c.tab === 'none' ? undefined : c.tab === 'no-id' ? { ...real, id: undefined } : real;
    const g = /** @type {any} */ (globalThis);
    let r;
    if (c.handler === 'onCommand') r = await g.onCommand(c.command, tab);
    else if (c.handler === 'onMenuClicked') r = await g.onMenuClicked({ menuItemId: c.menuItemId, pageUrl: real.url, editable: false, frameId: 0 }, tab);
    else r = await g.onActionClicked(tab);
    return r === undefined ? 'undefined' : r;
  }, { id: tabId, c: call });
  return { page, result, tabId };
}

/** @param {import('playwright-core').Page} page */
async function assertReader(page) {
  const log = () => (logs.get(page) ?? []).join('\n');
  await page.waitForURL(READER_URL, { timeout: 15000 });
  await page.waitForSelector('body[data-state="ready"], body[data-state="error"]', { timeout: 15000 }).catch((e) => {
    throw new Error(`${e.message}\n${page.url()}\n${log()}`);
  });
  assert.equal(await page.locator('body').getAttribute('data-state'), 'ready', `${await page.locator('#status').innerText()}\n${log()}`);
  assert.equal(await page.locator('#title').innerText(), TITLE);
}

/** @param {import('playwright-core').Page} page */
async function assertStays(page) {
  // runReader takes well under a second here; give it more than that.
  await page.waitForTimeout(1500);
  assert.equal(page.url(), URL_PORTAL, 'the page was turned into the reader');
}

test('the exposed handlers are the ones registered with the browser events', async () => {
  const registered = await b.sw.evaluate(() => {
    const g = /** @type {any} */ (globalThis);
    return {
      action: chrome.action.onClicked.hasListener(g.onActionClicked),
      command: chrome.commands.onCommand.hasListener(g.onCommand),
      menu: chrome.contextMenus.onClicked.hasListener(g.onMenuClicked),
      installed: chrome.runtime.onInstalled.hasListener(g.onInstalled),
      // hasListener is not just true for any function.
      other: chrome.commands.onCommand.hasListener(() => {}),
    };
  });
  assert.deepEqual(registered, { action: true, command: true, menu: true, installed: true, other: false });
});

test('the context menu item exists after install, with its id, title and context', async () => {
  // onInstalled runs at the first start of the fresh profile; it may
  // still be creating the item.
  let exists = await menuItemExists('govreader-open');
  for (let i = 0; i < 50 && exists !== true; i++) {
    await new Promise((r) => setTimeout(r, 100));
    exists = await menuItemExists('govreader-open');
  }
  assert.equal(exists, true, `menu item missing: ${exists}`);
  assert.match(String(await menuItemExists('no-such-item')), /Cannot find menu item/);

  // What the item is made of: run the install path again and record the
  // create call. It must replace the item, not fail on a duplicate id.
  const made = await b.sw.evaluate(async () => {
    const menus = chrome.contextMenus;
    const create = menus.create;
    /** @type {unknown[]} */
    const calls = [];
    menus.create = /** @type {any} */ ((/** @type {any} */ props, /** @type {any} */ cb) => { calls.push(structuredClone(props)); return create.call(menus, props, cb); });
    try {
      const ok = await /** @type {any} */ (globalThis).onInstalled();
      return { ok, calls };
    } finally {
      menus.create = create;
    }
  });
  assert.deepEqual(made, {
    ok: true,
    calls: [
      { id: 'govreader-open', title: messages.menuOpenReader.message, contexts: ['page'] },
      { id: 'govreader-link', title: messages.menuOpenLink.message, contexts: ['link'], targetUrlPatterns: ['http://*/*', 'https://*/*'] },
      { id: 'govreader-site', title: messages.menuSiteAuto.message, type: 'checkbox', checked: false, contexts: ['action'] },
      { id: 'govreader-library', title: messages.menuLibrary.message, contexts: ['action'] },
      { id: 'govreader-options', title: messages.menuOptions.message, contexts: ['action'] },
    ],
  });
  assert.equal(messages.menuOpenReader.message, '用 GovReader 阅读此页');
  assert.equal(messages.menuOpenLink.message, '在 GovReader 中打开链接');
  for (const id of ['govreader-open', 'govreader-link', 'govreader-site', 'govreader-library', 'govreader-options']) {
    assert.equal(await menuItemExists(id), true, id);
  }
});

test('the keyboard command has a suggested key, and Chrome reports it', async () => {
  const cmd = manifest.commands?.['open-reader'];
  assert.ok(cmd, 'manifest.json has no commands.open-reader');
  const key = cmd.suggested_key?.default;
  assert.match(String(key), /^(Ctrl|Alt)\+(Shift\+)?[A-Z0-9]$/, 'suggested key');
  const all = await b.sw.evaluate(() => chrome.commands.getAll());
  const got = all.find((c) => c.name === 'open-reader');
  assert.ok(got, `chrome.commands.getAll() has no open-reader: ${JSON.stringify(all)}`);
  assert.equal(got.shortcut, key);
  assert.equal(got.description, messages.commandOpenReader.message);
});

test('the keyboard command opens the reader on the tab', async () => {
  const { page, result } = await callHandler({ handler: 'onCommand', command: 'open-reader' });
  assert.equal(/** @type {any} */ (result).ok, true, JSON.stringify(result));
  assert.equal(/** @type {any} */ (result).title, TITLE);
  await assertReader(page);
  await page.close();
});

test('the context menu item opens the reader on the tab', async () => {
  const { page, result } = await callHandler({ handler: 'onMenuClicked', menuItemId: 'govreader-open' });
  assert.equal(/** @type {any} */ (result).ok, true, JSON.stringify(result));
  await assertReader(page);
  await page.close();
});

test('the toolbar button opens the reader on the tab', async () => {
  const { page, result } = await callHandler({ handler: 'onActionClicked' });
  assert.equal(/** @type {any} */ (result).ok, true, JSON.stringify(result));
  await assertReader(page);
  await page.close();
});

test('another command, another menu item or no tab leave the page alone', async () => {
  /** @type {[string, Call][]} */
  const cases = [
    ['another command', { handler: 'onCommand', command: 'open-library' }],
    ['a command without a tab', { handler: 'onCommand', command: 'open-reader', tab: 'none' }],
    ['another menu item', { handler: 'onMenuClicked', menuItemId: 'govreader-other' }],
    ['the menu item without a tab', { handler: 'onMenuClicked', menuItemId: 'govreader-open', tab: 'none' }],
    ['a button click on a tab without an id', { handler: 'onActionClicked', tab: 'no-id' }],
  ];
  for (const [name, call] of cases) {
    const { page, result } = await callHandler(call);
    assert.equal(result, 'undefined', `${name}: the handler started the reader`);
    await assertStays(page);
    await page.close();
  }
});

// ---- the toolbar button's badge ----

/**
 * Presses the toolbar button on a tab and samples its badge from the
 * service worker: right after the press, then every 20 ms until the
 * handler's promise settles. Returns the samples and the handler's result.
 * @param {number} tabId
 */
function pressAndWatchBadge(tabId) {
  return b.sw.evaluate(async (id) => {
    const tab = await chrome.tabs.get(id);
    const run = /** @type {any} */ (globalThis).onActionClicked(tab);
    const first = await chrome.action.getBadgeText({ tabId: id });
    const samples = [first];
    let done = false;
    const result = run.then((/** @type {any} */ r) => { done = true; return r; });
    while (!done) {
      samples.push(await chrome.action.getBadgeText({ tabId: id }));
      await new Promise((r) => setTimeout(r, 20));
    }
    return { first, samples, result: await result };
  }, tabId);
}

/** @param {number} tabId @param {(text: string) => boolean} ok @param {string} what */
async function waitForBadge(tabId, ok, what) {
  let text = '';
  for (let i = 0; i < 100; i++) {
    text = await b.sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    if (ok(text)) return text;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`badge ${what}: still ${JSON.stringify(text)}`);
}

test('the toolbar button puts a moving badge on at once, and takes it off when the reader is ready', async () => {
  const page = await b.ctx.newPage();
  await page.goto(URL_PORTAL, { waitUntil: 'load' });
  const tabId = /** @type {number} */ (await tabIdOf(b.sw, URL_PORTAL));
  const { first, samples, result } = await pressAndWatchBadge(tabId);
  assert.equal(result.ok, true, JSON.stringify(result));
  // The press is answered before anything else: the page is not read yet.
  assert.match(first, /^·{1,3}$/, 'no badge right after the press');
  // It moves while the reader is being made.
  assert.ok(new Set(samples.filter(Boolean)).size > 1 || samples.length < 15, `a still badge: ${samples.join('|')}`);
  await assertReader(page);
  await waitForBadge(tabId, (t) => t === '', 'after the reader is ready');
  await page.close();
});

test('a reader that cannot be made takes the moving badge off and says why', async () => {
  const url = `http://${NO_ACCESS_HOST}/plain/clean.html`;
  const page = await b.ctx.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const tabId = /** @type {number} */ (await tabIdOf(b.sw, url) ?? (await b.sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id)));
  const { first, result } = await pressAndWatchBadge(tabId);
  assert.match(first, /^·{1,3}$/);
  assert.equal(result.ok, false);
  assert.equal(result.code, 'no_access');
  // Without access the page cannot hold a message: the button says it.
  await waitForBadge(tabId, (t) => t === '!', 'after the failure');
  await page.waitForTimeout(700);
  assert.equal(await b.sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), '!', 'the moving badge came back');
  assert.equal(await b.sw.evaluate(async (id) => chrome.action.getTitle({ tabId: id }), tabId), messages.errNoAccess.message);
  assert.equal(page.url(), url);
  await page.close();
});

// ---- the toolbar button's menu ----

/**
 * Calls the menu handler as the browser does for the item, with the tab
 * the page is in, and returns what the handler's promise gave.
 * @param {import('playwright-core').Page} page
 * @param {Record<string, unknown>} info
 */
async function clickMenu(page, info) {
  await page.bringToFront();
  const url = page.url();
  return b.sw.evaluate(async ({ u, i }) => {
    const tabs = (await chrome.tabs.query({})).filter((t) => t.url === u);
    const tab = tabs.sort((x, y) => Number(y.id) - Number(x.id))[0];
    const r = await /** @type {any} */ (globalThis).onMenuClicked({ editable: false, pageUrl: u, frameId: 0, ...i }, tab);
    return r === undefined ? 'undefined' : r;
  }, { u: url, i: info });
}

/** The checkbox state the menu's 自动净化本站 was last given. */
function siteItem() {
  return b.sw.evaluate(() => /** @type {any} */ (globalThis).refreshSiteItem());
}

/** @param {import('playwright-core').Page} page @param {string} text */
async function waitForToast(page, text) {
  await page.waitForFunction((t) => [...document.querySelectorAll('[role="status"]')].some((e) => e.textContent === t), text, { timeout: 5000 });
}

test('the toolbar menu switches auto-clean for the current site, and shows its state', async () => {
  await setAutoClean(b.sw, true);
  const copy = `http://${COPY_HOST}/news/copy.html`;
  try {
    // The copy host is no rule's: auto-clean leaves it, and the switch is off.
    const page = await b.ctx.newPage();
    await page.goto(copy, { waitUntil: 'load' });
    await page.bringToFront();
    assert.deepEqual(await siteItem(), { host: COPY_HOST, checked: false, enabled: true });

    const on = await clickMenu(page, { menuItemId: 'govreader-site', checked: true, wasChecked: false });
    assert.deepEqual(on, { ok: true, host: COPY_HOST, on: true });
    await waitForToast(page, messages.siteAutoOn.message);
    assert.equal((await siteItem()).checked, true);
    const stored = await b.sw.evaluate(async () => (await chrome.storage.sync.get('settings')).settings.autoClean.sites);
    assert.equal(stored[COPY_HOST], true);
    // Its next page opens in the reader by itself.
    const next = await b.ctx.newPage();
    await next.goto(copy, { waitUntil: 'commit' });
    await next.waitForURL(READER_URL, { timeout: 15000 });
    await next.waitForSelector('body[data-state="ready"]');
    // In a reader tab the switch is about the site it was read from.
    await next.bringToFront();
    assert.deepEqual(await siteItem(), { host: COPY_HOST, checked: true, enabled: true });

    const off = await clickMenu(page, { menuItemId: 'govreader-site', checked: false, wasChecked: true });
    assert.deepEqual(off, { ok: true, host: COPY_HOST, on: false });
    await waitForToast(page, messages.siteAutoOff.message);
    assert.equal((await siteItem()).checked, false);
    // The reader tab follows the setting on its own switch.
    await next.waitForFunction(() => !(/** @type {HTMLInputElement} */ (document.getElementById('siteAuto'))).checked);
    const again = await b.ctx.newPage();
    await again.goto(copy, { waitUntil: 'load' });
    await again.waitForTimeout(1000);
    assert.equal(again.url(), copy, 'auto-clean still runs on the site switched off');
    // A page of the extension itself is no site: nothing to switch.
    const options = await b.ctx.newPage();
    await options.goto(`chrome-extension://${b.extId}/extension/options.html`);
    await options.bringToFront();
    assert.deepEqual(await siteItem(), { host: '', checked: false, enabled: false });
    for (const p of [page, next, again, options]) await p.close();
  } finally {
    await setAutoClean(b.sw, false);
    await b.sw.evaluate(async () => {
      const { settings } = await chrome.storage.sync.get('settings');
      settings.autoClean.sites = {};
      await chrome.storage.sync.set({ settings });
    });
  }
});

test('the toolbar menu opens the library and the settings', async () => {
  const page = await b.ctx.newPage();
  await page.goto(URL_PORTAL, { waitUntil: 'load' });
  for (const [id, file] of [['govreader-library', 'library.html'], ['govreader-options', 'options.html']]) {
    const opened = b.ctx.waitForEvent('page', { predicate: (p) => p.url().endsWith(`/extension/${file}`), timeout: 5000 });
    assert.deepEqual(await clickMenu(page, { menuItemId: id }), { ok: true });
    const p = await opened;
    await p.waitForSelector('body[data-state="ready"]');
    await p.close();
  }
  await page.close();
});

test('在 GovReader 中打开链接 opens the link in a new tab, as the reader', async () => {
  const page = await b.ctx.newPage();
  await page.goto(URL_PORTAL, { waitUntil: 'load' });
  const link = `http://${GOV_HOST}/art/2025/3/12/sample.html`;
  let opened = b.ctx.waitForEvent('page', { timeout: 5000 });
  const r = await clickMenu(page, { menuItemId: 'govreader-link', linkUrl: link });
  assert.equal(r.ok, true, JSON.stringify(r));
  let tab = await opened;
  await tab.waitForURL(READER_URL, { timeout: 15000 });
  await tab.waitForSelector('body[data-state="ready"]');
  assert.equal(await tab.locator('#title').innerText(), '全市春季義務植樹活動啟動 共建綠色家園');
  assert.equal(new URL(tab.url()).searchParams.get('url'), link);
  // Next to the page it was opened from; the page itself stays.
  const order = await b.sw.evaluate(async (ids) => Promise.all(ids.map(async (id) => (await chrome.tabs.get(id)).index)), [r.tabId, await tabIdOf(b.sw, URL_PORTAL)]);
  assert.equal(order[0], order[1] + 1);
  assert.equal(page.url(), URL_PORTAL);
  await tab.close();

  // With auto-clean on, the link is read under the veil, and as the user
  // asked: a list page shows as its entries, which auto-clean would skip.
  await setAutoClean(b.sw, true);
  try {
    opened = b.ctx.waitForEvent('page', { timeout: 5000 });
    const list = await clickMenu(page, { menuItemId: 'govreader-link', linkUrl: `http://${GOV_HOST}/index.html` });
    assert.equal(list.ok, true, JSON.stringify(list));
    tab = await opened;
    await tab.waitForURL(READER_URL, { timeout: 15000 });
    await tab.waitForSelector('body[data-state="ready"]');
    assert.ok((await tab.locator('#content li').count()) >= 5, 'the list page is not shown as its entries');
    await tab.close();
  } finally {
    await setAutoClean(b.sw, false);
  }

  // A site GovReader may not read (and the browser did not ask, as it
  // does not without a real click): the link opens as it is, and the page
  // it came from says how to read it.
  const plain = `http://${NO_ACCESS_HOST}/plain/clean.html`;
  opened = b.ctx.waitForEvent('page', { timeout: 5000 });
  const denied = await clickMenu(page, { menuItemId: 'govreader-link', linkUrl: plain });
  assert.equal(denied.code, 'no_access', JSON.stringify(denied));
  tab = await opened;
  await tab.waitForLoadState('load');
  assert.equal(tab.url(), plain);
  await waitForToast(page, messages.linkNoAccess.message.replace('$1', NO_ACCESS_HOST));
  await tab.close();

  // A link that is not a web page is not the item's.
  assert.equal(await clickMenu(page, { menuItemId: 'govreader-link', linkUrl: 'javascript:alert(1)' }), 'undefined');
  await page.close();
});
