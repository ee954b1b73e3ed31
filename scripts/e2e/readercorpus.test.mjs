// The reader over the shared corpus (../shared/corpus/gov/pages) at phone
// size: no page scrolls sideways, however wide its tables (the widest is
// 062, a 行政处罚 table), and the Chinese interface shows no English word:
// a walk over the visible text of the reader's own interface (the
// toolbar, each panel, the header's labels, the messages), leaving out
// what the page itself says (its title, its facts, its body, its address).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, prepareExtension, launch, openReader, tempProfile, ROOT, CORPUS_HOST } from './lib.mjs';

const PAGES = path.join(ROOT, '../shared/corpus/gov/pages');
const skip = fs.existsSync(PAGES) ? false : `no corpus at ${PAGES}`;
/** The page with the widest table of the corpus. */
const WIDEST = '062.html';

/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;
/** @type {Awaited<ReturnType<typeof launch>>} */ let b;

before(async () => {
  if (skip) return;
  server = await startServer(PAGES);
  b = await launch({ profile: tempProfile(), port: server.port, extension: prepareExtension(), extraHosts: [CORPUS_HOST] });
});
after(async () => { await b?.ctx.close(); await server?.close(); });

/**
 * The English words in the visible text of the reader's own interface.
 * @param {import('playwright-core').Page} page
 */
function englishWords(page) {
  return page.evaluate(() => {
    // What the page says, not the reader: shown as published.
    const PAGE_TEXT = '#title, #facts dd, #content, #spamList q, #badge .site, #foot a, #tocList, #goneTitle, #goneLink';
    /** @type {string[]} */
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest(PAGE_TEXT) || el.closest('[aria-hidden="true"]')) continue;
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      for (const w of (n.nodeValue ?? '').match(/[A-Za-z]{2,}/g) ?? []) out.push(`${w} (in ${el.id || el.tagName})`);
    }
    // The labels a screen reader speaks and a tooltip shows count too.
    for (const el of document.querySelectorAll('[aria-label], [title]')) {
      if (el.closest(PAGE_TEXT)) continue;
      for (const v of [el.getAttribute('aria-label'), el.getAttribute('title')]) {
        for (const w of (v ?? '').match(/[A-Za-z]{2,}/g) ?? []) out.push(`${w} (label of ${el.id || el.tagName})`);
      }
    }
    return out;
  });
}

test('at 400×800 no corpus page scrolls sideways, and the zh-CN interface shows no English word', { skip }, async () => {
  const files = fs.readdirSync(PAGES).filter((f) => f.endsWith('.html')).sort();
  assert.ok(files.includes(WIDEST));
  /** @type {string[]} */ const wide = [];
  /** @type {string[]} */ const english = [];
  /** @type {Record<string, number>} */ const tables = {};
  const page = await b.ctx.newPage();
  await page.setViewportSize({ width: 400, height: 800 });
  for (const f of files) {
    const url = `http://${CORPUS_HOST}/${f}`;
    const { result } = await openReader(b.ctx, b.sw, url, page);
    assert.equal(result.ok, true, `${f}: ${JSON.stringify(result)}`);
    const m = await page.evaluate(() => ({
      scroll: /** @type {Element} */ (document.scrollingElement).scrollWidth,
      viewport: document.documentElement.clientWidth,
      // A table's natural width: its cells on one line each, unwrapped.
      table: Math.max(0, ...[...document.querySelectorAll('#content table')].map((t) => {
        const c = /** @type {HTMLElement} */ (t.cloneNode(true));
        for (const cell of c.querySelectorAll('td, th')) cell.className = '';
        c.style.width = 'max-content';
        c.style.position = 'absolute';
        c.style.visibility = 'hidden';
        t.after(c);
        const w = c.offsetWidth;
        c.remove();
        return w;
      })),
      boxes: [...document.querySelectorAll('#content .table-scroll')].map((box) => box.scrollWidth > box.clientWidth),
    }));
    tables[f] = m.table;
    if (f === WIDEST) assert.deepEqual(m.boxes, [true], `${WIDEST}: its table scrolls in its own box`);
    if (m.scroll !== m.viewport) wide.push(`${f}: ${m.scroll} px in ${m.viewport}`);
    english.push(...(await englishWords(page)).map((w) => `${f}: ${w}`));
    // Back to the page for the next one, in the same tab.
    await page.goto('about:blank');
  }
  assert.deepEqual(wide, [], 'pages that scroll sideways');
  assert.deepEqual(english, [], 'English words in the Chinese interface');
  // The widest table is the one this test is about, and it did not shrink
  // to the window: it scrolls in its own box.
  const widest = Object.entries(tables).sort((x, y) => y[1] - x[1])[0];
  assert.equal(widest[0], WIDEST, JSON.stringify(tables));
  assert.ok(widest[1] > 800, `${WIDEST}'s table is ${widest[1]} px wide unwrapped`);
  await page.close();
});

test('each panel, the read-aloud bar and the messages show no English word either', { skip }, async () => {
  const page = await b.ctx.newPage();
  await page.setViewportSize({ width: 400, height: 800 });
  const { result } = await openReader(b.ctx, b.sw, `http://${CORPUS_HOST}/${WIDEST}`, page);
  assert.equal(result.ok, true);
  /** @type {string[]} */ const english = [];
  for (const panel of ['aaPanel', 'savePanel', 'morePanel']) {
    await page.locator(`[popovertarget="${panel}"]`).click();
    await page.locator(`#${panel}`).waitFor({ state: 'visible' });
    english.push(...(await englishWords(page)));
    await page.keyboard.press('Escape');
    await page.locator(`#${panel}`).waitFor({ state: 'hidden' });
  }
  // The read-aloud bar, as it shows while reading.
  await page.evaluate(() => { /** @type {HTMLElement} */ (document.getElementById('speechBar')).hidden = false; });
  english.push(...(await englishWords(page)));
  assert.deepEqual(english, []);
  await page.close();
});
