// Auto-clean without the flash: on a host auto-clean may read, the veil
// (extension/veil.js, registered for the granted rules) covers the portal
// from its first paint, then the tab turns into the reader; a page that
// stays (a list, no article, the user's Esc) is revealed as it was.
//
// The first paint is caught by holding the response of a script at the end
// of the page's body: the browser has parsed and painted the article above
// it, but the DOM is not complete, so auto-clean has not acted yet. The
// screenshot taken then must show the veil, not the portal (painted on a
// red background, which the veil must not let through).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, prepareExtension, launch, setAutoClean, tempProfile, screenshot, assertPortalFacts, assertPortalClean, ARTIFACTS, FIXTURES, GOV_HOST, COPY_HOST, OTHER_GOV_HOST, READER_URL } from './lib.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;
/** @type {Awaited<ReturnType<typeof launch>>} */ let b;

/** Responses of /held.js waiting for release(). @type {import('node:http').ServerResponse[]} */
const held = [];
const release = () => { for (const res of held.splice(0)) res.end('/* released */'); };
/** The portal's red, which the veil must cover. */
const RED = [208, 0, 0];

/**
 * The test's own pages: /slow/NAME.html is fixtures/NAME.html painted on
 * red (by a style sheet), with a script at the end of its body that the
 * server holds until release(); /empty.html has no article.
 * @param {import('node:http').IncomingMessage} _req @param {import('node:http').ServerResponse} res @param {URL} u
 */
function route(_req, res, u) {
  if (u.pathname === '/held.js') {
    held.push(res);
    res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
    return true;
  }
  if (u.pathname === '/red.css') {
    res.writeHead(200, { 'content-type': 'text/css', 'cache-control': 'no-store' }).end(`html, body { background: rgb(${RED}) !important; }`);
    return true;
  }
  // /strict/NAME.html: the same under a Content-Security-Policy that lets
  // no inline style or script run, the page's own included.
  const slow = /^\/(slow|strict)\/([a-z]+)\.html$/.exec(u.pathname);
  if (slow) {
    const html = fs.readFileSync(path.join(FIXTURES, `${slow[2]}.html`), 'utf8')
      .replace('</head>', '<link rel="stylesheet" href="/red.css">\n</head>')
      .replace('</body>', '<script src="/held.js"></script>\n</body>');
    /** @type {Record<string, string>} */
    const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
    if (slow[1] === 'strict') headers['content-security-policy'] = "default-src 'none'; script-src 'self'; style-src 'self'";
    res.writeHead(200, headers).end(html);
    return true;
  }
  // A style sheet that arrives after DOMContentLoaded and hides a
  // paragraph: the veil must wait for it before the page is read.
  if (u.pathname === '/late.css') {
    setTimeout(() => res.writeHead(200, { 'content-type': 'text/css', 'cache-control': 'no-store' }).end('.late-hidden { display: none; }'), 700);
    return true;
  }
  if (u.pathname === '/late/portal.html') {
    const html = fs.readFileSync(path.join(FIXTURES, 'portal.html'), 'utf8')
      .replace('</head>', '<link rel="stylesheet" href="/late.css">\n</head>')
      .replace('<p id="jshidden"', '<p class="late-hidden">这一段由稍后到达的样式表隐藏，阅读视图不应显示它。</p>\n    <p id="jshidden"')
      // No script: nothing makes DOMContentLoaded wait for the sheet.
      .replace(/<script>[^<]*<\/script>/, '');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
    return true;
  }
  if (u.pathname.endsWith('/empty.html')) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      .end('<!doctype html><html><head><title>维护通知</title></head><body><p>网站维护中。</p></body></html>');
    return true;
  }
  return false;
}

before(async () => {
  server = await startServer(undefined, { route });
  b = await launch({ profile: tempProfile(), port: server.port, extension: prepareExtension() });
  await setAutoClean(b.sw, true);
  await waitForVeil(true);
});
after(async () => { release(); await b?.ctx.close(); await server?.close(); });

