// The reader view end to end: a portal page served under a gov host name,
// the live DOM read by the content script, extracted by the wasm in the
// offscreen document, shown by the reader page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, prepareExtension, launch, openReader, tempProfile, screenshot, GOV_HOST, COPY_HOST, ROOT, READER_URL, assertPortalFacts, assertPortalClean, control } from './lib.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;
/** @type {Awaited<ReturnType<typeof launch>>} */ let b;

before(async () => {
  server = await startServer();
  b = await launch({ profile: tempProfile(), port: server.port, extension: prepareExtension() });
});
after(async () => { await b?.ctx.close(); await server?.close(); });

const text = (/** @type {import('playwright-core').Page} */ p, /** @type {string} */ sel) => p.locator(sel).innerText();

test('reader view shows the title, date, source and body', async () => {
  const { page, result } = await openReader(b.ctx, b.sw, `http://${GOV_HOST}/art/2025/4/18/portal.html`);
  assert.equal(result.ok, true, JSON.stringify(result));
  assert.match(page.url(), /^chrome-extension:\/\/[a-p]{32}\/extension\/reader\.html\?url=/);
  assert.match(page.url(), READER_URL);
  // The reader's own URL leads back to the page.
  assert.equal(new URL(page.url()).searchParams.get('url'), `http://${GOV_HOST}/art/2025/4/18/portal.html`);
  await assertPortalFacts((sel) => text(page, sel), await page.title());
  assert.equal(await page.locator('#content p').count(), 4);
  // Chromium's serialisation of the page took core's fast parser.
  const shown = await page.evaluate((id) => chrome.runtime.sendMessage({ type: 'page->bg:getArticle', id }), result.id);
  assert.ok(shown.article.notes.some((/** @type {{id: string}} */ n) => n.id === 'parsed-live'), JSON.stringify(shown.article.notes));
  await screenshot(page, 'reader-portal.png');
});

test('no spam and no portal chrome reach the reader, and the spam report says so', async () => {
  const { page } = await openReader(b.ctx, b.sw, `http://${GOV_HOST}/art/2025/4/18/portal.html`);
  await assertPortalClean((sel) => text(page, sel));
  const summary = await text(page, '#spamSummary');
  assert.match(summary, /已移除 [1-9]\d* 处/);
  await page.locator('#spamSummary').click();
  assert.match(await text(page, '#spamList'), /澳门葡京娱乐城/);
});

test('what only computed styles hide is kept out, and what they show is kept in', async () => {
  // Live, core trusts the content script's marks and skips its static
  // reading of styles, so every hiding technique must be marked here.
  const { page, result } = await openReader(b.ctx, b.sw, `http://${GOV_HOST}/art/2025/5/6/hidden.html`);
  assert.equal(result.ok, true, JSON.stringify(result));
  const body = await text(page, '#content');
  const leaked = ['类名', '媒体查询', '重要规则', '白字', '缩放', '平移', '右移', '缩进', '透明', '滤镜', '裁剪', '缩小', '内容可见性', '填充色']
    .filter((tag) => body.includes(`（${tag}）`));
  assert.deepEqual(leaked, [], 'hidden spam shown');
  for (const s of ['时时彩', '免费看片', '百家乐']) assert.ok(!body.includes(s), `spam ${s} in body`);
  for (const s of ['传达学习上级有关会议精神', '仍存在薄弱环节', '一季度全市道路运输企业', '压实安全生产主体责任', '加强汛期交通安全保障', '作了表态发言', '道路交通安全专项整治']) {
    assert.ok(body.includes(s), `visible paragraph ${s} missing`);
  }
  await page.locator('#spamSummary').click();
  assert.match(await text(page, '#spamList'), /澳门赌场在线开户/, 'camouflaged spam is reported');
});

