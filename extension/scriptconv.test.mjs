// Unit tests of the Article conversion of the 简/繁 switch (node only; a
// fake module stands in for script.wasm, whose own tests are in Go).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertArticle, DIRECTIONS } from './scriptconv.js';

/** @type {Record<string, string>} */
const MAP = { 義: '义', 務: '务', 樹: '树', 綠: '绿', 園: '园', 發: '发', 區: '区' };
/** @type {import('./scriptconv.js').ScriptModule} */
const fake = {
  version: 'test',
  convert: (text, dir) => JSON.stringify(dir === 't2s' ? { text: text.replace(/./gu, (c) => MAP[c] ?? c) } : { error: 'bad direction' }),
  // Converts text between tags only, as the Go side does.
  convertHTML: (html, dir) => JSON.stringify({ text: html.replace(/>([^<]*)</g, (_, t) => `>${JSON.parse(fake.convert(t, dir)).text}<`) }),
};

// An Article as a library entry of an older version may hold it: some
// fields missing, one undefined.
const article = /** @type {import('./contract.js').Article} */ (/** @type {unknown} */ ({
  title: '義務植樹', source: '綠化委員會', publisher: '', author: '區發改委', editor: undefined, topic: '綠化',
  url: 'http://www.yzcity.gov.cn/義務.html', published: '2025-03-12T09:00:00+08:00',
  content: '<p title="義務"><a href="/樹.html">義務植樹</a></p>', text: '義務植樹',
  attachments: [{ name: '樹種.xls', url: '/樹種.xls' }],
  spam: [{ kind: 'spam_text', text: '澳門葡京', reason: 'x', removed: true }],
}));

test('converts the shown text fields, the content text and attachment names', () => {
  const a = convertArticle(article, 't2s', fake);
  assert.equal(a.title, '义务植树');
  assert.equal(a.source, '绿化委員會');
  assert.equal(a.author, '区发改委');
  assert.equal(a.topic, '绿化');
  assert.equal(a.text, '义务植树');
  assert.equal(a.content, '<p title="義務"><a href="/樹.html">义务植树</a></p>');
  assert.equal(a.attachments[0].name, '树種.xls');
});

test('leaves URLs, dates, the spam report and the original Article alone', () => {
  const before = structuredClone(article);
  const a = convertArticle(article, 't2s', fake);
  assert.equal(a.url, article.url);
  assert.equal(a.published, article.published);
  assert.equal(a.attachments[0].url, '/樹種.xls');
  assert.deepEqual(a.spam, article.spam);
  assert.equal(a.publisher, '');
  assert.deepEqual(article, before, 'the original is not modified');
});

test('a bridge error is thrown, not shown as text', () => {
  assert.throws(() => convertArticle(article, /** @type {any} */ ('s2t'), fake), /bad direction/);
});

test('the settings values map to the two conversions', () => {
  assert.deepEqual({ ...DIRECTIONS }, { simplified: 't2s', traditional: 's2t' });
});
