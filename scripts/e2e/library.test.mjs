// The library, through the real extension: the reader's 已在文库 state and
// update in place, sort, filters, search across simplified and traditional
// script and the 文号/索引号/来源/发布机构 fields, delete with undo, export
// as a zip of Markdown files (read back by unzip and Python) and as JSON,
// the reader's theme and a contrast of 4.5:1 for every visible text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { startServer, prepareExtension, launch, openReader, tempProfile, nextDownload, lowContrast, screenshot, control, GOV_HOST, COPY_HOST, OTHER_GOV_HOST } from './lib.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;
/** @type {Awaited<ReturnType<typeof launch>>} */ let b;
/** @type {import('playwright-core').Page} */ let lib;

const PORTAL = `http://${GOV_HOST}/art/2025/4/18/portal.html`;
const SAMPLE = `http://${GOV_HOST}/art/2025/3/12/sample.html`; // traditional script
const COPY = `http://${COPY_HOST}/art/2025/3/2/clean.html`;
const PLANTED = `http://${GOV_HOST}/art/2025/9/15/planted.html`;
const NOTICE = `http://${GOV_HOST}/xxgk/2025/4/2/notice.html`; // 文号, 索引号, 发布机构
const OTHER = `http://${OTHER_GOV_HOST}/art/csp.html`;

before(async () => {
  server = await startServer();
  b = await launch({ profile: tempProfile(), port: server.port, extension: prepareExtension() });
});
after(async () => { await b?.ctx.close(); await server?.close(); });

/**
 * Saves url to the library from its reader and returns the reader's page
 * and its status message.
 * @param {string} url
 */
async function addFromReader(url) {
  const { page } = await openReader(b.ctx, b.sw, url);
  await (await control(page, '#addLibrary')).click();
  await page.waitForFunction(() => document.getElementById('addLibrary')?.dataset.inLibrary === 'true');
  return { page, status: await page.locator('#status').innerText() };
}

async function openLibrary() {
  const page = await b.ctx.newPage();
  await page.goto(`chrome-extension://${b.extId}/extension/library.html`);
  await page.waitForSelector('body[data-state="ready"]');
  return page;
}

/** The library's records as IndexedDB holds them. @param {import('playwright-core').Page} page @returns {Promise<any[]>} */
const stored = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const req = indexedDB.open('govreader');
  req.onsuccess = () => {
    const all = req.result.transaction('articles').objectStore('articles').getAll();
    all.onsuccess = () => { req.result.close(); resolve(all.result); };
    all.onerror = () => reject(all.error);
  };
  req.onerror = () => reject(req.error);
}));

/** The keys of the entries shown, in order. */
const shownKeys = () => lib.locator('#list .entry').evaluateAll((els) => els.map((e) => /** @type {HTMLElement} */ (e).dataset.key ?? ''));
/** @param {any} e */
const siteOf = (e) => e.site_name || new URL(e.url).hostname;

test('the reader says 已在文库; saving again updates the entry in place and says 已更新', async () => {
  const { page, status } = await addFromReader(PORTAL);
  assert.equal(status, '已加入文库');
  assert.equal(await page.locator('#addLibrary').textContent(), '已在文库');
  await page.close();

  lib = await openLibrary();
  const [first] = await stored(lib);
  assert.equal(first.url, PORTAL);

  // Another reader of the same page knows it is in the library at once.
  const { page: again } = await openReader(b.ctx, b.sw, PORTAL);
  assert.equal(await again.locator('#addLibrary').textContent(), '已在文库');
  assert.match(String(await again.locator('#addLibrary').getAttribute('title')), /更新/);
  await (await control(again, '#addLibrary')).click();
  await again.waitForFunction(() => document.getElementById('status')?.textContent === '已更新文库中的这篇文章');
  await again.close();

  const after = await stored(lib);
  assert.equal(after.length, 1, 'saving again added a second entry');
  assert.equal(after[0].savedAt, first.savedAt, 'the first saved time is kept');
  assert.ok(after[0].updatedAt > first.savedAt, 'updatedAt is set');
  await lib.reload();
  await lib.waitForSelector('body[data-state="ready"]');
  assert.match(await lib.locator('.entry .saved').innerText(), /^保存于 \d{4}-\d\d-\d\d \d\d:\d\d · 更新于 \d{4}-\d\d-\d\d \d\d:\d\d$/);

  for (const url of [SAMPLE, COPY, PLANTED, NOTICE, OTHER]) {
    const { page: p, status: s } = await addFromReader(url);
    assert.equal(s, '已加入文库', url);
    await p.close();
  }
  await lib.reload();
  await lib.waitForSelector('body[data-state="ready"]');
  assert.equal(await lib.locator('#list .entry').count(), 6);
  assert.equal(await lib.locator('#count').innerText(), '共 6 篇');
});

