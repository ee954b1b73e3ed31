// Loads core.wasm once and answers the host messages, on the thread it
// runs on. It runs in a dedicated worker (corework.js, started by
// corethread.js from the offscreen document in Chrome and from the
// background page in Firefox) and, as a fallback, in the service worker.
// Never on an extension page's main thread: every extension page shares
// one renderer process, and an extraction there would hold up the reader
// page's own loading and painting.
import './wasm_exec.js';
import { MSG, MAX_PAGE_BYTES } from './protocol.js';
import { startGo } from './gowasm.js';
import { samplePage } from './warmup.js';

/** @typedef {{version: string, extract: (html: string, opts: string) => string,
 *   markdown: (a: string, o?: string) => string, document: (a: string, o?: string) => string,
 *   hasSpamWords: (text: string) => string}} Core */

/** @type {Promise<Core>|null} */
let loading = null;
let loadMs = 0;

/** @returns {Promise<Core>} */
export function loadCore() {
  loading ??= (async () => {
    const t0 = performance.now();
    const core = await startGo(new URL('./core.wasm', import.meta.url), 'govreaderCore');
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
 */
async function warmJit(core, serialised) {
  if (jitWarm) return;
  jitWarm = true;
  const html = serialised ?? asSerialised(samplePage());
  const opts = JSON.stringify({ url: 'https://www.example.gov.cn/zwgk/2025/0312/1.html', charset: 'utf-8', live_dom: true });
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
 * Answers one host message. A warm-up may carry warm_html, the sample page
 * already in the serialised form (see asSerialised).
 * @param {{type: string, html?: string, options?: object, article?: object, warm_html?: string, text?: string}} msg
 * @returns {Promise<import('./protocol.js').Reply>}
 */
export async function handleHostMessage(msg) {
  if (msg?.type === MSG.BG_TO_HOST_PING) return { ok: true };
  const wasCold = loading === null;
  if (msg.type !== MSG.BG_TO_HOST_WARM) extracts++;
  const core = await loadCore();
  switch (msg.type) {
    case MSG.BG_TO_HOST_WARM:
      if (/** @type {{jit?: boolean}} */ (msg).jit) await warmJit(core, msg.warm_html);
      return { ok: true, version: core.version, load_ms: wasCold ? loadMs : 0 };
    case MSG.BG_TO_HOST_EXTRACT: {
      if (typeof msg.html !== 'string') return { ok: false, error: 'html missing', code: 'bad_call' };
      const t0 = performance.now();
      const out = JSON.parse(core.extract(msg.html, JSON.stringify({ max_input_bytes: MAX_PAGE_BYTES, ...msg.options })));
      const ms = performance.now() - t0;
      if (out.error) return { ok: false, error: out.error, code: out.code };
      return { ok: true, article: out.article, extract_ms: ms, load_ms: wasCold ? loadMs : 0, version: core.version };
    }
    case MSG.BG_TO_HOST_SPAM_WORDS:
      return { ok: true, spam: JSON.parse(core.hasSpamWords(String(/** @type {{text?: string}} */ (msg).text ?? ''))).spam };
    case MSG.BG_TO_HOST_MARKDOWN:
    case MSG.BG_TO_HOST_DOCUMENT: {
      const f = msg.type === MSG.BG_TO_HOST_MARKDOWN ? core.markdown : core.document;
      const out = JSON.parse(f(JSON.stringify(msg.article ?? {}), JSON.stringify(msg.options ?? {})));
      if (out.error) return { ok: false, error: out.error, code: out.code };
      return { ok: true, text: out.text };
    }
  }
  return { ok: false, error: `unknown host message ${msg.type}`, code: 'bad_call' };
}