/** The veil's registration, as the browser holds it. */
async function registration() {
  const [script] = await b.sw.evaluate(() => chrome.scripting.getRegisteredContentScripts({ ids: ['govreader-veil'] }));
  return script;
}

/** Waits until the veil is registered (or not), which follows a settings
 * change asynchronously. @param {boolean} on */
async function waitForVeil(on) {
  for (let i = 0; i < 50; i++) {
    if (Boolean(await registration()) === on) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the veil is ${on ? 'not ' : ''}registered`);
}

/**
 * The share of a screenshot's pixels near a colour, measured by the
 * browser's own PNG decoder in a blank page.
 * @param {Buffer} png @param {number[]} rgb
 */
async function share(png, rgb) {
  const page = await b.ctx.newPage();
  try {
    return await page.evaluate(async ({ data, rgb }) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = /** @type {OffscreenCanvasRenderingContext2D} */ (canvas.getContext('2d'));
      ctx.drawImage(bmp, 0, 0);
      const px = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
      let near = 0;
      for (let i = 0; i < px.length; i += 4) {
        if (Math.abs(px[i] - rgb[0]) + Math.abs(px[i + 1] - rgb[1]) + Math.abs(px[i + 2] - rgb[2]) < 30) near++;
      }
      return near / (px.length / 4);
    }, { data: png.toString('base64'), rgb });
  } finally {
    await page.close();
  }
}

/** The texts the page exposes to assistive technology, closed shadow roots
 * included. @param {import('playwright-core').Page} page */
async function axTexts(page) {
  const cdp = await b.ctx.newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes.map((n) => String(n.name?.value ?? '')).filter(Boolean);
  } finally {
    await cdp.detach();
  }
}

/**
 * Opens a /slow/ page and waits for its first paint, with the article
 * parsed and the held script not yet answered.
 * @param {string} url
 */
async function openHeld(url) {
  const page = await b.ctx.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.querySelector('.footer') && performance.getEntriesByType('paint').some((e) => e.name === 'first-paint'));
  await heldScript();
  return page;
}

/** Waits until the server holds the page's script. */
async function heldScript() {
  for (let i = 0; i < 100 && !held.length; i++) await new Promise((r) => setTimeout(r, 50));
  assert.ok(held.length, 'the page did not ask for its script');
}

test('after access is granted, a portal page shows the veil from its first paint, then the reader', async () => {
  const url = `http://${GOV_HOST}/slow/portal.html`;
  const page = await openHeld(url);
  // Painted, and still loading: the portal's DOM is there and auto-clean
  // has not acted, because the DOM is not complete.
  const early = await page.evaluate(() => ({
    state: document.readyState,
    // The veil came before anything the parser made: it is in the first
    // frame the page painted, whenever that was.
    first: document.documentElement.firstElementChild?.tagName,
    zoom: Boolean(document.getElementById('zoom')),
  }));
  assert.deepEqual(early, { state: 'loading', first: 'GOVREADER-VEIL', zoom: true });
  const shot = await page.screenshot();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, 'autoclean-first-paint.png'), shot);
  assert.equal(await share(shot, RED), 0, 'the portal shows through the veil at first paint');
  // The light theme's page colour covers the viewport.
  assert.ok((await share(shot, [253, 253, 251])) > 0.95, 'the veil does not cover the viewport');
  // The words come a moment later; the page is still held.
  await page.waitForTimeout(400);
  assert.ok((await axTexts(page)).includes('GovReader 正在净化…'), 'the veil does not say what is happening');
  assert.ok((await axTexts(page)).includes('显示原网页'));
  assert.equal(await share(await page.screenshot({ path: path.join(ARTIFACTS, 'autoclean-veil.png') }), RED), 0);

  release();
  await page.waitForURL(READER_URL, { timeout: 15000 });
  await page.waitForSelector('body[data-state="ready"]');
  assert.equal(new URL(page.url()).searchParams.get('url'), url);
  const text = (/** @type {string} */ sel) => page.locator(sel).innerText();
  await assertPortalFacts(text, await page.title());
  await assertPortalClean(text);
  // The veil was taken out of the page while it was read.
  assert.doesNotMatch(await text('#article'), /正在净化|显示原网页/);

  // Back leads to the page as it is, whether the browser kept it (with
  // the veil it had when it was left) or loads it again.
  await page.goBack({ waitUntil: 'commit' });
  if (held.length === 0) await new Promise((r) => setTimeout(r, 300));
  release();
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.waitForTimeout(1000);
  assert.equal(page.url(), url, 'Back bounced into the reader again');
  assert.equal(await page.evaluate(() => document.querySelector('govreader-veil')), null);
  assert.ok((await share(await page.screenshot(), RED)) > 0.5, 'the page is not shown after Back');
  await page.close();
});

