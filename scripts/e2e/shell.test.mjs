// The reader's shell: a click opens the reader at once, while core is
// still reading the page, and it shows the page's headline before the
// body, but never a headline that could be a hijacker's. A long page
// (generated here, some megabytes of paragraphs) keeps core busy long
// enough to see the shell; the corpus' hijacked-title variants and a page
// that paints its planted title as a heading must never show spam in the
// heading or the tab's title, at any moment. And when core fails on the
// page after the reader has opened, the reader says so and leads back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, prepareExtension, launch, openReader, tempProfile, tabIdOf, ROOT, GOV_HOST, CORPUS_HOST, READER_URL } from './lib.mjs';

const SPAM = path.join(ROOT, '../shared/corpus/gov/spam');
const skip = fs.existsSync(SPAM) ? false : `no corpus at ${SPAM}`;
const CONTENT_SCRIPT = fs.readFileSync(path.join(ROOT, 'extension/content.js'), 'utf8');

const HEADLINE = '关于开展2025年全市政务公开专项检查工作的通知';
/** The planted title of the page that also paints it as a heading. */
const PLANTED = '澳门葡京娱乐城';
const REAL = '永州市召开全市安全生产工作会议';

/**
 * A portal article of n paragraphs, its headline h1, its <title> the
 * headline and the site; extra goes into the head and before the h1.
 * @param {{title: string, h1: string, n: number, before?: string}} o
 */
