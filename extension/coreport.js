// A direct line from the service worker to the core's worker (corework.js,
// in the offscreen document), past the offscreen document's main thread.
//
// Chrome puts the offscreen document and every reader page in one renderer
// process, on one main thread. A runtime message to the offscreen host
// waits there behind whatever that thread is doing: on a click, committing
// and laying out the reader page that is opening (tasks of 50–190 ms), so
// that the headline's check, the page's HTML and the article each waited
// for it (an extraction of 40 ms took 120 ms from here). A MessagePort
// between this worker and the core's worker is served on their own threads.
//
// A dedicated worker has no navigator.serviceWorker, so the port goes to
// the offscreen document (a client of this service worker), which hands it
// on to its worker: one trip through that main thread per line, not per
// call. A line is used only once the worker has answered on it (until
// then, and whenever it fails, calls take the runtime message path, which
// also starts the worker); it is dropped when the offscreen document says
// its worker is gone (HOST_TO_BG_CORE_LOST), when the document is no
// longer a client, and when a new worker is announced (CORE_PORT.started).

import { MSG, CORE_PORT } from './protocol.js';

/** How long a port's first answer may take before it is given up: the
 * worker may be busy warming up, but not for long. */
const CONFIRM_MS = 5000;
/** While calls wait on the port, this often the worker at its far end is
 * looked for among the clients: a port has no event for a far end that is
 * gone (the offscreen document closed), and a call must not wait forever. */
const WATCH_MS = 2000;

/**
 * @param {string} documentURL the offscreen document's URL (a client's url)
 * @returns {{call: (msg: {type: string}) => Promise<any>|null, connect: (fresh?: boolean) => Promise<boolean>,
 *   drop: (why: string) => void, ready: () => boolean, answered: () => number}}
 */
export function corePort(documentURL) {
  const sw = /** @type {any} */ (globalThis);
  /** The confirmed port and the client id of the document whose worker
   * is at its far end. */
  /** @type {{port: MessagePort, client: string}|null} */
  let line = null;
  /** @type {Promise<boolean>|null} */
  let connecting = null;
  let seq = 0;
  /** Calls answered over a line, for the tests. */
  let answered = 0;
  /** @type {Map<number, {resolve: (r: any) => void, reject: (e: Error) => void}>} */
  const pending = new Map();

  /** @type {ReturnType<typeof setInterval>|undefined} */
  let watch;

  /** @param {string} why */
  const drop = (why) => {
    clearInterval(watch);
    watch = undefined;
    if (!line) return;
    line.port.close();
    line = null;
    for (const p of pending.values()) p.reject(new Error(why));
    pending.clear();
  };

  /** Drops the line when its document is no longer a client. */
  const look = async () => {
    if (!pending.size) { clearInterval(watch); watch = undefined; return; }
    const id = line?.client;
    if (id && !(await sw.clients.get(id))) drop('core worker gone');
  };

  /**
   * Sends msg on port and resolves with the worker's reply.
   * @param {MessagePort} port @param {object} msg
   */
  const send = (port, msg) => {
    const id = ++seq;
    const reply = new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
    port.postMessage({ seq: id, msg });
    watch ??= setInterval(look, WATCH_MS);
    return Object.assign(reply, { id });
  };

  /** @param {MessageEvent} e */
  const onReply = (e) => {
    const p = pending.get(e.data?.seq);
    if (!p) return;
    pending.delete(e.data.seq);
    answered++;
    p.resolve(e.data.reply);
  };

  /**
   * Hands a new port to the offscreen document for its core worker, and
   * keeps it once the worker answers on it. Resolves with whether a line
   * is ready. fresh: the worker behind the present line is gone.
   * @param {boolean} [fresh]
   */
  const connect = (fresh = false) => {
    if (fresh) drop('core worker replaced');
    connecting ??= (async () => {
      if (typeof sw.clients?.matchAll !== 'function' || typeof MessageChannel !== 'function') return false;
      const all = await sw.clients.matchAll({ includeUncontrolled: true, type: 'window' });
      const doc = all.find((/** @type {{url: string}} */ c) => c.url === documentURL);
      if (!doc) { drop('offscreen document gone'); return false; }
      if (line?.client === doc.id) return true;
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = onReply;
      doc.postMessage({ type: CORE_PORT.hello }, [port2]);
      /** @type {ReturnType<typeof setTimeout>|undefined} */
      let timer;
      const late = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error('no answer')), CONFIRM_MS); });
      const ping = send(port1, { type: MSG.BG_TO_HOST_PING });
      try {
        const hello = await Promise.race([ping, late]);
        if (!hello?.ok) throw new Error('bad answer');
      } catch {
        pending.delete(ping.id);
        port1.close();
        return false;
      } finally {
        clearTimeout(timer);
      }
      drop('replaced');
      line = { port: port1, client: doc.id };
      return true;
    })().finally(() => { connecting = null; });
    return connecting;
  };

  return {
    /** The reply to msg over the port, or null when there is no port
     * (the caller takes the runtime message path). */
    call: (msg) => (line ? send(line.port, msg) : null),
    connect,
    drop,
    ready: () => line !== null,
    answered: () => answered,
  };
}
