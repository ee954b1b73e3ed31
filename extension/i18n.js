// Fills the extension pages' text from _locales: data-i18n sets the text,
// data-i18n-label the aria-label and title. The Chinese in the HTML is the
// fallback when a message is missing.
import { ext } from './ext.js';

/** @param {ParentNode} root */
export function localize(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) {
    const m = ext.api.i18n?.getMessage(/** @type {HTMLElement} */ (el).dataset.i18n ?? '');
    if (m) el.textContent = m;
  }
  for (const el of root.querySelectorAll('[data-i18n-label]')) {
    const m = ext.api.i18n?.getMessage(/** @type {HTMLElement} */ (el).dataset.i18nLabel ?? '');
    if (m) { el.setAttribute('aria-label', m); el.setAttribute('title', m); }
  }
  const lang = ext.api.i18n?.getMessage('@@ui_locale');
  if (lang) document.documentElement.lang = lang.replace('_', '-');
}