test('the content script leaves style sheet text out and the page as it was', async () => {
  const page = await b.ctx.newPage();
  await page.goto(`http://${GOV_HOST}/art/2025/5/6/hidden.html`);
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  // The content script is an expression whose value is its result.
  const got = await page.evaluate(fs.readFileSync(path.join(ROOT, 'extension/content.js'), 'utf8'));
  assert.equal(got.ok, true);
  assert.ok(!got.html.includes('.h-class { display: none; }'), 'style text serialised');
  assert.match(got.html, /<style><\/style>/);
  assert.ok(got.html.includes("var opener = '<style>';"), 'script text cut');
  assert.ok(got.html.includes('作了表态发言'), 'article cut');
  assert.match(got.html, /class="h-scale" data-govreader-hidden="transform"/);
  // White on white is judged by contrast, and the hit test found nothing
  // painted between the text and its backdrop: hidden outright.
  assert.match(got.html, /class="h-white" data-govreader-hidden="contrast"/);
  assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before, 'marks left on the page');
  assert.match(got.html, /^<!DOCTYPE html>\n<html/);
  await page.setContent('<!DOCTYPE html SYSTEM "about:legacy-compat"><title>x</title><p>y</p>');
  const legacy = await page.evaluate(fs.readFileSync(path.join(ROOT, 'extension/content.js'), 'utf8'));
  assert.match(legacy.html, /^<!DOCTYPE html SYSTEM "about:legacy-compat">\n<html>/);
  await page.close();
});

test('a GBK page is read through the browser decoding, not re-decoded', async () => {
  const { page, result } = await openReader(b.ctx, b.sw, `http://${GOV_HOST}/art/2025/4/18/portal-gbk.html`);
  assert.equal(result.ok, true, JSON.stringify(result));
  assert.equal(await text(page, '#title'), '永州市召开全市农村公路建设推进会');
  assert.match(await text(page, '#content'), /危桥改造八十六座/);
});

test('the tampered sample: traditional script kept, spliced pinyin and footer spam removed', async () => {
  const { page } = await openReader(b.ctx, b.sw, `http://${GOV_HOST}/art/2025/3/12/sample.html`);
  assert.equal(await text(page, '#title'), '全市春季義務植樹活動啟動 共建綠色家園');
  const body = await text(page, '#content');
  assert.match(body, /全市春季義務植樹活動在瀟水河畔啟動/);
  assert.ok(!/澳门|看黄|时时彩/.test(await text(page, '#head')), 'spam in the header');
  assert.ok(!/澳门|看黄|时时彩/.test(body), 'spam in the body');
  // The report names what was removed, pinyin splices included.
  await page.locator('#spamSummary').click();
  const report = await text(page, '#spamList');
  assert.match(report, /垃圾文字/);
  assert.match(report, /拼音混入/);
  await screenshot(page, 'reader-sample.png');
});

test('the page keeps working: view original returns to it without auto-clean bouncing back', async () => {
  const url = `http://${GOV_HOST}/art/2025/4/18/portal.html`;
  const { page } = await openReader(b.ctx, b.sw, url);
  await page.locator('#original').click();
  await page.waitForURL(url);
  await page.waitForTimeout(500);
  assert.equal(page.url(), url);
});

test('the wasm host is pre-warmed in an offscreen document, and the service worker can host it instead', async () => {
  const contexts = await b.sw.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).map((c) => c.documentUrl));
  assert.equal(contexts.length, 1);
  assert.match(String(contexts[0]), /\/extension\/offscreen\.html$/);
  await b.sw.evaluate(() => /** @type {any} */ (globalThis).useHost('worker'));
  try {
    const { page, result } = await openReader(b.ctx, b.sw, `http://${GOV_HOST}/art/2025/4/18/portal.html`);
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.equal(await text(page, '#title'), '永州市召开全市农村公路建设推进会');
  } finally {
    await b.sw.evaluate(() => /** @type {any} */ (globalThis).useHost('offscreen'));
  }
});

