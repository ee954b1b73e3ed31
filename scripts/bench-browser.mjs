#!/usr/bin/env node
// Browser benchmark of the extension (run scripts/build.sh first):
//   - core.wasm and script.wasm sizes, raw and gzip;
//   - cold first reader view of the corpus page closest to 100 KB: from a
//     fresh profile with no wasm instance (offscreen document closed), and
//     right after startup (instance pre-warmed, as on install/startup);
//   - warm extract time per page (core.extract in the offscreen document,
//     as runReader measures it) against @mozilla/readability's parse() of
//     the same live page in the same Chromium, with the ratio, settled and
//     back to back (see below).
// Usage: node scripts/bench-browser.mjs [--pages DIR] [--runs N]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseArgs } from 'node:util';
import { MSG } from '../extension/protocol.js';
import { startServer, prepareExtension, launch, openReader, tempProfile, tabIdOf, ROOT, CORPUS_HOST } from './e2e/lib.mjs';

const { values } = parseArgs({ options: { pages: { type: 'string' }, runs: { type: 'string' } } });
const pagesDir = path.resolve(values.pages ?? path.join(ROOT, '../shared/corpus/gov/pages'));
// Five timed runs a page, of which the median: it drops a stray slow one on
// a busy machine.
const runs = Number(values.runs ?? 5);
const files = fs.readdirSync(pagesDir).filter((f) => f.endsWith('.html')).sort();
// Both sides start this long after the page's load event, as a reader
// presses the button on a page that has settled: right after load, the
// tab's own layout and scripts compete for the two cores.
const SETTLE_MS = 500;
const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (/** @type {number} */ n) => n.toFixed(1);

// script.wasm (the 简/繁 switch) is loaded only when the switch is pressed,
// so it is reported beside core.wasm but is not part of the first view.
for (const name of ['core.wasm', 'script.wasm']) {
  const wasm = fs.readFileSync(path.join(ROOT, 'extension', name));
  const gz = zlib.gzipSync(wasm, { level: 9 }).length;
  console.log(`${name}: ${wasm.length} bytes raw (${(wasm.length / 1e6).toFixed(2)} MB), ${gz} bytes gzip (${(gz / 1e6).toFixed(2)} MB)`);
}

