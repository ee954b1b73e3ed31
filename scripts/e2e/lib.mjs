// Shared harness of the browser tests and the timing scripts: a loopback
// fixture server under real-looking host names, and Chromium with the
// extension loaded. Nothing leaves 127.0.0.1: every other host name fails
// to resolve.
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { firefoxManifest } from '../firefox-manifest.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(ROOT, 'scripts/e2e/fixtures');
/** Fixtures that live elsewhere in the repository and are served as if they
 * were in FIXTURES, so that each is kept once: the tampered sample page is
 * the one `govreader demo` embeds. */
const ELSEWHERE = {
  'sample.html': path.join(ROOT, 'cmd/govreader/sample.html'),
  // The column index of core's golden cases, read as a list page.
  'column.html': path.join(ROOT, 'core/testdata/list-column-index/source.html'),
};
export const ARTIFACTS = path.join(ROOT, 'scripts/e2e/artifacts');
export const DOWNLOADS = path.join(ARTIFACTS, 'downloads');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Host names the server answers for. The first two are a portal and a
 * copy of it on an ordinary host; the third is a second government host. */
export const GOV_HOST = 'www.yzcity.gov.cn';
export const COPY_HOST = 'www.example-copy.cn';
export const OTHER_GOV_HOST = 'zwgk.hunan.gov.cn';
export const HOSTS = [GOV_HOST, COPY_HOST, OTHER_GOV_HOST];
/** A reader page of a stashed article: the page it was read from in the
 * query, the article's id in the fragment. */
export const READER_URL = /\/extension\/reader\.html\?url=[^#]+#[0-9a-f-]+$/;
/** The host extract.mjs serves pages under. */
export const CORPUS_HOST = 'www.portal.gov.cn';

/**
 * The charset parameter a portal's server would send. Saved pages often
 * carry no <meta charset> because the server declared it in Content-Type;
 * without it a zh-CN browser would guess GBK for UTF-8 pages. So: UTF-8
 * when the page declares nothing and decodes as UTF-8, else nothing (the
 * page's own declaration or the browser's guess decides).
 * @param {string} file
 */
function charsetParam(file) {
  const bytes = fs.readFileSync(file);
  if (/<meta[^>]+charset/i.test(bytes.subarray(0, 4096).toString('latin1'))) return '';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return '; charset=utf-8';
  } catch {
    return '';
  }
}

/**
 * Serves DIR's files: /any/path/NAME.html → DIR/NAME.html. Options per
 * file: csp.html is sent with a strict Content-Security-Policy. /sentinel
 * counts hits, for the XSS test. A test's own route, when given, answers
 * first: it returns true for the requests it has answered (or holds).
 * @param {string} dir
 * @param {{route?: (req: http.IncomingMessage, res: http.ServerResponse, u: URL) => boolean}} [o]
 */
export async function startServer(dir = FIXTURES, { route } = {}) {
  const state = { requests: /** @type {{host: string, url: string, cookie?: string, referer?: string}[]} */ ([]), sentinel: 0, vectors: /** @type {string[]} */ ([]) };
  const server = http.createServer((req, res) => {
    state.requests.push({ host: String(req.headers.host), url: String(req.url), cookie: req.headers.cookie, referer: req.headers.referer });
    const u = new URL(req.url ?? '/', 'http://x');
    if (route?.(req, res, u)) return;
    if (u.pathname.startsWith('/sentinel')) {
      state.sentinel++;
      state.vectors.push(`${u.searchParams.get('v')}@${u.searchParams.get('o')}`);
      res.writeHead(204).end();
      return;
    }
    if (u.pathname.endsWith('/huge.html')) {
      // Generated: larger than the 64 MiB message limit.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write('<!doctype html><html><head><title>huge</title></head><body><h1>大页面</h1><pre>');
      const chunk = '政务公开信息'.repeat(1 << 16) + '\n';
      const n = Math.ceil((66 << 20) / Buffer.byteLength(chunk));
      for (let i = 0; i < n; i++) res.write(chunk);
      res.end('</pre></body></html>');
      return;
    }
    const name = path.basename(u.pathname);
    const file = dir === FIXTURES && Object.hasOwn(ELSEWHERE, name) ? ELSEWHERE[/** @type {keyof typeof ELSEWHERE} */ (name)] : path.join(dir, name);
    if (name.endsWith('.png') && fs.existsSync(file)) {
      // The fixtures' images, for saving with images embedded.
      res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' });
      fs.createReadStream(file).pipe(res);
      return;
    }
    if (!name.endsWith('.html') || !fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    /** @type {Record<string, string>} */
    const headers = { 'content-type': `text/html${charsetParam(file)}`, 'cache-control': 'no-store' };
    if (name.startsWith('csp')) {
      headers['content-security-policy'] = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }
    res.writeHead(200, headers);
    fs.createReadStream(file).pipe(res);
  });
  // The Firefox test uses this server as the browser's proxy: HTTP comes as
  // plain requests, anything over TLS as CONNECT, which is refused and
  // recorded.
  server.on('connect', (req, socket) => {
    state.requests.push({ host: String(req.url), url: `CONNECT ${req.url}` });
    socket.destroy();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
  const port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
  return { port, state, close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r(undefined)); }) };
}

