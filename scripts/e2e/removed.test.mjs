// 显示移除内容: the article with its removed blocks in place, struck
// through and labelled in Chinese; a block restored with one click stays
// on the next read of the site, and giving it back removes it again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, prepareExtension, launch, openReader, tempProfile, screenshot, GOV_HOST, control } from './lib.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;
/** @type {Awaited<ReturnType<typeof launch>>} */ let b;

before(async () => {
  server = await startServer();
  b = await launch({ profile: tempProfile(), port: server.port, extension: prepareExtension() });
});
after(async () => { await b?.ctx.close(); await server?.close(); });

const PAGE = `http://${GOV_HOST}/art/2025/3/20/removed.html`;
/** Another page of the same site that carries the same planted block. */
const SAME_SITE = `http://${GOV_HOST}/art/2025/3/21/removed.html`;
const SPAM = '澳门新葡京赌场 百家乐官网';

/** The article's own text, without the removed blocks shown in it. */
const articleText = (/** @type {import('playwright-core').Page} */ page) =>
  page.locator('#content').evaluate((c) => [...c.children].filter((e) => !e.classList.contains('gr-removed')).map((e) => /** @type {HTMLElement} */ (e).innerText).join('\n'));

/** Visible English words in an element's text. @param {string} s */
const english = (s) => s.match(/[A-Za-z]{2,}/g) ?? [];

test('a removed spam block is shown struck through with its Chinese reason, and restoring it keeps it on the site', async () => {
  const { page, result } = await openReader(b.ctx, b.sw, PAGE);
  assert.equal(result.ok, true, JSON.stringify(result));
  assert.ok(!(await articleText(page)).includes(SPAM), 'the planted block is removed');

  // The removal report names the reason in Chinese, by its id.
  await page.locator('#spamSummary').click();
  const report = await page.locator('#spamList').innerText();
  assert.match(report, /垃圾文字（赌博推广）/);
  assert.deepEqual(english(await page.locator('#spamList .reason').allInnerTexts().then((t) => t.join(' '))), []);

  // Nothing extra until asked.
  assert.equal(await page.locator('.gr-removed').count(), 0);
  assert.equal(await page.locator('#showRemoved').innerText(), '显示移除内容');
  await page.locator('#showRemoved').click();
  const block = page.locator('.gr-removed[data-reason="spam.gambling"]');
  await block.waitFor();
  assert.equal(await page.locator('#showRemoved').getAttribute('aria-pressed'), 'true');
  assert.equal(await block.locator('.gr-removed-why').innerText(), '已移除：赌博推广');
  const del = block.locator('del');
  assert.match(await del.innerText(), /澳门新葡京赌场 百家乐官网/);
  assert.match(await del.evaluate((e) => getComputedStyle(e).textDecorationLine), /line-through/);
  // In place: after the second paragraph, before the last.
  const order = await page.locator('#content > *').evaluateAll((els) => els.map((e) => (e.classList.contains('gr-removed') ? 'removed' : /** @type {HTMLElement} */ (e).innerText.slice(0, 6))));
  assert.deepEqual(order, ['3月20日，', '执法人员逐户', 'removed', '县农业农村局']);
  // The page around the article is counted, not shown.
  assert.match(await page.locator('#removedNote').innerText(), /^正文以外另有 \d+ 处移除/);
  const shownText = (await page.locator('#removedBar').innerText()) + (await block.innerText());
  assert.deepEqual(english(shownText), [], 'English in the Chinese interface');
  await screenshot(page, 'reader-removed.png');

  // One click restores it: it is in the article at once …
  await block.locator('.gr-restore').click();
  await page.waitForFunction((s) => [...document.querySelectorAll('#content > p')].some((p) => p.textContent?.includes(s)), SPAM);
  assert.match(await page.locator('#status').innerText(), /^已恢复/);
  assert.equal(await page.locator('.gr-removed[data-reason="spam.gambling"]').count(), 0);
  assert.match(await page.locator('#restoredList').innerText(), /澳门新葡京赌场/);
  const kept = await b.sw.evaluate((host) => chrome.storage.local.get(`keep:${host}`), GOV_HOST);
  assert.equal(kept[`keep:${GOV_HOST}`]?.length, 1, JSON.stringify(kept));
  // … and the reader's own copy (a reload, the library) has it too.
  await page.reload();
  await page.waitForSelector('body[data-state="ready"]');
  assert.ok((await articleText(page)).includes(SPAM), 'the stash keeps the restored article');

  // The next read of the site keeps it, and no longer reports it.
  const next = await openReader(b.ctx, b.sw, SAME_SITE);
  assert.equal(next.result.ok, true);
  assert.ok((await articleText(next.page)).includes(SPAM), 'restored on the next read of the site');
  assert.ok(!(await next.page.locator('#spamList').innerText()).includes('澳门新葡京'), 'a restored block is not reported');

  // Giving it back removes it again.
  await next.page.locator('#showRemoved').click();
  await next.page.locator('#restoredBox:not([hidden])').waitFor();
  await next.page.locator('#restoredList .gr-unrestore').click();
  await next.page.waitForFunction((s) => ![...document.querySelectorAll('#content > p')].some((p) => p.textContent?.includes(s)), SPAM);
  await next.page.locator('.gr-removed[data-reason="spam.gambling"]').waitFor();
  assert.match(await next.page.locator('#status').innerText(), /^已撤销恢复/);
  const after = await b.sw.evaluate((host) => chrome.storage.local.get(`keep:${host}`), GOV_HOST);
  assert.deepEqual(after, {});
  await next.page.close();
  await page.close();
});

test('a library copy has no page to explain, and offers no switch', async () => {
  const { page } = await openReader(b.ctx, b.sw, PAGE);
  await (await control(page, '#addLibrary')).click();
  await page.waitForFunction(() => (document.getElementById('status')?.textContent ?? '').length > 0);
  const lib = await b.ctx.newPage();
  await lib.goto(`chrome-extension://${b.extId}/extension/library.html`);
  await lib.waitForSelector('body[data-state="ready"]');
  const link = await lib.locator('a[href*="reader.html?library="]').first().getAttribute('href');
  assert.ok(link, 'the library links its reader');
  await lib.goto(new URL(String(link), lib.url()).href);
  await lib.waitForSelector('body[data-state="ready"]');
  assert.equal(await lib.locator('#removedBar').isHidden(), true);
  await lib.close();
  await page.close();
});
