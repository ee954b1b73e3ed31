// The only module that touches chrome.* directly where practical, so that
// the rest of the extension reads as plain async JavaScript and Firefox
// differences live in one place.

/** @type {typeof chrome} */
const api = /** @type {any} */ (globalThis).browser ?? globalThis.chrome;

export const ext = {
  api,
  id: () => api.runtime.id,
  url: (/** @type {string} */ path) => api.runtime.getURL(path),
  origin: () => api.runtime.getURL(''),
  /** @param {string} name @param {string|string[]=} subs */
  t(name, subs) {
    return api.i18n?.getMessage(name, subs) || name;
  },
  /**
   * A message about n things: NAME_one when n is 1 and the locale has it
   * (English says "1 article", not "1 articles"), else NAME.
   * @param {string} name @param {number} n @param {string[]=} subs
   */
  tn(name, n, subs = [String(n)]) {
    return (n === 1 && api.i18n?.getMessage(`${name}_one`, subs)) || ext.t(name, subs);
  },
  uiLanguage: () => api.i18n?.getUILanguage?.() ?? 'zh-CN',
  /** @param {any} msg */
  send: (msg) => api.runtime.sendMessage(msg),
  /** @param {(msg: any, sender: chrome.runtime.MessageSender) => Promise<any>|undefined} handler */
  onMessage(handler) {
    api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
      const p = handler(msg, sender);
      if (!p) return false;
      p.then(sendResponse, (e) => sendResponse({ ok: false, error: String(e?.message ?? e) }));
      return true;
    });
  },
  storage: {
    sync: () => api.storage.sync,
    session: () => api.storage.session ?? api.storage.local,
    local: () => api.storage.local,
  },
  tabs: {
    /** @param {number} id */ get: (id) => api.tabs.get(id),
    /** @param {number} id @param {object} props */ update: (id, props) => api.tabs.update(id, props),
    current: () => api.tabs.getCurrent(),
    /** @param {object} props */ create: (props) => api.tabs.create(props),
  },
  /**
   * @param {number} tabId @param {string} file
   * @param {string} [documentId] only this document of the tab (Chrome):
   *   the one a content script spoke from, not whatever the tab shows now
   */
  async runFile(tabId, file, documentId) {
    const target = documentId ? { tabId, documentIds: [documentId] } : { tabId };
    const [res] = await api.scripting.executeScript({ target, files: [file] });
    return res?.result;
  },
  /** @param {number} tabId @param {(...a: any[]) => any} func @param {any[]} args */
  async runFunc(tabId, func, args) {
    const [res] = await api.scripting.executeScript({ target: { tabId }, func, args });
    return res?.result;
  },
  /**
   * Saves text or a Blob as a file through chrome.downloads.
   * @param {string|Blob} data @param {string} filename @param {string} mime
   */
  async download(data, filename, mime) {
    const url = URL.createObjectURL(data instanceof Blob ? data : new Blob([data], { type: mime }));
    try {
      return await api.downloads.download({ url, filename, saveAs: false, conflictAction: 'uniquify' });
    } finally {
      // The download has its own copy once started.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    }
  },
  permissions: {
    /** @param {string[]} origins */ request: (origins) => api.permissions.request({ origins }),
    /** @param {string[]} origins */ contains: (origins) => api.permissions.contains({ origins }),
    /** @param {string[]} origins */ remove: (origins) => api.permissions.remove({ origins }),
  },
  hasOffscreen: () => Boolean(api.offscreen?.createDocument),
};
