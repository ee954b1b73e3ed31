// The interface follows the browser's language: Chinese by default (the
// other tests), English here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, prepareExtension, launch, openReader, tempProfile, GOV_HOST } from './lib.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;
/** @type {Awaited<ReturnType<typeof launch>>} */ let b;

before(async () => {
  server = await startServer();
  b = await launch({ profile: tempProfile(), port: server.port, extension: prepareExtension(), lang: 'en-US' });
});
after(async () => { await b?.ctx.close(); await server?.close(); });

test('an English browser gets the English interface around the Chinese article', async () => {
  const { page } = await openReader(b.ctx, b.sw, `http://${GOV_HOST}/art/2025/4/18/portal.html`);
  assert.equal(await page.locator('#saveHtml').innerText(), 'Save HTML');
  assert.equal(await page.locator('#original').innerText(), 'View original');
  // The 简/繁 buttons keep their characters and say what they do in English.
  assert.equal(await page.locator('#toSimplified').innerText(), '简');
  assert.match(String(await page.locator('#toSimplified').getAttribute('aria-label')), /^Show in simplified Chinese/);
  assert.equal(await page.locator('#script').getAttribute('aria-label'), 'Chinese script');
  assert.match(await page.locator('[data-field="factSource"]').innerText(), /^Source\s*市交通运输局$/);
  assert.match(await page.locator('#spamSummary').innerText(), /^Removed 2 /);
  assert.equal(await page.locator('#title').innerText(), '永州市召开全市农村公路建设推进会');
  assert.equal(await page.locator('#content').getAttribute('lang'), 'zh-CN');
});
