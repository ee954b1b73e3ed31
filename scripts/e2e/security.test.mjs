// Hostile pages: a strict page CSP must not stop the reader, and no script
// vector in a page may run in the reader view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, prepareExtension, launch, openReader, tempProfile, GOV_HOST, control } from './lib.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;
/** @type {Awaited<ReturnType<typeof launch>>} */ let b;

before(async () => {
  server = await startServer();
  b = await launch({ profile: tempProfile(), port: server.port, extension: prepareExtension() });
});
after(async () => { await b?.ctx.close(); await server?.close(); });

test('a page with a strict CSP (no script, no wasm) still opens in the reader', async () => {
  const url = `http://${GOV_HOST}/art/2025/4/18/csp.html`;
  const page = await b.ctx.newPage();
  const resp = await page.goto(url);
  assert.match(String(resp?.headers()['content-security-policy']), /script-src 'none'/);
  const { result } = await openReader(b.ctx, b.sw, url, page);
  assert.equal(result.ok, true, JSON.stringify(result));
  assert.equal(await page.locator('#title').innerText(), '永州市召开全市农村公路建设推进会');
  assert.match(await page.locator('#content').innerText(), /危桥改造八十六座/);
  // The page's CSP stopped its own script, so the paragraph it would hide
  // is visible on the page and rightly kept.
  assert.match(await page.locator('#content').innerText(), /由页面脚本在加载后隐藏/);
});

test('no XSS vector of the page fires in the reader, even with images on', async () => {
  const url = `http://${GOV_HOST}/art/2025/5/6/xss.html`;
  const page = await b.ctx.newPage();
  /** @type {string[]} */
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.goto(url);
  // Let the page's own vectors settle: their requests trail the load event.
  for (let last = -1; last !== server.state.sentinel;) {
    last = server.state.sentinel;
    await page.waitForTimeout(700);
  }
  // The vectors ran on the page itself; that is the page's business. Count
  // from here on.
  const onPage = server.state.sentinel;
  assert.ok(onPage > 0, 'the fixture vectors should fire on the page itself, or the test proves nothing');
  server.state.sentinel = 0;
  server.state.vectors = [];
  const { result } = await openReader(b.ctx, b.sw, url, page);
  assert.equal(result.ok, true, JSON.stringify(result));
  await (await control(page, '#images')).click();
  await page.waitForSelector('#content img[src]', { state: 'attached' });
  await page.locator('#content p').first().hover();
  for (const el of await page.locator('#content *').all()) await el.dispatchEvent('click').catch(() => {});
  await page.waitForTimeout(800);
  // Each vector reports the protocol of the document it ran in; the page
  // (which may refresh itself) reports http:, the reader would not.
  assert.deepEqual(server.state.vectors.filter((v) => !/@(http|about):$/.test(v)), [], 'sentinel fired from the reader');
  assert.deepEqual(dialogs, []);
  assert.equal(await page.evaluate(() => /** @type {any} */ (window).__xss), undefined);
  const bad = await page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('#content *, #head *, #spamList *, #foot *')) {
      if (/^(script|iframe|object|embed|svg|math|form|base|meta|link|style|noscript|video|audio|source|details)$/i.test(el.tagName)) out.push(el.tagName);
      for (const a of el.attributes) {
        if (/^on/i.test(a.name) || a.name === 'style' || a.name === 'srcdoc') out.push(`${el.tagName}@${a.name}`);
        if (/^(href|src|action|data)$/i.test(a.name) && !/^(https?:|mailto:|#)/i.test(a.value)) out.push(`${el.tagName}@${a.name}=${a.value}`);
      }
    }
    return out;
  });
  assert.deepEqual(bad, []);
  assert.match(await page.locator('#content').innerText(), /确保检查工作取得实效/);
});

test('messages from a web page are ignored by the extension', async () => {
  const page = await b.ctx.newPage();
  await page.goto(`http://${GOV_HOST}/art/2025/4/18/portal.html`);
  // A page cannot reach runtime messaging at all without externally
  // connectable; the content-script world could, so the background must
  // refuse it: simulate one with a forged sender through executeScript.
  const tabId = await b.sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, page.url());
  const reply = await b.sw.evaluate(async (id) => {
    const [r] = await chrome.scripting.executeScript({
      target: { tabId: id },
      func: () => chrome.runtime.sendMessage({ type: 'page->bg:getArticle', id: 'x' }).then((x) => x ?? 'no reply', (e) => 'error: ' + e.message),
    });
    return r.result;
  }, tabId);
  assert.ok(reply === 'no reply' || String(reply).startsWith('error:'), `content-script message answered: ${JSON.stringify(reply)}`);
});

test('the extension makes no network request of its own', async () => {
  /** @type {string[]} */
  const seen = [];
  const onRequest = (/** @type {import('playwright-core').Request} */ r) => seen.push(r.url());
  b.ctx.on('request', onRequest);
  const url = `http://${GOV_HOST}/art/2025/4/18/portal.html`;
  const page = await b.ctx.newPage();
  await page.goto(url);
  await page.waitForTimeout(300);
  const fromServer = server.state.requests.length;
  const { result } = await openReader(b.ctx, b.sw, url, page);
  assert.equal(result.ok, true);
  await (await control(page, '#saveMd')).click();
  await (await control(page, '#addLibrary')).click();
  await page.waitForTimeout(1000);
  b.ctx.off('request', onRequest);
  // After the page itself loaded, nothing reached the (only reachable)
  // server, and everything the browser asked for was the extension's own.
  assert.deepEqual(server.state.requests.slice(fromServer), []);
  const foreign = seen.slice(seen.indexOf(url) + 1).filter((u) => !/^(chrome-extension|blob:chrome-extension|data):/.test(u));
  assert.deepEqual(foreign.filter((u) => !u.startsWith(`http://${GOV_HOST}/`)), []);
  await page.close();
});