test('a page whose Content-Security-Policy forbids inline styles is covered all the same', async () => {
  const url = `http://${GOV_HOST}/strict/portal.html`;
  const page = await openHeld(url);
  const shot = await page.screenshot({ path: path.join(ARTIFACTS, 'autoclean-veil-csp.png') });
  assert.equal(await share(shot, RED), 0, 'the portal shows through the veil');
  assert.ok((await share(shot, [253, 253, 251])) > 0.95);
  release();
  await page.waitForURL(READER_URL, { timeout: 15000 });
  await page.waitForSelector('body[data-state="ready"]');
  assert.equal(await page.locator('#title').innerText(), '永州市召开全市农村公路建设推进会');
  await page.close();
});

test('a style sheet still loading after DOMContentLoaded is waited for: what it hides stays out', async () => {
  const page = await b.ctx.newPage();
  await page.goto(`http://${GOV_HOST}/late/portal.html`, { waitUntil: 'commit' });
  await page.waitForURL(READER_URL, { timeout: 15000 });
  await page.waitForSelector('body[data-state="ready"]');
  const body = await page.locator('#content').innerText();
  assert.match(body, /危桥改造八十六座/);
  assert.doesNotMatch(body, /稍后到达的样式表/);
  await page.close();
});

test('the veil takes the reader\'s theme', async () => {
  const read = () => b.sw.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
  const saved = await read();
  await b.sw.evaluate(async (s) => { await chrome.storage.sync.set({ settings: { ...s, theme: 'dark' } }); }, saved);
  try {
    const page = await openHeld(`http://${GOV_HOST}/slow/portal.html`);
    await page.waitForTimeout(100);
    const shot = await page.screenshot({ path: path.join(ARTIFACTS, 'autoclean-veil-dark.png') });
    assert.ok((await share(shot, [27, 28, 30])) > 0.95, 'the veil is not in the dark theme');
    await page.keyboard.press('Escape');
    release();
    await page.close();
  } finally {
    await b.sw.evaluate(async (s) => { await chrome.storage.sync.set({ settings: s }); }, saved);
  }
});

test('a list page is revealed as it was, and the veil says why', async () => {
  const url = `http://${GOV_HOST}/slow/index.html`;
  const page = await openHeld(url);
  assert.equal(await share(await page.screenshot(), RED), 0, 'the portal shows through the veil');
  release();
  await page.waitForFunction(() => document.readyState === 'complete');
  // The notice, in the corner, over the page that is shown again.
  for (let i = 0; i < 50 && !(await axTexts(page)).includes('GovReader：这是栏目列表页，已按原样显示'); i++) await page.waitForTimeout(100);
  assert.ok((await axTexts(page)).includes('GovReader：这是栏目列表页，已按原样显示'), 'no notice');
  const shot = await page.screenshot({ path: path.join(ARTIFACTS, 'autoclean-list-revealed.png') });
  assert.ok((await share(shot, RED)) > 0.8, 'the page is not shown again');
  assert.equal(page.url(), url);
  // Untouched: once the notice is gone, the DOM is what the server sent
  // (the held script adds nothing), with no mark of the content script.
  await page.waitForFunction(() => !document.querySelector('govreader-veil'), undefined, { timeout: 10000 });
  const same = await page.evaluate(async () => {
    const sent = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
    return { body: sent.body.innerHTML === document.body.innerHTML, head: sent.head.innerHTML === document.head.innerHTML, marks: document.querySelectorAll('[data-govreader-hidden]').length };
  });
  assert.deepEqual(same, { body: true, head: true, marks: 0 });
  await page.close();
});

