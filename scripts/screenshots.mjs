#!/usr/bin/env node
// The README's screenshots, taken through the real extension in headless
// Chromium with the Chinese interface (run scripts/build.sh first):
//
//   docs/welcome.png       the welcome page a fresh install opens (no host access yet)
//   docs/reader.png        the reader at desktop width (1280×900): a 公文 with its facts and contents
//   docs/reader-report.png the reader at desktop width on the tampered sample page, the removal report open
//   docs/reader-phone.png  the reader at phone size (400×800)
//
// The pages are the browser tests' fixtures, served on 127.0.0.1 under a
// portal's host name; nothing else is reached.
//
// Usage: node scripts/screenshots.mjs [--out DIR]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startServer, prepareExtension, launch, tempProfile, tabIdOf, ROOT, GOV_HOST } from './e2e/lib.mjs';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = path.resolve(values.out ?? path.join(ROOT, 'docs'));
fs.mkdirSync(out, { recursive: true });

const GONGWEN = `http://${GOV_HOST}/art/2025/11/5/gongwen.html`;
const SAMPLE = `http://${GOV_HOST}/art/2025/3/12/sample.html`;
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 400, height: 800 };

const server = await startServer();
/** @type {string[]} */
const profiles = [];

/**
 * A browser on a fresh profile. The manifest holds host access (as after
 * the user granted it) unless hostAccess is false: a fresh install.
 * @param {boolean} hostAccess
 */
async function browser(hostAccess) {
  const profile = tempProfile();
  profiles.push(profile);
  const b = await launch({ profile, port: server.port, extension: prepareExtension('chromium', { hostAccess }) });
  return b;
}

/**
 * Presses the toolbar button's handler on url in a page of the given
 * size, as the browser does, and returns the ready reader.
 * @param {Awaited<ReturnType<typeof launch>>} b @param {string} url @param {{width: number, height: number}} size
 */
async function reader(b, url, size) {
  const page = await b.ctx.newPage();
  await page.setViewportSize(size);
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdOf(b.sw, url);
  const r = await b.sw.evaluate(async (id) => /** @type {any} */ (globalThis).onActionClicked(await chrome.tabs.get(id)), tabId);
  if (!r?.ok) throw new Error(`${url}: ${r?.error ?? 'no result'}`);
  await page.waitForSelector('body[data-state="ready"][data-position]');
  await page.bringToFront();
  // The toolbar's badge animation and the focus ring are not the point.
  await page.evaluate(() => /** @type {HTMLElement} */ (document.activeElement)?.blur());
  return page;
}

/** @param {import('playwright-core').Page} page @param {string} name */
async function shot(page, name) {
  const file = path.join(out, name);
  await page.screenshot({ path: file });
  console.log(`${path.relative(ROOT, file)}: ${fs.statSync(file).size} bytes`);
}

try {
  // The welcome page, as a fresh install opens it.
  {
    const b = await browser(false);
    await b.sw.evaluate(() => chrome.storage.sync.clear());
    const isWelcome = (/** @type {import('playwright-core').Page} */ p) => p.url().endsWith('/extension/welcome.html');
    const welcome = b.ctx.pages().find(isWelcome) ?? (await b.ctx.waitForEvent('page', { predicate: isWelcome, timeout: 15000 }));
    await welcome.setViewportSize(DESKTOP);
    await welcome.reload();
    await welcome.waitForSelector('body[data-state="ready"]');
    await shot(welcome, 'welcome.png');
    await b.ctx.close();
  }
  const b = await browser(true);
  await shot(await reader(b, GONGWEN, DESKTOP), 'reader.png');
  {
    const page = await reader(b, SAMPLE, DESKTOP);
    await page.locator('#spamSummary').click();
    await shot(page, 'reader-report.png');
  }
  await shot(await reader(b, GONGWEN, PHONE), 'reader-phone.png');
  await b.ctx.close();
} finally {
  await server.close();
  for (const p of profiles) fs.rmSync(p, { recursive: true, force: true });
}
