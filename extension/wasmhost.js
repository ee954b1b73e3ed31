// Loads core.wasm once and answers the host messages, on the thread it
// runs on. It runs in a dedicated worker (corework.js, started by
// corethread.js from the offscreen document in Chrome and from the
// background page in Firefox) and, as a fallback, in the service worker.
// Never on an extension page's main thread: every extension page shares
// one renderer process, and an extraction there would hold up the reader
// page's own loading and painting.
import './wasm_exec.js';
import { MSG, MAX_PAGE_BYTES } from './protocol.js';
import { CORE_GLOBAL, CODE } from './contract.js';
import { startGo } from './gowasm.js';
import { samplePage } from './warmup.js';

/**
 * The object core.wasm registers (wasm/main.go): JSON strings in, a
 * contract.js Reply as JSON out.
 * @typedef {{version: string, extract: (html: string, optionsJSON: string) => string,
 *   markdown: (articleJSON: string, exportJSON?: string) => string,
 *   document: (articleJSON: string, exportJSON?: string) => string,
 *   hasSpamWords: (text: string) => string}} Core
 * @typedef {import('./contract.js').Reply} Reply
 * @typedef {import('./contract.js').ExtractOptions} ExtractOptions
 */

/** A reply of core, parsed. @param {string} json @returns {Reply} */
const parse = (json) => JSON.parse(json);

/** @type {Promise<Core>|null} */
let loading = null;
let loadMs = 0;

/** @returns {Promise<Core>} */
export function loadCore() {
  loading ??= (async () => {
    const t0 = performance.now();
    const core = await startGo(new URL('./core.wasm', import.meta.url), CORE_GLOBAL);
    loadMs = performance.now() - t0;
    return core;
  })();
  loading.catch(() => { loading = null; });
  return loading;
}

/** Requests for a reader asked for so far (anything but a warm-up); a
 * warm-up stops at the first. A click's first request is the check of its
 * headline, which must not wait for warm-up runs either. */
let extracts = 0;
/** Extractions of the sample page that warm the engine's code: about a
 * quarter of a second of background work at startup. Under Node, 20 left
 * the corpus pages about 20% slower than fully warm code, 60 about 13%. */
const WARM_RUNS = 60;
let jitWarm = false;

/**
 * Extracts warmup.js's sample page a few times, yielding between runs so
 * that a reader's request never waits for more than one of them, and
 * stopping as soon as one arrives (it warms the code itself).
 * @param {Core} core
 * @param {string} [serialised] the sample page as the content script
 *   would hand it over (asSerialised), when the caller made it
 */
async function warmJit(core, serialised) {
  if (jitWarm) return;
  jitWarm = true;
  const html = serialised ?? asSerialised(samplePage());
  /** @type {ExtractOptions} */
  const options = { url: 'https://www.example.gov.cn/zwgk/2025/0312/1.html', charset: 'utf-8', live_dom: true };
  const opts = JSON.stringify(options);
  const seen = extracts;
  for (let i = 0; i < WARM_RUNS && extracts === seen; i++) {
    core.extract(html, opts);
    await new Promise((r) => setTimeout(r, 0));
  }
}

/**
 * The page as the content script would hand it over, where a DOM parser
 * is at hand (the offscreen document, Firefox's background page): the
 * core reads that form with its own fast parser, whose code must be warmed
 * too. Workers have no DOMParser: the document that starts the worker
 * sends this form along (corethread.js); the service worker warms with
 * the page as is.
 * @param {string} html
 */
export function asSerialised(html) {
  if (typeof DOMParser !== 'function') return html;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;
}

/**
 * Answers one host message. Messages come from other contexts as plain
 * objects, so what they carry is checked here.
 * @param {import('./protocol.js').HostMessage} msg
 * @returns {Promise<import('./protocol.js').HostReply>}
 */
export async function handleHostMessage(msg) {
  if (msg?.type === MSG.BG_TO_HOST_PING) return { ok: true };
  const wasCold = loading === null;
  if (msg.type !== MSG.BG_TO_HOST_WARM) extracts++;
  const core = await loadCore();
  switch (msg.type) {
    case MSG.BG_TO_HOST_WARM:
      if (msg.jit) await warmJit(core, msg.warm_html);
      return { ok: true, version: core.version, load_ms: wasCold ? loadMs : 0 };
    case MSG.BG_TO_HOST_EXTRACT: {
      if (typeof msg.html !== 'string') return { ok: false, error: 'html missing', code: CODE.BAD_CALL };
      const t0 = performance.now();
      /** @type {ExtractOptions} */
      const options = { max_input_bytes: MAX_PAGE_BYTES, ...msg.options };
      const out = parse(core.extract(msg.html, JSON.stringify(options)));
      const ms = performance.now() - t0;
      if (!out.article) return { ok: false, error: out.error ?? 'no article', code: out.code };
      return { ok: true, article: out.article, extract_ms: ms, load_ms: wasCold ? loadMs : 0, version: core.version };
    }
    case MSG.BG_TO_HOST_SPAM_WORDS:
      // No answer counts as spam: a headline is never shown unchecked.
      return { ok: true, spam: parse(core.hasSpamWords(String(msg.text ?? ''))).spam ?? true };
    case MSG.BG_TO_HOST_MARKDOWN:
    case MSG.BG_TO_HOST_DOCUMENT: {
      const f = msg.type === MSG.BG_TO_HOST_MARKDOWN ? core.markdown : core.document;
      const out = parse(f(JSON.stringify(msg.article ?? {}), JSON.stringify(msg.options ?? {})));
      if (out.text === undefined) return { ok: false, error: out.error ?? 'no text', code: out.code };
      return { ok: true, text: out.text };
    }
  }
  return { ok: false, error: `unknown host message ${/** @type {{type?: unknown}} */ (msg).type}`, code: CODE.BAD_CALL };
}
