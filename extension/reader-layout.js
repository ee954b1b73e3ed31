// The body laid out as a 公文: short paragraphs that open with a section
// marker become headings, the 落款 is right-aligned, and each table keeps
// its natural width in a box of its own that scrolls sideways. The text
// decisions are gongwen.js's; this module applies them to the DOM.
import { ext } from './ext.js';
import { headingLevels, signoffRange, isDocNumber, textEm } from './gongwen.js';

/** Cells whose text wants at most this many em do not wrap: a header of
 * four characters stays on one line instead of one character a line. */
const NOWRAP_EM = 10;

const BLOCK = /^(P|DIV|H[1-6]|UL|OL|LI|TABLE|BLOCKQUOTE|PRE|FIGURE|SECTION|CENTER|DL|HR)$/;

/**
 * The paragraphs of the body in reading order: blocks with no block inside,
 * outside tables, lists and quotes (whose lines are not the document's
 * structure).
 * @param {Element} root
 * @returns {HTMLElement[]}
 */
function paragraphs(root) {
  /** @type {HTMLElement[]} */
  const out = [];
  /** @param {Element} el */
  const walk = (el) => {
    for (const c of el.children) {
      if (!BLOCK.test(c.tagName)) continue;
      if (/^(TABLE|UL|OL|DL|BLOCKQUOTE|PRE|FIGURE|HR)$/.test(c.tagName)) continue;
      if ([...c.children].some((k) => BLOCK.test(k.tagName))) { walk(c); continue; }
      out.push(/** @type {HTMLElement} */ (c));
    }
  };
  walk(root);
  return out;
}

/**
 * An element's text with a line break where a <br> is.
 * @param {Node} n
 */
function linesOf(n) {
  let s = '';
  const walker = document.createTreeWalker(n, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let c = walker.nextNode(); c; c = walker.nextNode()) {
    if (c.nodeType === Node.TEXT_NODE) s += c.nodeValue;
    else if (/** @type {Element} */ (c).tagName === 'BR') s += '\n';
  }
  return s;
}

/**
 * Turns a paragraph into a heading of the given level, keeping its inline
 * content (bold included).
 * @param {HTMLElement} p @param {number} level
 */
function toHeading(p, level) {
  const h = document.createElement(`h${level}`);
  h.className = 'section-heading';
  h.append(...p.childNodes);
  p.replaceWith(h);
  return h;
}

/**
 * Wraps each outermost table in its scroll box and tells its cells whether
 * to wrap.
 * @param {Element} root
 */
function layoutTables(root) {
  for (const table of root.querySelectorAll('table')) {
    for (const cell of table.querySelectorAll('td, th')) {
      // A nested table's cells are measured with their own table.
      if (cell.closest('table') !== table) continue;
      // The longest line decides: a cell of short lines (a <br> each) is
      // as narrow as they are.
      const em = Math.max(0, ...linesOf(cell).split('\n').map((l) => textEm(l.replace(/\s+/g, ' '))));
      cell.classList.add(em <= NOWRAP_EM ? 'nowrap' : 'wide');
    }
    if (table.parentElement?.closest('table')) continue;
    const box = document.createElement('div');
    box.className = 'table-scroll';
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', ext.t('tableRegion'));
    table.before(box);
    box.append(table);
  }
}

/**
 * @typedef {{id: string, level: number, text: string}} Heading
 */

/**
 * Lays out the body (not yet in the document). Returns the headings a
 * table of contents lists: the page's own h2–h4 and the ones made here.
 * @param {HTMLElement} root
 * @returns {Heading[]}
 */
export function layoutContent(root) {
  const paras = paragraphs(root);
  const texts = paras.map(linesOf);
  const levels = headingLevels(texts);
  const sign = signoffRange(texts);
  if (sign) {
    for (let i = sign[0]; i < sign[1]; i++) {
      // A 落款 is never also a heading.
      levels[i] = 0;
      if (paras[i].tagName === 'P' || paras[i].tagName === 'DIV') paras[i].classList.add('signoff');
    }
  }
  paras.forEach((p, i) => {
    if (levels[i] && (p.tagName === 'P' || p.tagName === 'DIV')) toHeading(p, levels[i]);
  });
  // The document number above the text is centred, as printed.
  for (const [i, p] of paras.slice(0, 3).entries()) {
    if (p.tagName === 'P' && isDocNumber(texts[i])) p.classList.add('doc-number');
  }
  layoutTables(root);
  /** @type {Heading[]} */
  const out = [];
  let n = 0;
  for (const h of root.querySelectorAll('h2, h3, h4, h5')) {
    if (h.closest('table, li, blockquote')) continue;
    const text = (h.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    h.id = `sec-${++n}`;
    h.setAttribute('tabindex', '-1');
    out.push({ id: h.id, level: Number(h.tagName[1]), text });
  }
  return out;
}

/**
 * Once laid out: a table box that really scrolls can be reached with the
 * keyboard (Tab, then the arrow keys), one that does not stays out of the
 * tab order.
 * @param {HTMLElement} root
 */
export function markScrollers(root) {
  for (const box of root.querySelectorAll('.table-scroll')) {
    if (box.scrollWidth > box.clientWidth + 1) box.setAttribute('tabindex', '0');
    else box.removeAttribute('tabindex');
  }
}
