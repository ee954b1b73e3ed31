// The Firefox build end to end in a real headless Firefox (Debian's
// firefox-esr), driven over WebDriver BiDi by puppeteer-core: Playwright's
// Firefox needs a patched browser. The extension loads with the manifest
// dist/govreader-firefox.zip ships: a module background page that hosts the
// wasm itself, no offscreen document. It is installed permanently (unsigned,
// which Firefox ESR allows) into a profile directory that outlives a
// restart of Firefox, so the library test can check that the saved
// articles survive one.
//
// Nothing leaves 127.0.0.1: the fixture server is the browser's only proxy
// (HTTP and TLS), every DNS answer is 127.0.0.1, Firefox runs with its own
// MOZ_DISABLE_NONLOCAL_CONNECTIONS guard, and the update, telemetry,
// remote-settings, safe-browsing and connectivity services are off. The
// last test checks that the proxy saw nothing but the test hosts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { startServer, prepareExtension, ARTIFACTS, GOV_HOST, OTHER_GOV_HOST, HOSTS, assertPortalFacts, assertPortalClean } from './lib.mjs';

const FIREFOX = [process.env.FIREFOX, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((f) => {
  if (!f) return false;
  try {
    fs.accessSync(f, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
});
const skip = FIREFOX ? false : 'no Firefox: install firefox-esr (scripts/e2e/run.sh does) or set FIREFOX=/path/to/firefox';

const EXT_ID = 'govreader@govreader.github.io';
/** Fixed through extensions.webextensions.uuids, so that the test can open
 * the extension's pages and check the reader's URL. */
const UUID = '0c6f4f7e-2a5b-4d3c-9e1f-8a7b6c5d4e3f';
const ORIGIN = `moz-extension://${UUID}`;
const PORTAL = `http://${GOV_HOST}/art/2025/4/18/portal.html`;
const SAMPLE = `http://${GOV_HOST}/art/2025/3/12/sample.html`;
const DOWNLOADS = path.join(ARTIFACTS, 'firefox-downloads');

/**
 * Preferences that keep Firefox on loopback and quiet (puppeteer already
 * points the update, add-on and remote-settings services at a dummy host).
 * @param {number} port the fixture server, used as the proxy
 */
function prefs(port) {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.failover_direct': false,
    'network.dns.forceResolve': '127.0.0.1',
    'network.dns.disablePrefetch': true,
    'network.trr.mode': 5,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'app.update.enabled': false,
    'app.update.auto': false,
    'app.normandy.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'datareporting.usage.uploadEnabled': false,
    'browser.ping-centre.telemetry': false,
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.region.update.enabled': false,
    'browser.region.network.url': '',
    'browser.search.geoSpecificDefaults': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.topsites.contile.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.update.enabled': false,
    // The add-on is installed for good (unsigned: Firefox ESR honours
    // this), so that it and its IndexedDB outlive a restart of Firefox.
    'xpinstall.signatures.required': false,
    'extensions.getAddons.showPane': false,
    'extensions.htmlaboutaddons.recommendations.enabled': false,
    'geo.provider.network.url': '',
    'identity.fxaccounts.enabled': false,
    'media.gmp-gmpopenh264.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'security.OCSP.enabled': 0,
    // No remote-settings sync at all (honoured with the switch above).
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    // The reader is tested in Chinese, like the Chromium tests
    // (firefox-esr-l10n-zh-cn).
    'intl.locale.requested': 'zh-CN',
    'intl.accept_languages': 'zh-CN, zh',
    'extensions.webextensions.uuids': JSON.stringify({ [EXT_ID]: UUID }),
    // Saved files go to DOWNLOADS without a dialog.
    'browser.download.folderList': 2,
    'browser.download.dir': DOWNLOADS,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
    // Firefox suspends an idle background page after 30 s; sooner here, so
    // that a test sees the reader wake it (and its wasm) up again.
    'extensions.background.idle.timeout': IDLE_MS,
  };
}

/** The background page's idle timeout in these tests. */
const IDLE_MS = 4000;

/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;
/** @type {import('puppeteer-core').Browser} */ let browser;
/** An extension page (options.html): it has the extension APIs, and through
 * runtime.getBackgroundPage() the background page's runReader.
 * @type {import('puppeteer-core').Page} */ let extPage;
/** The profile directory, kept across a restart of Firefox. */
let profile = '';

/**
 * Starts Firefox on the profile and, given an add-on file, installs it
 * permanently, as a user would (a temporary add-on and its storage would go
 * away with the browser).
 * @param {string} [xpi]
 */
async function launchFirefox(xpi) {
  const { default: puppeteer } = await import('puppeteer-core');
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    // Lets BiDi navigate a tab to a moz-extension: page.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs(server.port),
    // Firefox's own test switch: it refuses connections to any address that
    // is not local, and lets the remote-settings server be overridden.
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1', MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  extPage = await browser.newPage();
  if (xpi) {
    // puppeteer's installExtension installs temporarily only.
    const session = /** @type {any} */ (extPage.mainFrame()).browsingContext.userContext.browser.session;
    const { result } = await session.send('webExtension.install', { extensionData: { type: 'archivePath', path: xpi }, 'moz:permanent': true });
    assert.equal(result.extension, EXT_ID);
  }
  await openExtensionPage(extPage, 'extension/options.html');
}

before(async () => {
  if (skip) return;
  fs.rmSync(DOWNLOADS, { recursive: true, force: true });
  fs.mkdirSync(DOWNLOADS, { recursive: true });
  server = await startServer();
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'govreader-firefox-profile-'));
  process.once('exit', () => fs.rmSync(profile, { recursive: true, force: true }));
  const dir = prepareExtension('firefox');
  const xpi = `${dir}.xpi`;
  process.once('exit', () => fs.rmSync(xpi, { force: true }));
  execFileSync('zip', ['-qr', xpi, '.'], { cwd: dir });
  await launchFirefox(xpi);
  await setAutoClean(false);
});
after(async () => { await browser?.close(); await server?.close(); });