test('the background talks to the core worker directly, and a line whose document is gone does not hang a click', async () => {
  /** @returns {Promise<{ready: boolean, answered: number}>} */
  const line = () => b.sw.evaluate(() => /** @type {any} */ (globalThis).coreLine());
  const waitLine = async () => {
    for (let i = 0; i < 50 && !(await line()).ready; i++) await new Promise((r) => setTimeout(r, 100));
    assert.equal((await line()).ready, true, 'no direct line to the core worker');
  };
  await waitLine();
  const before = (await line()).answered;
  const url = `http://${GOV_HOST}/art/2025/4/18/portal.html`;
  const first = await openReader(b.ctx, b.sw, url);
  assert.equal(first.result.ok, true, JSON.stringify(first.result));
  // The headline's check and the extraction went over the line.
  assert.ok((await line()).answered >= before + 2, `${JSON.stringify(await line())} after ${before}`);
  // The offscreen document goes without a word to the line (as if the
  // browser closed it): the next click falls back to the runtime path,
  // which opens the document again, and the line follows.
  await b.sw.evaluate(() => chrome.offscreen.closeDocument());
  const t0 = Date.now();
  const again = await openReader(b.ctx, b.sw, url);
  assert.equal(again.result.ok, true, JSON.stringify(again.result));
  assert.ok(Date.now() - t0 < 15000, `the click took ${Date.now() - t0} ms`);
  await assertPortalFacts((sel) => text(again.page, sel), await again.page.title());
  await waitLine();
});

test('the reader loads no remote image until the user turns images on', async () => {
  const url = `http://${GOV_HOST}/art/2025/3/12/sample.html`;
  const page = await b.ctx.newPage();
  await page.goto(url);
  await page.waitForTimeout(300);
  // The page loads its own image; only requests after this point count.
  const before = server.state.requests.length;
  await openReader(b.ctx, b.sw, url, page);
  await page.waitForTimeout(300);
  const imageRequests = () => server.state.requests.slice(before).filter((r) => r.url.includes('trees.jpg'));
  assert.deepEqual(imageRequests(), []);
  await (await control(page, '#images')).click();
  await page.waitForFunction(() => document.querySelector('#content img')?.hasAttribute('src'));
  for (let i = 0; i < 50 && !imageRequests().length; i++) await page.waitForTimeout(100);
  // Every open reader tab follows the setting, so there may be several.
  assert.ok(imageRequests().length >= 1);
  await (await control(page, '#images')).click();
});

test('a page over the 64 MiB message limit is refused with a clear message', async () => {
  const url = `http://${GOV_HOST}/art/huge.html`;
  const page = await b.ctx.newPage();
  await page.goto(url, { timeout: 60000 });
  const tabId = await b.sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
  const result = await b.sw.evaluate((id) => /** @type {any} */ (globalThis).runReader(id), tabId);
  assert.equal(result.ok, false);
  assert.equal(result.code, 'too_large');
  assert.match(result.error, /页面过大.*MiB/);
  assert.equal(page.url(), url, 'the page stays');
  await page.waitForSelector('div[role="alert"]');
  // The message is the reader's own; the figures wait behind 详情.
  const alert = page.locator('div[role="alert"]');
  assert.equal(await alert.locator('summary').innerText(), '详情');
  assert.equal(await alert.locator('details').getAttribute('open'), null);
  assert.match(await alert.locator('details > div').textContent() ?? '', /MiB > .*MiB/);
  await page.close();
});

