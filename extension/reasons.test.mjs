// Unit tests of the removal reasons' messages (node only): every reason
// id core gives has a message in both languages, the Chinese ones hold no
// English word, and what the reader cannot name falls back to a kind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';

/** @param {string} lang @returns {Record<string, {message: string}>} */
const load = (lang) => JSON.parse(fs.readFileSync(new URL(`../_locales/${lang}/messages.json`, import.meta.url), 'utf8'));
const locales = { zh_CN: load('zh_CN'), en: load('en') };
let messages = locales.zh_CN;
// chrome.i18n as the browser gives it: $1 … replaced by the substitutions.
/** @type {any} */ (globalThis).chrome = {
  i18n: {
    /** @param {string} name @param {string|string[]=} subs */
    getMessage(name, subs) {
      const m = messages[name]?.message;
      if (!m) return '';
      const s = [subs ?? []].flat();
      return m.replace(/\$(\d)/g, (_, i) => s[Number(i) - 1] ?? '');
    },
  },
};
const { reasonText, kindLabel, messageName } = await import('./reasons.js');
// Every id core gives, generated from core.ReasonIDs (go generate ./core).
const { REASONS, REASON_KINDS } = await import('./contract.js');

test('every reason id core gives has a message in both languages', () => {
  const ids = Object.keys(REASONS);
  assert.ok(ids.length > 40, `only ${ids.length} ids in the contract`);
  for (const [lang, m] of Object.entries(locales)) {
    for (const id of ids) {
      assert.ok(m[messageName(id)]?.message, `${lang}: no message for ${id}`);
      assert.ok(m[`reasonKind_${id.split('.')[0]}`]?.message, `${lang}: no kind label for ${id}`);
    }
    for (const kind of REASON_KINDS) assert.ok(m[`reasonKind_${kind}`]?.message, `${lang}: no label for the kind ${kind}`);
  }
});

test('the contract gives each reason id its kind, the part before the dot', () => {
  for (const [id, kind] of Object.entries(REASONS)) {
    assert.equal(kind, id.slice(0, id.indexOf('.')), id);
    assert.ok(REASON_KINDS.includes(kind), `${kind} is not among REASON_KINDS`);
  }
  assert.ok(Object.isFrozen(REASONS) && Object.isFrozen(REASON_KINDS));
});

test('the Chinese reasons hold no English word', () => {
  for (const [name, { message }] of Object.entries(locales.zh_CN)) {
    if (!/^(reason|removed|spamReason)/.test(name)) continue;
    assert.doesNotMatch(message, /[A-Za-z]{2,}/, name);
  }
});

test('reasons read in the reader language, with their evidence', () => {
  messages = locales.zh_CN;
  assert.equal(reasonText('spam.gambling'), '赌博推广');
  assert.equal(reasonText('hidden.opacity', { opacity: 0.014 }), '几乎完全透明（不透明度 0.01）');
  assert.equal(reasonText('hidden.tiny_text', { text_px: 1 }), '字小到无法阅读（1 像素）');
  // A number the message needs is missing: the kind, not a hole.
  assert.equal(reasonText('hidden.opacity', {}), '隐藏内容');
  // Ids this version does not know: their kind, or the generic label.
  assert.equal(reasonText('hidden.new_trick'), '隐藏内容');
  assert.equal(reasonText('injected.something_else', null), '插入的内容');
  assert.equal(reasonText('future.kind'), '已移除的内容');
  assert.equal(reasonText(undefined), '已移除的内容');
  assert.equal(reasonText('<b>x</b>'), '已移除的内容');
  assert.equal(kindLabel('spam.porn'), '垃圾内容');
  const copy = reasonText('provenance.copy', { signs: ['names_other_site', 'pinyin', 'bogus sign'], host: 'www.yzcity-news.cn', claimed_site: 'www.yzcity.gov.cn' });
  assert.equal(copy, '政府网站的非官方副本：本页来自 www.yzcity-news.cn，却自称 www.yzcity.gov.cn；文字中混入拼音');
  assert.equal(reasonText('provenance.copy', { signs: [] }), '来源判断');
});

test('English reasons agree in number', () => {
  messages = locales.en;
  assert.equal(reasonText('repair.pinyin', { annotations: 1 }), 'pinyin spliced into the text; 1 annotation removed');
  assert.equal(reasonText('repair.pinyin', { annotations: 51 }), 'pinyin spliced into the text; 51 annotations removed');
  assert.equal(reasonText('chrome.class'), 'share, print and other page controls');
  messages = locales.zh_CN;
});