/**
 * Firefox's BiDi sends no load events for moz-extension: documents, so
 * page.goto() would wait for ever; the navigate command itself can wait.
 * @param {import('puppeteer-core').Page} page @param {string} file
 */
async function openExtensionPage(page, file) {
  await /** @type {any} */ (page.mainFrame()).browsingContext.navigate(`${ORIGIN}/${file}`, 'complete');
  assert.equal(await page.evaluate(() => location.href), `${ORIGIN}/${file}`);
}

/**
 * Runs fn in the extension page with the WebExtension API as `browser`.
 * @template T @param {(b: any, arg: any) => Promise<T>} fn @param {any} [arg]
 * @returns {Promise<T>}
 */
function inExtension(fn, arg) {
  // An expression rather than a function, to hand fn its arguments; BiDi
  // evaluates it outside the page's CSP. Results are copied out of the
  // background page's compartment as JSON.
  return extPage.evaluate(`(${fn})(globalThis.browser, ${JSON.stringify(arg ?? null)}).then((r) => JSON.parse(JSON.stringify(r ?? null)))`);
}

/** Turns auto-clean on or off in the profile's settings (off lets the tests
 * call runReader themselves without a race). @param {boolean} on */
function setAutoClean(on) {
  return inExtension(async (b, enabled) => {
    const { settings } = await b.storage.sync.get('settings');
    const s = settings ?? { version: 2 };
    s.autoClean = { rules: ['*.gov.cn'], sites: {}, ...s.autoClean, enabled };
    await b.storage.sync.set({ settings: s });
  }, on);
}

/** The URL of tab tabId as the extension sees it. @param {number} tabId */
function tabUrl(tabId) {
  return inExtension(async (b, id) => (await b.tabs.get(id)).url, tabId);
}

/**
 * Waits until the page shows the reader view (its state ready or error).
 * @param {import('puppeteer-core').Page} page
 */