test('reading controls: keyboard, themes, dark system scheme, elder mode', async () => {
  const { page } = await openReader(b.ctx, b.sw, `http://${GOV_HOST}/art/2025/4/18/portal.html`);
  const fontPx = () => page.locator('#main').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const start = await fontPx();
  await page.keyboard.press('+');
  await page.waitForFunction((s) => parseFloat(getComputedStyle(/** @type {Element} */ (document.getElementById('main'))).fontSize) === s + 1, start);
  await page.keyboard.press('-');
  // Every control is reachable with Tab and operable with the keyboard:
  // the Aa panel opens with Enter, its controls come next in the tab
  // order, and Esc closes it without leaving the reader.
  const active = () => page.evaluate(() => document.activeElement?.id);
  await page.locator('#theme').focus();
  await page.keyboard.press('Tab');
  assert.equal(await active(), 'aaButton');
  await page.keyboard.press('Enter');
  await page.locator('#aaPanel').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#aaButton').getAttribute('aria-expanded'), 'true');
  // The panel's first control takes the focus once the panel has shown
  // (the toggle event comes a task after).
  await page.waitForFunction(() => document.activeElement?.id === 'font');
  for (let i = 0; i < 12 && (await active()) !== 'elder'; i++) await page.keyboard.press('Tab');
  assert.equal(await active(), 'elder');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#elder').getAttribute('aria-pressed'), 'true');
  assert.ok((await fontPx()) >= 24, 'elder mode has large text');
  await page.keyboard.press('Enter');
  const readerURL = page.url();
  await page.keyboard.press('Escape');
  await page.locator('#aaPanel').waitFor({ state: 'hidden' });
  assert.equal(await page.locator('#aaButton').getAttribute('aria-expanded'), 'false');
  await page.waitForTimeout(200);
  assert.equal(page.url(), readerURL, 'Esc in a panel left the reader');
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.equal(await bg(), 'rgb(27, 28, 30)', 'auto theme follows a dark system scheme');
  await page.locator('#theme').selectOption('sepia');
  assert.equal(await bg(), 'rgb(245, 236, 217)');
  await screenshot(page, 'reader-sepia.png');
  await page.locator('#theme').selectOption('auto');
  await page.emulateMedia({ colorScheme: 'light' });
  assert.equal(await fontPx(), start);
});

/**
 * The contrast ratio of two computed CSS colours (WCAG 2).
 * @param {string} a @param {string} b
 */
function contrast(a, b) {
  const lum = (/** @type {string} */ c) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const x = Number(v) / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test('trust badges: official and clean, official with planted content removed, a copy with its original', async () => {
  /** @type {[string, string, string, RegExp][]} */
  const cases = [
    // fixture URL, provenance, badge text, what the page says
    [`http://${GOV_HOST}/art/2025/3/2/clean.html`, 'official', '政府网站原文', /森林防火/],
    [`http://${GOV_HOST}/art/2025/9/15/planted.html`, 'official-cleaned', '官方网站 · 已移除插入内容', /集中参保/],
    [`http://${COPY_HOST}/art/2025/3/2/clean.html`, 'copy', '非官方副本', /森林防火/],
  ];
  for (const [url, provenance, label, body] of cases) {
    const { page, result } = await openReader(b.ctx, b.sw, url);
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.match(await text(page, '#content'), body);
    const badges = page.locator('#badge .badge');
    assert.equal(await badges.count(), 1, url);
    assert.equal(await badges.getAttribute('data-provenance'), provenance, url);
    assert.equal(await badges.innerText(), label, url);
    if (provenance === 'official-cleaned') {
      // The planted profile is gone, and the report says what it was.
      assert.doesNotMatch(await text(page, '#content'), /陈国栋|客座教授/);
      await page.locator('#spamSummary').click();
      assert.match(await text(page, '#spamList'), /插入的推广内容/);
    }
    if (provenance === 'copy') {
      assert.equal(await page.locator('#badge a').getAttribute('href'), `http://${GOV_HOST}/art/2025/3/2/clean.html`);
    } else {
      assert.equal(await page.locator('#badge a').count(), 0);
    }
    // Readable in every theme: the badge's text on the badge's own colour.
    for (const theme of ['light', 'sepia', 'dark']) {
      await page.locator('#theme').selectOption(theme);
      const [fg, bg] = await badges.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
      assert.ok(contrast(fg, bg) >= 4.5, `${provenance} in ${theme}: ${fg} on ${bg} is ${contrast(fg, bg).toFixed(2)}:1`);
    }
    if (provenance === 'official-cleaned') await screenshot(page, 'reader-badge-planted-dark.png');
    await page.locator('#theme').selectOption('auto');
    await page.close();
  }
});
