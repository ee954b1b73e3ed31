// Unit tests of the message vocabulary and of the manifest's promises.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { MSG, VEIL_TYPES, HEADLINE_PARAM, isMessageFor, isOwnSender, isVeilSender, readerURL, readerSource } from './protocol.js';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

test('every message type names its direction, and receivers only accept theirs', () => {
  for (const type of Object.values(MSG)) assert.match(type, /^[a-z]+->[a-z]+:[A-Za-z]+$/);
  assert.ok(isMessageFor({ type: MSG.BG_TO_HOST_EXTRACT }, 'host'));
  assert.ok(!isMessageFor({ type: MSG.BG_TO_HOST_EXTRACT }, 'bg'));
  assert.ok(isMessageFor({ type: MSG.PAGE_TO_BG_GET_ARTICLE }, 'bg'));
  for (const m of [null, 'x', {}, { type: 'bg->host:rm -rf' }, { type: 42 }]) assert.ok(!isMessageFor(m, 'bg'));
});

test('only the extension\'s own pages are trusted senders', () => {
  assert.ok(isOwnSender({ id: ID, url: `${ORIGIN}extension/reader.html#x` }, ID, ORIGIN));
  assert.ok(!isOwnSender({ id: ID, url: 'http://www.yzcity.gov.cn/a.html' }, ID, ORIGIN), 'content script');
  assert.ok(!isOwnSender({ id: 'other', url: `chrome-extension://other/x.html` }, ID, ORIGIN));
  assert.ok(!isOwnSender({ url: `${ORIGIN}x` }, ID, ORIGIN));
});

test('the veil, a content script, is trusted with its own messages about its own tab only', () => {
  const tab = { id: 7 };
  assert.ok(isVeilSender({ id: ID, url: 'http://www.yzcity.gov.cn/a.html', frameId: 0, tab }, ID));
  assert.ok(isVeilSender({ id: ID, url: 'https://www.yzcity.gov.cn/a.html', frameId: 0, tab }, ID));
  for (const [name, sender] of /** @type {[string, any][]} */ ([
    ['another extension', { id: 'other', url: 'http://www.yzcity.gov.cn/a.html', frameId: 0, tab }],
    ['a frame in the page', { id: ID, url: 'http://www.yzcity.gov.cn/a.html', frameId: 3, tab }],
    ['no tab', { id: ID, url: 'http://www.yzcity.gov.cn/a.html', frameId: 0 }],
    ['not a web page', { id: ID, url: `${ORIGIN}extension/reader.html`, frameId: 0, tab }],
    ['nothing', null],
  ])) assert.ok(!isVeilSender(sender, ID), name);
  // Its messages go to the background, and are none of the others.
  assert.deepEqual([...VEIL_TYPES].sort(), [MSG.VEIL_TO_BG_CANCEL, MSG.VEIL_TO_BG_READY, MSG.VEIL_TO_BG_START].sort());
  for (const t of VEIL_TYPES) assert.ok(isMessageFor({ type: t }, 'bg') && t.startsWith('veil->'));
  // veil.js cannot import protocol.js: its copies of the names must agree.
  const veil = fs.readFileSync(new URL('./veil.js', import.meta.url), 'utf8');
  for (const t of VEIL_TYPES) assert.ok(veil.includes(`'${t}'`), t);
});

test('the manifest asks for the minimum: no host access up front', () => {
  const m = JSON.parse(fs.readFileSync(new URL('../manifest.json', import.meta.url), 'utf8'));
  assert.deepEqual([...m.permissions].sort(), ['activeTab', 'contextMenus', 'downloads', 'offscreen', 'scripting', 'storage']);
  assert.equal(m.host_permissions, undefined);
  assert.equal(m.content_scripts, undefined);
  assert.equal(m.content_security_policy.extension_pages, "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
  assert.equal(m.default_locale, 'zh_CN');
});

test('both locales define the same messages, and every data-i18n key exists', () => {
  const zh = JSON.parse(fs.readFileSync(new URL('../_locales/zh_CN/messages.json', import.meta.url), 'utf8'));
  const en = JSON.parse(fs.readFileSync(new URL('../_locales/en/messages.json', import.meta.url), 'utf8'));
  assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
  for (const f of fs.readdirSync(new URL('.', import.meta.url)).filter((f) => /\.(html|js)$/.test(f))) {
    const src = fs.readFileSync(new URL(f, import.meta.url), 'utf8');
    for (const [, key] of src.matchAll(/data-i18n(?:-label)?="([A-Za-z_]+)"/g)) assert.ok(zh[key], `${f}: ${key}`);
    for (const [, key] of src.matchAll(/ext\.t\('([A-Za-z_]+)'[,)]/g)) assert.ok(zh[key], `${f}: ${key}`);
  }
});

test('the reader URL carries its source, and only a web page is taken from it', () => {
  const base = 'chrome-extension://abc/extension/reader.html';
  const src = 'http://www.yzcity.gov.cn/art/2025/4/18/portal.html?id=1&a=b#p2';
  const u = new URL(readerURL(base, 'f00d', src));
  assert.equal(u.hash, '#f00d');
  assert.equal(readerSource(u.search), src);
  for (const bad of ['', '?url=', '?url=javascript%3Aalert(1)', '?url=chrome%3A%2F%2Fsettings', '?url=not%20a%20url', '?library=k']) {
    assert.equal(readerSource(bad), '', bad);
  }
});

test('a fresh reader\'s URL carries the checked headline beside its source, and an empty one when there is none yet', () => {
  const base = 'chrome-extension://abc/extension/reader.html';
  const src = 'http://www.yzcity.gov.cn/art/2025/4/18/portal.html?id=1&headline=x#p2';
  const title = '关于印发《永州市2025年政务公开工作要点》的通知 & 附件#1';
  const u = new URL(readerURL(base, 'f00d', src, title));
  assert.equal(u.hash, '#f00d');
  assert.equal(readerSource(u.search), src);
  assert.equal(u.searchParams.get(HEADLINE_PARAM), title);
  assert.equal(new URL(readerURL(base, 'f00d', src, '')).searchParams.get(HEADLINE_PARAM), '');
  // Without one (the stash's reader, the library's), no parameter at all:
  // the shell then paints nothing of its own.
  assert.equal(new URL(readerURL(base, 'f00d', src)).searchParams.has(HEADLINE_PARAM), false);
});