test('sort by saved date, published date and site', async () => {
  const all = await stored(lib);
  const bySaved = [...all].sort((x, y) => y.savedAt.localeCompare(x.savedAt)).map((e) => e.key);
  assert.deepEqual(await shownKeys(), bySaved, 'saved, newest first (the default)');
  // The first saved (the portal, updated since) is last: updating keeps its place.
  assert.equal(bySaved.at(-1), PORTAL);

  await lib.locator('#sort').selectOption('published');
  const published = await Promise.all((await shownKeys()).map((k) => all.find((e) => e.key === k).published));
  assert.ok(published.every(Boolean));
  assert.deepEqual(published, [...published].sort().reverse(), 'published, newest first');

  await lib.locator('#sort').selectOption('site');
  const sites = (await shownKeys()).map((k) => siteOf(all.find((e) => e.key === k)));
  assert.deepEqual(sites, [...sites].sort((x, y) => x.localeCompare(y, 'zh-CN')), 'sites in order');
  assert.ok(new Set(sites).size >= 2, JSON.stringify(sites));
  await lib.locator('#sort').selectOption('saved');
});

test('filter by site and by publisher, alone and together', async () => {
  const all = await stored(lib);
  const site = siteOf(all.find((e) => e.key === NOTICE));
  const onSite = all.filter((e) => siteOf(e) === site);
  assert.ok(onSite.length >= 2 && onSite.length < all.length);
  const option = lib.locator('#site option', { hasText: site });
  assert.equal(await option.innerText(), `${site}（${onSite.length}）`);
  await lib.locator('#site').selectOption(site);
  assert.deepEqual(new Set(await shownKeys()), new Set(onSite.map((e) => e.key)));
  assert.equal(await lib.locator('#count').innerText(), `显示 ${onSite.length} 篇，共 ${all.length} 篇`);

  // 发布机构, else 来源: the portal and its copy on another host share one.
  const publisher = '市交通运输局';
  const byPublisher = all.filter((e) => (e.publisher || e.source) === publisher);
  assert.equal(byPublisher.length, 2);
  await lib.locator('#publisher').selectOption(publisher);
  assert.deepEqual(new Set(await shownKeys()), new Set(byPublisher.filter((e) => siteOf(e) === site).map((e) => e.key)));
  await lib.locator('#site').selectOption('');
  assert.deepEqual(new Set(await shownKeys()), new Set(byPublisher.map((e) => e.key)));
  await lib.locator('#publisher').selectOption('');
  assert.equal(await lib.locator('#list .entry').count(), all.length);
});

test('search finds a traditional article with a simplified word and a simplified one with a traditional word', async () => {
  const all = await stored(lib);
  await lib.locator('#search').fill('植树');
  await lib.waitForSelector('body[data-search]');
  assert.equal(await lib.locator('body').getAttribute('data-search'), 'script', 'the fold table did not load');
  assert.deepEqual(await shownKeys(), [SAMPLE]);
  assert.match(await lib.locator('.entry .title').innerText(), /植樹/);

  await lib.locator('#search').fill('會議');
  const withMeeting = all.filter((e) => /会议|會議/.test(e.title + e.article.text)).map((e) => e.key);
  assert.ok(withMeeting.includes(PORTAL) && !withMeeting.includes(SAMPLE));
  assert.deepEqual(new Set(await shownKeys()), new Set(withMeeting));
  // Every word must match.
  await lib.locator('#search').fill('會議 农村公路');
  assert.deepEqual(new Set(await shownKeys()), new Set([PORTAL, OTHER]));
  await lib.locator('#search').fill('');
  assert.equal(await lib.locator('#list .entry').count(), all.length);
});

