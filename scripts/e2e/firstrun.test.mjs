// The first run, as a user meets it: an install grants no host access
// (the manifest only lists it as optional), so the welcome page asks for
// it, and neither it nor the options page may present auto-clean as
// running before it is granted. Headless Chromium cannot answer the
// browser's permission prompt, so "granted" is a second profile whose
// manifest already holds the access (prepareExtension's default).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, prepareExtension, launch, tempProfile, screenshot, GOV_HOST } from './lib.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;
/** @type {Awaited<ReturnType<typeof launch>>} */ let b;

const PORTAL = `http://${GOV_HOST}/art/2025/4/18/portal.html`;

/**
 * Starts a browser on a fresh profile and returns it with the welcome page
 * the install opened.
 * @param {boolean} hostAccess
 */
async function fresh(hostAccess) {
  const browser = await launch({ profile: tempProfile(), port: server.port, extension: prepareExtension('chromium', { hostAccess }) });
  // launch() stores auto-clean off for the other tests; a fresh install
  // has nothing stored, so the defaults apply.
  await browser.sw.evaluate(() => chrome.storage.sync.clear());
  const isWelcome = (/** @type {import('playwright-core').Page} */ p) => p.url().endsWith('/extension/welcome.html');
  const welcome = browser.ctx.pages().find(isWelcome) ?? (await browser.ctx.waitForEvent('page', { predicate: isWelcome, timeout: 15000 }));
  await welcome.reload();
  await welcome.waitForSelector('body[data-state="ready"]');
  return { browser, welcome };
}

/** @param {import('playwright-core').Page} page */
async function openOptions(page) {
  await page.goto(`chrome-extension://${b.extId}/extension/options.html`);
  await page.waitForSelector('body[data-state="ready"]');
}

/**
 * The Latin words of a Chinese page, less the names it may carry.
 * @param {string} text
 */
function englishWords(text) {
  return (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !['GovReader', 'HTML', 'Markdown', 'Alt', 'Shift', 'gov', 'cn'].includes(w));
}

before(async () => { server = await startServer(); });
after(async () => { await b?.ctx.close(); await server?.close(); });

test('a fresh install opens the welcome page: three ways in, the access auto-clean needs, saving', async () => {
  const { browser, welcome } = await fresh(false);
  b = browser;
  assert.deepEqual(await b.sw.evaluate(async () => (await chrome.permissions.getAll()).origins), []);
  assert.equal(await welcome.title(), '欢迎使用 GovReader 政务阅读');
  assert.equal(await welcome.locator('#shortcut').innerText(), 'Alt+Shift+G');
  assert.equal(await welcome.locator('#menuName').innerText(), '用 GovReader 阅读此页');
  // Without access auto-clean does not run, and the page says so.
  assert.equal(await welcome.locator('#autoState').getAttribute('data-active'), 'false');
  assert.match(await welcome.locator('#autoState').innerText(), /^尚未授权：自动净化现在不会运行。授权后，打开 \*\.gov\.cn 网站上的文章页时/);
  assert.equal(await welcome.locator('#grant').isVisible(), true);
  assert.equal(await welcome.locator('#grant').innerText(), '允许访问 *.gov.cn 网站');
  assert.match(await welcome.locator('main').innerText(), /保存为 HTML 或 Markdown.*加入文库/s);
  assert.deepEqual(englishWords(await welcome.locator('body').innerText()), []);
  await screenshot(welcome, 'welcome-no-access.png');
});

test('without access the options page shows no rule, and not auto-clean, as active', async () => {
  const page = await b.ctx.newPage();
  await openOptions(page);
  // Stored as on (the default), but not shown as on.
  assert.equal(await b.sw.evaluate(async () => (await chrome.storage.sync.get('settings')).settings), undefined);
  assert.equal(await page.locator('#autoEnabled').isChecked(), false);
  assert.equal(await page.locator('#autoState').getAttribute('data-active'), 'false');
  assert.match(await page.locator('#autoState').innerText(), /未生效/);
  const rule = page.locator('#ruleList li[data-rule="*.gov.cn"]');
  assert.equal(await rule.getAttribute('data-granted'), 'false');
  assert.match(await rule.innerText(), /^\*\.gov\.cn\s+未授权\s+授权$/);
  assert.equal(await rule.locator('button.grant').isVisible(), true);
  assert.deepEqual(englishWords(await page.locator('body').innerText()), []);
  await screenshot(page, 'options-no-access.png');
  await page.close();
});

