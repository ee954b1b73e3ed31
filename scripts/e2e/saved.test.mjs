// Saved files (HTML and Markdown), as a reader saves them from the real
// extension: the reader's labels, its trust badge, the official original
// and the removal report; images linked (nothing fetched, nothing loaded
// when the file is opened) or, with the option, embedded so that the file
// is complete offline; readable in light and dark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { startServer, prepareExtension, launch, openReader, tempProfile, nextDownload, lowContrast, screenshot, control, FIXTURES, GOV_HOST, COPY_HOST } from './lib.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;
/** @type {Awaited<ReturnType<typeof launch>>} */ let b;

before(async () => {
  server = await startServer();
  b = await launch({ profile: tempProfile(), port: server.port, extension: prepareExtension() });
});
after(async () => { await b?.ctx.close(); await server?.close(); });

/** @param {boolean} on */
async function setSaveImages(on) {
  await b.sw.evaluate(async (v) => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...settings, saveImages: v } });
  }, on);
}

/** @param {import('playwright-core').Page} page @param {'#saveHtml'|'#saveMd'} button */
async function save(page, button) {
  await page.evaluate(() => { const s = document.getElementById('status'); if (s) s.textContent = ''; });
  const { file } = await nextDownload(b.sw, async () => (await control(page, button)).click());
  await page.waitForFunction(() => (document.getElementById('status')?.textContent ?? '') !== '');
  return { file, text: fs.readFileSync(file, 'utf8'), status: await page.locator('#status').innerText() };
}

/** The facts the reader shows, label and value. @param {import('playwright-core').Page} page */
const readerFacts = (page) => page.locator('#facts > div').evaluateAll((divs) =>
  divs.map((d) => [d.querySelector('dt')?.textContent ?? '', d.querySelector('dd')?.textContent ?? '']));

const cases = [
  { name: 'a copy', url: `http://${COPY_HOST}/art/2025/3/2/clean.html`, badge: '非官方副本', original: `http://${GOV_HOST}/art/2025/3/2/clean.html` },
  { name: 'an official page with planted content removed', url: `http://${GOV_HOST}/art/2025/9/15/planted.html`, badge: '官方网站 · 已移除插入内容', original: '' },
  { name: 'an official 信息公开 document', url: `http://${GOV_HOST}/xxgk/2025/4/2/notice.html`, badge: '政府网站原文', original: '' },
];

for (const c of cases) {
  test(`saved files of ${c.name} say what the reader says: its labels, badge, original and removal report`, async () => {
    const { page } = await openReader(b.ctx, b.sw, c.url);
    const facts = await readerFacts(page);
    assert.ok(facts.length >= 2, JSON.stringify(facts));
    assert.equal(await page.locator('#badge .badge').innerText(), c.badge);
    const kinds = await page.locator('#spamList strong').evaluateAll((els) => els.map((e) => e.textContent ?? ''));

    const html = (await save(page, '#saveHtml')).text;
    const md = (await save(page, '#saveMd')).text;
    for (const [label, value] of facts) {
      assert.ok(html.includes(`<dt>${label}</dt><dd>${value}</dd>`), `HTML lacks ${label} ${value}`);
      assert.ok(md.includes(`${label}：${value}`), `Markdown lacks ${label}：${value}`);
    }
    // The labels of the old saved files are gone.
    assert.doesNotMatch(html + md, /发布日期|发文字号|发文机关：/);
    assert.ok(html.includes(`<span class="badge`) && html.includes(`>${c.badge}</span>`), 'HTML badge');
    assert.ok(md.includes(`\n${c.badge} · `), 'Markdown badge');
    if (c.original) {
      assert.equal(await page.locator('#badge a').getAttribute('href'), c.original);
      assert.ok(html.includes(`<a href="${c.original}">查看官方原文</a>`), 'HTML original');
      assert.ok(md.includes(`[查看官方原文](${c.original})`) && md.includes(`original_url: "${c.original}"`), 'Markdown original');
    } else {
      assert.doesNotMatch(html + md, /查看官方原文|original_url/);
    }
    // The removal report lists what the reader's report lists.
    if (kinds.length) {
      const report = /<details class="report">[\s\S]*?<\/details>/.exec(html)?.[0] ?? '';
      const mdReport = md.split('\n## 移除报告\n')[1] ?? '';
      for (const k of kinds) {
        assert.ok(report.includes(`<strong>${k}</strong>`), `HTML report lacks ${k}`);
        assert.ok(mdReport.includes(`**${k}**`), `Markdown report lacks ${k}`);
      }
    } else {
      assert.doesNotMatch(html + md, /移除报告/);
    }
    // Obsidian's front matter: when it was saved, and tags.
    const front = /^---\n([\s\S]*?)\n---\n/.exec(md)?.[1] ?? '';
    const saved = /^saved: "([^"]+)"$/m.exec(front)?.[1] ?? '';
    assert.ok(Math.abs(Date.parse(saved) - Date.now()) < 120_000, `saved: ${saved}`);
    assert.match(front, /^tags:\n {2}- "govreader"\n {2}- "[^"]+"$/m);
    await page.close();
  });
}