test('search covers 文号, 索引号, 来源 and 发布机构, whatever brackets the 文号 is typed with', async () => {
  const notice = (await stored(lib)).find((e) => e.key === NOTICE);
  assert.equal(notice.article.doc_number, '永政办函〔2025〕19号');
  assert.equal(notice.article.index_number, '11431100-0100-2025-00037');
  for (const [q, want] of /** @type {[string, string[]][]} */ ([
    ['永政办函〔2025〕19号', [NOTICE]],
    ['永政办函[2025]19号', [NOTICE]],
    ['11431100-0100-2025-00037', [NOTICE]],
    ['永州市人民政府办公室', [NOTICE]],
    ['市医疗保障局', [PLANTED]],
    ['永政办函〔2024〕', []],
  ])) {
    await lib.locator('#search').fill(q);
    assert.deepEqual(await shownKeys(), want, q);
  }
  assert.equal(await lib.locator('#list').innerText(), '没有符合条件的文章。');
  await lib.locator('#search').fill('');
});

test('delete takes effect at once, and undo puts back exactly what was deleted', async () => {
  const before = await stored(lib);
  await lib.locator(`.entry[data-key="${SAMPLE}"] .delete`).click();
  await lib.waitForFunction(() => !document.querySelector('#undoBar')?.hasAttribute('hidden'));
  assert.equal(await lib.locator('#undoText').innerText(), '已删除 1 篇');
  assert.ok(!(await shownKeys()).includes(SAMPLE));
  assert.equal((await stored(lib)).length, before.length - 1);
  // Focus moves to undo, so the keyboard reaches it at once.
  assert.equal(await lib.evaluate(() => document.activeElement?.id), 'undo');
  await lib.keyboard.press('Enter');
  await lib.waitForFunction(() => document.getElementById('status')?.textContent === '已恢复 1 篇');
  assert.deepEqual(await stored(lib), before);

  // A selection: two at once, back at once.
  await lib.locator(`.entry[data-key="${COPY}"] .pick`).check();
  await lib.locator(`.entry[data-key="${PLANTED}"] .pick`).check();
  assert.equal(await lib.locator('#deleteSelected').innerText(), '删除所选 2 篇');
  await lib.locator('#deleteSelected').click();
  await lib.waitForFunction(() => document.getElementById('undoText')?.textContent === '已删除 2 篇');
  assert.equal((await stored(lib)).length, before.length - 2);
  assert.equal(await lib.locator('#deleteSelected').isHidden(), true);
  await lib.locator('#undo').click();
  await lib.waitForFunction(() => document.getElementById('status')?.textContent === '已恢复 2 篇');
  assert.deepEqual(await stored(lib), before);
  assert.equal(await lib.locator('#undoBar').isHidden(), true);
});

test('undo does not overwrite an article saved again since it was deleted', async () => {
  await lib.locator(`.entry[data-key="${OTHER}"] .delete`).click();
  await lib.waitForFunction(() => document.getElementById('undoText')?.textContent === '已删除 1 篇');
  const { page, status } = await addFromReader(OTHER);
  assert.equal(status, '已加入文库', 'a deleted article is added anew, not updated');
  await page.close();
  const newer = (await stored(lib)).find((e) => e.key === OTHER);
  await lib.locator('#undo').click();
  await lib.waitForFunction(() => /保留了较新的版本/.test(document.getElementById('status')?.textContent ?? ''));
  assert.equal(await lib.locator('#status').innerText(), '已恢复 0 篇；其中 1 篇在此期间已重新保存，保留了较新的版本');
  assert.deepEqual((await stored(lib)).find((e) => e.key === OTHER), newer);
});

/**
 * Reads a zip with Python's zipfile after `unzip -t` has tested it:
 * name → text.
 * @param {string} file
 * @returns {Record<string, string>}
 */
