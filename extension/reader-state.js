// What the reader page's modules share: the article, what is shown of it,
// the settings, and the page's one message line.
import { ext } from './ext.js';
import { readerSource } from './protocol.js';
import * as settings from './settings.js';

/** @typedef {import('./contract.js').Article} Article */

export const state = {
  /** The Article as core produced it. Saving and the library always use
   * it: the 简/繁 switch changes what is shown, not what was published.
   * @type {Article|null} */
  article: null,
  /** What is on screen: the Article, or a converted copy of it. @type {Article|null} */
  shown: null,
  /** @type {settings.Settings} */
  prefs: settings.defaults(),
  /** The page this reader was made from, as its own URL says: known even
   * when the article is gone. */
  source: readerSource(location.search),
  /** Whether the extension may read the article's site without a click; the
   * per-site switch never shows auto-clean on without it. */
  siteAccess: false,
};

export const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** How long a message that is not an error stays. */
const MESSAGE_MS = 8000;
let messageTimer = 0;

/**
 * The page's message line; over the bottom of the window once the article
 * is shown, so that a reader scrolled far down still sees it. A message
 * goes after a while, an error stays until the next message or its close
 * button. What the browser said in its own words (an engine's error code)
 * waits behind 详情, so that the line reads in the interface's language.
 * @param {string} text @param {boolean=} error @param {string=} details
 * @param {{label: string, run: () => void}=} action a button after the text
 */
export function status(text, error, details, action) {
  const s = $('status');
  clearTimeout(messageTimer);
  s.textContent = text;
  s.classList.toggle('error', Boolean(error));
  if (details) {
    const d = document.createElement('details');
    const sum = document.createElement('summary');
    sum.textContent = ext.t('errDetails');
    const body = document.createElement('span');
    body.className = 'details';
    body.textContent = ` ${details}`;
    d.append(sum, body);
    s.append(' ', d);
  }
  if (action) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'action';
    b.textContent = action.label;
    b.addEventListener('click', () => { status(''); action.run(); });
    s.append(b);
  }
  if (!text) return;
  if (!error) {
    messageTimer = setTimeout(() => { if (s.firstChild?.nodeValue === text) status(''); }, MESSAGE_MS);
    return;
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  // The × is drawn by CSS: the line's text stays the message alone.
  close.setAttribute('aria-label', ext.t('close'));
  close.title = ext.t('close');
  close.addEventListener('click', () => status(''));
  s.append(close);
}

/** Where the reader keeps its last look for reader-shell.js, which applies
 * it before the first paint: settings live in storage.sync, which no page
 * can read before it paints. */
export const LOOK_KEY = 'govreader.look';

/**
 * @typedef {{theme: string, font: string, elder: boolean, vars: Record<string, string>}} Look
 * The body's attributes for a look: data-theme, data-font, the elder
 * class and the custom properties of reader.css. reader-shell.js applies
 * a Look as it is, without knowing the settings.
 */

/** @param {settings.Settings} prefs @returns {Look} */
export function lookOf(prefs) {
  return {
    theme: prefs.theme,
    font: prefs.font,
    elder: prefs.elder,
    vars: { '--font-size': `${prefs.fontSize}px`, '--width': `${prefs.width}em`, '--line-height': String(prefs.lineHeight) },
  };
}

/**
 * The settings that decide how the page looks (theme, font, sizes, 适老模式),
 * on the body: applied when the settings are loaded and on every change,
 * and kept for the next reader's first paint.
 * @param {settings.Settings} prefs
 */
export function applyLook(prefs) {
  const look = lookOf(prefs);
  const body = document.body;
  body.dataset.theme = look.theme;
  body.dataset.font = look.font;
  body.classList.toggle('elder', look.elder);
  for (const [k, v] of Object.entries(look.vars)) body.style.setProperty(k, v);
  try {
    localStorage.setItem(LOOK_KEY, JSON.stringify(look));
  } catch {
    // No storage (a policy, a full disk): the next reader paints in the
    // default look first, then in this one.
  }
}

/** Resolves once what is on screen has been painted (at once in a hidden
 * tab, which paints nothing and runs no animation frames). */
export function afterPaint() {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const t = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => { clearTimeout(t); resolve(undefined); }, 0));
  });
}
