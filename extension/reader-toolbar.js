// The toolbar: one compact row whose buttons open three panels (Aa, 保存,
// ⋯) as popovers (light dismiss and Esc come from the browser), placed
// under their button; out of the way while the reader scrolls down, back
// on scrolling up.
import { $ } from './reader-state.js';

/** Scrolling down this far past the toolbar tucks it away. */
const TUCK_AFTER_PX = 80;
/** Scrolling up this far brings it back. */
const SHOW_AFTER_PX = 24;

/** Whether any panel is open. */
export function panelOpen() {
  return Boolean(document.querySelector('.panel:popover-open'));
}

/** Closes the panel an element is in, after its action: a menu item does
 * one thing. @param {Element} el */
export function closePanelOf(el) {
  const panel = /** @type {HTMLElement|null} */ (el.closest('.panel'));
  if (panel?.matches(':popover-open')) panel.hidePopover();
}

/**
 * Places an opening panel under its button, inside the window.
 * @param {HTMLElement} panel @param {HTMLElement} button
 */
function place(panel, button) {
  const r = button.getBoundingClientRect();
  const bar = $('toolbar').getBoundingClientRect();
  panel.style.setProperty('--panel-top', `${Math.round(Math.max(bar.bottom, r.bottom) + 4)}px`);
  const width = panel.offsetWidth || 240;
  const left = Math.min(Math.max(8, r.left), Math.max(8, innerWidth - width - 8));
  panel.style.setProperty('--panel-left', `${Math.round(left)}px`);
}

let lastY = 0;
/** Where the last change of direction happened. */
let turnY = 0;
let goingDown = true;

function onScroll() {
  const bar = $('toolbar');
  const y = scrollY;
  const down = y > lastY;
  if (down !== goingDown) { goingDown = down; turnY = lastY; }
  lastY = y;
  if (panelOpen()) return;
  if (y <= bar.offsetHeight) bar.classList.remove('tucked');
  else if (down && y - turnY > TUCK_AFTER_PX) bar.classList.add('tucked');
  else if (!down && turnY - y > SHOW_AFTER_PX) bar.classList.remove('tucked');
}

/** Wires the toolbar; once per page. */
export function initToolbar() {
  for (const panel of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('.panel[popover]'))) {
    const button = /** @type {HTMLElement} */ (document.querySelector(`[popovertarget="${panel.id}"]`));
    // Placed before it shows (no jump from the middle of the window), and
    // again once its real width is known.
    panel.addEventListener('beforetoggle', (e) => {
      const open = /** @type {ToggleEvent} */ (e).newState === 'open';
      // Said at once: 'toggle' comes a task later, after the panel shows.
      button.setAttribute('aria-expanded', String(open));
      if (open) place(panel, button);
    });
    panel.addEventListener('toggle', (e) => {
      const open = /** @type {ToggleEvent} */ (e).newState === 'open';
      button.setAttribute('aria-expanded', String(open));
      if (!open) return;
      $('toolbar').classList.remove('tucked');
      place(panel, button);
      // The first control, for keyboard users who opened it with Enter.
      /** @type {HTMLElement|null} */ (panel.querySelector('button, select, input, a'))?.focus({ preventScroll: true });
    });
    button.setAttribute('aria-expanded', 'false');
  }
  addEventListener('resize', () => {
    const open = /** @type {HTMLElement|null} */ (document.querySelector('.panel:popover-open'));
    if (open) place(open, /** @type {HTMLElement} */ (document.querySelector(`[popovertarget="${open.id}"]`)));
  }, { passive: true });
  addEventListener('scroll', onScroll, { passive: true });
}
