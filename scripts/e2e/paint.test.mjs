// Hidden means not painted (issue 12): planted text that the browser lays
// out or paints where no reader sees it stays out of the reader, with no
// help from the spam lexicon, and genuine text painted in unusual ways
// stays in.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, prepareExtension, launch, openReader, tempProfile, GOV_HOST, ROOT, control } from './lib.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;
/** @type {Awaited<ReturnType<typeof launch>>} */ let b;

before(async () => {
  server = await startServer();
  b = await launch({ profile: tempProfile(), port: server.port, extension: prepareExtension() });
});
after(async () => { await b?.ctx.close(); await server?.close(); });

const text = (/** @type {import('playwright-core').Page} */ p, /** @type {string} */ sel) => p.locator(sel).innerText();

/** The variants of fixtures/unpainted.html, by class, each an advert in plain words. */
const PLANTED = {
  'geometry: negative margins': ['G1a', 'G1b'],
  'geometry: fixed or absolute far offsets': ['G2a', 'G2b'],
  'geometry: placed far below the page': ['G5a', 'G5b'],
  'shadow roots: children no slot takes in': ['H1a', 'H1b'],
  'geometry: boxes smaller than a line': ['G3a', 'G3b'],
  'geometry: clip-path inset()': ['G4a', 'G4b'],
  'paint: near-zero opacity': ['P1a', 'P1b'],
  'paint: compounded opacity': ['P2a', 'P2b'],
  'paint: stacked behind an opaque box': ['P3a', 'P3b'],
  'paint: masks': ['P4a', 'P4b'],
  'paint: colour inversion': ['P5a', 'P5b'],
  'paint: nearly the background colour': ['P6a', 'P6b'],
  'inserted by a script after load': ['S1', 'S2', 'S3', 'S4'],
};
/** Each advert's contact handle, in the order of the tags above. */
const HANDLES = ['jq5566', '5566', '4455667', 'hs7788', 'yue2233', '9988776', 'zh6677', '2233', 'gg1234', '5566778',
  'js8899', '3344', 'jz3344', '3322110', 'xyk5500', '1122334', 'fk6600', 'dz7700', 'xl9900', '6655443',
  'ting8800', '7766554', 'kp4400', 'ym1100', 'lf3311', '8833221', '7711223', 'bz4411'];

test('text laid out or painted where no reader sees it stays out of the reader', async () => {
  const { page, result } = await openReader(b.ctx, b.sw, `http://${GOV_HOST}/art/2025/6/10/unpainted.html`);
  assert.equal(result.ok, true, JSON.stringify(result));
  const title = await text(page, '#title');
  const body = await text(page, '#content');
  assert.equal(title, '市自然资源和规划局开展耕地保护专项督查');
  const leaked = Object.entries(PLANTED).flatMap(([kind, tags]) => tags.filter((t) => body.includes(`［${t}］`) || title.includes(t)).map((t) => `${kind} (${t})`));
  assert.deepEqual(leaked, [], 'planted text shown');
  assert.deepEqual(HANDLES.filter((h) => body.includes(h)), [], 'contact handles in the body');
  for (const s of ['赴各县区开展耕地保护专项督查', '逐一核实', '完成上级下达的目标任务', '部分整改项目进度滞后',
    '一季度卫片执法检查发现的问题', '跟踪问效', '确保耕地保护红线不突破']) {
    assert.ok(body.includes(s), `genuine paragraph ${s} missing`);
  }
});

test('text painted pale, dark, translucent, under a fixed header or in a scrolled box stays in', async () => {
  const { page, result } = await openReader(b.ctx, b.sw, `http://${GOV_HOST}/art/2025/7/8/painted.html`);
  assert.equal(result.ok, true, JSON.stringify(result));
  assert.equal(await text(page, '#title'), '市生态环境局发布上半年全市生态环境质量状况');
  assert.match(await text(page, '[data-field="factPublished"]'), /2025-07-08 09:00/);
  const body = await text(page, '#content');
  for (const s of ['空气质量优良天数比例', '图为潇水河城区段水质自动监测站', '水质达标率保持百分之百', '群众满意度进一步提升',
    '附表说明一', '附表说明三', '附表说明五', '推动全市生态环境质量持续改善']) {
    assert.ok(body.includes(s), `genuine text ${s} missing`);
  }
});