function article({ title, h1, n, before = '' }) {
  const lines = [];
  for (let i = 0; i < n; i++) {
    lines.push(`<p>第${i + 1}项：各县（市、区）人民政府要对照政务公开标准目录，逐项检查主动公开、依申请公开和政策解读工作落实情况，第${i % 97}号整改台账按月报送市政务公开办，确保问题清单、责任清单、整改清单三单对应。</p>`);
  }
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div>${before}
<div class="article"><h1>${h1}</h1><div class="info">发布时间：2025-03-12 09:30 来源：市政府办公室</div>
<div class="content">${lines.join('\n')}</div></div><div class="footer">主办：永州市人民政府办公室</div></body></html>`;
}

/** @type {Record<string, string>} */
const GENERATED = {
  // About 3 MB: core needs far longer for it than the reader page needs
  // to open.
  '/art/2025/3/12/long.html': article({ title: `${HEADLINE}_永州市人民政府`, h1: HEADLINE, n: 12000 }),
  // The same, of a usual size.
  '/art/2025/3/12/short.html': article({ title: `${HEADLINE}_永州市人民政府`, h1: HEADLINE, n: 20 }),
  // A hijacked <title> whose planted part the page also paints as a
  // heading, above the real one: the content script's two references
  // agree on the spam, and only core's lexicon can refuse it.
  '/art/2025/3/12/planted-heading.html': article({
    title: `${PLANTED}_永州市人民政府`, h1: REAL, n: 12000,
    before: `<div class="title" style="font-size:20px;color:#c00">${PLANTED}</div>`,
  }),
};

// A file of control characters served as a web page (a portal sending an
// attachment as text/html), under a doctype that is not HTML's: core
// refuses it as not HTML, after the reader has opened.
GENERATED['/art/2025/3/12/binary.html'] = `<!DOCTYPE x-binary>${Array.from({ length: 6000 }, (_, i) => String.fromCharCode(1 + (i % 8), 65 + (i % 26))).join('')}`;

/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;
/** @type {Awaited<ReturnType<typeof launch>>} */ let b;

before(async () => {
  if (skip) return;
  // The corpus' spam variants, and the generated pages beside them.
  server = await startServer(SPAM, {
    route(_req, res, u) {
      const html = GENERATED[u.pathname];
      if (!html) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
      return true;
    },
  });
  b = await launch({ profile: tempProfile(), port: server.port, extension: prepareExtension(), extraHosts: [CORPUS_HOST] });
});
after(async () => { await b?.ctx.close(); await server?.close(); });

/**
 * Every address a page's main frame has had, from now on: a reader's
 * first one is the one the background navigated to.
 * @param {import('playwright-core').Page} page
 */
function addresses(page) {
  /** @type {string[]} */
  const seen = [];
  page.on('framenavigated', (f) => { if (f === page.mainFrame()) seen.push(f.url()); });
  return seen;
}

/** The headline a reader's address carries, or null. @param {string} u */
const carried = (u) => (u.includes('/reader.html') ? new URL(u).searchParams.get('headline') : null);

/**
 * A page that records, from the reader page's first moment, every heading
 * and tab title it ever holds (a mutation observer sees each change before
 * it can be painted) and, frame by frame, whether the heading, the
 * placeholder line and the body are there.
 */
async function recordingPage() {
  const page = await b.ctx.newPage();
  await page.addInitScript(() => {
    if (location.protocol !== 'chrome-extension:' || !location.pathname.endsWith('/reader.html')) return;
    /** @type {{title: string, pending: boolean, body: number}[]} */
    const frames = [];
    /** @type {Set<string>} */
    const headings = new Set();
    /** @type {Set<string>} */
    const tabTitles = new Set();
    const snap = () => {
      const p = document.getElementById('pending');
      return {
        title: document.getElementById('title')?.textContent ?? '',
        pending: Boolean(p && !p.hidden && p.checkVisibility()),
        body: document.getElementById('content')?.childElementCount ?? 0,
      };
    };
    new MutationObserver(() => {
      headings.add(snap().title);
      tabTitles.add(document.title);
    }).observe(document, { subtree: true, childList: true, characterData: true });
    const tick = () => {
      frames.push(snap());
      if (frames.length < 3000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    Object.defineProperty(window, '__shell', { value: { frames, headings, tabTitles } });
  });
  return page;
}

/** What recordingPage saw. @param {import('playwright-core').Page} page */
function seen(page) {
  return page.evaluate(() => {
    const s = /** @type {any} */ (window).__shell;
    const marks = ['govreader-title', 'govreader-ready'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN);
    return { frames: s.frames, headings: [...s.headings], tabTitles: [...s.tabTitles], marks };
  });
}

/**
 * Presses the toolbar button's handler on url, as the browser does, and
 * waits for the ready reader.
 * @param {import('playwright-core').Page} page @param {string} url
 */
async function click(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdOf(b.sw, url);
  const result = await b.sw.evaluate(async (id) => /** @type {any} */ (globalThis).onActionClicked(await chrome.tabs.get(id)), tabId);
  assert.equal(result?.ok, true, JSON.stringify(result));
  await page.waitForSelector('body[data-state="ready"]', { timeout: 60000 });
}

test('on a long page the headline is on screen before the body, with a line saying the article is coming', { skip }, async () => {
  const page = await recordingPage();
  const urls = addresses(page);
  const url = `http://${GOV_HOST}/art/2025/3/12/long.html`;
  // The content script offers the page's headline: the h1, which <title> names too.
  await page.goto(url, { waitUntil: 'load' });
  assert.equal((await page.evaluate(CONTENT_SCRIPT)).headline, HEADLINE);
  await click(page, url);
  const s = await seen(page);
  const first = s.frames.findIndex((f) => f.title);
  assert.ok(first >= 0, 'no frame showed a heading');
  // The first heading painted is the headline, with the placeholder and no body yet.
  assert.deepEqual(s.frames[first], { title: HEADLINE, pending: true, body: 0 });
  const withBody = s.frames.findIndex((f) => f.body > 0);
  assert.ok(withBody > first, `the body came in frame ${withBody}, the headline in ${first}`);
  assert.ok(s.frames.slice(first, withBody).every((f) => f.title === HEADLINE && f.pending), 'the shell changed before the body came');
  assert.equal(s.frames.at(-1)?.pending, false, 'the placeholder outlived the article');
  // Never anything but the headline (or nothing yet) in the heading and the tab.
  assert.deepEqual(s.headings.filter((t) => t !== HEADLINE && t !== ''), []);
  assert.deepEqual(s.tabTitles.filter((t) => t !== HEADLINE && t !== 'GovReader'), []);
  // The headline mark came before the ready one, and both came.
  assert.ok(s.marks[0] < s.marks[1], `marks ${s.marks}`);
  assert.equal(await page.locator('#article').getAttribute('aria-busy'), null);
  assert.ok((await page.locator('#content > p').count()) > 1000);
  // Once the article is shown, the history keeps the plain reader URL:
  // the headline the shell was given is out of the address.
  assert.ok(urls.some((u) => carried(u) !== null), `no address carried a headline: ${urls.join(' ')}`);
  assert.match(page.url(), READER_URL);
  assert.equal(carried(page.url()), null);
  await page.close();
});

