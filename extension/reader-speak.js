// Read aloud: the title, then the body, sentence by sentence, with the
// sentence being read highlighted and kept in view; a bar to choose the
// voice and the speed, or stop. Utterances are short (speech.js): long
// ones stall or are cut off in some engines, and one at a time a stop
// leaves nothing queued.
import { ext } from './ext.js';
import { speechSpans, chineseVoices, pickVoice, normalRate, RATES } from './speech.js';
import { $, status } from './reader-state.js';

const CHOICE = 'speech';
const HIGHLIGHT = 'govreader-speaking';
/** How long to wait for the engine's voice list, which some browsers fill
 * only after the page asked for it. */
const VOICES_MS = 1500;

/** @typedef {{text: string, range: Range}} Piece an utterance and what it
 * reads on the page */

/** The user's choice, kept in storage.local. */
let choice = { voice: '', rate: 1 };

/** The run being read, if any. Each press starts a new object, so the
 * late events of a stopped run (engines fire them after cancel()) can be
 * told apart and ignored. It also holds the current utterance: Chrome
 * drops the events of an utterance that was garbage-collected.
 * @type {{utterance: SpeechSynthesisUtterance|null, pieces: Piece[], next: number, voice: SpeechSynthesisVoice}|null} */
let reading = null;

/**
 * The text nodes of an element grouped into paragraphs (a block, or the
 * lines between <br>s), with a map from the paragraph's offsets to the
 * nodes. Figure captions are not read: they describe pictures, as core's
 * text leaves them out.
 * @param {Element} root
 * @returns {{text: string, nodes: {node: Text, start: number}[]}[]}
 */
function paragraphsOf(root) {
  /** @type {{text: string, nodes: {node: Text, start: number}[]}[]} */
  const out = [];
  /** @type {{text: string, nodes: {node: Text, start: number}[]}|null} */
  let cur = null;
  /** @type {Element|null} */
  let curBlock = null;
  const blockOf = (/** @type {Node} */ n) => /** @type {Element} */ (n.parentElement?.closest('p, h1, h2, h3, h4, h5, h6, li, td, th, dt, dd, caption, blockquote, pre, div') ?? root);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (n) => (n.nodeType === Node.ELEMENT_NODE && /^(FIGCAPTION|BUTTON)$/.test(/** @type {Element} */ (n).tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.ELEMENT_NODE) {
      if (/** @type {Element} */ (n).tagName === 'BR') cur = null;
      continue;
    }
    const t = /** @type {Text} */ (n);
    if (!t.nodeValue) continue;
    const block = blockOf(t);
    if (!cur || block !== curBlock) {
      cur = { text: '', nodes: [] };
      curBlock = block;
      out.push(cur);
    }
    cur.nodes.push({ node: t, start: cur.text.length });
    cur.text += t.nodeValue;
  }
  return out;
}

/**
 * The utterances of the article shown, each with its range on the page.
 * @returns {Piece[]}
 */
function pieces() {
  /** @type {Piece[]} */
  const out = [];
  for (const root of [$('title'), $('content')]) {
    for (const p of paragraphsOf(root)) {
      const at = (/** @type {number} */ off, /** @type {boolean} */ end) => {
        let i = p.nodes.length - 1;
        while (i > 0 && (end ? p.nodes[i].start >= off : p.nodes[i].start > off)) i--;
        return { node: p.nodes[i].node, offset: off - p.nodes[i].start };
      };
      for (const s of speechSpans(p.text)) {
        const range = document.createRange();
        const a = at(s.start, false);
        const b = at(s.end, true);
        range.setStart(a.node, a.offset);
        range.setEnd(b.node, b.offset);
        out.push({ text: s.text, range });
      }
    }
  }
  return out;
}

/** @param {Range|null} range */
function highlight(range) {
  const reg = /** @type {any} */ (globalThis.CSS)?.highlights;
  const Highlight = /** @type {any} */ (globalThis).Highlight;
  if (!reg || typeof Highlight !== 'function') return;
  if (!range) { reg.delete(HIGHLIGHT); return; }
  reg.set(HIGHLIGHT, new Highlight(range));
  // Keep the sentence in view, clear of the toolbar above and the bar below.
  const r = range.getBoundingClientRect();
  const bar = $('speechBar').getBoundingClientRect();
  const bottom = bar.height ? bar.top - 8 : innerHeight;
  if (r.height && (r.top < 64 || r.bottom > bottom)) scrollBy({ top: r.top - innerHeight / 3, behavior: 'instant' });
}

/** @param {boolean} on */
function showSpeaking(on) {
  $('speak').setAttribute('aria-pressed', String(on));
  $('speechBar').hidden = !on;
  document.body.classList.toggle('speaking', on);
  if (!on) highlight(null);
}

export function stopSpeaking() {
  if (!reading) return;
  reading = null;
  showSpeaking(false);
  globalThis.speechSynthesis?.cancel();
}

/** The voices, once the engine has listed them. @param {SpeechSynthesis} synth */
async function voicesOf(synth) {
  let voices = synth.getVoices();
  if (voices.length) return voices;
  await new Promise((resolve) => {
    const t = setTimeout(resolve, VOICES_MS);
    synth.addEventListener?.('voiceschanged', () => { clearTimeout(t); resolve(undefined); }, { once: true });
  });
  voices = synth.getVoices();
  return voices;
}

