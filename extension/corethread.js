// Where the core runs: in a dedicated worker (corework.js) wherever one can
// be started, else on the caller's own thread (wasmhost.js).
//
// Chrome puts every page of an extension in one renderer process, whose
// main thread they share: the offscreen document, the reader, the options.
// An extraction there (10 ms to a second) or the warm-up after a browser
// start (a quarter of a second or more) held up the reader page that was
// loading at the same time; in a worker it does not, so the reader can open
// while its article is still being extracted.
import { handleHostMessage, asSerialised } from './wasmhost.js';
import { samplePage } from './warmup.js';
import { MSG, CORE_PORT } from './protocol.js';

/** A worker that failed to start this many times in a row is given up for
 * this document's life; the core then runs on the caller's thread. */
const MAX_STARTS = 2;

/**
 * @typedef {((msg: import('./protocol.js').HostMessage) => Promise<import('./protocol.js').HostReply>)
 *   & {serve: (port: MessagePort) => void}} Host
 * A message in, its reply out; serve(port) answers the same messages on
 * a port (coreport.js's line from the service worker), from the worker.
 */

/**
 * Answers {seq, msg} with {seq, reply} on port, on this thread.
 * @param {MessagePort} port
 */
function serveHere(port) {
  port.onmessage = async (e) => {
    const { seq, msg } = e.data ?? {};
    const reply = await handleHostMessage(msg).catch((err) => ({ ok: false, error: String(err?.message ?? err), code: 'host' }));
    port.postMessage({ seq, reply });
  };
}

/**
 * Returns the host.
 * @param {{onLost?: (why: string) => void, onStarted?: () => void}} [o]
 *   onLost: the worker is gone, and any port served by it with it;
 *   onStarted: a worker was started (ports given to an earlier one are dead)
 * @returns {Host}
 */
export function coreHost({ onLost, onStarted } = {}) {
  if (typeof Worker !== 'function') return Object.assign(handleHostMessage, { serve: serveHere });
  /** @type {Worker|null} */
  let worker = null;
  let seq = 0;
  let failedStarts = 0;
  /** @type {Map<number, {resolve: (r: import('./protocol.js').HostReply) => void, reject: (e: Error) => void}>} */
  const pending = new Map();
  /** The warm-up page in the form the content script hands over, made
   * here because a worker has no DOMParser. @type {string|undefined} */
  let warmHtml;

  /** The worker is gone (a crash, a failed start): every call waiting on
   * it fails, and the next call starts a new one. @param {string} why */
  const lose = (why) => {
    worker?.terminate();
    worker = null;
    onLost?.(why);
    for (const p of pending.values()) p.reject(new Error(why));
    pending.clear();
  };

  const start = () => {
    const w = new Worker(new URL('./corework.js', import.meta.url), { type: 'module' });
    w.addEventListener('message', (e) => {
      failedStarts = 0;
      const p = pending.get(e.data?.seq);
      if (!p) return;
      pending.delete(e.data.seq);
      p.resolve(e.data.reply);
    });
    w.addEventListener('error', (e) => {
      e.preventDefault();
      failedStarts++;
      console.error('govreader: the core worker failed', e.message);
      lose(`core worker: ${e.message || 'failed'}`);
    });
    w.addEventListener('messageerror', () => lose('core worker: unreadable message'));
    onStarted?.();
    return w;
  };

  /** @type {Host} */
  const host = async (msg) => {
    if (failedStarts >= MAX_STARTS) return handleHostMessage(msg);
    if (msg.type === MSG.BG_TO_HOST_WARM && msg.jit) {
      warmHtml ??= asSerialised(samplePage());
      msg = { ...msg, warm_html: warmHtml };
    }
    worker ??= start();
    const id = ++seq;
    const reply = new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
    worker.postMessage({ seq: id, msg });
    try {
      return await reply;
    } catch (e) {
      // A worker that cannot start here (a policy, an old engine): this
      // call, and every later one, runs on this thread instead.
      if (failedStarts >= MAX_STARTS) return handleHostMessage(msg);
      throw e;
    }
  };
  host.serve = (port) => {
    if (failedStarts >= MAX_STARTS) { serveHere(port); return; }
    worker ??= start();
    worker.postMessage({ type: CORE_PORT.hello }, [port]);
  };
  return host;
}