test('a hijacked title never reaches the shell: the corpus variants, and a planted heading its <title> confirms', { skip }, async () => {
  const meta = JSON.parse(fs.readFileSync(path.join(SPAM, 'spam.json'), 'utf8'));
  const variants = Object.keys(meta).filter((k) => meta[k].tech === 'title_hijack');
  assert.ok(variants.length >= 5, variants.join(' '));
  for (const v of variants) {
    const page = await recordingPage();
    const urls = addresses(page);
    const url = `http://${CORPUS_HOST}/${v}.html`;
    const { result } = await openReader(b.ctx, b.sw, url, page);
    assert.equal(result.ok, true, `${v}: ${JSON.stringify(result)}`);
    const s = await seen(page);
    // Nor the reader's address, which carries the headline for the shell.
    const shown = [...s.headings, ...s.tabTitles, ...urls.map((u) => carried(u) ?? '')].join('\n');
    for (const needle of meta[v].needles) assert.ok(!shown.includes(needle), `${v} showed ${needle}:\n${shown}`);
    assert.ok(s.frames.some((f) => f.title), `${v}: no heading`);
    await page.close();
  }

  // The page paints its planted title as a heading: the content script
  // offers it (both its references agree), core's lexicon refuses it, and
  // the shell shows its placeholder under an empty heading until core's
  // own title comes.
  const page = await recordingPage();
  const urls = addresses(page);
  const url = `http://${GOV_HOST}/art/2025/3/12/planted-heading.html`;
  await page.goto(url, { waitUntil: 'load' });
  assert.equal((await page.evaluate(CONTENT_SCRIPT)).headline, PLANTED);
  await click(page, url);
  const s = await seen(page);
  assert.deepEqual([...s.headings, ...s.tabTitles].filter((t) => t.includes(PLANTED)), []);
  // The address carried no headline ('' or nothing), least of all the planted one.
  const readers = urls.filter((u) => u.includes('/reader.html'));
  assert.ok(readers.length > 0, urls.join(' '));
  assert.deepEqual(readers.map(carried).filter((h) => h), []);
  assert.ok(s.frames.some((f) => f.pending && !f.title), 'the shell did not show its placeholder');
  assert.equal(await page.locator('#title').textContent(), REAL);
  await page.close();
});

test('when core refuses the page after the reader has opened, the reader says why and leads back to it', { skip }, async () => {
  const page = await b.ctx.newPage();
  const url = `http://${GOV_HOST}/art/2025/3/12/binary.html`;
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdOf(b.sw, url);
  const result = await b.sw.evaluate(async (id) => /** @type {any} */ (globalThis).onActionClicked(await chrome.tabs.get(id)), tabId);
  assert.equal(result.ok, false);
  assert.equal(result.code, 'not_html');
  await page.waitForSelector('body[data-state="error"]');
  const status = page.locator('#status');
  assert.match(await status.innerText(), /这不是网页文档，无法在阅读模式中打开/);
  assert.equal(await page.locator('#article').isVisible(), false);
  // The badge has gone, and the message's button goes back to the page.
  assert.equal(await b.sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), '');
  await status.locator('button.action').click();
  await page.waitForURL(url);
  await page.close();
});