test('without access, a reader whose article is gone names it and offers the original', async () => {
  const page = await b.ctx.newPage();
  const id = '11111111-2222-4333-8444-555555555555';
  const reader = `chrome-extension://${b.extId}/extension/reader.html?url=${encodeURIComponent(PORTAL)}#${id}`;
  // No record (a bookmark from another browser): the host names it.
  await page.goto(reader);
  await page.waitForSelector('body[data-state="gone"]');
  assert.equal(await page.locator('#goneTitle').innerText(), GOV_HOST);
  assert.match(await page.locator('#goneText').innerText(), new RegExp(`未获授权读取 ${GOV_HOST.replace(/\./g, '\\.')}`));
  assert.equal(await page.locator('#goneLink').getAttribute('href'), PORTAL);
  assert.equal(await page.locator('#reopen').isVisible(), true);
  // The toolbar keeps only the way back: no dead controls.
  assert.equal(await page.locator('#saveHtml').isVisible(), false);
  assert.equal(await page.locator('#original').isVisible(), true);
  // With the record runReader keeps, the title it had.
  await page.evaluate(([k, v]) => chrome.storage.local.set({ [k]: v }), [`record:${id}`, { title: '永州市召开全市农村公路建设推进会', url: PORTAL }]);
  await page.reload();
  await page.waitForSelector('body[data-state="gone"]');
  assert.equal(await page.locator('#goneTitle').innerText(), '永州市召开全市农村公路建设推进会');
  assert.equal(await page.title(), '永州市召开全市农村公路建设推进会');
  await screenshot(page, 'reader-gone.png');
  // 查看原网页 needs nothing but the reader's own URL.
  await page.locator('#original').click();
  await page.waitForURL(PORTAL);
  assert.equal(await page.locator('h1').first().innerText(), '永州市召开全市农村公路建设推进会');
  await page.close();
});

test('with access granted, the welcome page says what auto-clean does and each rule shows 已授权', async () => {
  await b.ctx.close();
  const { browser, welcome } = await fresh(true);
  b = browser;
  assert.equal(await welcome.locator('#autoState').getAttribute('data-active'), 'true');
  assert.match(await welcome.locator('#autoState').innerText(), /^已授权。打开 \*\.gov\.cn 网站上的文章页时，GovReader 会自动进入阅读模式/);
  assert.equal(await welcome.locator('#grant').isVisible(), false);
  await screenshot(welcome, 'welcome-granted.png');

  await openOptions(welcome);
  assert.equal(await welcome.locator('#autoEnabled').isChecked(), true);
  assert.equal(await welcome.locator('#autoState').getAttribute('data-active'), 'true');
  const rule = welcome.locator('#ruleList li[data-rule="*.gov.cn"]');
  assert.equal(await rule.getAttribute('data-granted'), 'true');
  assert.match(await rule.innerText(), /^\*\.gov\.cn\s+已授权$/);
  // A rule the browser has not granted beside one it has: each shows its
  // own state, and auto-clean runs for the granted one.
  await b.sw.evaluate(async () => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...(settings ?? { version: 2 }), autoClean: { enabled: true, rules: ['*.gov.cn', 'news.example.org'], sites: {} } } });
  });
  await welcome.waitForSelector('#ruleList li[data-rule="news.example.org"]');
  assert.equal(await welcome.locator('#ruleList li[data-rule="news.example.org"]').getAttribute('data-granted'), 'false');
  assert.match(await welcome.locator('#autoState').innerText(), /1 \/ 2 条规则已授权/);
  // Switched off: not active, whatever the access.
  await welcome.locator('#autoEnabled').uncheck();
  await welcome.waitForSelector('#autoState[data-active="false"]');
  assert.match(await welcome.locator('#autoState').innerText(), /已关闭/);
  await welcome.locator('#autoEnabled').check();
  await welcome.waitForSelector('#autoState[data-active="true"]');
});