/** An engine's error in the reader's words; its own code goes behind 详情.
 * @param {string} code */
function speechError(code) {
  if (code === 'language-unavailable' || code === 'voice-unavailable') return ext.t('speakNoChineseVoice');
  if (code === 'not-allowed') return ext.t('speakNotAllowed');
  if (code === 'audio-busy' || code === 'audio-hardware') return ext.t('speakAudio');
  return ext.t('speakFailed');
}

/**
 * Reads the run's pieces from its next one.
 * @param {NonNullable<typeof reading>} run
 */
function speakFrom(run) {
  const synth = globalThis.speechSynthesis;
  const speakNext = () => {
    if (reading !== run) return;
    if (run.next >= run.pieces.length) { reading = null; showSpeaking(false); return; }
    const piece = run.pieces[run.next++];
    const u = new SpeechSynthesisUtterance(piece.text);
    u.lang = 'zh-CN';
    u.voice = run.voice;
    u.rate = choice.rate;
    u.onstart = () => { if (reading === run) highlight(piece.range); };
    u.onend = speakNext;
    u.onerror = (e) => {
      if (reading !== run) return;
      reading = null;
      showSpeaking(false);
      // Interrupted or canceled by someone else (another page's speech):
      // stop quietly. Anything else would fail again on the next piece.
      if (e.error !== 'interrupted' && e.error !== 'canceled') status(speechError(e.error), true, e.error);
    };
    run.utterance = u;
    synth.speak(u);
  };
  speakNext();
}

/** The read-aloud control: starts reading the article shown, or stops. */
export async function speak() {
  if (reading) { stopSpeaking(); return; }
  const synth = globalThis.speechSynthesis;
  if (!synth || typeof globalThis.SpeechSynthesisUtterance !== 'function') { status(ext.t('speakUnavailable'), true); return; }
  if ($('article').hidden) return;
  const list = pieces();
  if (!list.length) return;
  // Marks the press at once: the voice list may take a moment.
  const run = { utterance: /** @type {SpeechSynthesisUtterance|null} */ (null), pieces: list, next: 0, voice: /** @type {any} */ (null) };
  reading = run;
  $('speak').setAttribute('aria-pressed', 'true');
  const voices = await voicesOf(synth);
  if (reading !== run) return;
  const voice = pickVoice(voices, choice.voice);
  if (!voice) {
    // Without a Chinese voice an engine reads Chinese as silence or
    // as letter names: say so instead.
    reading = null;
    showSpeaking(false);
    status(ext.t('speakNoChineseVoice'), true);
    return;
  }
  run.voice = voice;
  fillVoices(voices, voice);
  showSpeaking(true);
  speakFrom(run);
}

/**
 * A new voice or speed applies from the sentence being read: it is read
 * again with the new choice.
 */
function restartPiece() {
  const old = reading;
  if (!old) return;
  const synth = globalThis.speechSynthesis;
  const voice = pickVoice(synth.getVoices(), choice.voice) ?? old.voice;
  const run = { utterance: null, pieces: old.pieces, next: Math.max(0, old.next - 1), voice };
  reading = run;
  synth.cancel();
  speakFrom(run);
}

/** @param {SpeechSynthesisVoice[]} voices @param {SpeechSynthesisVoice} current */
function fillVoices(voices, current) {
  const sel = /** @type {HTMLSelectElement} */ ($('voice'));
  sel.textContent = '';
  for (const v of chineseVoices(voices)) {
    const o = document.createElement('option');
    o.value = v.voiceURI;
    o.textContent = v.name;
    o.selected = v.voiceURI === current.voiceURI;
    sel.append(o);
  }
}

async function saveChoice() {
  await ext.storage.local().set({ [CHOICE]: choice }).catch(() => {});
}

/** Wires the bar under the article; once per page, before speak(). The
 * 朗读 button itself is reader-view.js's, wired before this module loads. */
export async function initSpeech() {
  const rate = /** @type {HTMLSelectElement} */ ($('rate'));
  for (const r of RATES) {
    const o = document.createElement('option');
    o.value = String(r);
    o.textContent = ext.t('rateValue', [String(r)]);
    rate.append(o);
  }
  $('speakStop').addEventListener('click', () => { stopSpeaking(); $('speak').focus(); });
  $('voice').addEventListener('change', (e) => {
    choice = { ...choice, voice: /** @type {HTMLSelectElement} */ (e.target).value };
    saveChoice();
    restartPiece();
  });
  rate.addEventListener('change', (e) => {
    choice = { ...choice, rate: normalRate(/** @type {HTMLSelectElement} */ (e.target).value) };
    saveChoice();
    restartPiece();
  });
  // Leaving the page stops reading: the engine would go on reading a page
  // that is gone.
  addEventListener('pagehide', stopSpeaking);
  const got = await ext.storage.local().get(CHOICE).catch(() => ({}));
  const saved = /** @type {any} */ (got)[CHOICE];
  choice = { voice: typeof saved?.voice === 'string' ? saved.voice : '', rate: normalRate(saved?.rate) };
  rate.value = String(choice.rate);
}
