// The offscreen document: one warm Go instance shared by every tab, in a
// worker of its own (corethread.js). It only answers messages from the
// extension's own contexts.
import { MSG, isMessageFor, isOwnSender } from './protocol.js';
import { coreHost } from './corethread.js';

const api = globalThis.chrome;
const host = coreHost();
api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!isMessageFor(msg, 'host') || !isOwnSender(sender, api.runtime.id, api.runtime.getURL(''))) return false;
  host(msg).then(sendResponse, (e) => sendResponse({ ok: false, error: String(e?.message ?? e), code: 'host' }));
  return true;
});
// Pre-warm: the document exists to hold a loaded instance.
host({ type: MSG.BG_TO_HOST_WARM }).catch((e) => console.error('govreader: loading core.wasm failed', e));

/**
 * Lays the reader's elements out in both of its fonts, once, then drops
 * them: the process-wide font caches then hold the CJK fonts before the
 * first reader page of this browser session needs them.
 */
function warmFonts() {
  const box = document.getElementById('fontWarm');
  if (!box) return;
  for (const font of ['sans', 'serif']) {
    document.body.dataset.font = font;
    void box.getBoundingClientRect().height;
  }
  box.remove();
}
if (document.readyState === 'complete') warmFonts();
else addEventListener('load', warmFonts, { once: true });