test('without the image option: saving fetches no image, and the saved file loads nothing when opened', async () => {
  await setSaveImages(false);
  const { page } = await openReader(b.ctx, b.sw, `http://${GOV_HOST}/xxgk/2025/4/2/notice.html`);
  const fetched = () => server.state.requests.filter((r) => r.url.endsWith('.png')).length;
  const before = fetched();
  const { text: html, file, status } = await save(page, '#saveHtml');
  const { text: md } = await save(page, '#saveMd');
  assert.equal(fetched(), before, 'an image was fetched');
  assert.equal(status, '已保存到下载目录的 GovReader 文件夹');
  assert.doesNotMatch(html, /<img/);
  assert.ok(html.includes(`<a class="img" href="http://${GOV_HOST}/images/photo.png">图片未随文件保存：2025年主汛期重点水库分布示意图（点击查看原图）</a>`));
  assert.ok(html.includes(`<a class="img" href="http://${GOV_HOST}/images/missing.png">图片未随文件保存，点击查看原图</a>`));
  assert.doesNotMatch(md, /!\[/);
  assert.match(md, /\[图片未随文件保存：2025年主汛期重点水库分布示意图（点击查看原图）\]\(http:\/\/www\.yzcity\.gov\.cn\/images\/photo\.png\)/);

  const viewer = await b.ctx.newPage();
  /** @type {string[]} */
  const requests = [];
  viewer.on('request', (r) => requests.push(r.url()));
  await viewer.goto(pathToFileURL(file).href);
  await viewer.waitForLoadState('load');
  assert.deepEqual(requests.filter((u) => !u.startsWith('file:')), []);
  assert.equal(await viewer.locator('h1').innerText(), '永州市人民政府办公室关于做好2025年防汛抗旱工作的通知');
  await viewer.close();
  await page.close();
});

test('with the image option: images are fetched once, without cookies or referrer, and the saved file shows them offline', async () => {
  await setSaveImages(true);
  try {
    const { page } = await openReader(b.ctx, b.sw, `http://${GOV_HOST}/xxgk/2025/4/2/notice.html`);
    const n = server.state.requests.length;
    const { text: html, file, status } = await save(page, '#saveHtml');
    const fetched = server.state.requests.slice(n).filter((r) => r.url.endsWith('.png'));
    assert.deepEqual(fetched.map((r) => r.url).sort(), ['/images/missing.png', '/images/photo.png']);
    for (const r of fetched) {
      assert.equal(r.cookie, undefined);
      assert.equal(r.referer, undefined);
    }
    // The missing image stays a link, and the reader says so.
    assert.equal(status, '已保存；1 张图片未能存入文件，文件中保留了链接');
    const png = fs.readFileSync(`${FIXTURES}/photo.png`).toString('base64');
    assert.ok(html.includes(`<img src="data:image/png;base64,${png}" alt="2025年主汛期重点水库分布示意图"/>`), 'photo not embedded');
    assert.ok(html.includes(`<a class="img" href="http://${GOV_HOST}/images/missing.png">`));
    assert.doesNotMatch(html, /<img[^>]+src="http/);

    // Offline: every request but the file itself fails, and the image shows.
    const viewer = await b.ctx.newPage();
    await viewer.route((u) => !u.href.startsWith('file:') && !u.href.startsWith('data:'), (r) => r.abort());
    await viewer.goto(pathToFileURL(file).href);
    await viewer.waitForLoadState('load');
    const size = await viewer.locator('img').evaluate((/** @type {HTMLImageElement} */ i) => [i.complete, i.naturalWidth, i.naturalHeight]);
    assert.deepEqual(size, [true, 8, 6]);
    await viewer.close();
    await page.close();
  } finally {
    await setSaveImages(false);
  }
});

test('a saved file keeps a contrast of 4.5:1 for every text, light and dark, report open', async () => {
  const { page } = await openReader(b.ctx, b.sw, `http://${COPY_HOST}/art/2025/9/15/planted.html`);
  const { file } = await save(page, '#saveHtml');
  await page.close();
  const viewer = await b.ctx.newPage();
  await viewer.goto(pathToFileURL(file).href);
  for (const scheme of /** @type {const} */ (['light', 'dark'])) {
    await viewer.emulateMedia({ colorScheme: scheme });
    await viewer.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });
    assert.ok(await viewer.locator('.badge').count() === 1 && await viewer.locator('.report li').count() > 0);
    assert.deepEqual(await lowContrast(viewer), [], scheme);
    await screenshot(viewer, `saved-${scheme}.png`);
  }
  await viewer.close();
});
