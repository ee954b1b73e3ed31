// Saving, the library (across a browser restart) and auto-clean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, prepareExtension, launch, openReader, setAutoClean, tempProfile, screenshot, GOV_HOST, COPY_HOST, OTHER_GOV_HOST, READER_URL, control } from './lib.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;
/** @type {Awaited<ReturnType<typeof launch>>} */ let b;
let profile = '';
let extension = '';

before(async () => {
  server = await startServer();
  extension = prepareExtension();
  profile = tempProfile();
  b = await launch({ profile, port: server.port, extension });
});
after(async () => { await b?.ctx.close(); await server?.close(); });

/**
 * Waits for the next finished download and returns its text. Downloads go
 * through chrome.downloads, so they are watched from the service worker.
 * @param {() => Promise<unknown>} action
 */
async function download(action) {
  const before = await b.sw.evaluate(async () => (await chrome.downloads.search({})).map((d) => d.id));
  await action();
  for (let i = 0; i < 100; i++) {
    const items = await b.sw.evaluate(async (/** @type {number[]} */ seen) =>
      (await chrome.downloads.search({})).filter((d) => !seen.includes(d.id)), before);
    const done = items.find((d) => d.state === 'complete');
    if (done && fs.existsSync(done.filename)) return { name: done.filename, text: fs.readFileSync(done.filename, 'utf8'), item: done };
    if (items.some((d) => d.state === 'interrupted')) throw new Error(`download interrupted: ${JSON.stringify(items)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no download finished');
}

test('save as HTML: one file, inline CSS, metadata header, source link, no spam', async () => {
  const url = `http://${GOV_HOST}/art/2025/4/18/portal.html`;
  const { page } = await openReader(b.ctx, b.sw, url);
  const { text, item } = await download(async () => (await control(page, '#saveHtml')).click());
  // The name the extension suggests is not kept when DevTools directs
  // downloads; the extension is.
  assert.match(item.filename, /\.html$/);
  assert.match(text, /<style[^>]*>/i);
  assert.doesNotMatch(text, /<link[^>]+stylesheet|<script/i);
  assert.match(text, /永州市召开全市农村公路建设推进会/);
  assert.match(text, /市交通运输局/);
  assert.match(text, /2025-04-18/);
  assert.ok(text.includes(url), 'source link');
  assert.match(text, /危桥改造八十六座/);
  // The spam is gone from the article, and the removal report at the end
  // says what it was.
  const [articlePart, report] = text.split('<details class="report">');
  assert.ok(report, 'no removal report');
  assert.doesNotMatch(articlePart, /澳门葡京|六合彩|由页面脚本在加载后隐藏/);
  assert.match(report, /隐藏内容.*澳门葡京/);
  assert.doesNotMatch(text, /由页面脚本在加载后隐藏/);
});

test('save as Markdown: YAML front matter with the metadata, then the body', async () => {
  const url = `http://${GOV_HOST}/art/2025/4/18/portal.html`;
  const { page } = await openReader(b.ctx, b.sw, url);
  const { text, item } = await download(async () => (await control(page, '#saveMd')).click());
  assert.match(item.filename, /\.md$/);
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  assert.ok(m, `front matter missing:\n${text.slice(0, 300)}`);
  assert.match(m[1], /^title: "?永州市召开全市农村公路建设推进会"?$/m);
  assert.match(m[1], /^published: "?2025-04-18T10:20\+08:00"?$/m);
  assert.match(m[1], /^source: "?市交通运输局"?$/m);
  assert.ok(m[1].includes(url));
  assert.match(m[2], /全市农村公路建设推进会在市交通运输局召开/);
  const [articlePart, report] = m[2].split('\n## 移除报告\n');
  assert.ok(report, 'no removal report');
  assert.doesNotMatch(articlePart, /澳门葡京|六合彩/);
});

test('auto-clean runs on a matching host and not on another', async () => {
  await setAutoClean(b.sw, true);
  const gov = await b.ctx.newPage();
  await gov.goto(`http://${GOV_HOST}/art/2025/4/18/portal.html`);
  await gov.waitForURL(READER_URL, { timeout: 10000 });
  await gov.waitForSelector('body[data-state="ready"]');
  assert.equal(await gov.locator('#title').innerText(), '永州市召开全市农村公路建设推进会');
  assert.equal(await gov.locator('#siteAuto').isChecked(), true);

  const other = await b.ctx.newPage();
  const copyUrl = `http://${COPY_HOST}/news/copy.html`;
  await other.goto(copyUrl);
  await other.waitForTimeout(1500);
  assert.equal(other.url(), copyUrl, 'a host outside the rules was cleaned');

  // A portal's home page has no article: auto-clean leaves it alone.
  const home = await b.ctx.newPage();
  await home.goto(`http://${GOV_HOST}/index.html`);
  await home.waitForTimeout(1500);
  assert.equal(home.url(), `http://${GOV_HOST}/index.html`, 'a page without an article was auto-cleaned');
  await home.close();

  // "View original" stays on the original: no bounce back to the reader.
  await gov.locator('#original').click();
  await gov.waitForURL(`http://${GOV_HOST}/art/2025/4/18/portal.html`);
  await gov.waitForTimeout(1000);
  assert.match(gov.url(), /^http:/);
  await gov.close();
  await other.close();
});

test('the per-site switch turns auto-clean on for one site and off for another', async () => {
  const copyUrl = `http://${COPY_HOST}/news/copy.html`;
  const { page } = await openReader(b.ctx, b.sw, copyUrl);
  const box = await control(page, '#siteAuto');
  assert.equal(await box.isChecked(), false);
  await box.check();
  await page.waitForFunction(() => document.getElementById('status')?.textContent?.includes('自动'));
  const again = await b.ctx.newPage();
  await again.goto(copyUrl);
  await again.waitForURL(READER_URL, { timeout: 10000 });

  // Off for a government host that the default rule covers.
  const govUrl = `http://${OTHER_GOV_HOST}/art/portal.html`;
  const gov = await b.ctx.newPage();
  await gov.goto(govUrl);
  await gov.waitForURL(READER_URL, { timeout: 10000 });
  await gov.waitForSelector('body[data-state="ready"]');
  await (await control(gov, '#siteAuto')).uncheck();
  await gov.waitForFunction(() => document.getElementById('status')?.textContent?.includes('不再'));
  const gov2 = await b.ctx.newPage();
  await gov2.goto(govUrl);
  await gov2.waitForTimeout(1500);
  assert.equal(gov2.url(), govUrl);
  const stored = await b.sw.evaluate(async () => (await chrome.storage.sync.get('settings')).settings.autoClean.sites);
  assert.deepEqual(stored, { [COPY_HOST]: true, [OTHER_GOV_HOST]: false });
  for (const p of [page, again, gov, gov2]) await p.close();
  await setAutoClean(b.sw, false);
});

test('the options page shows the rules and the per-site switches', async () => {
  const page = await b.ctx.newPage();
  await page.goto(`chrome-extension://${b.extId}/extension/options.html`);
  await page.waitForFunction(() => document.getElementById('rules')?.value !== '');
  assert.equal(await page.locator('#rules').inputValue(), '*.gov.cn');
  assert.equal(await page.locator(`#sites li[data-host="${COPY_HOST}"]`).count(), 1);
  await page.locator('#rules').fill('*.gov.cn\nhttps://WWW.Example-Copy.cn/news/');
  await page.locator('#saveRules').click();
  await page.waitForFunction(() => document.getElementById('rulesStatus')?.textContent !== '');
  const rules = await b.sw.evaluate(async () => (await chrome.storage.sync.get('settings')).settings.autoClean.rules);
  assert.deepEqual(rules, ['*.gov.cn', 'www.example-copy.cn']);
  await page.close();
});

test('a full storage quota gives a clear message and leaves the library as it was', async () => {
  const { page } = await openReader(b.ctx, b.sw, `http://${GOV_HOST}/art/2025/4/18/portal.html`);
  // Counts the saved articles without creating the database.
  const count = () => page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'govreader')) return 0;
    return new Promise((resolve, reject) => {
      const req = indexedDB.open('govreader');
      req.onsuccess = () => {
        const db = req.result;
        const c = db.transaction('articles').objectStore('articles').count();
        c.onsuccess = () => { db.close(); resolve(c.result); };
        c.onerror = () => reject(c.error);
      };
      req.onerror = () => reject(req.error);
    });
  });
  const before = await count();
  const cdp = await b.ctx.newCDPSession(page);
  const origin = `chrome-extension://${b.extId}`;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  try {
    await (await control(page, '#addLibrary')).click();
    await page.waitForFunction(() => document.getElementById('status')?.classList.contains('error'));
    assert.match(await page.locator('#status').innerText(), /存储空间已满.*文库保持不变/);
  } finally {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  }
  assert.equal(await count(), before);
  await page.close();
});

