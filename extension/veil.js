// The veil: a content script that background.js registers for the pages
// auto-clean may turn into the reader (the granted rules, less the sites
// switched off), to run at document_start. It covers the portal from its
// first paint with a sheet in the reader's colours saying "GovReader 正在净化…",
// asks the background whether this page is to be cleaned, and once the DOM
// and its style sheets are in, asks it to read the page. The tab then
// becomes the reader; when it does not (no article, a list page, an error,
// the user pressed 显示原网页 or Esc), the veil lifts, leaving the page as it
// was, and says why in a short notice when the reason is not the user's
// own. The sheet lives in a closed shadow root in the top layer (a manual
// popover), styled inline and animated through the Web Animations API, so
// that neither the page's style sheets, its z-indexes nor its Content
// Security Policy can show the portal through it. content.js takes the
// veil out of the DOM while it measures and serialises the page, so it
// neither covers the text nor reaches the article. A classic script:
// content scripts cannot be modules.
(() => {
  'use strict';
  /** @type {typeof chrome} */
  const api = /** @type {any} */ (globalThis).browser ?? globalThis.chrome;
  const g = /** @type {any} */ (globalThis);
  // The top frame of an HTML page only, once: a PDF, an image or a text
  // file is shown by the browser, and is not the reader's to clean.
  if (window.top !== window || g.govreaderVeil || !api?.runtime?.id || document.contentType !== 'text/html') return;

  const url = location.href;
  const ext = {
    /** @param {string} name @param {string[]} [subs] */
    t: (name, subs) => api.i18n.getMessage(name, subs) || name,
  };
  // Keep in step with MSG in protocol.js.
  const START = 'veil->bg:start';
  const READY = 'veil->bg:ready';
  const CANCEL = 'veil->bg:cancel';
  const LIMIT = Object.freeze({
    // No answer from the background in this time: it is not coming (the
    // extension was reloaded or crashed); the page must not stay covered.
    startMs: 5000,
    // Style sheets still loading after DOMContentLoaded are waited for,
    // this long at most: content.js judges what is hidden from the
    // computed style, and a class that hides spam may live in one.
    sheetsMs: 2500,
    // The longest extraction the veil waits for (a 20 MB page takes
    // about 6 s in WebAssembly); 显示原网页 ends the wait at any time.
    readerMs: 30000,
    // After the background said the reader is on its way, the tab leaves
    // this page; should it not, the page comes back.
    navigateMs: 5000,
    // The words appear only after this: when the background says at once
    // that the page stays (the user came back to the original), they
    // would be gone before they could be read.
    wordsDelayMs: 150,
    noticeMs: 6000,
  });
  const THEMES = Object.freeze({
    light: { bg: '#fdfdfb', fg: '#1f1f1f', muted: '#5f6368', accent: '#0b57d0' },
    sepia: { bg: '#f5ecd9', fg: '#3b2f20', muted: '#6b5a44', accent: '#8a4b08' },
    dark: { bg: '#1b1c1e', fg: '#e3e3e3', muted: '#a8abb0', accent: '#8ab4f8' },
  });
  const FONT = 'font: 16px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif';
  const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  /** @param {string} theme the reader's theme setting */
  const colours = (theme) => {
    if (theme === 'auto' || !Object.hasOwn(THEMES, theme)) theme = window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    return THEMES[/** @type {keyof typeof THEMES} */ (theme)];
  };

  /** @param {string} tag @param {string} css @param {string} [text] */
  const el = (tag, css, text) => {
    const e = document.createElement(tag);
    e.style.cssText = css;
    if (text) e.textContent = text;
    return e;
  };

  // The host: a custom element no page styles, laid over the viewport.
  const host = document.createElement('govreader-veil');
  const COVER = 'all: initial !important; display: block !important; position: fixed !important; inset: 0 !important; width: 100vw !important; height: 100vh !important; max-width: none !important; max-height: none !important; margin: 0 !important; padding: 0 !important; border: 0 !important; overflow: hidden !important; z-index: 2147483647 !important; background: transparent !important; pointer-events: auto !important; visibility: visible !important; opacity: 1 !important;';
  const CORNER = 'all: initial !important; display: block !important; position: fixed !important; inset: auto 16px 16px auto !important; width: auto !important; height: auto !important; max-width: min(460px, calc(100vw - 32px)) !important; margin: 0 !important; padding: 0 !important; border: 0 !important; overflow: visible !important; z-index: 2147483647 !important; background: transparent !important; visibility: visible !important; opacity: 1 !important;';
  host.style.cssText = COVER;
  // The top layer is above any z-index the page uses.
  const popover = typeof host.showPopover === 'function';
  if (popover) host.setAttribute('popover', 'manual');
  const root = host.attachShadow({ mode: 'closed' });

  let c = colours('auto');
  const sheet = el('div', `position: absolute; inset: 0; display: flex; align-items: center; justify-content: center; background: ${c.bg}; color: ${c.fg}; ${FONT};`);
  sheet.setAttribute('role', 'status');
  sheet.setAttribute('aria-live', 'polite');
  const box = el('div', 'display: flex; flex-direction: column; align-items: center; gap: 14px; padding: 24px; text-align: center;');
  const spinner = el('div', `width: 28px; height: 28px; box-sizing: border-box; border-radius: 50%; border: 3px solid ${c.muted}55; border-top-color: ${c.accent};`);
  const words = el('div', `font-size: 17px; color: ${c.fg};`, ext.t('veilWorking'));
  const original = el('button', `all: unset; cursor: pointer; font-size: 14px; color: ${c.accent}; text-decoration: underline; padding: 4px 8px; border-radius: 4px;`, ext.t('veilShowOriginal'));
  original.addEventListener('focus', () => { original.style.outline = `2px solid ${c.accent}`; });
  original.addEventListener('blur', () => { original.style.outline = 'none'; });
  box.append(spinner, words, original);
  sheet.append(box);
  root.append(sheet);
  box.animate([{ opacity: 0 }, { opacity: 1 }], { duration: reduceMotion ? 0 : 200, delay: LIMIT.wordsDelayMs, fill: 'both' });
  const spin = reduceMotion ? null : spinner.animate([{ transform: 'rotate(0turn)' }, { transform: 'rotate(1turn)' }], { duration: 900, iterations: Infinity });

  /** @type {'veiled'|'notice'|'gone'} */
  let state = 'veiled';

  function show() {
    document.documentElement.append(host);
    if (popover && !host.matches(':popover-open')) {
      try { host.showPopover(); } catch { /* the inline style still covers the page */ }
    }
  }
  if (document.documentElement) show();
  else {
    // Firefox may run document_start scripts before the root exists.
    new MutationObserver((_, o) => {
      if (!document.documentElement) return;
      o.disconnect();
      if (state !== 'gone') show();
    }).observe(document, { childList: true });
  }

  /** @param {string} theme */
  function applyTheme(theme) {
    c = colours(theme);
    sheet.style.background = c.bg;
    sheet.style.color = c.fg;
    words.style.color = c.fg;
    spinner.style.borderColor = `${c.muted}55`;
    spinner.style.borderTopColor = c.accent;
    original.style.color = c.accent;
  }

  function gone() {
    state = 'gone';
    spin?.cancel();
    removeEventListener('keydown', onKey, true);
    host.remove();
  }

  /**
   * Lifts the veil; with a message, leaves a short notice in the corner
   * that says why the page stays as it is.
   * @param {string} message
   */
  function reveal(message) {
    if (state !== 'veiled') return;
    if (!message) { gone(); return; }
    state = 'notice';
    spin?.cancel();
    removeEventListener('keydown', onKey, true);
    const note = el('div', `display: flex; align-items: flex-start; gap: 12px; padding: 12px 14px 12px 16px; background: #2b2c2f; color: #f1f3f4; border-radius: 8px; box-shadow: 0 2px 10px #0006; ${FONT}; font-size: 15px;`);
    note.setAttribute('role', 'status');
    const text = el('div', 'flex: 1;', message);
    const close = el('button', 'all: unset; cursor: pointer; font-size: 18px; line-height: 1; padding: 0 2px; color: #f1f3f4;', '×');
    close.setAttribute('aria-label', ext.t('veilClose'));
    close.addEventListener('click', gone);
    note.append(text, close);
    sheet.replaceWith(note);
    host.style.cssText = CORNER;
    setTimeout(() => { if (state === 'notice') gone(); }, LIMIT.noticeMs);
  }

  /** @param {{type: string, url: string}} msg @param {number} ms @returns {Promise<any>} */
  function ask(msg, ms) {
    return Promise.race([
      api.runtime.sendMessage(msg),
      new Promise((resolve) => setTimeout(() => resolve({ ok: false, code: 'timeout' }), ms)),
    ]).catch(() => undefined);
  }

  /** The user wants the page: the background must not replace it. */
  function cancel() {
    if (state !== 'veiled') return;
    gone();
    api.runtime.sendMessage({ type: CANCEL, url }).catch(() => undefined);
  }
  /** @param {KeyboardEvent} e */
  function onKey(e) {
    if (e.key === 'Escape') { e.stopImmediatePropagation(); e.preventDefault(); cancel(); }
  }
  original.addEventListener('click', cancel);
  addEventListener('keydown', onKey, true);
  // Back to this page from the reader through the browser's cache: the
  // page comes back as it was left, veil and all; the user came for it.
  addEventListener('pageshow', (e) => { if (e.persisted && state !== 'gone') gone(); });

  /** Resolves once the style sheets the parser found have loaded or
   * failed, or after LIMIT.sheetsMs. */
  function sheetsLoaded() {
    const links = [...document.querySelectorAll('link[rel~="stylesheet" i]')].filter(
      (l) => !(/** @type {HTMLLinkElement} */ (l).sheet) && !(/** @type {HTMLLinkElement} */ (l).disabled),
    );
    if (!links.length) return Promise.resolve();
    const each = links.map((l) => new Promise((resolve) => {
      l.addEventListener('load', resolve, { once: true });
      l.addEventListener('error', resolve, { once: true });
      // Loaded between the query and the listeners.
      if (/** @type {HTMLLinkElement} */ (l).sheet) resolve(undefined);
    }));
    return Promise.race([Promise.all(each), new Promise((r) => setTimeout(r, LIMIT.sheetsMs))]);
  }

  function domLoaded() {
    if (document.readyState !== 'loading') return Promise.resolve();
    return new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true }));
  }

  // What content.js calls around its measuring and serialising: the
  // removal and return happen in one task, so nothing is painted between.
  g.govreaderVeil = Object.freeze({
    suspend() { if (host.isConnected) host.remove(); },
    resume() { if (state !== 'gone' && !host.isConnected && document.documentElement) show(); },
  });

  (async () => {
    // A prerendered page is not yet the tab's: wait until it is shown.
    if (/** @type {any} */ (document).prerendering) {
      await new Promise((r) => document.addEventListener('prerenderingchange', r, { once: true }));
    }
    const start = await ask({ type: START, url }, LIMIT.startMs);
    if (state !== 'veiled') return;
    if (!start?.ok || !start.go) { reveal(''); return; }
    applyTheme(String(start.theme ?? 'auto'));
    await domLoaded();
    await sheetsLoaded();
    if (state !== 'veiled') return;
    const done = await ask({ type: READY, url }, LIMIT.readerMs);
    if (state !== 'veiled') return;
    if (done?.ok) {
      setTimeout(() => reveal(''), LIMIT.navigateMs);
      return;
    }
    if (done?.code === 'cancelled' || done?.code === 'navigated') reveal('');
    else if (done?.message) reveal(String(done.message));
    else reveal(ext.t(done?.code === 'timeout' ? 'veilSlow' : 'veilNoAnswer'));
  })();
})();