test('the shell paints the headline the address carries, in the last reader\'s look, before any module of the reader has run', { skip }, async () => {
  // The extension with a reader.js that never gets past its first line:
  // whatever the page shows comes from reader-shell.js alone.
  const extension = prepareExtension();
  fs.writeFileSync(path.join(extension, 'extension/reader.js'), "globalThis.__readerModule = 'stuck';\nawait new Promise(() => {});\n");
  const c = await launch({ profile: tempProfile(), port: server.port, extension, extraHosts: [CORPUS_HOST] });
  try {
    // The look a reader kept: sepia, serif, 适老模式, 24 px.
    const setup = await c.ctx.newPage();
    await setup.goto(`chrome-extension://${c.extId}/extension/welcome.html`);
    await setup.evaluate(() => localStorage.setItem('govreader.look', JSON.stringify({
      theme: 'sepia', font: 'serif', elder: true, vars: { '--font-size': '24px', '--width': '36em', '--line-height': '2' },
    })));
    await setup.close();
    // A warm host answers the headline's check well within the time the
    // navigation waits for it; on a busy machine, a try or two more.
    await c.sw.evaluate(() => /** @type {any} */ (globalThis).prewarm());
    const url = `http://${GOV_HOST}/art/2025/3/12/short.html`;
    /** @type {string[]} */
    let urls = [];
    let page;
    for (let attempt = 0; attempt < 3; attempt++) {
      await page?.close();
      page = await c.ctx.newPage();
      urls = addresses(page);
      await page.goto(url, { waitUntil: 'load' });
      const tabId = await tabIdOf(c.sw, url);
      c.sw.evaluate(async (id) => /** @type {any} */ (globalThis).onActionClicked(await chrome.tabs.get(id)), tabId).catch(() => undefined);
      await page.waitForURL(/\/reader\.html/);
      await page.waitForFunction(() => performance.getEntriesByName('govreader-title').length > 0 || document.getElementById('pending')?.checkVisibility(), undefined, { timeout: 20000 });
      if (carried(urls.find((u) => u.includes('/reader.html')) ?? '')) break;
    }
    page = /** @type {import('playwright-core').Page} */ (page);
    assert.equal(carried(urls.find((u) => u.includes('/reader.html')) ?? ''), HEADLINE, urls.join(' '));
    await page.waitForFunction(() => performance.getEntriesByName('govreader-title').length > 0);
    const shown = await page.evaluate(() => {
      const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
      return {
        module: /** @type {any} */ (globalThis).__readerModule,
        state: document.body.dataset.state,
        title: $('title').textContent,
        tab: document.title,
        pending: $('pending').checkVisibility(),
        article: !$('article').hidden,
        busy: $('article').getAttribute('aria-busy'),
        body: $('content').childElementCount,
        look: [document.body.dataset.theme, document.body.dataset.font, document.body.classList.contains('elder'), document.body.style.getPropertyValue('--font-size')],
        background: getComputedStyle(document.body).backgroundColor,
        pendingText: $('pending').textContent,
      };
    });
    assert.deepEqual(shown, {
      module: 'stuck', state: 'loading', title: HEADLINE, tab: HEADLINE, pending: true, article: true, busy: 'true', body: 0,
      look: ['sepia', 'serif', true, '24px'],
      // reader.css's sepia background
      background: 'rgb(245, 236, 217)',
      pendingText: '正在整理正文…',
    });
    // A click that could not wait for core's check (a busy machine) opens
    // the reader with an empty headline: the shell paints the headline the
    // background answers once it has been checked, still without a module.
    const opened = new URL(/** @type {string} */ (urls.find((u) => u.includes('/reader.html'))));
    opened.searchParams.set('headline', '');
    await page.close();
    const late = await c.ctx.newPage();
    await late.goto(opened.href);
    await late.waitForFunction(() => performance.getEntriesByName('govreader-title').length > 0, undefined, { timeout: 20000 });
    assert.deepEqual(await late.evaluate(() => ({
      module: /** @type {any} */ (globalThis).__readerModule,
      title: document.getElementById('title')?.textContent,
      tab: document.title,
      pending: document.getElementById('pending')?.checkVisibility(),
    })), { module: 'stuck', title: HEADLINE, tab: HEADLINE, pending: true });
    await late.close();
  } finally {
    await c.ctx.close();
  }
});
