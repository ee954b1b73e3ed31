// A list page (a column index) in the reader: its entries, each linked to
// its page with the date the page shows, not an article made of them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, prepareExtension, launch, openReader, tempProfile, screenshot, GOV_HOST } from './lib.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;
/** @type {Awaited<ReturnType<typeof launch>>} */ let b;

before(async () => {
  server = await startServer();
  b = await launch({ profile: tempProfile(), port: server.port, extension: prepareExtension() });
});
after(async () => { await b?.ctx.close(); await server?.close(); });

test('a column index reads as its entries, linked and dated', async () => {
  const url = `http://${GOV_HOST}/tzgg/column.html`;
  const { page, result } = await openReader(b.ctx, b.sw, url);
  assert.equal(result.ok, true, JSON.stringify(result));
  assert.equal(await page.locator('#title').innerText(), '通知公告');
  const entries = page.locator('#content.entries ol > li');
  assert.equal(await entries.count(), 6);
  const first = entries.first();
  assert.equal(await first.locator('a').innerText(), '关于做好2024年中小学暑期安全教育工作的通知');
  assert.equal(await first.locator('a').getAttribute('href'), `http://${GOV_HOST}/tzgg/202405/t20240520_101.html`);
  assert.equal(await first.locator('time').innerText(), '2024-05-20');
  const all = await page.locator('#article').innerText();
  for (const chrome of ['栏目导航', '下一页', '主办单位', 'ICP备']) assert.ok(!all.includes(chrome), `${chrome} in the reader`);
  // A list page shows no date of its own: the entries' dates are theirs.
  assert.equal(await page.locator('[data-field="factPublished"]').count(), 0);
  await screenshot(page, 'reader-list.png');
});
