#!/usr/bin/env node
// Browser benchmark of the extension (run scripts/build.sh first):
//   - core.wasm and script.wasm sizes, raw and gzip;
//   - cold first reader view of the corpus page closest to 100 KB: from a
//     fresh profile with no wasm instance (offscreen document closed), and
//     right after startup (instance pre-warmed, as on install/startup);
//   - warm extract time per page (core.extract in the offscreen document,
//     as runReader measures it) against @mozilla/readability's parse() of
//     the same live page in the same Chromium, with the ratio.
// Usage: node scripts/bench-browser.mjs [--pages DIR] [--runs N]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseArgs } from 'node:util';
import { startServer, prepareExtension, launch, openReader, tempProfile, tabIdOf, ROOT, CORPUS_HOST } from './e2e/lib.mjs';

const { values } = parseArgs({ options: { pages: { type: 'string' }, runs: { type: 'string' } } });
const pagesDir = path.resolve(values.pages ?? path.join(ROOT, '../shared/corpus/gov/pages'));
// Five runs a page: the median then drops both sides' cold first run (Readability
// is compiled afresh in every page) and a stray slow one on a busy machine.
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

// Warm extract vs Readability.js.
const profile = tempProfile();
const b = await launch({ profile, port: server.port, extension, extraHosts: [CORPUS_HOST] });
await b.sw.evaluate(() => /** @type {any} */ (globalThis).prewarm());
let sumCore = 0;
let sumRead = 0;
// The content script's part (marking what computed styles hide, then
// serialising) happens before the core runs; reported beside it.
let sumSer = 0;
/** @type {number[]} */
const ratios = [];
console.log('page       bytes  core ms  readability ms  ratio');
for (const f of files) {
  const page = await b.ctx.newPage();
  await page.goto(url(f), { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  /** @type {number[]} */
  const readMs = [];
  for (let i = 0; i < runs; i++) {
    readMs.push(await page.evaluate((src) => {
      // Readability mutates the document it parses; parsing a clone is how
      // it is used (and costs the same for everyone).
      const Readability = new Function(`${src}; return Readability;`)();
      const t0 = performance.now();
      new Readability(document.cloneNode(true)).parse();
      return performance.now() - t0;
    }, readability));
  }
  const tabId = await tabIdOf(b.sw, url(f));
  /** @type {number[]} */
  const coreMs = [];
  /** @type {number[]} */
  const serMs = [];
  for (let i = 0; i < runs; i++) {
    // The reader navigates the tab away; come back each time.
    if (i > 0) {
      await page.goto(url(f), { waitUntil: 'load' });
      await page.waitForTimeout(SETTLE_MS);
    }
    const r = await b.sw.evaluate((id) => /** @type {any} */ (globalThis).runReader(id), tabId);
    if (!r.ok) throw new Error(`${f}: ${r.error}`);
    coreMs.push(r.timing.extract_ms);
    serMs.push(r.timing.serialize_ms);
    await page.waitForURL(/reader\.html/);
  }
  const c = median(coreMs);
  const r = median(readMs);
  sumSer += median(serMs);
  sumCore += c;
  sumRead += r;
  ratios.push(c / r);
  console.log(`${f.padEnd(9)} ${String(fs.statSync(path.join(pagesDir, f)).size).padStart(7)} ${fmt(c).padStart(8)} ${fmt(r).padStart(15)} ${(c / r).toFixed(2).padStart(6)}`);
  await page.close();
}
console.log(`warm extract over ${files.length} pages: core ${fmt(sumCore)} ms total, Readability.js ${fmt(sumRead)} ms total; ratio core/Readability ${(sumCore / sumRead).toFixed(2)} (total), ${median(ratios).toFixed(2)} (median per page)`);
console.log(`content script before the core (marking hidden elements, serialising, messaging): ${fmt(sumSer)} ms total over the ${files.length} pages`);
await b.ctx.close();
await server.close();
fs.rmSync(profile, { recursive: true, force: true });
