// The offscreen document: one warm Go instance shared by every tab. It only
// answers messages from the extension's own contexts.
import { isMessageFor, isOwnSender } from './protocol.js';
import { handleHostMessage, loadCore } from './wasmhost.js';

const api = globalThis.chrome;
api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!isMessageFor(msg, 'host') || !isOwnSender(sender, api.runtime.id, api.runtime.getURL(''))) return false;
  handleHostMessage(msg).then(sendResponse, (e) => sendResponse({ ok: false, error: String(e?.message ?? e), code: 'host' }));
  return true;
});
// Pre-warm: the document exists to hold a loaded instance.
loadCore().catch((e) => console.error('govreader: loading core.wasm failed', e));
