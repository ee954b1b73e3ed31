// Read aloud: the article cut into utterances. Pure, so that node tests it.

/** The longest utterance, in characters. Some engines (Chrome's network
 * voices) stop an utterance after about 15 seconds, and Mandarin is read
 * at about four characters a second. */
export const MAX_UTTERANCE = 60;

/** Ends a sentence; closing quotes and brackets after it stay with it. */
const SENTENCE_END = /[。！？!?；;…]/u;
const CLOSING = /[”’」』）)】〕》]/u;
/** Where a long sentence may be cut: after a clause mark, else a space. */
const CLAUSE_END = /[，、：,:]/u;

/**
 * Splits a paragraph after each sentence end.
 * @param {string[]} chars the paragraph's code points
 * @returns {string[][]}
 */
function sentences(chars) {
  /** @type {string[][]} */
  const out = [];
  let cur = /** @type {string[]} */ ([]);
  for (let i = 0; i < chars.length; i++) {
    cur.push(chars[i]);
    if (!SENTENCE_END.test(chars[i])) continue;
    while (i + 1 < chars.length && (SENTENCE_END.test(chars[i + 1]) || CLOSING.test(chars[i + 1]))) cur.push(chars[++i]);
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
 * @param {string[]} s code points @param {number} max
 * @returns {string[][]}
 */
function cut(s, max) {
  /** @type {string[][]} */
  const out = [];
  while (s.length > max) {
    let at = -1;
    for (let i = max - 1; i >= Math.floor(max / 3) && at < 0; i--) if (CLAUSE_END.test(s[i])) at = i + 1;
    for (let i = max - 1; i >= Math.floor(max / 3) && at < 0; i--) if (/\s/u.test(s[i])) at = i + 1;
    if (at < 0) at = max;
    out.push(s.slice(0, at));
    s = s.slice(at);
  }
  if (s.length) out.push(s);
  return out;
}

/**
 * The utterances that read the given paragraphs aloud, in order: one or
 * more for each non-empty paragraph, each at most max characters, cut at
 * sentence ends and, inside long sentences, at clause marks. Joined they
 * give back every paragraph's text (trimmed).
 * @param {Iterable<string|undefined|null>} paragraphs
 * @param {number} [max]
 * @returns {string[]}
 */
export function speechChunks(paragraphs, max = MAX_UTTERANCE) {
  /** @type {string[]} */
  const out = [];
  for (const p of paragraphs) {
    const text = String(p ?? '').trim();
    if (!text) continue;
    for (const s of sentences([...text])) {
      for (const piece of cut(s, max)) {
        const t = piece.join('').trim();
        if (t) out.push(t);
      }
    }
  }
  return out;
}
