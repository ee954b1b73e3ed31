#!/usr/bin/env node
// In-page time of the content script (extension/content.js: judging what
// the page paints, marking the rest, serialising) on every page of a
// directory, in headless Chromium without the extension: the script is
// evaluated in each settled page, as runReader injects it when the user
// clicks. Prints each page's median over --runs fresh loads and the median
// per page over all of them.
// Usage: node scripts/bench-content.mjs [--pages DIR] [--runs N] [--script FILE]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startServer, ROOT, CORPUS_HOST, CHROMIUM } from './e2e/lib.mjs';

const { values } = parseArgs({ options: { pages: { type: 'string' }, runs: { type: 'string' }, script: { type: 'string' } } });
const pagesDir = path.resolve(values.pages ?? path.join(ROOT, '../shared/corpus/gov/pages'));
const runs = Number(values.runs ?? 3);
const src = fs.readFileSync(values.script ?? path.join(ROOT, 'extension/content.js'), 'utf8').trim().replace(/;$/, '');
// The script is an expression (its value a promise: it waits for the
// page's next frame before judging); timed inside the page, so that the
// round trip to the page is not counted. ms is its work, from the frame
// it waits for (this wrapper's frame callback, asked for first, runs
// just before the script's) to its end; wait is the time before that
// frame, which the page's own frame rate decides.
const timed = `(async () => {
  let t1 = 0;
  requestAnimationFrame(() => { t1 = performance.now(); });
  const t0 = performance.now();
  const r = await ${src}\n;
  const t2 = performance.now();
  const from = t1 && t1 < t2 ? t1 : t0;
  return { ms: t2 - from, wait: from - t0, ok: r.ok, hidden: r.hidden };
})()`;
const files = fs.readdirSync(pagesDir).filter((f) => f.endsWith('.html')).sort();
const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await startServer(pagesDir);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', `--host-resolver-rules=MAP ${CORPUS_HOST} 127.0.0.1:${server.port},MAP * ~NOTFOUND`],
});
const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
/** @type {number[]} */
const perPage = [];
/** @type {number[]} */
const waitPerPage = [];
for (const f of files) {
  /** @type {number[]} */
  const ms = [];
  /** @type {number[]} */
  const waits = [];
  let hidden = 0;
  for (let i = 0; i < runs; i++) {
    await page.goto(`http://${CORPUS_HOST}/${encodeURIComponent(f)}`, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const r = await page.evaluate(timed);
    if (!r.ok) throw new Error(`${f}: content script failed`);
    ms.push(r.ms);
    waits.push(r.wait);
    hidden = r.hidden;
  }
  perPage.push(median(ms));
  waitPerPage.push(median(waits));
  console.log(`${f.padEnd(12)} ${median(ms).toFixed(1).padStart(7)} ms  ${String(hidden).padStart(4)} marked  (${median(waits).toFixed(1)} ms to the frame)`);
}
console.log(`content script, median per page over ${files.length} pages: ${median(perPage).toFixed(1)} ms (total ${perPage.reduce((a, b) => a + b, 0).toFixed(0)} ms); wait for the frame: median ${median(waitPerPage).toFixed(1)} ms`);
await browser.close();
await server.close();
