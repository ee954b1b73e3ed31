// The reader's 简/繁 switch: script.wasm is loaded in the reader page on
// first use only, converts the title, metadata and content for display,
// and switching back shows the original again. A failed load leaves the
// article as it was.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, prepareExtension, launch, openReader, tempProfile, screenshot, GOV_HOST, control } from './lib.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;
/** @type {Awaited<ReturnType<typeof launch>>} */ let b;
/** Every request for script.wasm the browser makes, from any page. */
const wasmRequests = /** @type {string[]} */ ([]);

before(async () => {
  server = await startServer();
  b = await launch({ profile: tempProfile(), port: server.port, extension: prepareExtension() });
  b.ctx.on('request', (r) => { if (/^chrome-extension:\/\/[a-p]{32}\/extension\/script\.wasm$/.test(r.url())) wasmRequests.push(r.url()); });
});
after(async () => { await b?.ctx.close(); await server?.close(); });

/** @typedef {import('playwright-core').Page} Page */
const text = (/** @type {Page} */ p, /** @type {string} */ sel) => p.locator(sel).innerText();
const pressed = (/** @type {Page} */ p, /** @type {string} */ id) => p.locator(`#${id}`).getAttribute('aria-pressed');
/** The stored choice; settings saved without one mean the default. */
const storedScript = async () => (await b.sw.evaluate(async () => (await chrome.storage.sync.get('settings')).settings?.script)) ?? 'original';
/** @param {Page} p @param {string} want */
const waitTitle = (p, want) => p.waitForFunction((w) => document.getElementById('title')?.textContent === w, want, { timeout: 15000 });

const SAMPLE = `http://${GOV_HOST}/art/2025/3/12/sample.html`;
const TRAD_TITLE = '全市春季義務植樹活動啟動 共建綠色家園';
const SIMP_TITLE = '全市春季义务植树活动启动 共建绿色家园';

test('简 converts the traditional sample lazily; pressing it again restores the original', async (t) => {
  const { page } = await openReader(b.ctx, b.sw, SAMPLE);
  assert.equal(await text(page, '#title'), TRAD_TITLE);
  assert.equal(await pressed(page, 'toSimplified'), 'false');
  await page.waitForTimeout(500);
  // The listener sees extension requests: the one after the press below
  // is counted by the same list.
  assert.deepEqual(wasmRequests, [], 'script.wasm fetched before the switch was pressed');

  // A failed load: the article stays as it was, with a clear message.
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.realFetch = w.fetch;
    w.fetch = () => Promise.reject(new TypeError('blocked by the test'));
  });
  await (await control(page, '#toSimplified')).click();
  await page.waitForSelector('#status.error');
  // The reader's own words; the browser's wait behind 详情.
  assert.equal(await text(page, '#status'), '简繁转换失败，正文保持原样。 详情');
  assert.match(await page.locator('#status details').textContent() ?? '', /blocked by the test/);
  assert.equal(await text(page, '#title'), TRAD_TITLE);
  assert.equal(await pressed(page, 'toSimplified'), 'false');
  assert.equal(await storedScript(), 'original');
  await page.evaluate(() => { const w = /** @type {any} */ (window); w.fetch = w.realFetch; });

  // From the keyboard this time; the failed load is retried.
  await (await control(page, '#toSimplified')).focus();
  const t0 = performance.now();
  await page.keyboard.press('Enter');
  await waitTitle(page, SIMP_TITLE);
  t.diagnostic(`first 简: script.wasm loaded and the article converted in ${Math.round(performance.now() - t0)} ms`);
  assert.equal(await pressed(page, 'toSimplified'), 'true');
  assert.equal(await pressed(page, 'toTraditional'), 'false');
  assert.equal(await page.title(), SIMP_TITLE);
  assert.equal(wasmRequests.length, 1, `script.wasm requests: ${wasmRequests.join(', ')}`);
  const body = await text(page, '#content');
  assert.match(body, /全市春季义务植树活动在潇水河畔启动/);
  assert.match(body, /让绿色成为高质量发展的鲜明底色/);
  assert.doesNotMatch(body, /義務植樹|綠色/);
  assert.match(await text(page, '[data-field="factPublisher"]'), /市林业局$/);
  // Markup survives: the same paragraphs, and the image, labelled by the
  // reader while images are off (never by the page's alt text).
  assert.equal(await page.locator('#content p').count(), 4);
  assert.equal(await page.locator('#content img').getAttribute('alt'), '');
  assert.equal(await page.locator('#content .img-load').innerText(), '图片（点击加载）');
  assert.equal(await text(page, '#status'), '', 'the loading message is gone');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'toSimplified', 'focus stays on the switch');
  await screenshot(page, 'reader-sample-simplified.png');

  // The choice is remembered: another reader opens converted.
  for (let i = 0; i < 50 && (await storedScript()) !== 'simplified'; i++) await page.waitForTimeout(100);
  assert.equal(await storedScript(), 'simplified');
  const second = (await openReader(b.ctx, b.sw, SAMPLE)).page;
  await waitTitle(second, SIMP_TITLE);
  assert.equal(await pressed(second, 'toSimplified'), 'true');

  // Back to the original: the Article as extracted, not a round trip.
  await (await control(page, '#toSimplified')).click();
  await waitTitle(page, TRAD_TITLE);
  assert.equal(await pressed(page, 'toSimplified'), 'false');
  assert.match(await text(page, '#content'), /全市春季義務植樹活動在瀟水河畔啟動/);
  assert.match(await text(page, '[data-field="factPublisher"]'), /市林業局$/);
  assert.equal(await page.title(), TRAD_TITLE);
  // Every open reader follows, like the other reading settings.
  await waitTitle(second, TRAD_TITLE);
  for (let i = 0; i < 50 && (await storedScript()) !== 'original'; i++) await page.waitForTimeout(100);
  assert.equal(await storedScript(), 'original');
  await second.close();
});

test('繁 converts a simplified page, and 简 then takes over from it', async () => {
  const { page } = await openReader(b.ctx, b.sw, `http://${GOV_HOST}/art/2025/4/18/portal.html`);
  const original = '永州市召开全市农村公路建设推进会';
  assert.equal(await text(page, '#title'), original);
  await (await control(page, '#toTraditional')).click();
  await waitTitle(page, '永州市召開全市農村公路建設推進會');
  assert.equal(await pressed(page, 'toTraditional'), 'true');
  assert.match(await text(page, '[data-field="factSource"]'), /市交通運輸局$/);
  // 简 from 繁 converts the original, not the traditional copy.
  await (await control(page, '#toSimplified')).click();
  await waitTitle(page, original);
  assert.equal(await pressed(page, 'toSimplified'), 'true');
  assert.equal(await pressed(page, 'toTraditional'), 'false');
  await (await control(page, '#toSimplified')).click();
  await page.waitForFunction(() => document.getElementById('toSimplified')?.getAttribute('aria-pressed') === 'false');
  assert.equal(await text(page, '#title'), original);
});