const readability = fs.readFileSync(path.join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');
const server = await startServer(pagesDir);
const extension = prepareExtension();
const url = (/** @type {string} */ f) => `http://${CORPUS_HOST}/${encodeURIComponent(f)}`;

// Cold first view.
const hundred = files.map((f) => ({ f, size: fs.statSync(path.join(pagesDir, f)).size }))
  .sort((a, b) => Math.abs(a.size - 100_000) - Math.abs(b.size - 100_000))[0];
{
  const cold = [];
  const prewarmed = [];
  for (let i = 0; i < runs; i++) {
    const profile = tempProfile();
    const b = await launch({ profile, port: server.port, extension, extraHosts: [CORPUS_HOST] });
    await b.sw.evaluate(() => /** @type {any} */ (globalThis).resetHost());
    const r = await openReader(b.ctx, b.sw, url(hundred.f));
    cold.push(r.viewMs);
    await b.sw.evaluate(() => /** @type {any} */ (globalThis).prewarm());
    const page = await b.ctx.newPage();
    const w = await openReader(b.ctx, b.sw, url(hundred.f), page);
    prewarmed.push(w.viewMs);
    await b.ctx.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  console.log(`first reader view of ${hundred.f} (${hundred.size} bytes), median of ${runs} fresh profiles: cold ${fmt(median(cold))} ms (no instance), ${fmt(median(prewarmed))} ms (pre-warmed)`);
}

// Warm extract vs Readability.js, both with warm code (the core's instance
// is pre-warmed; Readability runs once untimed in each page first), timed
// under two conditions that treat both sides alike:
//   - settled: every timed run starts after SETTLE_MS of idle, as a reader
//     presses the button on a page that has settled. A run after idle is
//     slower than one straight after another (cold caches), on both sides.
//   - back to back: five runs in a row on the same page (the core reading
//     the content script's serialisation of it), median of them.
const profile = tempProfile();
const b = await launch({ profile, port: server.port, extension, extraHosts: [CORPUS_HOST] });
await b.sw.evaluate(() => /** @type {any} */ (globalThis).prewarm());
// An extension page to reach the wasm host directly, for the back-to-back
// runs: runReader turns the tab into the reader each time.
const hostPage = await b.ctx.newPage();
await hostPage.goto(`chrome-extension://${b.extId}/extension/options.html`);
const contentScript = fs.readFileSync(path.join(ROOT, 'extension/content.js'), 'utf8');
/** @type {Record<'settled'|'hot', {core: number, read: number, ratios: number[]}>} */
const sums = { settled: { core: 0, read: 0, ratios: [] }, hot: { core: 0, read: 0, ratios: [] } };
// The content script's part (marking what computed styles hide, then
// serialising) happens before the core runs; reported beside it.
let sumSer = 0;

/**
 * Times Readability's parse in the page: `warm` untimed runs, then `timed`
 * runs, each after `idle` ms.
 * @param {import('playwright-core').Page} page @param {number} warm @param {number} timed @param {number} idle
 */
function timeReadability(page, warm, timed, idle) {
  return page.evaluate(async ({ src, warm, timed, idle }) => {
    const Readability = new Function(`${src}; return Readability;`)();
    // Readability mutates the document it parses; parsing a clone is how
    // it is used (and costs the same for everyone).
    for (let i = 0; i < warm; i++) new Readability(document.cloneNode(true)).parse();
    const ms = [];
    for (let i = 0; i < timed; i++) {
      if (idle) await new Promise((r) => setTimeout(r, idle));
      const t0 = performance.now();
      new Readability(document.cloneNode(true)).parse();
      ms.push(performance.now() - t0);
    }
    return ms;
  }, { src: readability, warm, timed, idle });
}

console.log('                        settled                back to back');
console.log('page       bytes  core ms  Readability  ratio  core ms  Readability  ratio');
for (const f of files) {
  const page = await b.ctx.newPage();
  const tabId = async () => {
    await page.goto(url(f), { waitUntil: 'load' });
    return tabIdOf(b.sw, url(f));
  };
  /** @type {number[]} */
  const coreSettled = [];
  /** @type {number[]} */
  const readSettled = [];
  /** @type {number[]} */
  const serMs = [];
  for (let i = 0; i < runs; i++) {
    // The reader navigates the tab away; come back each time.
    const id = await tabId();
    await page.waitForTimeout(SETTLE_MS);
    readSettled.push(...(await timeReadability(page, 1, 1, SETTLE_MS)));
    await page.waitForTimeout(SETTLE_MS);
    const r = await b.sw.evaluate((id) => /** @type {any} */ (globalThis).runReader(id), id);
    if (!r.ok) throw new Error(`${f}: ${r.error}`);
    coreSettled.push(r.timing.extract_ms);
    serMs.push(r.timing.serialize_ms);
    await page.waitForURL(/reader\.html/);
  }
  await tabId();
  await page.waitForTimeout(SETTLE_MS);
  const readHot = await timeReadability(page, 1, runs, 0);
  const html = (await page.evaluate(contentScript)).html;
  /** @type {number[]} */
  const coreHot = await hostPage.evaluate(async ({ html, runs, type, pageUrl }) => {
    const ms = [];
    for (let i = 0; i < runs; i++) {
      const reply = await chrome.runtime.sendMessage({ type, target: 'host', html, options: { url: pageUrl, charset: 'utf-8', live_dom: true } });
      if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
      ms.push(reply.extract_ms);
    }
    return ms;
  }, { html, runs, type: MSG.BG_TO_HOST_EXTRACT, pageUrl: url(f) });
  sumSer += median(serMs);
  let line = `${f.padEnd(9)} ${String(fs.statSync(path.join(pagesDir, f)).size).padStart(7)}`;
  for (const [mode, c, r] of /** @type {const} */ ([['settled', median(coreSettled), median(readSettled)], ['hot', median(coreHot), median(readHot)]])) {
    sums[mode].core += c;
    sums[mode].read += r;
    sums[mode].ratios.push(c / r);
    line += ` ${fmt(c).padStart(8)} ${fmt(r).padStart(12)} ${(c / r).toFixed(2).padStart(6)}`;
  }
  console.log(line);
  await page.close();
}
for (const [mode, label] of /** @type {const} */ ([['settled', `settled (each run after ${SETTLE_MS} ms idle)`], ['hot', 'back to back']])) {
  const s = sums[mode];
  console.log(`warm extract, ${label}, over ${files.length} pages: core ${fmt(s.core)} ms total, Readability.js ${fmt(s.read)} ms total; ratio core/Readability ${(s.core / s.read).toFixed(2)} (total), ${median(s.ratios).toFixed(2)} (median per page)`);
}
console.log(`content script before the core (marking hidden elements, serialising, messaging): ${fmt(sumSer)} ms total over the ${files.length} pages`);
await b.ctx.close();
await server.close();
fs.rmSync(profile, { recursive: true, force: true });
