// The reader page as a user feels it, at phone size (400×800): the one-row
// toolbar (also in 适老模式), the title painted before the body, a 公文 laid
// out as one (bold kept, section headings, the 落款 right-aligned, a wide
// table in its own scroll box, images loaded one by one), and the reading
// aids (reading time, contents, progress, the place remembered, copy as
// Markdown).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, prepareExtension, launch, openReader, tempProfile, screenshot, GOV_HOST, control } from './lib.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;
/** @type {Awaited<ReturnType<typeof launch>>} */ let b;

const GONGWEN = `http://${GOV_HOST}/art/2025/11/5/gongwen.html`;
/** The same page under addresses of its own: the place a reader left off
 * is kept per address, and tests must not inherit each other's. */
const gongwen = (/** @type {string} */ tag) => `http://${GOV_HOST}/art/2025/11/5/${tag}/gongwen.html`;
const PLANTED = `http://${GOV_HOST}/art/2025/9/15/planted.html`;
const PHONE = { width: 400, height: 800 };

before(async () => {
  server = await startServer();
  b = await launch({ profile: tempProfile(), port: server.port, extension: prepareExtension() });
});
after(async () => { await b?.ctx.close(); await server?.close(); });

/**
 * The reader of url in a fresh page of the given size.
 * @param {string} url @param {{width: number, height: number}} [size]
 */
async function reader(url, size = PHONE) {
  const page = await b.ctx.newPage();
  await page.setViewportSize(size);
  const { result } = await openReader(b.ctx, b.sw, url, page);
  assert.equal(result.ok, true, JSON.stringify(result));
  await page.waitForSelector('body[data-state="ready"][data-position]');
  await page.bringToFront();
  return page;
}

/** @param {import('playwright-core').Page} page @param {boolean} on */
async function setElder(page, on) {
  if ((await page.locator('#elder').getAttribute('aria-pressed')) !== String(on)) await (await control(page, '#elder')).click();
  await page.waitForFunction((v) => document.body.classList.contains('elder') === v, on);
  // Esc closes the panel; with none open it would leave the reader.
  if (await page.locator('#aaPanel').isVisible()) {
    await page.keyboard.press('Escape');
    await page.locator('#aaPanel').waitFor({ state: 'hidden' });
  }
}

/** @param {import('playwright-core').Page} page */
const scrollWidth = (page) => page.evaluate(() => ({ scroll: /** @type {Element} */ (document.scrollingElement).scrollWidth, viewport: document.documentElement.clientWidth }));

test('at 400×800 the toolbar is one row of at most 64 px, in 适老模式 too, and its panels fit the window', async () => {
  const page = await reader(GONGWEN);
  for (const elder of [false, true]) {
    await setElder(page, elder);
    const bar = await page.locator('#toolbar').evaluate((el) => {
      const r = el.getBoundingClientRect();
      const kids = [...el.children].filter((k) => getComputedStyle(k).display !== 'none').map((k) => {
        const q = k.getBoundingClientRect();
        return { id: k.id, top: q.top, bottom: q.bottom, left: q.left, right: q.right, height: q.height, width: q.width };
      });
      return { height: r.height, width: r.width, overflow: el.scrollWidth - el.clientWidth, kids };
    });
    const mode = elder ? '适老模式' : 'normal';
    assert.ok(bar.height <= 64, `${mode}: toolbar ${bar.height} px high`);
    assert.deepEqual(bar.kids.map((k) => k.id), ['original', 'theme', 'aaButton', 'speak', 'saveButton', 'moreButton'], mode);
    // One row: every control on the same line, inside the window.
    for (const k of bar.kids) {
      assert.ok(Math.abs(k.top - bar.kids[0].top) < 1 && Math.abs(k.bottom - bar.kids[0].bottom) < 1, `${mode}: ${k.id} is on another line`);
      assert.ok(k.left >= 0 && k.right <= PHONE.width, `${mode}: ${k.id} outside the window`);
      // Touch targets: 32 px, 44 in 适老模式.
      assert.ok(k.height >= (elder ? 44 : 32) && k.width >= (elder ? 44 : 32), `${mode}: ${k.id} is ${k.width}×${k.height}`);
    }
    assert.equal(bar.overflow, 0, `${mode}: the row overflows`);
    for (const [button, panel] of [['aaButton', 'aaPanel'], ['saveButton', 'savePanel'], ['moreButton', 'morePanel']]) {
      await page.locator(`#${button}`).click();
      await page.locator(`#${panel}`).waitFor({ state: 'visible' });
      const r = await page.locator(`#${panel}`).evaluate((el) => el.getBoundingClientRect().toJSON());
      assert.ok(r.left >= 0 && r.right <= PHONE.width && r.top >= 0 && r.bottom <= PHONE.height, `${mode}: ${panel} ${JSON.stringify(r)}`);
      if (button === 'moreButton') await screenshot(page, `reader-phone-menu${elder ? '-elder' : ''}.png`);
      await page.keyboard.press('Escape');
      await page.locator(`#${panel}`).waitFor({ state: 'hidden' });
    }
    const w = await scrollWidth(page);
    assert.equal(w.scroll, w.viewport, `${mode}: the page scrolls sideways`);
    await page.evaluate(() => scrollTo(0, 0));
    await screenshot(page, `reader-phone${elder ? '-elder' : ''}.png`);
  }
  await setElder(page, false);
  await page.close();
});

