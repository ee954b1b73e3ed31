// Content script, injected on demand by runReader (never declared in the
// manifest). It marks what the browser really hides with the hint attribute
// that core treats as authoritative, serialises the live DOM (without the
// text of style sheets, which core does not read then), removes the marks
// again and returns {ok, html, url, bytes} as the script's value.
// It is a classic script because executeScript cannot inject modules.
(() => {
  'use strict';
  const HINT = 'data-govreader-hidden';
  // Keep in step with MAX_PAGE_BYTES in protocol.js.
  const MAX_PAGE_BYTES = 64 * 1024 * 1024 - 64 * 1024;
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'META', 'LINK', 'TITLE', 'BR', 'WBR']);

  /** @param {Element} el */
  function hasOwnText(el) {
    for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && n.nodeValue.trim()) return true;
    return false;
  }

  /**
   * @param {string} c a computed colour
   * @returns {number[] | null} [r, g, b, alpha]; null for the colour
   *   spaces (oklch(), color()) whose numbers are not sRGB bytes
   */
  function rgba(c) {
    let v = colours.get(c);
    if (v === undefined) {
      const m = /^rgba?\(/.test(c) ? c.match(/[\d.]+/g) : null;
      v = !m || m.length < 3 ? null : [+m[0], +m[1], +m[2], m.length > 3 ? +m[3] : 1];
      colours.set(c, v);
    }
    return v;
  }
  /** A page uses a handful of colours: each is parsed once. @type {Map<string, number[] | null>} */
  const colours = new Map();

  /** backdrop's answers: the walk visits parents first. @type {Map<Element, number[] | null>} */
  const backdrops = new Map();
  /** The computed styles of the elements the walk found shown, for
   * backdrop. @type {Map<Element, CSSStyleDeclaration>} */
  const styles = new Map();
  /**
   * The colour painted behind an element: the nearest own background
   * colour up the tree, white for the canvas, or null where a background
   * image (or gradient) makes it unknowable.
   * @param {Element | null} el @returns {number[] | null}
   */
  function backdrop(el) {
    if (!el) return [255, 255, 255, 1];
    const known = backdrops.get(el);
    if (known !== undefined) return known;
    const cs = styles.get(el) ?? getComputedStyle(el);
    let bg;
    if (cs.backgroundImage !== 'none') bg = null;
    else {
      const own = rgba(cs.backgroundColor);
      if (!own) bg = null;
      else bg = own[3] > 0.9 ? own : backdrop(el.parentElement);
    }
    backdrops.set(el, bg);
    return bg;
  }

  /**
   * Why the browser hides an element from a sighted reader, or ''.
   * 'camouflage' is text in the colour behind it: core removes such an
   * element only when its text reads as spam, since a positioned image no
   * walk up the tree can see may sit behind it.
   * The rules cover all of core's static ones (core/visibility.go), which
   * core skips for a live page.
   * @param {Element} el @param {CSSStyleDeclaration} cs
   * @param {boolean} ownText whether el has text of its own
   */
  function hiddenReason(el, cs, ownText) {
    if (cs.display === 'none') return 'display';
    const visibility = cs.visibility;
    if (visibility === 'hidden' || visibility === 'collapse') return 'visibility';
    if (cs.contentVisibility === 'hidden') return 'content-visibility';
    if (parseFloat(cs.opacity) < 0.05) return 'opacity';
    const filter = cs.filter;
    if (filter !== 'none' && /opacity\(0(%|\))/.test(filter)) return 'opacity';
    // font-size 0 is also a common trick against inline-block gaps, with
    // the children restoring a size: only text set in it is hidden.
    if (ownText && parseFloat(cs.fontSize) <= 2) return 'font-size';
    const position = cs.position;
    if (position === 'absolute') {
      const clip = cs.clip.replace(/\s|px/g, '');
      if (clip === 'rect(0,0,0,0)' || clip === 'rect(0000)' || clip === 'rect(1,1,1,1)') return 'clip';
    }
    const clipPath = cs.clipPath;
    if (clipPath !== 'none' && /inset\(\s*(50|[5-9]\d|100)%|^(circle|ellipse)\(0(px)?[\s)]|^polygon\((0(px|%)?[\s,]*)+\)/.test(clipPath)) return 'clip';
    if (el === document.body || el === document.documentElement) return '';
    // Only boxes that hold text matter; textContent is read last, since
    // it costs the size of the subtree. The box is measured only for the
    // styles whose effect depends on it: most elements have none of them.
    // Every style read costs time: overflow is read by its two longhands
    // (the shorthand is built from them), text styles only where the
    // element has text of its own, and none of the box's styles for an
    // element with neither text nor elements inside.
    if (!ownText && !el.firstElementChild) return '';
    const holdsText = () => ownText || el.textContent.trim() !== '';
    const overflowHidden = cs.overflowX !== 'visible' || cs.overflowY !== 'visible';
    const transformed = cs.transform !== 'none' || (cs.scale && cs.scale !== 'none') || (cs.translate && cs.translate !== 'none');
    const shrunk = transformed || parseFloat(cs.zoom) <= 0.05;
    const flat = parseFloat(cs.lineHeight) === 0;
    const moved = transformed || position === 'absolute' || position === 'fixed' || position === 'relative';
    if (overflowHidden || shrunk || flat || moved) {
      const r = el.getBoundingClientRect();
      if (overflowHidden && (r.width <= 2 || r.height <= 2) && holdsText()) return 'tiny-box';
      // Transforms and zoom shrink the box with its content.
      if (shrunk && (r.width < 1 || r.height < 1) && holdsText()) return 'transform';
      if (flat && r.height === 0 && holdsText()) return 'line-height';
      const x = r.right + window.scrollX;
      const y = r.bottom + window.scrollY;
      if (moved && (x <= 0 || y <= 0 || r.left + window.scrollX >= 5000) && holdsText()) return 'off-screen';
    }
    if (!ownText) return '';
    const indent = parseFloat(cs.textIndent);
    if (indent <= -500 || indent >= 5000) return 'text-indent';
    // What a glyph paints is its fill colour (color, unless
    // -webkit-text-fill-color says otherwise); text that clips a background
    // (gradient headings) or is outlined shows whatever its fill.
    const clipsBackground = cs.backgroundClip === 'text' || /** @type {any} */ (cs).webkitBackgroundClip === 'text';
    if (!clipsBackground && !(parseFloat(/** @type {any} */ (cs).webkitTextStrokeWidth) > 0)) {
      const fg = rgba(/** @type {any} */ (cs).webkitTextFillColor || cs.color);
      if (fg && fg[3] < 0.05) return 'colour';
      const bg = fg && backdrop(el);
      if (fg && bg && Math.max(Math.abs(fg[0] - bg[0]), Math.abs(fg[1] - bg[1]), Math.abs(fg[2] - bg[2])) <= 8) return 'camouflage';
    }
    return '';
  }

  /**
   * Marks hidden elements; returns them so the marks can be removed. The
   * marks are set after the walk: an attribute set during it would make
   * the browser recompute styles and layout at the next element.
   */
  function markHidden() {
    /** @type {Element[]} */
    const marked = [];
    /** @type {string[]} */
    const reasons = [];
    const root = document.body;
    if (!root) return marked;
    /** @param {Element} el @param {string} reason */
    const mark = (el, reason) => {
      if (!el.hasAttribute(HINT)) { marked.push(el); reasons.push(reason); }
    };
    /**
     * Judges one element; tells whether the walk goes into it.
     * @param {Element} el
     */
    const visit = (el) => {
      if (SKIP.has(el.tagName)) return false;
      const cs = getComputedStyle(el);
      const ownText = hasOwnText(el);
      const reason = hiddenReason(el, cs, ownText);
      if (!reason) {
        styles.set(el, cs);
        return true;
      }
      // A visible child of a visibility:hidden parent is still shown,
      // so only display/opacity/box reasons hide a whole subtree; the
      // children of camouflaged text keep their own colours.
      if (reason === 'camouflage' || reason === 'colour') {
        mark(el, reason); // found in the element's own text
        return true;
      }
      if (reason === 'visibility' && el.firstElementChild) {
        if (ownText) mark(el, reason);
        return true;
      }
      mark(el, reason);
      return false;
    };
    // A plain walk in document order: a TreeWalker's filter costs a call
    // from the browser into script at every element.
    let el = root.firstElementChild;
    while (el) {
      if (visit(el) && el.firstElementChild) {
        el = el.firstElementChild;
        continue;
      }
      while (el !== root && !el.nextElementSibling) el = /** @type {Element} */ (el.parentElement);
      el = el === root ? null : el.nextElementSibling;
    }
    marked.forEach((el, i) => el.setAttribute(HINT, reasons[i]));
    return marked;
  }

  /**
   * The serialisation without the text of <style> elements: core reads no
   * style sheet of a live page (the marks replace it), and style text is a
   * quarter of a portal page's markup, all of it parsed for nothing. Each
   * sheet is found by its exact text, in document order, rather than by a
   * pattern that script text containing "<style>" could fool.
   * @param {string} html
   */
  function withoutStyleText(html) {
    /** @type {string[]} */
    const parts = [];
    let from = 0;
    for (const sheet of document.querySelectorAll('style')) {
      const css = sheet.textContent ?? '';
      if (css.length < 256) continue;
      const at = html.indexOf(css + '</style>', from);
      if (at < 0) continue;
      parts.push(html.slice(from, at));
      from = at + css.length;
    }
    if (!parts.length) return html;
    parts.push(html.slice(from));
    return parts.join('');
  }

  /** The doctype line; a system id alone needs its SYSTEM keyword. */
  function doctype() {
    const d = document.doctype;
    if (!d) return '';
    const ids = d.publicId ? ` PUBLIC "${d.publicId}"${d.systemId ? ` "${d.systemId}"` : ''}` : d.systemId ? ` SYSTEM "${d.systemId}"` : '';
    return `<!DOCTYPE ${d.name}${ids}>\n`;
  }

  const marked = markHidden();
  let html;
  try {
    html = doctype() + withoutStyleText(document.documentElement.outerHTML);
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
