// The dedicated worker that holds the warm core (wasmhost.js) off every
// page's main thread. corethread.js starts it: {seq, msg} in, {seq, reply}
// out. It may be handed a MessagePort from the service worker
// (coreport.js), on which it answers the same way, so that the
// background's calls do not wait for the offscreen document's main thread.
import { handleHostMessage } from './wasmhost.js';
import { CORE_PORT } from './protocol.js';

/**
 * Answers one {seq, msg} with {seq, reply} through post.
 * @param {any} data @param {(m: object) => void} post
 */
async function answer(data, post) {
  const { seq, msg } = data ?? {};
  /** @type {import('./protocol.js').HostReply} */
  let reply;
  try {
    reply = await handleHostMessage(msg);
  } catch (err) {
    reply = { ok: false, error: String(/** @type {any} */ (err)?.message ?? err), code: 'host' };
  }
  post({ seq, reply });
}

globalThis.addEventListener('message', (/** @type {MessageEvent} */ e) => {
  // The service worker's line (coreport.js), handed on by corethread.js.
  const port = e.data?.type === CORE_PORT.hello ? e.ports[0] : undefined;
  if (port) {
    port.onmessage = (m) => answer(m.data, (r) => port.postMessage(r));
    return;
  }
  answer(e.data, (m) => globalThis.postMessage(m));
});