test('the content script puts back the marks a page planted, and the scroll position', async () => {
  const page = await b.ctx.newPage();
  await page.goto(`http://${GOV_HOST}/art/2025/6/10/unpainted.html`, { waitUntil: 'load' });
  await page.evaluate(() => window.scrollTo(0, 120));
  const got = await page.evaluate(fs.readFileSync(path.join(ROOT, 'extension/content.js'), 'utf8'));
  assert.equal(got.ok, true);
  // Each variant is marked for the reason its class names.
  const reasons = Object.fromEntries([...got.html.matchAll(/data-govreader-hidden="([^"]+)"[^>]*>[^<［]*［(\w+)］/g)].map((m) => [m[2], m[1]]));
  assert.deepEqual(reasons, {
    G1a: 'off-screen', G1b: 'off-screen', G2a: 'off-screen', G2b: 'off-screen', G3a: 'tiny-box', G3b: 'tiny-box',
    G4a: 'clip', G4b: 'clip', G5a: 'off-screen', G5b: 'off-screen', H1a: 'unslotted', H1b: 'unslotted', P1a: 'opacity', P1b: 'opacity', P2a: 'opacity', P3a: 'covered', P3b: 'covered',
    P4a: 'mask', P4b: 'mask', P5a: 'contrast', P5b: 'contrast', P6a: 'contrast', P6b: 'contrast',
    S1: 'opacity', S2: 'contrast', S3: 'display',
    // The planted mark is not what the serialisation says: this script's is.
    S4: 'contrast',
  });
  // P2b's text sits three translucent boxes down: the box where the
  // product falls under the floor is marked, with everything in it.
  assert.match(got.html, /<div class="p2-l3" data-govreader-hidden="opacity">/);
  assert.equal(await page.evaluate(() => document.querySelector('[data-govreader-hidden]')?.getAttribute('data-govreader-hidden')), 'camouflage');
  assert.equal(await page.evaluate(() => document.querySelectorAll('[data-govreader-hidden]').length), 1);
  assert.equal(await page.evaluate(() => window.scrollY), 120);
  await page.close();
});

test('with images off, the reader paints its own placeholder label, not an image\'s alt or title', async () => {
  const { page } = await openReader(b.ctx, b.sw, `http://${GOV_HOST}/art/2025/6/10/unpainted.html`);
  const images = () => page.locator('#content img').evaluateAll((els) => els.map((e) => ({ alt: e.getAttribute('alt'), title: e.getAttribute('title'), src: e.getAttribute('src') })));
  const off = await images();
  assert.ok(off.length >= 1, 'the image is in the reader');
  for (const i of off) assert.deepEqual(i, { alt: '', title: null, src: null });
  // Each unloaded image is a button the reader labels itself.
  const buttons = page.locator('#content button.img-load');
  assert.equal(await buttons.count(), off.length);
  for (const t of await buttons.allInnerTexts()) assert.equal(t, '图片（点击加载）');
  assert.match(await text(page, '#content'), /督查组在道县核查永久基本农田保护情况/, 'the visible caption stays');
  // Pressing a placeholder loads that image; its alt is then the caption
  // core found, never the page's alt.
  await buttons.first().click();
  await page.waitForFunction(() => document.querySelector('#content img')?.hasAttribute('src'));
  for (const i of await images()) {
    assert.ok(!/alt5566|tt6677/.test(`${i.alt} ${i.title}`), JSON.stringify(i));
  }
  // 显示图片 on and off again unloads it.
  await (await control(page, '#images')).click();
  await (await control(page, '#images')).click();
  await page.waitForFunction(() => !document.querySelector('#content img')?.hasAttribute('src'));
  assert.equal(await buttons.count(), off.length);
});

/** The variants of fixtures/clipped.html by class, with the mark each gets. */
const CUT = {
  'clip: a column past the side of a box that cuts': { C1a: 'cut-off' },
  'clip: pushed below a box a line high by an empty block': { C1b: 'cut-off' },
  'clip: positioned outside the box that cuts it': { C1c: 'clipped' },
  'clip: pulled above a box that cuts': { C1d: 'cut-off' },
  'clip: moved out of a box that contains its paint': { C1e: 'cut-off' },
  'clip: below a clip-path inset() of half the box': { C1f: 'clipped' },
  'animation: faded out, soon or late': { A1a: 'opacity', A1b: 'opacity' },
  'transition: faded in from transparent over longer than a reader stays': { A1c: 'opacity' },
  'paint: a clear fill showing the box\'s own background, a blend mode': { P1a: 'contrast', P1b: 'contrast' },
  'background image: text in the colour it paints': { B1a: 'contrast', B1b: 'contrast' },
  'shadow roots: taken in by a slot that is not rendered': { H2a: 'display', H2b: 'display' },
  'inserted in an animation frame after load': { R1: 'opacity', R2: 'contrast' },
};

test('text cut off by a box, faded out by an animation, in a background image\'s colour or in an unrendered slot stays out, and is reported', async () => {
  const { page, result } = await openReader(b.ctx, b.sw, `http://${GOV_HOST}/art/2025/6/20/clipped.html`);
  assert.equal(result.ok, true, JSON.stringify(result));
  assert.equal(await text(page, '#title'), '市农业农村局部署夏粮收购工作');
  const body = await text(page, '#content');
  const tags = Object.values(CUT).flatMap((v) => Object.keys(v));
  assert.deepEqual(tags.filter((t) => body.includes(`［${t}］`)), [], 'planted text shown');
  for (const s of ['组织农机抢收', '会议通报了全市小麦、油菜收获进度', '各县区已启动夏粮收购预案', '防止出现农民“卖粮难”', '切实保护种粮农民利益']) {
    assert.ok(body.includes(s), `genuine text ${s} missing`);
  }
  // Every removal is reported: each advert has a contact handle.
  const shown = await page.evaluate((id) => chrome.runtime.sendMessage({ type: 'page->bg:getArticle', id }), result.id);
  const reported = (shown.article.spam ?? []).map((/** @type {{text: string}} */ s) => s.text).join('\n');
  assert.deepEqual(tags.filter((t) => !reported.includes(`［${t}］`)), [], 'removed without a report');
});

test('each cut-off, animated, image-backed and slotted variant is marked for its class, whenever the script runs', async () => {
  const page = await b.ctx.newPage();
  await page.goto(`http://${GOV_HOST}/art/2025/6/20/clipped.html`, { waitUntil: 'load' });
  // At once after load: the frame the page inserts text in may not have
  // come yet, nor the animations have run.
  const got = await page.evaluate(fs.readFileSync(path.join(ROOT, 'extension/content.js'), 'utf8'));
  assert.equal(got.ok, true);
  const reasons = Object.fromEntries([...got.html.matchAll(/data-govreader-hidden="([^"]+)"[^>]*>[^<［]*［(\w+)］/g)].map((m) => [m[2], m[1]]));
  assert.deepEqual(reasons, Object.assign({}, ...Object.values(CUT)));
  // The animations are back where they were: the late fade still runs.
  assert.equal(await page.evaluate(() => document.getAnimations().find((a) => /** @type {any} */ (a).animationName === 'fadeout' && /** @type {any} */ (a.effect)?.target?.className === 'a1b')?.playState), 'running');
  await page.close();
});

test('a fold, a slider, a ticker, a slow fade-in, an escaping note, white text on a dark image, gradient glyphs and a multiply blend stay in', async () => {
  const page = await b.ctx.newPage();
  await page.goto(`http://${GOV_HOST}/art/2025/6/14/folded.html`, { waitUntil: 'load' });
  const got = await page.evaluate(fs.readFileSync(path.join(ROOT, 'extension/content.js'), 'utf8'));
  assert.deepEqual([...got.html.matchAll(/data-govreader-hidden="([^"]+)"[^>]*>([^<]*)/g)].map((m) => `${m[1]}: ${m[2]}`), [], 'nothing is marked');
  await page.close();
  const { page: reader, result } = await openReader(b.ctx, b.sw, `http://${GOV_HOST}/art/2025/6/14/folded.html`);
  assert.equal(result.ok, true, JSON.stringify(result));
  const body = await text(reader, '#content');
  for (const t of ['F1a', 'F1b', 'F2a', 'F2b', 'F4', 'F5', 'F6', 'F7', 'F8']) assert.ok(body.includes(`［${t}］`), `genuine text ${t} missing`);
  assert.ok(body.includes('全市十一个县区的六十余个非遗项目参展'));
  const shown = await reader.evaluate((id) => chrome.runtime.sendMessage({ type: 'page->bg:getArticle', id }), result.id);
  assert.deepEqual(shown.article.spam ?? [], [], 'a genuine page is not flagged');
});