async function waitForReader(page) {
  for (let i = 0; i < 150; i++) {
    const state = await page
      .evaluate(() => (location.pathname === '/extension/reader.html' ? document.body?.dataset.state : undefined))
      .catch(() => undefined);
    if (state === 'ready' || state === 'error') return state;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no reader view after 15 s');
}

/**
 * Opens url in a new tab and runs the reader on it through the background
 * page's runReader, the entry point the toolbar button calls.
 * @param {string} url
 */
async function openReader(url) {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await inExtension(async (b, u) => {
    const tabs = (await b.tabs.query({})).filter((/** @type {any} */ t) => t.url === u);
    return tabs.length ? Math.max(...tabs.map((/** @type {any} */ t) => t.id)) : undefined;
  }, url);
  assert.equal(typeof tabId, 'number', `no tab for ${url}`);
  const result = await inExtension(async (b, id) => (await b.runtime.getBackgroundPage()).runReader(id), tabId);
  const state = result?.ok ? await waitForReader(page) : undefined;
  return { page, tabId, result, state };
}

/** @param {import('puppeteer-core').Page} page @param {string} sel */
const text = (page, sel) => page.$eval(sel, (el) => /** @type {HTMLElement} */ (el).innerText);

/**
 * Presses a control of the reader; one that lives in a panel of the
 * toolbar (Aa, 保存, ⋯) is reached by opening the panel first.
 * @param {import('puppeteer-core').Page} page @param {string} sel
 */
async function press(page, sel) {
  const panel = await page.$eval(sel, (el) => el.closest('[popover]')?.id ?? '');
  if (panel && !(await page.$eval(`#${panel}`, (p) => p.matches(':popover-open')))) {
    await page.click(`[popovertarget="${panel}"]`);
    await page.waitForSelector(`#${panel}:popover-open`, { visible: true });
  }
  await page.click(sel);
}

test('Firefox loads the extension with a background page and no offscreen API', { skip }, async () => {
  const info = await inExtension(async (b) => {
    const bg = await b.runtime.getBackgroundPage();
    return {
      hasRunReader: typeof bg?.runReader === 'function',
      offscreen: typeof b.offscreen,
      manifest: b.runtime.getManifest(),
      ui: b.i18n.getUILanguage(),
    };
  });
  assert.equal(info.hasRunReader, true);
  assert.equal(info.offscreen, 'undefined');
  assert.equal(info.manifest.background.service_worker ?? undefined, undefined);
  assert.deepEqual(info.manifest.background.scripts, [`${ORIGIN}/extension/background.js`]);
  assert.ok(!info.manifest.permissions.includes('offscreen'));
  assert.match(info.ui, /^zh/, 'Firefox runs with the Chinese UI (firefox-esr-l10n-zh-cn)');
});

test('reader view in Firefox shows the title, date, source and body, without spam or portal chrome', { skip }, async () => {
  const { page, tabId, result, state } = await openReader(PORTAL);
  assert.equal(result.ok, true, JSON.stringify(result));
  assert.equal(state, 'ready');
  // The reader's URL carries the page's, beside the stash id.
  assert.equal(await tabUrl(tabId), `${ORIGIN}/extension/reader.html?url=${encodeURIComponent(PORTAL)}#${result.id}`);
  assert.match(String(result.id), /^[0-9a-f-]{36}$/);
  const get = (/** @type {string} */ sel) => text(page, sel);
  await assertPortalFacts(get, await page.evaluate(() => document.title));
  assert.equal(await page.$$eval('#content p', (ps) => ps.length), 4);
  await assertPortalClean(get);
  assert.match(await text(page, '#spamSummary'), /已移除 [1-9]\d* 处/);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, 'firefox-reader-portal.png'), fullPage: true });
  await page.close();
});

test('a GBK page is read through Firefox\'s decoding', { skip }, async () => {
  const { page, result, state } = await openReader(`http://${GOV_HOST}/art/2025/4/18/portal-gbk.html`);
  assert.equal(result.ok, true, JSON.stringify(result));
  assert.equal(state, 'ready');
  assert.equal(await text(page, '#title'), '永州市召开全市农村公路建设推进会');
  assert.match(await text(page, '#content'), /危桥改造八十六座/);
  await page.close();
});