test('the library keeps articles across a browser restart; search, open, delete, export and import', async () => {
  const url = `http://${GOV_HOST}/art/2025/3/12/sample.html`;
  const { page } = await openReader(b.ctx, b.sw, url);
  await (await control(page, '#addLibrary')).click();
  await page.waitForFunction(() => document.getElementById('status')?.textContent === '已加入文库');
  const { page: p2 } = await openReader(b.ctx, b.sw, `http://${OTHER_GOV_HOST}/art/csp.html`);
  await (await control(p2, '#addLibrary')).click();
  await p2.waitForFunction(() => document.getElementById('status')?.textContent === '已加入文库');

  await b.ctx.close();
  b = await launch({ profile, port: server.port, extension });
  const lib = await b.ctx.newPage();
  await lib.goto(`chrome-extension://${b.extId}/extension/library.html`);
  await lib.waitForSelector('body[data-state="ready"]');
  assert.equal(await lib.locator('.entry').count(), 2);
  assert.match(await lib.locator('#list').innerText(), /全市春季義務植樹活動啟動/);
  await screenshot(lib, 'library.png');

  await lib.locator('#search').fill('植樹');
  assert.equal(await lib.locator('.entry').count(), 1);
  await lib.locator('#search').fill('');

  const exported = await download(() => lib.locator('#export').click());
  const doc = JSON.parse(exported.text);
  assert.equal(doc.entries.length, 2);

  await lib.locator('.entry', { hasText: '植樹' }).locator('.title').click();
  await lib.waitForSelector('body[data-state="ready"]');
  assert.equal(await lib.locator('#title').innerText(), '全市春季義務植樹活動啟動 共建綠色家園');
  await lib.goBack();
  await lib.waitForSelector('body[data-state="ready"]');
  await lib.locator('.entry', { hasText: '植樹' }).locator('.delete').click();
  await lib.waitForFunction(() => document.querySelectorAll('.entry').length === 1);

  // A bad import changes nothing; a good one restores the entry as it was.
  const bad = JSON.stringify({ ...doc, entries: [doc.entries[0], { key: '' }] });
  await lib.locator('#import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
  await lib.waitForFunction(() => document.getElementById('status')?.classList.contains('error'));
  assert.equal(await lib.locator('.entry').count(), 1);
  await lib.locator('#import').setInputFiles({ name: 'lib.json', mimeType: 'application/json', buffer: Buffer.from(exported.text) });
  await lib.waitForFunction(() => document.querySelectorAll('.entry').length === 2);
  const again = await download(() => lib.locator('#export').click());
  assert.deepEqual(JSON.parse(again.text).entries, doc.entries, 'export/import round trip changed the articles');
});