function readZip(file) {
  assert.match(execFileSync('unzip', ['-t', file], { encoding: 'utf8' }), /No errors detected in compressed data/);
  const py = 'import json,sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(json.dumps({n: z.read(n).decode("utf-8") for n in z.namelist()}, ensure_ascii=False))';
  return JSON.parse(execFileSync('python3', ['-c', py, file], { encoding: 'utf8' }));
}

test('export a selection, or the whole library, as Markdown files in a zip, and as JSON', async () => {
  await lib.reload();
  await lib.waitForSelector('body[data-state="ready"]');
  const all = await stored(lib);
  await lib.locator(`.entry[data-key="${SAMPLE}"] .pick`).check();
  await lib.locator(`.entry[data-key="${NOTICE}"] .pick`).check();
  assert.equal(await lib.locator('#exportMd').innerText(), '导出所选 2 篇为 Markdown 压缩包');
  const { file } = await nextDownload(b.sw, () => lib.locator('#exportMd').click());
  const files = readZip(file);
  const names = Object.keys(files);
  assert.equal(names.length, 2, names.join(', '));
  for (const n of names) assert.match(n, /^govreader-library-\d{4}-\d\d-\d\d\/[^/]+\.md$/);
  const notice = Object.entries(files).find(([n]) => n.includes('防汛抗旱'));
  assert.ok(notice, names.join(', '));
  const [, md] = notice;
  const front = /^---\n([\s\S]*?)\n---\n/.exec(md)?.[1] ?? '';
  // saved is when the article entered the library, in local time.
  const entry = all.find((e) => e.key === NOTICE);
  assert.equal(Date.parse(/^saved: "([^"]+)"$/m.exec(front)?.[1] ?? ''), Math.floor(Date.parse(entry.savedAt) / 1000) * 1000);
  assert.match(front, /^tags:\n {2}- "govreader"\n {2}- "永州市人民政府"$/m);
  assert.match(front, /^doc_number: "永政办函〔2025〕19号"$/m);
  assert.match(md, /\n发布时间：2025-04-02 · 成文日期：2025-03-28 · 发布机构：永州市人民政府办公室 · 文号：永政办函〔2025〕19号 · 索引号：11431100-0100-2025-00037 · /);
  assert.ok(Object.values(files).some((t) => t.includes('# 全市春季義務植樹活動啟動')), 'the traditional article, as published');

  const json = await nextDownload(b.sw, () => lib.locator('#export').click());
  const doc = JSON.parse(fs.readFileSync(json.file, 'utf8'));
  assert.deepEqual(doc.entries.map((/** @type {any} */ e) => e.key).sort(), [NOTICE, SAMPLE].sort());
  assert.deepEqual(doc.entries.find((/** @type {any} */ e) => e.key === NOTICE), entry);

  // Nothing picked: the whole library.
  await lib.locator('#selectAll').check();
  await lib.locator('#selectAll').uncheck();
  assert.equal(await lib.locator('#exportMd').innerText(), '导出 Markdown 压缩包');
  const whole = readZip((await nextDownload(b.sw, () => lib.locator('#exportMd').click())).file);
  assert.equal(Object.keys(whole).length, all.length);
  // The portal and its copy share a title: the names stay apart.
  assert.equal(new Set(Object.keys(whole)).size, all.length);
  assert.equal(await lib.locator('#status').innerText(), `已导出 ${all.length} 篇`);
});

/** The colours a page paints its text, muted text and links with, per theme. @param {import('playwright-core').Page} page @param {string} muted */
const palette = (page, muted) => page.evaluate((m) => {
  const c = (/** @type {Element|null} */ el, /** @type {'color'|'backgroundColor'} */ p) => (el ? getComputedStyle(el)[p] : '');
  const link = document.createElement('a');
  link.href = '#';
  document.body.append(link);
  const out = { bg: c(document.body, 'backgroundColor'), fg: c(document.body, 'color'), link: c(link, 'color'), muted: c(document.querySelector(m), 'color') };
  link.remove();
  return out;
}, muted);