/**
 * The font size of every element that holds visible text in the reader
 * (the article, the header, the report, the toolbar and the open panel),
 * keyed by where it is.
 * @param {import('playwright-core').Page} page
 */
function textSizes(page) {
  return page.evaluate(() => {
    /** @type {Record<string, number>} */
    const out = {};
    const path = (/** @type {Element} */ el) => {
      const parts = [];
      for (let e = /** @type {Element|null} */ (el); e && e !== document.body; e = e.parentElement) {
        parts.unshift(e.id ? `#${e.id}` : `${e.tagName}:${[...(e.parentElement?.children ?? [])].indexOf(e)}`);
        if (e.id) break;
      }
      return parts.join('>');
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.nodeValue?.trim() || !el.checkVisibility({ visibilityProperty: true })) continue;
      out[path(el)] = parseFloat(getComputedStyle(el).fontSize);
    }
    return out;
  });
}

test('适老模式 enlarges every text of the reader: the badge, the removal report, the facts, the panels, the messages', async () => {
  for (const url of [PLANTED, GONGWEN]) {
    const page = await reader(url);
    await page.locator('#spam').evaluate((d) => { /** @type {HTMLDetailsElement} */ (d).open = true; });
    const measure = async () => {
      await (await control(page, '#elder')).focus();
      // A message on the line, too.
      await page.evaluate(() => { const s = /** @type {HTMLElement} */ (document.getElementById('status')); s.textContent = '已加入文库'; s.classList.remove('error'); });
      return textSizes(page);
    };
    const normal = await measure();
    await page.locator('#elder').click();
    await page.waitForFunction(() => document.body.classList.contains('elder'));
    const elder = await measure();
    const keys = Object.keys(normal);
    assert.ok(keys.some((k) => k.startsWith('#badge')) || url === GONGWEN, 'the badge was measured');
    assert.ok(keys.some((k) => k.startsWith('#spamList')) || url === GONGWEN, 'the report was measured');
    assert.ok(keys.some((k) => k.startsWith('#aaPanel')) && keys.some((k) => k.startsWith('#status')) && keys.includes('#speak'), keys.join(' '));
    /** @type {string[]} */
    const notLarger = [];
    for (const k of keys) {
      if (!(k in elder)) continue;
      if (!(elder[k] > normal[k]) || elder[k] < 16) notLarger.push(`${k}: ${normal[k]} → ${elder[k]} px`);
    }
    assert.deepEqual(notLarger, [], `${url}: text not enlarged`);
    await page.locator('#elder').click();
    await page.close();
  }
});