/**
 * The extension as the tests load it: the repository's files, with the
 * optional host access already granted for the test hosts, as after a user
 * accepted the prompt (headless Chromium cannot answer permission prompts).
 * Each call makes a directory of its own, removed when the process exits:
 * other worktrees' tests and benchmarks may run on the same machine at the
 * same time, and a shared directory was emptied and refilled under a
 * running browser. Keep the returned path for a browser restart, so the
 * extension id, and with it the profile's IndexedDB, stays the same. For
 * Firefox the manifest is the one dist/govreader-firefox.zip ships
 * (scripts/firefox-manifest.mjs). With hostAccess false the manifest is the
 * repository's own: a fresh install, before the user granted anything.
 * @param {'chromium'|'firefox'} [browser]
 * @param {{hostAccess?: boolean}} [o]
 */
export function prepareExtension(browser = 'chromium', { hostAccess = true } = {}) {
  for (const f of ['extension/core.wasm', 'extension/script.wasm', 'extension/wasm_exec.js']) {
    if (!fs.existsSync(path.join(ROOT, f))) throw new Error(`${f} missing: run scripts/build.sh first`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), browser === 'firefox' ? 'govreader-e2e-extension-firefox-' : 'govreader-e2e-extension-'));
  process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  fs.cpSync(path.join(ROOT, 'extension'), path.join(dir, 'extension'), { recursive: true });
  fs.cpSync(path.join(ROOT, '_locales'), path.join(dir, '_locales'), { recursive: true });
  let m = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'));
  if (browser === 'firefox') m = firefoxManifest(m);
  // What a user grants by accepting the default rule (*.gov.cn) and one
  // added for the copy host.
  if (hostAccess) m.host_permissions = ['*.gov.cn', COPY_HOST].flatMap((h) => [`http://${h}/*`, `https://${h}/*`]);
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(m, null, 2));
  return dir;
}

/**
 * Launches Chromium with the extension.
 * @param {{profile: string, port: number, extension: string, lang?: string, autoClean?: boolean, extraHosts?: string[]}} o
 */
