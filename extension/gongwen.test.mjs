// Unit tests of the 公文 structure the reader reads from text (node only).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headingKind, headingLevels, signoffRange, isDateLine, isDocNumber, readingMinutes, textEm, MAX_HEADING } from './gongwen.js';

test('short paragraphs that open with a section marker are headings', () => {
  /** @type {[string, string][]} */
  const cases = [
    ['一、总体要求', 'number'],
    ['十二、其他事项', 'number'],
    ['（一）加强组织领导', 'paren'],
    ['(三) 强化督查考核。', 'paren'],
    ['（二）加强宣传引导。', 'paren'],
    ['第一章 总则', 'chapter'],
    ['第二节　监督管理', 'section'],
    ['第十五条 本办法自发布之日起施行', 'article'],
    ['第3条 适用范围', 'article'],
    // Prose that opens with a marker stays prose.
    ['（一）加强组织领导。各县区要成立工作专班，明确责任分工。', ''],
    ['一、' + '全市计划完成山塘清淤整治'.repeat(4), ''],
    // A marker alone, or no marker.
    ['一、', ''],
    ['会议要求', ''],
    ['第一次全体会议召开', ''],
    ['二是加强宣传', ''],
    ['', ''],
  ];
  for (const [text, kind] of cases) assert.equal(headingKind(text), kind, text);
  assert.equal(headingKind('一、' + '字'.repeat(MAX_HEADING - 2)), 'number');
  assert.equal(headingKind('一、' + '字'.repeat(MAX_HEADING - 1)), '');
});

test('levels follow the markers present, outermost first, and need two of a kind', () => {
  const doc = ['各县区人民政府：', '一、总体要求', '正文。', '（一）目标任务', '正文。', '（二）基本原则', '二、工作措施', '（一）加强领导', '特此通知。'];
  assert.deepEqual(headingLevels(doc), [0, 2, 0, 3, 0, 3, 2, 3, 0]);
  // Only （一） kinds: they are the outermost present.
  assert.deepEqual(headingLevels(['（一）甲事项', '正文。', '（二）乙事项']), [2, 0, 2]);
  // A lone 一、 is not a structure.
  assert.deepEqual(headingLevels(['一、请于本周内报送', '正文。']), [0, 0]);
  // Regulations: chapters, then articles.
  assert.deepEqual(headingLevels(['第一章 总则', '第一条 目的', '第二条 范围', '第二章 附则', '第三条 施行']), [2, 3, 3, 2, 3]);
});

test('the 落款: units right above the last date, or in one paragraph with it', () => {
  assert.deepEqual(signoffRange(['正文。', '特此通知。', '永州市人民政府办公室', '2025年4月18日']), [2, 4]);
  assert.deepEqual(signoffRange(['正文。', '市财政局', '市农业农村局', '2025年4月18日', '（此件公开发布）']), [1, 4]);
  assert.deepEqual(signoffRange(['正文。', '永州市人民政府\n二〇二五年四月十八日']), [1, 2]);
  assert.deepEqual(signoffRange(['正文。', '2025年4月18日']), [1, 2], 'a date alone');
  // Prose above the date is not a unit.
  assert.deepEqual(signoffRange(['请各单位于2025年5月1日前报送。', '2025年4月18日']), [1, 2]);
  // No date at the end: nothing.
  assert.equal(signoffRange(['正文。', '永州市人民政府办公室']), null);
  assert.equal(signoffRange(['2025年4月18日', '一', '二', '三', '四', '五', '六']), null, 'too far from the end');
  assert.equal(signoffRange(['会议于2025年4月18日召开\n2025年4月18日']), null, 'a sentence with the date is not a 落款');
  assert.equal(signoffRange([]), null);
  for (const d of ['2025年4月18日', '2025 年 4 月 8 日', '二〇二五年十二月三十一日', '2025年4月18日（此件公开发布）']) assert.ok(isDateLine(d), d);
  for (const d of ['2025年4月', '于2025年4月18日', '2025年4月18日召开会议']) assert.ok(!isDateLine(d), d);
});

test('reading time and cell widths', () => {
  assert.equal(readingMinutes(''), 1);
  assert.equal(readingMinutes('字'.repeat(3000)), 10);
  assert.equal(readingMinutes('word '.repeat(400)), 2);
  assert.equal(textEm('单位名称'), 4);
  assert.equal(textEm('2025'), 2.2);
});

test('document numbers', () => {
  for (const d of ['永政办发〔2025〕12号', '川卫函〔2025〕46号', '浙金罚决字 [2024] 52号', '国发（2024）3号']) assert.ok(isDocNumber(d), d);
  for (const d of ['〔2025〕12号', '永政办发〔2025〕12号文件要求', '请于2025年报送', '']) assert.ok(!isDocNumber(d), d);
});