test('the title and the facts are painted before the body is laid out', async () => {
  const page = await b.ctx.newPage();
  await page.setViewportSize(PHONE);
  // Every frame of the reader page, from its first: was the title there,
  // and was the body?
  await page.addInitScript(() => {
    if (location.protocol !== 'chrome-extension:') return;
    /** @type {[boolean, number][]} */
    const frames = [];
    const tick = () => {
      frames.push([Boolean(document.getElementById('title')?.textContent), document.getElementById('content')?.childElementCount ?? 0]);
      if (frames.length < 1000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    Object.defineProperty(window, '__frames', { value: frames });
  });
  const { result } = await openReader(b.ctx, b.sw, GONGWEN, page);
  assert.equal(result.ok, true);
  const frames = /** @type {[boolean, number][]} */ (await page.evaluate(() => /** @type {any} */ (window).__frames));
  const firstTitle = frames.findIndex(([t]) => t);
  assert.ok(firstTitle >= 0, 'no frame showed the title');
  assert.equal(frames[firstTitle][1], 0, 'the title came with the body');
  assert.ok(frames.some(([t, c]) => t && c > 0), 'the body never came');
  const marks = await page.evaluate(() => ['govreader-title', 'govreader-ready'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN));
  assert.ok(marks[0] < marks[1], `marks ${marks}`);
  await page.close();
});

test('a 公文 is laid out as one: bold kept, section headings, the 落款 right-aligned, the table in its own scroll box', async () => {
  const page = await reader(GONGWEN);
  // Bold from the page's style attributes survives (core renders it as <strong>).
  const strong = await page.locator('#content strong').allInnerTexts();
  assert.ok(strong.includes('永政办发〔2025〕12号'), strong.join('|'));
  // The document number is centred, as printed.
  assert.equal(await page.locator('#content p.doc-number').evaluate((e) => [e.textContent, getComputedStyle(e).textAlign].join(' ')), '永政办发〔2025〕12号 center');
  // 一、 are h2, （一） h3, in the page's order, bold.
  assert.deepEqual(await page.locator('#content h2').allInnerTexts(), ['一、总体要求', '二、重点工作', '三、保障措施']);
  const h3 = await page.locator('#content h3').allInnerTexts();
  assert.deepEqual(h3.slice(0, 3), ['（一）目标任务', '（二）基本原则', '（一）抓好山塘清淤扩容']);
  assert.equal(h3.length, 9);
  assert.ok(Number(await page.locator('#content h2').first().evaluate((el) => getComputedStyle(el).fontWeight)) >= 600);
  // A paragraph that opens with 一、 but goes on as prose stays a paragraph.
  assert.equal(await page.locator('#content p', { hasText: '各县区人民政府，市直有关单位：' }).count(), 1);
  // The 落款: unit and date right-aligned at the content's right edge; the
  // note after it is not.
  const sign = await page.locator('#content .signoff').evaluateAll((els) => els.map((e) => {
    const range = document.createRange();
    range.selectNodeContents(e);
    const box = /** @type {Element} */ (document.getElementById('content')).getBoundingClientRect();
    return { text: e.textContent, align: getComputedStyle(e).textAlign, gap: box.right - range.getBoundingClientRect().right };
  }));
  assert.deepEqual(sign.map((s) => s.text), ['永州市人民政府办公室', '2025年11月3日']);
  for (const s of sign) {
    assert.equal(s.align, 'right');
    assert.ok(s.gap < 2, `${s.text} ends ${s.gap} px from the right edge`);
  }
  assert.notEqual(await page.locator('#content p', { hasText: '此件公开发布' }).evaluate((e) => getComputedStyle(e).textAlign), 'right');
  // The table: its own scroll box, reachable by keyboard, wider than the
  // window; the page is not.
  const table = await page.locator('#content .table-scroll').evaluate((box) => {
    const t = /** @type {HTMLTableElement} */ (box.querySelector('table'));
    const lh = parseFloat(getComputedStyle(t).lineHeight) / parseFloat(getComputedStyle(t).fontSize);
    const p = /** @type {Element} */ (document.querySelector('#content p'));
    const plh = parseFloat(getComputedStyle(p).lineHeight) / parseFloat(getComputedStyle(p).fontSize);
    const head = [...t.rows[0].cells].map((c) => ({ text: c.textContent, lines: Math.round(c.getBoundingClientRect().height / parseFloat(getComputedStyle(c).lineHeight)) }));
    return { role: box.getAttribute('role'), label: box.getAttribute('aria-label'), tabindex: box.getAttribute('tabindex'), scroll: box.scrollWidth, client: box.clientWidth, lh, plh, head };
  });
  assert.equal(table.role, 'region');
  assert.equal(table.label, '表格（可左右滚动）');
  assert.equal(table.tabindex, '0');
  assert.ok(table.scroll > table.client, `the table is squeezed: ${table.scroll} in ${table.client}`);
  assert.ok(table.lh < table.plh && table.lh <= 1.6, `table line height ${table.lh} vs ${table.plh}`);
  // No header breaks a word over lines (one character a line was the bug).
  for (const h of table.head) assert.ok(h.lines <= 1, `${h.text} takes ${h.lines} lines`);
  const w = await scrollWidth(page);
  assert.equal(w.scroll, w.viewport);
  // The box scrolls with the keyboard.
  await page.locator('#content .table-scroll').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => /** @type {Element} */ (document.querySelector('#content .table-scroll')).scrollLeft > 0);
  await page.locator('#content .table-scroll').scrollIntoViewIfNeeded();
  await screenshot(page, 'reader-phone-table.png');
  await page.close();
});

test('each image placeholder is labelled and loads its own image only', async () => {
  const page = await reader(GONGWEN);
  const buttons = page.locator('#content button.img-load');
  assert.deepEqual(await buttons.allInnerTexts(), ['图片（点击加载）', '图片（点击加载）']);
  const requests = () => server.state.requests.filter((r) => r.url.startsWith('/images/')).map((r) => r.url);
  const before = requests().length;
  // By keyboard: the placeholder is a button.
  await buttons.nth(1).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('#content img[src]').length === 1);
  const imgs = await page.locator('#content img').evaluateAll((els) => els.map((e) => ({ src: e.getAttribute('src'), hidden: /** @type {HTMLImageElement} */ (e).hidden, alt: e.getAttribute('alt') })));
  assert.equal(imgs[0].src, null);
  assert.equal(imgs[0].hidden, true);
  assert.match(String(imgs[1].src), /\/images\/nongtian\.jpg$/);
  // Shown, an image's alt is the caption core found, never the page's own.
  assert.equal(imgs[1].alt, '宁远县高标准农田建设项目区');
  assert.equal(await buttons.count(), 1);
  for (let i = 0; i < 30 && requests().length === before; i++) await page.waitForTimeout(100);
  assert.deepEqual(requests().slice(before), ['/images/nongtian.jpg']);
  // The setting is untouched: the next reader loads nothing.
  assert.equal(await page.locator('#images').getAttribute('aria-pressed'), 'false');
  await page.close();
});

