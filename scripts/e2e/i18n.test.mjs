// The interface follows the browser's language: Chinese by default (the
// other tests), English here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, prepareExtension, launch, openReader, setAutoClean, tempProfile, GOV_HOST, control } from './lib.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;
/** @type {Awaited<ReturnType<typeof launch>>} */ let b;

before(async () => {
  server = await startServer();
  b = await launch({ profile: tempProfile(), port: server.port, extension: prepareExtension(), lang: 'en-US' });
});
after(async () => { await b?.ctx.close(); await server?.close(); });

test('an English browser gets the English interface around the Chinese article', async () => {
  const { page } = await openReader(b.ctx, b.sw, `http://${GOV_HOST}/art/2025/4/18/portal.html`);
  assert.equal(await page.locator('#saveHtml').textContent(), 'Save as web page');
  assert.equal(await page.locator('#original .label').innerText(), 'Original');
  assert.equal(await page.locator('#original').getAttribute('aria-label'), 'View original');
  // The 简/繁 buttons keep their characters and say what they do in English.
  assert.equal(await page.locator('#toSimplified').innerText(), '简');
  assert.match(String(await page.locator('#toSimplified').getAttribute('aria-label')), /^Show in simplified Chinese/);
  assert.equal(await page.locator('#script').getAttribute('aria-label'), 'Chinese script');
  assert.match(await page.locator('[data-field="factSource"]').innerText(), /^Source\s*市交通运输局$/);
  assert.match(await page.locator('#spamSummary').innerText(), /^Removed: 2 · kept as suspect: \d+/);
  // An English label ends in an ASCII colon, not the full-width one.
  const colon = await page.locator('[data-field="factSource"] dt').evaluate((dt) => getComputedStyle(dt, '::after').content);
  assert.equal(colon, '": "');
  // One saved article is "1 article", not "1 articles".
  await (await control(page, '#addLibrary')).click();
  await page.waitForFunction(() => (document.getElementById('status')?.textContent ?? '').length > 0);
  const lib = await b.ctx.newPage();
  await lib.goto(`chrome-extension://${b.extId}/extension/library.html`);
  await lib.waitForSelector('body[data-state="ready"]');
  assert.equal(await lib.locator('#count').innerText(), '1 article');
  // The library's own counts agree in number too, and its labels are English.
  await lib.locator('.entry .pick').check();
  assert.equal(await lib.locator('#exportMd').innerText(), 'Export 1 selected as Markdown (zip)');
  await lib.locator('.entry .delete').click();
  await lib.waitForFunction(() => document.getElementById('undoText')?.textContent === 'Deleted 1 article');
  await lib.locator('#undo').click();
  await lib.waitForFunction(() => document.getElementById('status')?.textContent === 'Restored 1 article');
  assert.match(await lib.locator('.entry .saved').innerText(), /^Saved \d{4}-\d\d-\d\d \d\d:\d\d$/);
  const uiText = await lib.evaluate(() => {
    // The article's title and facts, and the sites and publishers it
    // names, are Chinese; the page around them is not.
    const clone = /** @type {HTMLElement} */ (document.body.cloneNode(true));
    for (const el of clone.querySelectorAll('.entry .title, .entry .meta, #site option:not(:first-child), #publisher option:not(:first-child)')) el.remove();
    document.body.append(clone);
    const text = clone.innerText;
    clone.remove();
    return text;
  });
  assert.match(uiText, /Sort by/);
  assert.doesNotMatch(uiText, /[\u4e00-\u9fff]/);
  await lib.close();
  assert.equal(await page.locator('#title').innerText(), '永州市召开全市农村公路建设推进会');
  assert.equal(await page.locator('#content').getAttribute('lang'), 'zh-CN');
});

test('an English browser gets the welcome page in English', async () => {
  const page = await b.ctx.newPage();
  await page.goto(`chrome-extension://${b.extId}/extension/welcome.html`);
  await page.waitForSelector('body[data-state="ready"]');
  assert.equal(await page.title(), 'Welcome to GovReader');
  assert.equal(await page.locator('#menuName').innerText(), 'Read this page with GovReader');
  // The test manifest holds the access, and launch() switched auto-clean off.
  assert.equal(await page.locator('#autoState').innerText(), 'Access granted, but auto-clean is switched off in the settings.');
  assert.doesNotMatch(await page.locator('body').innerText(), /[\u4e00-\u9fff]/);
  await page.close();
});

test('an English browser gets the auto-clean notice in English', async () => {
  await setAutoClean(b.sw, true);
  try {
    for (let i = 0; i < 50 && !(await b.sw.evaluate(() => chrome.scripting.getRegisteredContentScripts())).length; i++) await new Promise((r) => setTimeout(r, 100));
    const page = await b.ctx.newPage();
    await page.goto(`http://${GOV_HOST}/index.html`);
    // The notice lives in a closed shadow root: read what the page exposes
    // to assistive technology.
    const cdp = await b.ctx.newCDPSession(page);
    const texts = async () => (await cdp.send('Accessibility.getFullAXTree')).nodes.map((n) => String(n.name?.value ?? ''));
    let seen = await texts();
    for (let i = 0; i < 50 && !seen.includes('GovReader: this is a list page, shown as published'); i++) {
      await page.waitForTimeout(100);
      seen = await texts();
    }
    assert.ok(seen.includes('GovReader: this is a list page, shown as published'), seen.filter((t) => t.includes('GovReader')).join(' | '));
    assert.ok(seen.includes('Close'));
    await page.close();
  } finally {
    await setAutoClean(b.sw, false);
  }
});