export async function launch({ profile, port, extension, lang = 'zh-CN', autoClean = false, extraHosts = [] }) {
  const rules = [...[...HOSTS, ...extraHosts].map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'].join(',');
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    // Playwright disables extensions by default.
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
    locale: lang,
    viewport: { width: 1100, height: 900 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--lang=${lang}`,
      `--host-resolver-rules=${rules}`,
      `--disable-extensions-except=${extension}`, `--load-extension=${extension}`,
    ],
    // C.UTF-8 always exists; without a UTF-8 locale Chromium refuses
    // non-ASCII download file names.
    env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: 'C.UTF-8' },
  });
  // Keep the file names the extension asks for (Playwright's own download
  // handling renames files to GUIDs).
  const cdp = await ctx.newCDPSession(ctx.pages()[0] ?? (await ctx.newPage()));
  fs.mkdirSync(DOWNLOADS, { recursive: true });
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: DOWNLOADS });
  const sw = await serviceWorker(ctx);
  const extId = new URL(sw.url()).host;
  await setAutoClean(sw, autoClean);
  return { ctx, sw, extId };
}

/**
 * Turns auto-clean on or off in the profile's settings. Tests that call
 * runReader themselves turn it off so that it cannot race them.
 * @param {import('playwright-core').Worker} sw @param {boolean} on
 */
export async function setAutoClean(sw, on) {
  await sw.evaluate(async (enabled) => {
    const { settings } = await chrome.storage.sync.get('settings');
    const s = settings ?? { version: 2 };
    s.autoClean = { rules: ['*.gov.cn'], sites: {}, ...s.autoClean, enabled };
    await chrome.storage.sync.set({ settings: s });
  }, on);
}

/** @param {import('playwright-core').BrowserContext} ctx */
export async function serviceWorker(ctx) {
  const sw = ctx.serviceWorkers().find((w) => w.url().endsWith('/extension/background.js'));
  return sw ?? ctx.waitForEvent('serviceworker', { predicate: (w) => w.url().endsWith('/extension/background.js'), timeout: 15000 });
}

/**
 * The tab id of the page showing url, seen from the service worker.
 * @param {import('playwright-core').Worker} sw @param {string} url
 */
export async function tabIdOf(sw, url) {
  return sw.evaluate(async (u) => {
    // The newest tab wins when several show the same page.
    const tabs = (await chrome.tabs.query({})).filter((t) => t.url === u);
    return tabs.length ? Math.max(...tabs.map((t) => /** @type {number} */ (t.id))) : undefined;
  }, url);
}

/**
 * Opens url in a new page, runs the reader on it through runReader, and
 * waits for the reader view. Returns the page (now the reader) and
 * runReader's result.
 * @param {import('playwright-core').BrowserContext} ctx
 * @param {import('playwright-core').Worker} sw
 * @param {string} url
 * @param {import('playwright-core').Page=} page
 */
export async function openReader(ctx, sw, url, page) {
  page ??= await ctx.newPage();
  if (page.url() !== url) await page.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdOf(sw, url);
  if (tabId === undefined) throw new Error(`no tab for ${url}`);
  const t0 = performance.now();
  const result = await sw.evaluate((id) => /** @type {any} */ (globalThis).runReader(id), tabId);
  if (!result.ok) return { page, result, viewMs: NaN };
  await page.waitForURL(READER_URL);
  await page.waitForSelector('body[data-state="ready"], body[data-state="error"]');
  return { page, result, viewMs: performance.now() - t0, tabId };
}

export function tempProfile() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'govreader-profile-'));
}

/** @param {import('playwright-core').Page} page @param {string} name */
export async function screenshot(page, name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * What the reader shows of fixtures/portal.html, in any browser: its
 * headline (on the page and in the tab's title) and the info line's facts,
 * then the body's first and last sentences. Returns the body's text.
 * @param {(sel: string) => Promise<string>} text an element's innerText
 * @param {string} docTitle the reader tab's title
 */
export async function assertPortalFacts(text, docTitle) {
  assert.equal(await text('#title'), '永州市召开全市农村公路建设推进会');
  assert.equal(docTitle, '永州市召开全市农村公路建设推进会');
  const fact = (/** @type {string} */ k) => text(`[data-field="${k}"]`);
  assert.match(await fact('factPublished'), /^发布时间\s*2025-04-18 10:20$/);
  assert.match(await fact('factSource'), /^来源\s*市交通运输局$/);
  assert.match(await fact('factAuthor'), /^作者\s*王小明$/);
  const body = await text('#content');
  assert.match(body, /全市农村公路建设推进会在市交通运输局召开/);
  assert.match(body, /为乡村振兴提供坚实的交通保障/);
  return body;
}

/**
 * The reader of fixtures/portal.html holds no spam, no portal chrome and
 * not the paragraph a page script hides after load (only the live DOM the
 * content script reads knows it is hidden).
 * @param {(sel: string) => Promise<string>} text an element's innerText
 */
export async function assertPortalClean(text) {
  const all = await text('#article');
  const body = await text('#content');
  for (const s of ['澳门葡京', '六合彩', '时时彩', '免费看片']) assert.ok(!body.includes(s), `spam ${s} in body`);
  for (const s of ['当前位置', '政务服务', '互动交流', '相关链接', '热点专题', '主办：', 'ICP备', '分享到', '浏览次数', '打印', '请输入关键字']) {
    assert.ok(!all.includes(s), `portal chrome ${s} in the reader`);
  }
  assert.ok(!body.includes('由页面脚本在加载后隐藏'), 'script-hidden paragraph shown');
}

/**
 * Every visible text of the page whose contrast with what is painted
 * behind it is under min (WCAG's ratio): text nodes with a box, and the
 * text form controls show (a select's choice, an input's value and
 * placeholder). The background is each ancestor's background colour,
 * composited; a page that paints text over images is not measured here.
 * @param {import('playwright-core').Page} page @param {number} [min]
 * @returns {Promise<{text: string, ratio: number, fg: string, bg: string}[]>}
 */
export function lowContrast(page, min = 4.5) {
  return page.evaluate((min) => {
    /** @param {string} c @returns {number[]} */
    const rgba = (c) => {
      const m = /rgba?\(([^)]+)\)/.exec(c);
      if (!m) return [0, 0, 0, 0];
      const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return [p[0], p[1], p[2], p[3] ?? 1];
    };
    /** @param {number[]} top @param {number[]} under */
    const over = (top, under) => [0, 1, 2].map((i) => top[i] * top[3] + under[i] * (1 - top[3])).concat(1);
    /** @param {number[]} c */
    const lum = (c) => {
      const [r, g, b] = c.slice(0, 3).map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    /** @param {Element} el */
    const background = (el) => {
      const layers = [];
      for (let e = /** @type {Element|null} */ (el); e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] >= 1) break;
      }
      // The canvas under everything: white in a light scheme.
      let bg = [255, 255, 255, 1];
      for (const l of layers.reverse()) bg = over(l, bg);
      return bg;
    };
    /** @type {{text: string, ratio: number, fg: string, bg: string}[]} */
    const low = [];
    /** @param {Element} el @param {string} text @param {string} color */
    const check = (el, text, color) => {
      const bg = background(el);
      const fg = over(rgba(color), bg);
      const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
      const ratio = (hi + 0.05) / (lo + 0.05);
      if (ratio < min) low.push({ text: text.slice(0, 40), ratio: Math.round(ratio * 100) / 100, fg: color, bg: `rgb(${bg.slice(0, 3).map(Math.round).join(',')})` });
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = (n.nodeValue ?? '').trim();
      if (!el || !text || el.closest('select, script, style, textarea')) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      const st = getComputedStyle(el);
      if (!rects.length || st.visibility !== 'visible' || Number(st.opacity) === 0) continue;
      check(el, text, st.color);
    }
    for (const el of document.querySelectorAll('select, input')) {
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height || getComputedStyle(el).visibility !== 'visible') continue;
      if (el instanceof HTMLSelectElement) check(el, el.selectedOptions[0]?.text ?? '', getComputedStyle(el).color);
      else if (el instanceof HTMLInputElement && /^(text|search|url|email)$/.test(el.type)) {
        if (el.value) check(el, el.value, getComputedStyle(el).color);
        else if (el.placeholder) check(el, el.placeholder, getComputedStyle(el, '::placeholder').color);
      }
    }
    return low;
  }, min);
}

/**
 * Runs action and waits for the download it starts to finish; returns the
 * file's path and chrome.downloads' item. Downloads go through
 * chrome.downloads, so they are watched from the service worker.
 * @param {import('playwright-core').Worker} sw @param {() => Promise<unknown>} action
 * @returns {Promise<{file: string, item: chrome.downloads.DownloadItem}>}
 */
export async function nextDownload(sw, action) {
  const before = await sw.evaluate(async () => (await chrome.downloads.search({})).map((d) => d.id));
  await action();
  for (let i = 0; i < 200; i++) {
    const items = await sw.evaluate(async (/** @type {number[]} */ seen) =>
      (await chrome.downloads.search({})).filter((d) => !seen.includes(d.id)), before);
    const done = items.find((d) => d.state === 'complete');
    if (done && fs.existsSync(done.filename)) return { file: done.filename, item: done };
    if (items.some((d) => d.state === 'interrupted')) throw new Error(`download interrupted: ${JSON.stringify(items)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no download finished');
}

/**
 * A control of the reader, made reachable: the ones that live in a panel
 * of the toolbar (Aa, 保存, ⋯) are shown by pressing the panel's button
 * first, as a user would.
 * @param {import('playwright-core').Page} page @param {string} sel
 */
export async function control(page, sel) {
  const el = page.locator(sel);
  const panel = await el.evaluate((e) => e.closest('[popover]')?.id ?? '');
  if (panel && !(await page.locator(`#${panel}`).evaluate((p) => p.matches(':popover-open')))) {
    await page.locator(`[popovertarget="${panel}"]`).click();
    await page.locator(`#${panel}`).waitFor({ state: 'visible' });
  }
  return el;
}