test('auto-clean turns a gov page into the reader, and view original stays on the page', { skip }, async () => {
  await setAutoClean(true);
  try {
    // Through the veil, registered for the granted rule at document_start,
    // as in Chrome (autoclean.test.mjs), not at load complete.
    let veil;
    for (let i = 0; i < 50 && !veil; i++) {
      veil = await inExtension(async (b) => (await b.scripting.getRegisteredContentScripts({ ids: ['govreader-veil'] }))[0]);
      if (!veil) await new Promise((r) => setTimeout(r, 100));
    }
    assert.deepEqual({ matches: veil?.matches, runAt: veil?.runAt, js: veil?.js }, { matches: ['*://*.gov.cn/*'], runAt: 'document_start', js: ['extension/veil.js'] });
    const url = SAMPLE;
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    assert.equal(await waitForReader(page), 'ready');
    assert.equal(await text(page, '#title'), '全市春季義務植樹活動啟動 共建綠色家園');
    const tabId = await inExtension(async (b, prefix) => (await b.tabs.query({})).find((/** @type {any} */ t) => t.url?.startsWith(prefix))?.id, `${ORIGIN}/extension/reader.html?url=${encodeURIComponent(url)}#`);
    assert.equal(typeof tabId, 'number');
    await page.click('#original');
    for (let i = 0; i < 50 && (await tabUrl(tabId)) !== url; i++) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await tabUrl(tabId), url, 'back on the page, and auto-clean did not bounce into the reader');
    await page.close();
  } finally {
    await setAutoClean(false);
  }
});

