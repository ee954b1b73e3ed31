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
// The script is an expression; timed inside the page, so that the
// round trip to the page is not counted.
const timed = `(() => { const t0 = performance.now(); const r = ${src}\n; return { ms: performance.now() - t0, ok: r.ok, hidden: r.hidden }; })()`;
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
for (const f of files) {
  /** @type {number[]} */
  const ms = [];
  let hidden = 0;
  for (let i = 0; i < runs; i++) {
    await page.goto(`http://${CORPUS_HOST}/${encodeURIComponent(f)}`, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const r = await page.evaluate(timed);
    if (!r.ok) throw new Error(`${f}: content script failed`);
    ms.push(r.ms);
    hidden = r.hidden;
  }
  perPage.push(median(ms));
  console.log(`${f.padEnd(12)} ${median(ms).toFixed(1).padStart(7)} ms  ${String(hidden).padStart(4)} marked`);
}
console.log(`content script, median per page over ${files.length} pages: ${median(perPage).toFixed(1)} ms (total ${perPage.reduce((a, b) => a + b, 0).toFixed(0)} ms)`);
await browser.close();
await server.close();