test('the library follows the reader\'s theme, with the reader\'s colours, and every text keeps 4.5:1', async () => {
  const { page: reader } = await openReader(b.ctx, b.sw, PLANTED);
  await lib.reload();
  await lib.waitForSelector('body[data-state="ready"]');
  // Something of everything: a badge, a picked entry, the undo bar, a status.
  await lib.locator(`.entry[data-key="${COPY}"] .pick`).check();
  await lib.locator(`.entry[data-key="${OTHER}"] .delete`).click();
  await lib.waitForFunction(() => !document.querySelector('#undoBar')?.hasAttribute('hidden'));
  assert.ok(await lib.locator('.badge.copy').count() >= 1);
  assert.ok(await lib.locator('.badge.official-cleaned').count() >= 1);
  for (const theme of ['light', 'sepia', 'dark']) {
    // Chosen in the reader, followed by the library page already open.
    await reader.locator('#theme').selectOption(theme);
    await lib.waitForFunction((t) => document.body.dataset.theme === t, theme);
    assert.deepEqual(await palette(lib, '#count'), await palette(reader, '#facts'), theme);
    assert.deepEqual(await lowContrast(lib), [], theme);
    await screenshot(lib, `library-${theme}.png`);
  }
  await reader.locator('#theme').selectOption('auto');
  await lib.waitForFunction(() => document.body.dataset.theme === 'auto');
  for (const scheme of /** @type {const} */ (['light', 'dark'])) {
    await lib.emulateMedia({ colorScheme: scheme });
    await reader.emulateMedia({ colorScheme: scheme });
    assert.deepEqual(await palette(lib, '#count'), await palette(reader, '#facts'), `auto, ${scheme}`);
    assert.deepEqual(await lowContrast(lib), [], `auto, ${scheme}`);
  }
  await lib.locator('#search').fill('没有这样的文章');
  assert.deepEqual(await lowContrast(lib), [], 'no match');
  await lib.locator('#search').fill('');
  await lib.locator('#undo').click();
  await lib.emulateMedia({ colorScheme: 'light' });
  await reader.close();
});

test('the contrast check finds text under 4.5:1', async () => {
  const page = await b.ctx.newPage();
  await page.setContent('<style>input::placeholder{color:#999}</style><body style="background:#fff"><p style="color:#777">浅灰文字</p>' +
    '<p style="color:#595959">深灰文字</p><div style="background:#1b1c1e"><p style="color:#5f6368">暗底灰字</p></div><input placeholder="提示"></body>');
  const low = await lowContrast(page);
  assert.deepEqual(low.map((l) => l.text).sort(), ['提示', '暗底灰字', '浅灰文字'].sort());
  await page.close();
});

test('the Chinese library shows no English word', async () => {
  await lib.locator(`.entry[data-key="${COPY}"] .pick`).check();
  await lib.locator(`.entry[data-key="${COPY}"] .delete`).click();
  await lib.waitForFunction(() => !document.querySelector('#undoBar')?.hasAttribute('hidden'));
  const words = await lib.evaluate(() => {
    // The articles' own titles and facts are theirs (a host name, a date).
    const clone = /** @type {HTMLElement} */ (document.body.cloneNode(true));
    for (const el of clone.querySelectorAll('.entry .title, .entry .meta')) el.remove();
    document.body.append(clone);
    clone.style.position = 'absolute';
    const text = [clone.innerText, ...[...document.querySelectorAll('[aria-label], [title], [placeholder]')]
      .flatMap((el) => [el.getAttribute('aria-label'), el.getAttribute('title'), el.getAttribute('placeholder')])
      .filter((v) => v && !/^(选择|删除)：/.test(v))].join('\n');
    clone.remove();
    return text.match(/[A-Za-z]{2,}/g) ?? [];
  });
  assert.deepEqual(words.filter((w) => !['GovReader', 'Markdown', 'JSON'].includes(w)), []);
  await lib.locator('#undo').click();
  await lib.waitForFunction(() => /已恢复/.test(document.getElementById('status')?.textContent ?? ''));
});
