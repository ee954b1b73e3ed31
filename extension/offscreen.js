// The offscreen document: one warm Go instance shared by every tab, in a
// worker of its own (corethread.js). It only answers messages from the
// extension's own contexts.
import { MSG, CORE_PORT, isMessageFor, isOwnSender } from './protocol.js';
import { coreHost } from './corethread.js';

const api = globalThis.chrome;
// The service worker talks to the worker directly once it can
// (coreport.js): it sends a port here, for the worker; a worker that is
// lost takes that line with it, and a new one asks for another.
const host = coreHost({
  onLost: () => { api.runtime.sendMessage({ type: MSG.HOST_TO_BG_CORE_LOST }).catch(() => undefined); },
  onStarted: () => { navigator.serviceWorker.controller?.postMessage({ type: CORE_PORT.started }); },
});
navigator.serviceWorker.addEventListener('message', (e) => {
  const port = e.data?.type === CORE_PORT.hello ? e.ports[0] : undefined;
  // Only this extension's own service worker can post here.
  if (port) host.serve(port);
});
navigator.serviceWorker.startMessages();
api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!isMessageFor(msg, 'host') || !isOwnSender(sender, api.runtime.id, api.runtime.getURL(''))) return false;
  // isMessageFor checked the type; the host checks what it carries.
  host(/** @type {import('./protocol.js').HostMessage} */ (msg)).then(sendResponse, (e) => sendResponse({ ok: false, error: String(e?.message ?? e), code: 'host' }));
  return true;
});
// Pre-warm: the document exists to hold a loaded instance.
host({ type: MSG.BG_TO_HOST_WARM }).catch((e) => console.error('govreader: loading core.wasm failed', e));

/** Words of a 公文 for the warm-up's heading and body: the reader's own
 * markup holds only its interface's words. */
const SAMPLE = {
  title: '关于进一步优化营商环境提升政务服务效能的实施方案',
  body: '为深入贯彻落实省委省政府决策部署，现将有关事项通知如下：一、（一）第1条 各县（市、区）人民政府、市直各有关单位要切实加强组织领导，明确责任分工，细化工作措施，确保各项任务落地见效。2025年3月12日',
};

/**
 * Lays the reader page's own markup out once, under reader.css, in both of
 * its fonts, then drops it. This document shares its renderer process with
 * the reader pages, and the first layout of a reader after a browser start
 * otherwise waits for the CJK fonts and the fallback fonts of the
 * toolbar's symbols to be looked up and loaded, through synchronous calls
 * to a browser process that is busy starting (600 ms in a trace of the
 * development machine). The process-wide font caches then hold them.
 */
async function warmFonts() {
  const html = await (await fetch(new URL('./reader.html', import.meta.url))).text();
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const box = document.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  for (const el of doc.body.querySelectorAll('[popover], [hidden]')) {
    el.removeAttribute('popover');
    el.removeAttribute('hidden');
  }
  const title = doc.getElementById('title');
  const content = doc.getElementById('content');
  if (title) title.textContent = SAMPLE.title;
  if (content) content.innerHTML = `<p>${SAMPLE.body}</p><p><strong>${SAMPLE.body}</strong></p>`;
  box.append(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
  document.body.append(box);
  for (const font of ['sans', 'serif']) {
    document.body.dataset.font = font;
    void box.getBoundingClientRect().height;
  }
  box.remove();
}
warmFonts().catch((e) => console.warn('govreader: fonts not warmed', e));