test('reading aids: reading time, contents, progress, and a toolbar that makes way while reading down', async () => {
  const page = await reader(gongwen('aids'));
  assert.match(await page.locator('#readingTime').innerText(), /^约 \d+ 分钟读完 · 全文 [\d,]+ 字$/);
  // Contents: every heading, in order, indented by level.
  const headings = await page.locator('#content h2, #content h3').allInnerTexts();
  assert.equal(await page.locator('#toc').isVisible(), true);
  assert.deepEqual(await page.locator('#tocList a').allInnerTexts(), headings);
  assert.deepEqual(await page.locator('#tocList li').evaluateAll((els) => els.slice(0, 3).map((e) => /** @type {HTMLElement} */ (e).dataset.level)), ['2', '3', '3']);
  const progress = () => page.locator('#progress').getAttribute('aria-valuenow').then(Number);
  assert.equal(await progress(), 0);
  // A jump leaves the reader's URL (its fragment is the article's id) as it was.
  const url = page.url();
  await page.locator('#tocList a', { hasText: '三、保障措施' }).click();
  const target = page.locator('#content h2', { hasText: '三、保障措施' });
  await page.waitForFunction(() => document.activeElement?.textContent === '三、保障措施');
  assert.equal(page.url(), url);
  const top = await target.evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 120, `the heading is at ${top}`);
  await page.waitForFunction(() => Number(document.getElementById('progress')?.getAttribute('aria-valuenow')) > 0);
  const mid = await progress();
  assert.ok(mid > 0 && mid < 100, `progress ${mid}`);
  // Reading down tucks the toolbar away; scrolling up brings it back.
  const barBottom = () => page.locator('#toolbar').evaluate((el) => el.getBoundingClientRect().bottom);
  await page.evaluate(() => scrollTo(0, 0));
  await page.mouse.move(200, 400);
  for (let i = 0; i < 6; i++) { await page.mouse.wheel(0, 150); await page.waitForTimeout(50); }
  await page.waitForFunction(() => document.getElementById('toolbar')?.classList.contains('tucked'));
  await page.waitForTimeout(300);
  assert.ok((await barBottom()) <= 0, 'the toolbar stays on screen while reading down');
  await page.mouse.wheel(0, -120);
  await page.waitForFunction(() => !document.getElementById('toolbar')?.classList.contains('tucked'));
  await page.waitForTimeout(300);
  assert.equal(await page.locator('#toolbar').evaluate((el) => el.getBoundingClientRect().top), 0);
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForFunction(() => document.getElementById('progress')?.getAttribute('aria-valuenow') === '100');
  await page.close();
});

