// Content script, injected on demand by runReader (never declared in the
// manifest). It marks what the browser really hides with the hint attribute
// that core treats as authoritative, serialises the live DOM, removes the
// marks again and returns {ok, html, url, bytes} as the script's value.
// It is a classic script because executeScript cannot inject modules.
(() => {
  'use strict';
  const HINT = 'data-govreader-hidden';
  // Keep in step with MAX_PAGE_BYTES in protocol.js.
  const MAX_PAGE_BYTES = 64 * 1024 * 1024 - 64 * 1024;
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'META', 'LINK', 'TITLE', 'BR', 'WBR']);

  /** @param {Element} el */
  function hasOwnText(el) {
    for (const n of el.childNodes) if (n.nodeType === 3 && n.nodeValue.trim()) return true;
    return false;
  }

  /**
   * Why the browser hides an element from a sighted reader, or ''.
   * @param {Element} el @param {CSSStyleDeclaration} cs
   */
  function hiddenReason(el, cs) {
    if (cs.display === 'none') return 'display';
    if (cs.visibility === 'hidden' || cs.visibility === 'collapse') return 'visibility';
    if (parseFloat(cs.opacity) < 0.05) return 'opacity';
    // font-size 0 is also a common trick against inline-block gaps, with
    // the children restoring a size: only text set in it is hidden.
    if (parseFloat(cs.fontSize) < 1 && hasOwnText(el)) return 'font-size';
    const clip = cs.clip.replace(/\s|px/g, '');
    if (cs.position === 'absolute' && (clip === 'rect(0,0,0,0)' || clip === 'rect(0000)' || clip === 'rect(1,1,1,1)')) return 'clip';
    if (/inset\(\s*50%/.test(cs.clipPath)) return 'clip';
    if (el === document.body || el === document.documentElement) return '';
    const r = el.getBoundingClientRect();
    const overflowHidden = cs.overflow !== 'visible' || cs.overflowX !== 'visible' || cs.overflowY !== 'visible';
    if (overflowHidden && (r.width < 2 || r.height < 2) && el.textContent.trim()) return 'tiny-box';
    const x = r.right + window.scrollX;
    const y = r.bottom + window.scrollY;
    if ((cs.position === 'absolute' || cs.position === 'fixed' || cs.position === 'relative') && (x <= 0 || y <= 0) && el.textContent.trim()) return 'off-screen';
    if (parseFloat(cs.textIndent) <= -999 && overflowHidden) return 'text-indent';
    return '';
  }

  /** Marks hidden elements; returns them so the marks can be removed. */
  function markHidden() {
    /** @type {Element[]} */
    const marked = [];
    const root = document.body;
    if (!root) return marked;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT, {
      acceptNode(el) {
        if (SKIP.has(el.tagName)) return NodeFilter.FILTER_REJECT;
        const reason = hiddenReason(el, getComputedStyle(el));
        if (!reason) return NodeFilter.FILTER_ACCEPT;
        // A visible child of a visibility:hidden parent is still shown,
        // so only display/opacity/box reasons hide a whole subtree.
        if (reason === 'visibility' && el.querySelector('*')) {
          if (hasOwnText(el) && !el.hasAttribute(HINT)) { el.setAttribute(HINT, reason); marked.push(el); }
          return NodeFilter.FILTER_SKIP;
        }
        if (!el.hasAttribute(HINT)) { el.setAttribute(HINT, reason); marked.push(el); }
        return NodeFilter.FILTER_REJECT;
      },
    });
    while (walker.nextNode()) { /* acceptNode does the work */ }
    return marked;
  }

  function doctype() {
    const d = document.doctype;
    if (!d) return '';
    return `<!DOCTYPE ${d.name}${d.publicId ? ` PUBLIC "${d.publicId}"` : ''}${d.systemId ? ` "${d.systemId}"` : ''}>\n`;
  }

  const marked = markHidden();
  let html;
  try {
    html = doctype() + document.documentElement.outerHTML;
  } finally {
    for (const el of marked) el.removeAttribute(HINT);
  }
  // UTF-16 length bounds the UTF-8 size from below and 3x from above; only
  // encode when the cheap bounds cannot decide.
  let bytes = html.length;
  if (html.length * 3 > MAX_PAGE_BYTES) bytes = new TextEncoder().encode(html).length;
  if (bytes > MAX_PAGE_BYTES) return { ok: false, code: 'too_large', bytes, limit: MAX_PAGE_BYTES };
  return { ok: true, html, url: location.href, bytes, hidden: marked.length, charset: document.characterSet };
})();
