#!/usr/bin/env node
// How long a Go WebAssembly module takes to start in Chromium, for
// comparing builds of core.wasm (scripts/build.sh changes what the linker
// wrote, and bench-click's first-click figure includes the start):
//   - instantiate: WebAssembly.instantiateStreaming from a fetch, as
//     extension/gowasm.js does (download from 127.0.0.1, compile,
//     instantiate, data segments laid into memory);
//   - main: go.run until main() has registered govreaderCore;
//   - first extract: the first extract() of the sample page, which runs
//     on the baseline compiler's code.
// Each run is a new page, and the module's URL is new each time and sent
// with no-store, so Chromium's code cache never serves it. Builds are
// measured in turn, run after run, so that a busy machine slows them
// alike.
//
// Usage: node scripts/bench-wasm-start.mjs [--runs N] A.wasm [B.wasm ...]
// The last line of output is one JSON object with the medians.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { ROOT, CHROMIUM } from './e2e/lib.mjs';

const { values, positionals } = parseArgs({ options: { runs: { type: 'string' } }, allowPositionals: true });
const runs = Number(values.runs ?? 7);
if (!positionals.length) throw new Error('usage: bench-wasm-start.mjs [--runs N] A.wasm [B.wasm ...]');
const wasms = positionals.map((f) => path.resolve(f));
const sample = fs.readFileSync(path.join(ROOT, 'cmd/govreader/sample.html'), 'utf8');
const wasmExec = fs.readFileSync(path.join(ROOT, 'extension/wasm_exec.js'));

const server = http.createServer((req, res) => {
  const u = new URL(req.url ?? '/', 'http://x');
  const headers = { 'Cache-Control': 'no-store' };
  if (u.pathname === '/') {
    res.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end('<!doctype html><script src="/wasm_exec.js"></script>');
  } else if (u.pathname === '/wasm_exec.js') {
    res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(wasmExec);
  } else if (/^\/\d+\.wasm$/.test(u.pathname)) {
    const f = wasms[Number(u.pathname.slice(1, -5))];
    res.writeHead(200, { ...headers, 'Content-Type': 'application/wasm' }).end(fs.readFileSync(f));
  } else {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic'],
});
/** @type {Record<string, {instantiate: number[], main: number[], extract: number[]}>} */
const times = Object.fromEntries(wasms.map((f) => [f, { instantiate: [], main: [], extract: [] }]));
try {
  for (let r = 0; r < runs; r++) {
    for (const [i, f] of wasms.entries()) {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${port}/`);
      const t = await page.evaluate(async ({ url, html }) => {
        const g = /** @type {any} */ (globalThis);
        const go = new g.Go();
        const t0 = performance.now();
        const { instance } = await WebAssembly.instantiateStreaming(fetch(url), go.importObject);
        const t1 = performance.now();
        go.run(instance);
        while (!g.govreaderCore) await new Promise((resolve) => setTimeout(resolve, 0));
        const t2 = performance.now();
        const out = JSON.parse(g.govreaderCore.extract(html, '{"url":"https://www.yzcity.gov.cn/a.html"}'));
        const t3 = performance.now();
        if (!out.article?.title) throw new Error(`no article: ${JSON.stringify(out).slice(0, 200)}`);
        return { instantiate: t1 - t0, main: t2 - t1, extract: t3 - t2 };
      }, { url: `/${i}.wasm?run=${r}`, html: sample });
      for (const k of /** @type {const} */ (['instantiate', 'main', 'extract'])) times[f][k].push(t[k]);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const least = (/** @type {number[]} */ xs) => Math.min(...xs);
const round = (/** @type {number} */ n) => Math.round(n * 10) / 10;
const summary = Object.fromEntries(wasms.map((f) => [path.basename(f), {
  bytes: fs.statSync(f).size,
  instantiate_ms: round(median(times[f].instantiate)),
  main_ms: round(median(times[f].main)),
  first_extract_ms: round(median(times[f].extract)),
  // The least is what the machine gives when nothing else competes.
  instantiate_min_ms: round(least(times[f].instantiate)),
  main_min_ms: round(least(times[f].main)),
  first_extract_min_ms: round(least(times[f].extract)),
}]));
for (const [name, s] of Object.entries(summary)) {
  console.log(`${name}: ${s.bytes} bytes; instantiate ${s.instantiate_ms} ms, main ${s.main_ms} ms, first extract ${s.first_extract_ms} ms (medians of ${runs}; least ${s.instantiate_min_ms}, ${s.main_min_ms}, ${s.first_extract_min_ms})`);
}
console.log(JSON.stringify({ runs, summary }));
