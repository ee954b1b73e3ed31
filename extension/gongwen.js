// The structure of a 公文 read from its paragraphs' text: which short
// paragraphs are section headings (第一章, 一、, （一）, 第一条 …), and which
// paragraphs at the end are the 落款 (the issuing unit and the date). Pure,
// so that node tests it; reader-layout.js applies it to the page.

const NUM = '[一二三四五六七八九十百零〇两]+';
const DIGITS = '[0-9０-９]+';

/**
 * Section markers, from the outermost: the order 公文 and regulations nest
 * them in (GB/T 9704: 一、 then （一） then 1. ; regulations: 第一章, 第一节,
 * 第一条).
 * @type {readonly {kind: string, re: RegExp}[]}
 */
export const MARKERS = Object.freeze([
  { kind: 'chapter', re: new RegExp(`^第(?:${NUM}|${DIGITS})[章编]`) },
  { kind: 'section', re: new RegExp(`^第(?:${NUM}|${DIGITS})节`) },
  { kind: 'number', re: new RegExp(`^${NUM}[、，．.]`) },
  { kind: 'paren', re: new RegExp(`^[（(]${NUM}[）)]`) },
  { kind: 'article', re: new RegExp(`^第(?:${NUM}|${DIGITS})条`) },
]);

/** A heading is a short paragraph: longer ones are prose that opens with
 * a marker ("（一）加强领导。各县区要……"). */
export const MAX_HEADING = 40;
/** Ends a sentence inside a paragraph; a heading has none but at its end. */
const INNER_END = /[。！？；!?;]/u;

/**
 * The marker kind a paragraph's text opens with, when the paragraph is
 * short enough to be a heading; '' otherwise.
 * @param {string} text
 */
export function headingKind(text) {
  const t = String(text ?? '').replace(/\s+/gu, ' ').trim();
  const n = [...t].length;
  if (n < 2 || n > MAX_HEADING) return '';
  // A heading may end with a full stop ("（二）加强宣传引导。"); one with a
  // sentence inside goes on as prose.
  if (INNER_END.test(t.slice(0, -1))) return '';
  for (const m of MARKERS) {
    const hit = m.re.exec(t);
    // Nothing but the marker is a number in a list, not a heading.
    if (hit && hit[0].length < t.length) return m.kind;
  }
  return '';
}

/**
 * The heading level of each paragraph: 0 for prose, else 2 to 5. A marker
 * kind makes headings only when at least two paragraphs have it (one
 * lone 一、 is a list item, not a structure); the kinds present take
 * levels in MARKERS order, the outermost h2.
 * @param {readonly string[]} texts
 * @returns {number[]}
 */
export function headingLevels(texts) {
  const kinds = texts.map(headingKind);
  /** @type {Record<string, number>} */
  const count = {};
  for (const k of kinds) if (k) count[k] = (count[k] ?? 0) + 1;
  /** @type {Record<string, number>} */
  const level = {};
  let next = 2;
  for (const m of MARKERS) {
    if ((count[m.kind] ?? 0) >= 2 && next <= 5) level[m.kind] = next++;
  }
  return kinds.map((k) => (k && level[k]) || 0);
}

const DATE_NUM = '[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}';
/** A date line as a 落款 writes it: 2025年4月18日, 二〇二五年四月十八日,
 * with an optional note in brackets (（此件公开发布）). */
const DATE_LINE = new RegExp(`^(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})\\s*年\\s*(?:${DATE_NUM})\\s*月\\s*(?:${DATE_NUM})\\s*日(?:\\s*[（(][^）)]{1,20}[）)])?$`, 'u');
/** A unit's name: short, no punctuation a sentence would have, and the
 * last word of an organ (局, 委员会, 人民政府, 办公室, 中心 …). */
const UNIT_MAX = 30;
const NOT_UNIT = /[。，；：！？、,;:!?“”"]/u;
const UNIT_END = /(?:局|委|会|府|厅|室|部|办|处|科|所|站|队|院|校|司|组|中心|馆|社|署|党委|支部|集团|银行)$/u;

/** @param {string} line */
export function isDateLine(line) {
  return DATE_LINE.test(String(line ?? '').replace(/\s+/gu, ' ').trim());
}

/** @param {string} line */
function isUnitLine(line) {
  const t = line.trim();
  const n = [...t].length;
  return n >= 2 && n <= UNIT_MAX && !NOT_UNIT.test(t) && UNIT_END.test(t) && /[\u4e00-\u9fff]/u.test(t) && !headingKind(t) && !isDateLine(t);
}

/** How far from the end the date of a 落款 may stand: notes such as
 * （此件公开发布） or 抄送 lines may follow it. */
export const SIGNOFF_WINDOW = 5;

/**
 * The paragraphs that make the 落款: the last date line among the final
 * paragraphs and up to three unit lines right above it, or one paragraph
 * that holds units and date on lines of their own. Returns [start, end)
 * indices into texts, or null.
 * @param {readonly string[]} texts paragraphs, with '\n' where a <br> was
 * @returns {[number, number]|null}
 */
export function signoffRange(texts) {
  for (let i = texts.length - 1; i >= 0 && i >= texts.length - SIGNOFF_WINDOW; i--) {
    const lines = String(texts[i] ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
    if (!lines.length || !isDateLine(lines[lines.length - 1])) continue;
    // Units and date in one paragraph, a line each.
    if (lines.length > 1) return lines.slice(0, -1).every(isUnitLine) ? [i, i + 1] : null;
    let start = i;
    while (start > 0 && i - start < 3) {
      const above = String(texts[start - 1] ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
      if (!above.length || !above.every(isUnitLine)) break;
      start--;
    }
    return [start, i + 1];
  }
  return null;
}

/** A document number as a 公文 prints it under its heading: an issuer's
 * abbreviation, the year in 〔〕 and the serial (永政办发〔2025〕12号). */
const DOC_NUMBER = /^[\u4e00-\u9fff]{1,12}[〔［\[（(]\s*\d{4}\s*[〕］\])）]\s*\d{1,5}\s*号$/u;

/** @param {string} line */
export function isDocNumber(line) {
  return DOC_NUMBER.test(String(line ?? '').replace(/\s+/gu, '').trim());
}

/**
 * How long the text takes to read, in whole minutes (at least 1): Chinese
 * characters at 300 a minute, other words at 200.
 * @param {string} text
 */
export function readingMinutes(text) {
  const s = String(text ?? '');
  const han = (s.match(/[\u3400-\u9fff\uf900-\ufaff]/gu) ?? []).length;
  const words = (s.replace(/[\u3400-\u9fff\uf900-\ufaff]/gu, ' ').match(/[\p{L}\p{N}]+/gu) ?? []).length;
  return Math.max(1, Math.round(han / 300 + words / 200));
}

/**
 * The width a cell's text wants, in em: a Chinese character is one, other
 * characters about half.
 * @param {string} text
 */
export function textEm(text) {
  let em = 0;
  for (const ch of String(text ?? '').trim()) em += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u.test(ch) ? 1 : 0.55;
  return em;
}