test('the place is remembered per article and restored on reopening, with a way back to the top', async () => {
  const url = gongwen('place');
  let page = await reader(url);
  assert.equal(await page.locator('body').getAttribute('data-position'), 'top');
  await page.locator('#tocList a', { hasText: '（二）强化资金监管' }).click();
  const key = url;
  const stored = () => b.sw.evaluate(async (k) => (await chrome.storage.local.get('readerPositions')).readerPositions?.[k], key);
  for (let i = 0; i < 50 && !(await stored()); i++) await page.waitForTimeout(100);
  assert.ok(await stored(), 'the place was not saved');
  // Another size of text: the place is the paragraph, not a pixel offset.
  await page.close();
  page = await reader(url, { width: 700, height: 800 });
  assert.equal(await page.locator('body').getAttribute('data-position'), 'restored');
  const top = await page.locator('#content h3', { hasText: '（二）强化资金监管' }).evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(top >= -10 && top < 150, `the heading is at ${top} px`);
  assert.equal(await page.locator('#status').innerText(), '已回到上次读到的位置从头阅读');
  await page.locator('#status button.action').click();
  await page.waitForFunction(() => scrollY === 0);
  for (let i = 0; i < 50 && (await stored()); i++) await page.waitForTimeout(100);
  assert.equal(await stored(), undefined, 'back at the top, nothing is left to restore');
  await page.close();
  page = await reader(url);
  assert.equal(await page.locator('body').getAttribute('data-position'), 'top');
  assert.equal(await page.evaluate(() => scrollY), 0);
  await page.close();
});

test('copy as Markdown puts the article, with its front matter, on the clipboard', async () => {
  const page = await reader(GONGWEN);
  await (await control(page, '#copyMd')).click();
  await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('已复制'));
  assert.equal(await page.locator('#savePanel').isVisible(), false, 'the menu closes after its action');
  // The clipboard, pasted into a page of the test host.
  const other = await b.ctx.newPage();
  await other.goto(`http://${GOV_HOST}/art/2025/4/18/portal.html`);
  await other.evaluate(() => { const t = document.createElement('textarea'); t.id = 'paste'; document.body.prepend(t); t.focus(); });
  await other.keyboard.press('Control+V');
  const md = await other.locator('#paste').inputValue();
  assert.match(md, /^---\n/);
  assert.match(md, /title: .*永州市人民政府办公室关于印发《2025年冬春农田水利建设实施方案》的通知/);
  assert.match(md, /永政办发〔2025〕12号/);
  assert.match(md, /全市计划完成山塘清淤整治二千一百八十口/);
  assert.match(md, /宁远县/);
  await other.close();
  await page.close();
});
