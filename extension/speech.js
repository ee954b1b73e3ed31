// Read aloud, the pure part: the article cut into utterances (with where
// each lies in its paragraph, so that the reader can highlight the one
// being read), the choice of a voice, and the speeds offered. No DOM and
// no speechSynthesis here, so that node tests it.

/** The longest utterance, in characters. Some engines (Chrome's network
 * voices) stop an utterance after about 15 seconds, and Mandarin is read
 * at about four characters a second. */
export const MAX_UTTERANCE = 60;

/** The speeds offered, as SpeechSynthesisUtterance.rate. */
export const RATES = Object.freeze([0.5, 0.75, 1, 1.25, 1.5, 2]);

/** Ends a sentence; closing quotes and brackets after it stay with it. */
const SENTENCE_END = /[。！？!?；;…]/u;
const CLOSING = /[”’」』）)】〕》]/u;
/** Where a long sentence may be cut: after a clause mark, else a space. */
const CLAUSE_END = /[，、：,:]/u;

/** @typedef {{ch: string, at: number}} Point a code point and its offset
 * in UTF-16 code units */
/** @typedef {{start: number, end: number, text: string}} Span an utterance
 * and the code-unit range it reads of its paragraph */

/**
 * Splits a paragraph after each sentence end.
 * @param {Point[]} chars the paragraph's code points
 * @returns {Point[][]}
 */
function sentences(chars) {
  /** @type {Point[][]} */
  const out = [];
  let cur = /** @type {Point[]} */ ([]);
  for (let i = 0; i < chars.length; i++) {
    cur.push(chars[i]);
    if (!SENTENCE_END.test(chars[i].ch)) continue;
    while (i + 1 < chars.length && (SENTENCE_END.test(chars[i + 1].ch) || CLOSING.test(chars[i + 1].ch))) cur.push(chars[++i]);
    out.push(cur);
    cur = [];
  }
  if (cur.length) out.push(cur);
  return out;
}

/**
 * Cuts a sentence longer than max after the last clause mark that leaves
 * a piece of at least a third of max, else after the last space, else at
 * max.
 * @param {Point[]} s code points @param {number} max
 * @returns {Point[][]}
 */
function cut(s, max) {
  /** @type {Point[][]} */
  const out = [];
  while (s.length > max) {
    let at = -1;
    for (let i = max - 1; i >= Math.floor(max / 3) && at < 0; i--) if (CLAUSE_END.test(s[i].ch)) at = i + 1;
    for (let i = max - 1; i >= Math.floor(max / 3) && at < 0; i--) if (/\s/u.test(s[i].ch)) at = i + 1;
    if (at < 0) at = max;
    out.push(s.slice(0, at));
    s = s.slice(at);
  }
  if (s.length) out.push(s);
  return out;
}

/**
 * The utterances that read one paragraph aloud, in order, each at most max
 * characters, cut at sentence ends and, inside long sentences, at clause
 * marks; each with the range of the paragraph it reads, white space at its
 * ends left out.
 * @param {string} text @param {number} [max]
 * @returns {Span[]}
 */
export function speechSpans(text, max = MAX_UTTERANCE) {
  /** @type {Point[]} */
  const chars = [];
  let at = 0;
  for (const ch of String(text ?? '')) {
    chars.push({ ch, at });
    at += ch.length;
  }
  /** @type {Span[]} */
  const out = [];
  for (const s of sentences(chars)) {
    for (let piece of cut(s, max)) {
      let i = 0;
      let j = piece.length;
      while (i < j && /\s/u.test(piece[i].ch)) i++;
      while (j > i && /\s/u.test(piece[j - 1].ch)) j--;
      if (i === j) continue;
      piece = piece.slice(i, j);
      const start = piece[0].at;
      const last = piece[piece.length - 1];
      const end = last.at + last.ch.length;
      out.push({ start, end, text: text.slice(start, end) });
    }
  }
  return out;
}

/**
 * The utterances that read the given paragraphs aloud, in order: one or
 * more for each non-empty paragraph (see speechSpans). Joined they give
 * back every paragraph's text (trimmed).
 * @param {Iterable<string|undefined|null>} paragraphs
 * @param {number} [max]
 * @returns {string[]}
 */
export function speechChunks(paragraphs, max = MAX_UTTERANCE) {
  /** @type {string[]} */
  const out = [];
  for (const p of paragraphs) {
    for (const s of speechSpans(String(p ?? ''), max)) out.push(s.text);
  }
  return out;
}

/**
 * @typedef {{name: string, lang: string, voiceURI: string, localService?: boolean, default?: boolean}} VoiceLike
 */

/**
 * The voices that can read Chinese, best first: Mandarin of the mainland
 * (zh-CN, cmn-Hans), then other Chinese (zh-TW, zh-HK, yue); local voices
 * before network ones, as they start at once and work offline.
 * @template {VoiceLike} V
 * @param {readonly V[]} voices
 * @returns {V[]}
 */
export function chineseVoices(voices) {
  const rank = (/** @type {V} */ v) => {
    const lang = String(v.lang ?? '').replace('_', '-').toLowerCase();
    if (/^(zh-cn|zh-hans|cmn-hans|cmn-cn|zh-sg)\b/.test(lang) || lang === 'zh' || lang === 'cmn') return 0;
    if (/^(zh|cmn|yue)\b/.test(lang)) return 1;
    return -1;
  };
  return voices
    .map((v, i) => ({ v, i, r: rank(v) }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || Number(Boolean(b.v.localService)) - Number(Boolean(a.v.localService)) || a.i - b.i)
    .map((x) => x.v);
}

/**
 * The voice to read with: the one the user chose, while it is still
 * offered and reads Chinese, else the best Chinese voice; null when the
 * system has none.
 * @template {VoiceLike} V
 * @param {readonly V[]} voices @param {string} [chosen] a voiceURI
 * @returns {V|null}
 */
export function pickVoice(voices, chosen) {
  const zh = chineseVoices(voices);
  return zh.find((v) => v.voiceURI === chosen) ?? zh[0] ?? null;
}

/**
 * A stored speed, kept to the ones offered; 1 for anything else.
 * @param {unknown} rate
 */
export function normalRate(rate) {
  const r = Number(rate);
  return RATES.includes(r) ? r : 1;
}
