#!/usr/bin/env node
// What a reader waits for: from the press of the toolbar button to the
// reader ready on screen, over the corpus pages, in headless Chromium with
// the real extension (run scripts/build.sh first).
//
//   - warm: the browser has been used (the core's instance is up); each
//     page is opened, left to settle, and the button's handler is called
//     with its tab, as the browser calls it. Timed from just before the
//     call to the reader page's own marks: govreader-title (the headline
//     painted: by the reader's shell while core still reads the page, when
//     the page's own headline passed the checks, else with the article)
//     and govreader-ready (the whole reader).
//   - first click after a browser start: the profile is closed and opened
//     again (extension installed, nothing warm), and the first page is
//     read at once; the median of FIRST_STARTS such starts.
//   - Readability.js in the same Chromium, on the same settled pages:
//     parse a clone of the document and render the result into a blank
//     page (title and content), up to the next frame.
//
// Usage: node scripts/bench-click.mjs [--pages DIR] [--runs N]
// The last line of output is one JSON object with the figures.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startServer, prepareExtension, launch, tempProfile, tabIdOf, ROOT, CORPUS_HOST } from './e2e/lib.mjs';

const { values } = parseArgs({ options: { pages: { type: 'string' }, runs: { type: 'string' } } });
const pagesDir = path.resolve(values.pages ?? path.join(ROOT, '../shared/corpus/gov/pages'));
const runs = Number(values.runs ?? 3);
const files = fs.readdirSync(pagesDir).filter((f) => f.endsWith('.html')).sort();
if (!files.length) throw new Error(`no pages in ${pagesDir}`);
// A reader presses the button on a page that has settled.
const SETTLE_MS = 500;
// Browser starts timed for the first click: one alone is at the mercy of
// whatever else the machine does in that second.
const FIRST_STARTS = 3;
const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const quantile = (/** @type {number[]} */ xs, /** @type {number} */ q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)];
const round = (/** @type {number} */ n) => Math.round(n * 10) / 10;
const url = (/** @type {string} */ f) => `http://${CORPUS_HOST}/${encodeURIComponent(f)}`;
const readability = fs.readFileSync(path.join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');

const server = await startServer(pagesDir);
const extension = prepareExtension();
const profile = tempProfile();

/**
 * Presses the button on a settled page and returns the wall-clock times
 * (ms since the epoch, this machine's clock) of the press, the headline
 * and the ready reader.
 * @param {Awaited<ReturnType<typeof launch>>} b @param {string} f
 */
async function click(b, f) {
  const page = await b.ctx.newPage();
  await page.goto(url(f), { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const tabId = await tabIdOf(b.sw, url(f));
  if (tabId === undefined) throw new Error(`no tab for ${f}`);
  const pressed = Date.now();
  const result = await b.sw.evaluate(async (id) => {
    const tab = await chrome.tabs.get(id);
    return /** @type {any} */ (globalThis).onActionClicked(tab);
  }, tabId);
  if (!result?.ok) throw new Error(`${f}: ${result?.error ?? 'no result'}`);
  await page.waitForURL(/\/extension\/reader\.html/);
  await page.waitForSelector('body[data-state="ready"]', { timeout: 30000 });
  const marks = await page.evaluate(() => {
    const at = (/** @type {string} */ name) => {
      const m = performance.getEntriesByName(name)[0];
      return m ? performance.timeOrigin + m.startTime : NaN;
    };
    return { title: at('govreader-title'), ready: at('govreader-ready') };
  });
  await page.close();
  return { shell: marks.title - pressed, ready: marks.ready - pressed };
}

/**
 * Readability.js on the same settled page: parse a clone, then show the
 * result in a blank page, up to the next frame.
 * @param {Awaited<ReturnType<typeof launch>>} b @param {string} f
 */
async function readabilityView(b, f) {
  const page = await b.ctx.newPage();
  await page.goto(url(f), { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const ms = await page.evaluate(async (src) => {
    const Readability = new Function(`${src}; return Readability;`)();
    const t0 = performance.now();
    const art = new Readability(document.cloneNode(true)).parse();
    const doc = document.implementation.createHTMLDocument(art?.title ?? '');
    doc.body.innerHTML = `<h1></h1><div id="content">${art?.content ?? ''}</div>`;
    /** @type {HTMLElement} */ (doc.querySelector('h1')).textContent = art?.title ?? '';
    document.replaceChild(document.adoptNode(doc.documentElement), document.documentElement);
    void document.body.offsetHeight;
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    return performance.now() - t0;
  }, readability);
  await page.close();
  return ms;
}

// First click after a browser start: install (first launch), close, start
// again, press at once on the first page.
/** @type {number[]} */
const firsts = [];
{
  const b = await launch({ profile, port: server.port, extension, extraHosts: [CORPUS_HOST] });
  await b.ctx.close();
  for (let i = 0; i < FIRST_STARTS; i++) {
    const again = await launch({ profile, port: server.port, extension, extraHosts: [CORPUS_HOST] });
    firsts.push((await click(again, files[0])).ready);
    await again.ctx.close();
  }
}
const first = median(firsts);

const b = await launch({ profile, port: server.port, extension, extraHosts: [CORPUS_HOST] });
await click(b, files[0]); // the browser has been used: the core is up
/** @type {number[]} */ const ready = [];
/** @type {number[]} */ const shell = [];
/** @type {number[]} */ const read = [];
console.log('page        bytes  title ms  ready ms  Readability ms');
for (const f of files) {
  /** @type {number[]} */ const r = [];
  /** @type {number[]} */ const s = [];
  /** @type {number[]} */ const rd = [];
  for (let i = 0; i < runs; i++) {
    const c = await click(b, f);
    r.push(c.ready);
    s.push(c.shell);
    rd.push(await readabilityView(b, f));
  }
  ready.push(median(r));
  shell.push(median(s));
  read.push(median(rd));
  console.log(`${f.padEnd(9)} ${String(fs.statSync(path.join(pagesDir, f)).size).padStart(8)} ${median(s).toFixed(0).padStart(9)} ${median(r).toFixed(0).padStart(9)} ${median(rd).toFixed(0).padStart(15)}`);
}
await b.ctx.close();
await server.close();
fs.rmSync(profile, { recursive: true, force: true });

const summary = {
  pages: files.length,
  warm_median_ms: round(median(ready)),
  warm_p90_ms: round(quantile(ready, 0.9)),
  first_click_ms: round(first),
  shell_ms: round(median(shell)),
  readability_median_ms: round(median(read)),
  readability_p90_ms: round(quantile(read, 0.9)),
};
console.log(`click → reader ready, warm: median ${summary.warm_median_ms} ms, p90 ${summary.warm_p90_ms} ms (${(summary.warm_median_ms / summary.readability_median_ms).toFixed(2)}× and ${(summary.warm_p90_ms / summary.readability_p90_ms).toFixed(2)}× Readability.js's parse and render); headline on screen: median ${summary.shell_ms} ms (${(summary.shell_ms / summary.readability_median_ms).toFixed(2)}×); first click after a browser start: ${summary.first_click_ms} ms (median of ${firsts.map((x) => x.toFixed(0)).join(', ')})`);
console.log(JSON.stringify(summary));
