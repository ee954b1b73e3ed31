#!/usr/bin/env node
// The whole-browser twin of `govreader extract`: serves every *.html of
// --pages on loopback under a government host name, opens each in Chromium
// with the built extension, runs the reader through runReader and writes
// OUT/<name>.json: the Article the reader shows (the CLI's field names)
// plus timing_ms {cold, warm}:
//   cold: runReader call to reader view ready, with no warm wasm instance
//         (the offscreen document is closed first);
//   warm: the same on a second run, with the instance warm.
// It builds nothing: run scripts/build.sh first.
// Usage: node scripts/e2e/extract.mjs --pages DIR --out DIR [--host NAME]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startServer, prepareExtension, launch, openReader, tempProfile, CORPUS_HOST } from './lib.mjs';

const { values } = parseArgs({ options: { pages: { type: 'string' }, out: { type: 'string' }, host: { type: 'string' } } });
if (!values.pages || !values.out) {
  console.error('usage: extract.mjs --pages DIR --out DIR');
  process.exit(2);
}
const pagesDir = path.resolve(values.pages);
const outDir = path.resolve(values.out);
const host = values.host ?? CORPUS_HOST;
fs.mkdirSync(outDir, { recursive: true });
const files = fs.readdirSync(pagesDir).filter((f) => f.endsWith('.html')).sort();

const server = await startServer(pagesDir);
const profile = tempProfile();
const b = await launch({ profile, port: server.port, extension: prepareExtension(), extraHosts: [host] });
let failed = 0;
try {
  for (const f of files) {
    const name = f.replace(/\.html$/, '');
    const url = `http://${host}/${encodeURIComponent(f)}`;
    try {
      await b.sw.evaluate(() => /** @type {any} */ (globalThis).resetHost());
      const cold = await openReader(b.ctx, b.sw, url);
      if (!cold.result.ok) throw new Error(cold.result.error);
      const warm = await openReader(b.ctx, b.sw, url, cold.page);
      if (!warm.result.ok) throw new Error(warm.result.error);
      const shown = await warm.page.evaluate((id) => chrome.runtime.sendMessage({ type: 'page->bg:getArticle', id }), warm.result.id);
      const article = { ...shown.article, timing_ms: { cold: Math.round(cold.viewMs), warm: Math.round(warm.viewMs) } };
      fs.writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify(article, null, 2) + '\n');
      await warm.page.close();
      console.error(`${f}: cold ${article.timing_ms.cold} ms, warm ${article.timing_ms.warm} ms`);
    } catch (e) {
      failed++;
      console.error(`${f}: ${/** @type {any} */ (e)?.message ?? e}`);
    }
  }
} finally {
  await b.ctx.close();
  await server.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
