// The ways into the reader that a test cannot click: the keyboard command,
// the page's context menu and the toolbar button. Headless Chromium has no
// toolbar, no native context menu and no browser-level shortcuts, so the
// tests call the very functions background.js registers with those events
// (checked with hasListener), with a real tab, and check the browser's own
// view of the menu item and the command.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, prepareExtension, launch, tabIdOf, tempProfile, ROOT, GOV_HOST, READER_URL } from './lib.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;
/** @type {Awaited<ReturnType<typeof launch>>} */ let b;

const URL_PORTAL = `http://${GOV_HOST}/art/2025/4/18/portal.html`;
const TITLE = '永州市召开全市农村公路建设推进会';
const messages = JSON.parse(fs.readFileSync(path.join(ROOT, '_locales/zh_CN/messages.json'), 'utf8'));
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'));
/** @type {WeakMap<import('playwright-core').Page, string[]>} */
const logs = new WeakMap();

before(async () => {
  server = await startServer();
  b = await launch({ profile: tempProfile(), port: server.port, extension: prepareExtension() });
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
    calls: [{ id: 'govreader-open', title: messages.menuOpenReader.message, contexts: ['page'] }],
  });
  assert.equal(messages.menuOpenReader.message, '用 GovReader 阅读此页');
  assert.equal(await menuItemExists('govreader-open'), true);
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