test('a page without an article stays, with a short notice', async () => {
  const page = await b.ctx.newPage();
  await page.goto(`http://${OTHER_GOV_HOST}/empty.html`);
  for (let i = 0; i < 50 && !(await axTexts(page)).includes('GovReader：此页没有可净化的文章，已按原样显示'); i++) await page.waitForTimeout(100);
  assert.ok((await axTexts(page)).includes('GovReader：此页没有可净化的文章，已按原样显示'));
  assert.equal(await page.locator('body').innerText(), '网站维护中。');
  assert.equal(page.url(), `http://${OTHER_GOV_HOST}/empty.html`);
  await page.close();
});

test('Esc on the veil keeps the page, also after a reload; 查看原网页 returns without veil or bounce', async () => {
  const url = `http://${GOV_HOST}/slow/portal.html`;
  const page = await openHeld(url);
  await page.waitForTimeout(200);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('govreader-veil'));
  release();
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.waitForTimeout(1000);
  assert.equal(page.url(), url, 'the page the user kept was turned into the reader');
  assert.ok((await share(await page.screenshot(), RED)) > 0.5, 'the page is not shown');
  // The same page again in this tab: the user chose it.
  await page.reload({ waitUntil: 'commit' });
  await heldScript();
  release();
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.waitForTimeout(800);
  assert.equal(page.url(), url);
  assert.equal(await page.evaluate(() => document.querySelector('govreader-veil')), null);
  await page.close();

  // From the reader back to the original: the veil lifts at once, with
  // no notice, and auto-clean does not turn it into the reader again.
  const plain = `http://${GOV_HOST}/art/2025/4/18/portal.html`;
  const reader = await b.ctx.newPage();
  await reader.goto(plain, { waitUntil: 'commit' });
  await reader.waitForURL(READER_URL, { timeout: 15000 });
  await reader.waitForSelector('body[data-state="ready"]');
  await reader.locator('#original').click();
  await reader.waitForURL(plain);
  await reader.waitForFunction(() => document.readyState === 'complete');
  await reader.waitForTimeout(1000);
  assert.equal(reader.url(), plain);
  assert.equal(await reader.evaluate(() => document.querySelector('govreader-veil')), null);
  assert.ok(!(await axTexts(reader)).some((t) => t.startsWith('GovReader')), 'a notice on the page the user came back to');
  await reader.close();
});

test('the veil is registered for the granted rules and sites, less those switched off, and not when auto-clean is off', async () => {
  const read = () => b.sw.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
  const write = (/** @type {any} */ s) => b.sw.evaluate(async (v) => { await chrome.storage.sync.set({ settings: v }); }, s);
  const saved = await read();
  try {
    await write({ ...saved, autoClean: { enabled: true, rules: ['*.gov.cn'], sites: { [OTHER_GOV_HOST]: false, [COPY_HOST]: true, 'news.example.org': true } } });
    // news.example.org has no access: it is not covered.
    let script;
    for (let i = 0; i < 50; i++) {
      script = await registration();
      if (script?.matches?.length === 2) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.deepEqual(script?.matches, ['*://*.gov.cn/*', `*://${COPY_HOST}/*`]);
    assert.deepEqual(script?.excludeMatches, [`*://${OTHER_GOV_HOST}/*`]);
    assert.equal(script?.runAt, 'document_start');
    assert.equal(script?.allFrames, false);

    // The site switched off gets no veil at all.
    const page = await b.ctx.newPage();
    await page.goto(`http://${OTHER_GOV_HOST}/art/portal.html`, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.readyState !== 'loading');
    assert.equal(await page.evaluate(() => document.documentElement.firstElementChild?.tagName), 'HEAD');
    await page.waitForTimeout(800);
    assert.equal(page.url(), `http://${OTHER_GOV_HOST}/art/portal.html`);
    await page.close();

    await setAutoClean(b.sw, false);
    await waitForVeil(false);
  } finally {
    await write(saved);
    await waitForVeil(true);
  }
});
