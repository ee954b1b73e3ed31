// Unit tests of how read aloud cuts the article into utterances (node only).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speechChunks, speechSpans, chineseVoices, pickVoice, normalRate, RATES, MAX_UTTERANCE } from './speech.js';

const squash = (/** @type {string} */ s) => s.replace(/\s+/g, '');

test('one utterance per sentence; empty paragraphs dropped', () => {
  assert.deepEqual(speechChunks(['标题', '', '  ', null, undefined, '第一句。第二句！第三句？', '特此通知。']),
    ['标题', '第一句。', '第二句！', '第三句？', '特此通知。']);
});

test('closing quotes and repeated marks stay with their sentence', () => {
  assert.deepEqual(speechChunks(['他说：“要加快进度。”随后散会。真的吗？！是的……好']),
    ['他说：“要加快进度。”', '随后散会。', '真的吗？！', '是的……', '好']);
});

test('a long sentence is cut after a clause mark, within the limit', () => {
  const s = '为切实加强农田水利基础设施建设，进一步提高农业综合生产能力和防灾减灾能力，确保全市粮食安全和重要农产品稳定供给，根据省人民政府的总体部署，现通知如下。';
  const out = speechChunks([s], 40);
  assert.ok(out.length > 1);
  for (const c of out) assert.ok([...c].length <= 40, c);
  for (const c of out.slice(0, -1)) assert.match(c, /，$/);
  assert.equal(out.join(''), s);
});

test('a long run without marks is cut at the limit; nothing is lost', () => {
  const s = '全市计划完成山塘清淤整治二千三百口渠道防渗改造六百八十公里小型泵站更新改造一百二十座新建和改造高标准农田十五万亩项目总投资约九点六亿元';
  const out = speechChunks([s]);
  assert.deepEqual(out.map((c) => [...c].length), [MAX_UTTERANCE, [...s].length - MAX_UTTERANCE]);
  assert.equal(out.join(''), s);
});

test('a cut never splits a character outside the BMP', () => {
  const s = '𠀀'.repeat(25);
  const out = speechChunks([s], 10);
  assert.deepEqual(out.map((c) => [...c].length), [10, 10, 5]);
  for (const c of out) assert.doesNotMatch(c, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
});

test('Latin text is cut at spaces, not inside words', () => {
  const s = 'The quick brown fox jumps over the lazy dog and keeps running far away';
  const out = speechChunks([s], 20);
  for (const c of out) assert.ok(c.length <= 20, c);
  assert.equal(out.join(' '), s);
});

test('every character of a real article comes back, in order', () => {
  const paras = ['永州市召开全市农村公路建设推进会', '4月18日，全市农村公路建设推进会在市交通运输局召开。会议总结了2024年全市农村公路建设工作，部署了今年的重点任务。', '会议指出，去年全市新改建农村公路一千二百公里，完成危桥改造八十六座，农村公路通达率和通畅率持续提升，群众出行条件明显改善。'];
  const out = speechChunks(paras);
  assert.equal(squash(out.join('')), squash(paras.join('')));
  assert.equal(out[0], paras[0]);
  for (const c of out) assert.ok([...c].length <= MAX_UTTERANCE, c);
});

test('spans give each utterance its range in the paragraph, ends trimmed', () => {
  const p = '  第一句。第二句很长，𠀀要被切开。\n';
  const spans = speechSpans(p, 6);
  for (const s of spans) assert.equal(p.slice(s.start, s.end), s.text);
  assert.deepEqual(spans.map((s) => s.text), ['第一句。', '第二句很长，', '𠀀要被切开。']);
  assert.equal(spans[0].start, 2);
  assert.equal(spans.at(-1)?.end, p.length - 1);
  assert.deepEqual(speechSpans(' \n '), []);
});

test('Chinese voices come mainland first, local first; others are left out', () => {
  const v = (/** @type {string} */ name, /** @type {string} */ lang, local = true) => ({ name, lang, voiceURI: name, localService: local });
  const voices = [v('en', 'en-US'), v('tw', 'zh-TW'), v('cn-net', 'zh-CN', false), v('cn', 'zh_CN'), v('hk', 'zh-HK'), v('yue', 'yue-HK'), v('fr', 'fr-FR')];
  assert.deepEqual(chineseVoices(voices).map((x) => x.name), ['cn', 'cn-net', 'tw', 'hk', 'yue']);
  assert.equal(pickVoice(voices)?.name, 'cn');
  assert.equal(pickVoice(voices, 'tw')?.name, 'tw', 'the chosen voice while offered');
  assert.equal(pickVoice(voices, 'en')?.name, 'cn', 'a chosen voice that cannot read Chinese is not used');
  assert.equal(pickVoice([v('en', 'en-US'), v('de', 'de-DE')]), null);
  assert.equal(pickVoice([]), null);
});

test('speeds are kept to the ones offered', () => {
  assert.equal(normalRate(1.5), 1.5);
  assert.equal(normalRate('0.75'), 0.75);
  for (const bad of [0, 3, NaN, 'fast', null, undefined, 1.1]) assert.equal(normalRate(bad), 1);
  assert.ok(RATES.includes(1));
});
