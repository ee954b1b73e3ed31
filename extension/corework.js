// The dedicated worker that holds the warm core (wasmhost.js) off every
// page's main thread. corethread.js starts it and is its only caller:
// {seq, msg} in, {seq, reply} out.
import { handleHostMessage } from './wasmhost.js';

globalThis.addEventListener('message', async (/** @type {MessageEvent} */ e) => {
  const { seq, msg } = e.data ?? {};
  /** @type {import('./protocol.js').HostReply} */
  let reply;
  try {
    reply = await handleHostMessage(msg);
  } catch (err) {
    reply = { ok: false, error: String(/** @type {any} */ (err)?.message ?? err), code: 'host' };
  }
  globalThis.postMessage({ seq, reply });
});