test('简 loads script.wasm in the reader page, and Markdown is saved through Firefox\'s downloads', { skip }, async () => {
  const { page, result } = await openReader(SAMPLE);
  assert.equal(result.ok, true, JSON.stringify(result));
  assert.equal(await text(page, '#title'), '全市春季義務植樹活動啟動 共建綠色家園');
  await press(page, '#toSimplified');
  for (let i = 0; i < 100 && (await text(page, '#title')) !== '全市春季义务植树活动启动 共建绿色家园'; i++) await new Promise((r) => setTimeout(r, 100));
  assert.equal(await text(page, '#title'), '全市春季义务植树活动启动 共建绿色家园');
  assert.match(await text(page, '#content'), /全市春季义务植树活动在潇水河畔启动/);
  await press(page, '#toSimplified');

  const seen = await inExtension(async (b) => (await b.downloads.search({})).map((/** @type {any} */ d) => d.id));
  await press(page, '#saveMd');
  /** @type {any} */ let done;
  for (let i = 0; i < 100 && !done; i++) {
    const items = await inExtension(async (b, ids) => (await b.downloads.search({})).filter((/** @type {any} */ d) => !ids.includes(d.id)), seen);
    assert.ok(!items.some((/** @type {any} */ d) => d.state === 'interrupted'), JSON.stringify(items));
    done = items.find((/** @type {any} */ d) => d.state === 'complete');
    if (!done) await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(done, 'no download finished');
  // The name the extension asks for, under the download directory.
  assert.equal(done.filename, path.join(DOWNLOADS, 'GovReader', '全市春季義務植樹活動啟動 共建綠色家園.md'));
  const md = fs.readFileSync(done.filename, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(md);
  assert.ok(m, `front matter missing:\n${md.slice(0, 300)}`);
  assert.match(m[1], /^title: "?全市春季義務植樹活動啟動 共建綠色家園"?$/m);
  assert.ok(m[1].includes(SAMPLE), 'source link');
  assert.match(m[2], /全市春季義務植樹活動在瀟水河畔啟動/);
  // Saved as published, under the reader's labels; the spam is gone from
  // the article and quoted only in the removal report at the end.
  assert.match(m[2], /\n发布时间：2025-03-12 09:30 · 来源：今日永州 · /);
  const [article, report] = m[2].split('\n## 移除报告\n');
  assert.ok(report, 'no removal report');
  assert.doesNotMatch(article, /澳门|看黄|时时彩/);
  assert.match(report, /澳门/);
  await page.close();
});

/**
 * Polls fn in page until it returns true.
 * @param {import('puppeteer-core').Page} page @param {string} what
 * @param {(arg: any) => boolean} fn @param {any} [arg]
 */
async function until(page, what, fn, arg) {
  for (let i = 0; i < 100; i++) {
    if (await page.evaluate(fn, arg).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A new tab on an extension page, once the page says it is ready.
 * @param {string} file */
async function extensionTab(file) {
  const page = await browser.newPage();
  await openExtensionPage(page, file);
  return page;
}

/** The library page's entries: title and meta line of each. @param {import('puppeteer-core').Page} page */
const entries = (page) => page.$$eval('#list li.entry', (lis) => lis.map((li) => ({
  title: /** @type {HTMLElement} */ (li.querySelector('.title')).innerText,
  meta: /** @type {HTMLElement} */ (li.querySelector('.meta')).innerText,
})));

test('the options page in Firefox shows the stored auto-clean rules and site switches, and saves rules', { skip }, async () => {
  await inExtension(async (b, host) => {
    const { settings } = await b.storage.sync.get('settings');
    settings.autoClean.sites = { [host]: false };
    await b.storage.sync.set({ settings });
  }, OTHER_GOV_HOST);
  const page = await extensionTab('extension/options.html');
  try {
    // The page starts from the defaults (auto-clean on, no sites) and then
    // shows what is stored: auto-clean off, one site switched off.
    await until(page, 'the stored site list', () => document.querySelectorAll('#sites li[data-host]').length > 0);
    assert.equal(await page.$eval('#rules', (el) => /** @type {HTMLTextAreaElement} */ (el).value), '*.gov.cn');
    assert.equal(await page.$eval('#autoEnabled', (el) => /** @type {HTMLInputElement} */ (el).checked), false);
    assert.match(await text(page, `#sites li[data-host="${OTHER_GOV_HOST}"]`), new RegExp(`^${OTHER_GOV_HOST.replaceAll('.', '\\.')}: 不自动`));
    assert.match(await text(page, '#hAuto'), /自动净化/);

    // A rule for a host the add-on already has access to: saved without a
    // prompt, normalised to its host name.
    await page.$eval('#rules', (el) => { /** @type {HTMLTextAreaElement} */ (el).value = '*.gov.cn\nhttps://WWW.YZCity.gov.cn/art/'; });
    await page.click('#saveRules');
    await until(page, 'the save status', () => document.getElementById('rulesStatus')?.textContent !== '');
    assert.equal(await text(page, '#rulesStatus'), '规则已保存并已获得访问授权');
    const rules = await inExtension(async (b) => (await b.storage.sync.get('settings')).settings.autoClean.rules);
    assert.deepEqual(rules, ['*.gov.cn', GOV_HOST]);
  } finally {
    await page.close();
    await inExtension(async (b) => {
      const { settings } = await b.storage.sync.get('settings');
      settings.autoClean.rules = ['*.gov.cn'];
      settings.autoClean.sites = {};
      await b.storage.sync.set({ settings });
    });
  }
});

test('Firefox assigns the Alt+Shift+G shortcut to open-reader', { skip }, async () => {
  const commands = await inExtension(async (b) => b.commands.getAll());
  const open = commands.find((/** @type {any} */ c) => c.name === 'open-reader');
  assert.ok(open, JSON.stringify(commands));
  assert.equal(open.shortcut, 'Alt+Shift+G');
  assert.ok(open.description, 'the command has a description');
});

test('the library in Firefox: add from the reader, list, search, and after a restart of Firefox, delete', { skip }, async () => {
  for (const url of [SAMPLE, PORTAL]) {
    const { page, result } = await openReader(url);
    assert.equal(result.ok, true, JSON.stringify(result));
    await press(page, '#addLibrary');
    await until(page, 'the added status', () => document.getElementById('status')?.textContent === '已加入文库');
    await page.close();
  }
  let lib = await extensionTab('extension/library.html');
  await until(lib, 'the library page', () => document.body.dataset.state === 'ready');
  const saved = await entries(lib);
  assert.deepEqual(saved.map((e) => e.title).sort(), ['全市春季義務植樹活動啟動 共建綠色家園', '永州市召开全市农村公路建设推进会']);
  assert.match(saved.find((e) => e.title.startsWith('永州'))?.meta ?? '', /^2025-04-18 · 市交通运输局/);
  assert.equal(await text(lib, '#count'), '共 2 篇');

  // Typed into the search box (BiDi key input; the box filters on input).
  const search = async (/** @type {string} */ q) => {
    await lib.click('#search', { count: 3 });
    await lib.keyboard.press('Backspace');
    if (q) await lib.type('#search', q);
    assert.equal(await lib.$eval('#search', (el) => /** @type {HTMLInputElement} */ (el).value), q);
  };
  await search('植樹');
  assert.deepEqual((await entries(lib)).map((e) => e.title), ['全市春季義務植樹活動啟動 共建綠色家園']);
  // A simplified word finds the traditional article, once the fold table
  // has loaded in the library page.
  await until(lib, 'the fold table in the library', () => document.body.dataset.search === 'script');
  await search('植树');
  assert.deepEqual((await entries(lib)).map((e) => e.title), ['全市春季義務植樹活動啟動 共建綠色家園']);
  await search('没有这篇文章');
  assert.deepEqual(await entries(lib), []);
  await search('');
  await lib.close();

  // Firefox closes and starts again on the same profile: the add-on and
  // its IndexedDB are still there.
  await browser.close();
  await launchFirefox().catch((e) => assert.fail(`no add-on after the restart: ${e.message}`));
  lib = await extensionTab('extension/library.html');
  await until(lib, 'the library page after the restart', () => document.body.dataset.state === 'ready');
  assert.equal((await entries(lib)).length, 2, 'the library did not survive the restart');

  const del = await lib.$$eval('#list li.entry', (lis) => {
    const li = /** @type {HTMLElement} */ (lis.find((l) => l.textContent?.includes('植樹')));
    return `li.entry[data-key="${CSS.escape(li.dataset.key ?? '')}"] .delete`;
  });
  await lib.click(del);
  await until(lib, 'the deletion', () => document.querySelectorAll('#list li.entry').length === 1);
  assert.deepEqual((await entries(lib)).map((e) => e.title), ['永州市召开全市农村公路建设推进会']);
  // Gone from the database, not just from the list.
  await openExtensionPage(lib, 'extension/library.html');
  await until(lib, 'the reloaded library page', () => document.body.dataset.state === 'ready');
  assert.deepEqual((await entries(lib)).map((e) => e.title), ['永州市召开全市农村公路建设推进会']);
  await lib.close();
});

test('after Firefox suspends the idle background page, the reader wakes it and loads the wasm again', { skip }, async () => {
  // A mark on the running page's window: a page started afresh lacks it.
  await inExtension(async (b) => { (await b.runtime.getBackgroundPage()).govreaderIdleMark = true; });
  assert.equal(await inExtension(async (b) => (await b.runtime.getBackgroundPage()).govreaderIdleMark), true);
  let suspended = false;
  for (let waited = 0; waited < IDLE_MS * 4 && !suspended; waited += 1000) {
    await new Promise((r) => setTimeout(r, 1000));
    // Asking for the page wakes it: ask only once it has had time to sleep.
    if (waited >= IDLE_MS + 2000) suspended = (await inExtension(async (b) => (await b.runtime.getBackgroundPage()).govreaderIdleMark)) !== true;
  }
  assert.ok(suspended, 'the background page was never suspended');
  const { page, result, state } = await openReader(PORTAL);
  assert.equal(result.ok, true, JSON.stringify(result));
  assert.equal(state, 'ready');
  assert.ok(result.timing.load_ms > 0, `the wasm was not loaded again: ${JSON.stringify(result.timing)}`);
  assert.equal(await text(page, '#title'), '永州市召开全市农村公路建设推进会');
  await page.close();
});

test('Firefox asked the loopback proxy for nothing but the test hosts', { skip }, async () => {
  assert.ok(server.state.requests.length > 0);
  const foreign = server.state.requests.filter((r) => !HOSTS.includes(r.host.replace(/:\d+$/, '')));
  assert.deepEqual(foreign, []);
});
