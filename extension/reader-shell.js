// The reader's first paint. A classic script at the top of reader.html's
// body, so that it runs while the page is parsed, before any module has
// loaded: a click opens the reader while core is still reading the page,
// and the modules (a dozen files, each a round trip and a compile) would
// otherwise keep the screen blank. It
//   - applies the look the last reader kept (reader-state.js LOOK_KEY):
//     theme, font, sizes, 适老模式, so that the first frame is already in
//     the reader's colours;
//   - fills the page's text from _locales, as i18n.js does for every page;
//   - for a reader a click has just opened (its URL carries the headline
//     parameter, protocol.js HEADLINE_PARAM), shows the article's place
//     with the headline and the line saying the article is coming; the
//     address without the parameter is what the history is to keep
//     (reader-view.js puts it there once the article is shown: a change
//     of address sets the browser and the background to work, which would
//     compete with the article).
// The headline in the URL is one the background passed through core's
// checks (the page's painted heading that its <title>, ArticleTitle or
// og:title confirm, without a word of core's spam lexicon), or '' when
// there is none yet; an extension page's URL cannot be set by a web page.
// reader.js takes over from what this leaves in window.govreaderShell.
(() => {
  /** Keep in step with protocol.js HEADLINE_PARAM and reader-state.js LOOK_KEY
   * (extension/reader-shell.test.mjs checks both). */
  const HEADLINE_PARAM = 'headline';
  const LOOK_KEY = 'govreader.look';
  const THEMES = ['auto', 'light', 'sepia', 'dark'];
  const FONTS = ['sans', 'serif'];
  const VARS = ['--font-size', '--width', '--line-height'];
  /** A headline longer than this is cut: the content script offers none
   * longer than 200 characters. */
  const MAX_HEADLINE = 200;
  /** The id of reader.html's last element with text to localize. */
  const LAST_TEXT = 'speakStop';

  const api = /** @type {typeof chrome} */ (/** @type {any} */ (globalThis).browser ?? globalThis.chrome);
  const body = document.body;
  /** @type {{shown: boolean, title: string, address: string}} */
  const shell = { shown: false, title: '', address: '' };
  Object.defineProperty(globalThis, 'govreaderShell', { value: shell });

  // The look. Anything unexpected is ignored: the default look is a
  // fine first frame.
  try {
    const look = JSON.parse(localStorage.getItem(LOOK_KEY) ?? 'null');
    if (look && typeof look === 'object') {
      if (THEMES.includes(look.theme)) body.dataset.theme = look.theme;
      if (FONTS.includes(look.font)) body.dataset.font = look.font;
      if (typeof look.elder === 'boolean') body.classList.toggle('elder', look.elder);
      for (const k of VARS) {
        const v = look.vars?.[k];
        if (typeof v === 'string' && /^[0-9.]+(px|em)?$/.test(v)) body.style.setProperty(k, v);
      }
    }
  } catch {
    // No storage, or not JSON: the default look.
  }

  const params = new URLSearchParams(location.search);
  const opened = params.has(HEADLINE_PARAM) && !params.has('library') && location.hash.length > 1;
  if (opened) {
    shell.shown = true;
    shell.title = (params.get(HEADLINE_PARAM) ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_HEADLINE);
    // The address the history and bookmarks keep is the plain reader URL.
    params.delete(HEADLINE_PARAM);
    shell.address = `${location.pathname}?${params}${location.hash}`;
  }

  /** The page's text from _locales (i18n.js localize, which the other pages use). */
  const localize = () => {
    for (const el of document.querySelectorAll('[data-i18n]')) {
      const m = api.i18n?.getMessage(/** @type {HTMLElement} */ (el).dataset.i18n ?? '');
      if (m) el.textContent = m;
    }
    for (const el of document.querySelectorAll('[data-i18n-label]')) {
      const m = api.i18n?.getMessage(/** @type {HTMLElement} */ (el).dataset.i18nLabel ?? '');
      if (m) { el.setAttribute('aria-label', m); el.setAttribute('title', m); }
    }
    const lang = api.i18n?.getMessage('@@ui_locale');
    if (lang) document.documentElement.lang = lang.replace('_', '-');
  };

  const paint = () => {
    const article = /** @type {HTMLElement} */ (document.getElementById('article'));
    if (shell.title) {
      document.title = shell.title;
      /** @type {HTMLElement} */ (document.getElementById('title')).textContent = shell.title;
    }
    /** @type {HTMLElement} */ (document.getElementById('pending')).hidden = false;
    article.setAttribute('aria-busy', 'true');
    article.hidden = false;
    if (!shell.title) return;
    // What scripts/bench-click.mjs times as the headline on screen
    // (reader-state.js afterPaint, which this script cannot import).
    const mark = () => performance.mark('govreader-title');
    if (document.visibilityState === 'hidden') { mark(); return; }
    const t = setTimeout(mark, 100);
    requestAnimationFrame(() => setTimeout(() => { clearTimeout(t); mark(); }, 0));
  };

  // The rest of the body is not parsed yet. A mutation observer's callback
  // runs at the end of the parser's task, before the browser can paint
  // what it parsed: the first frame that shows the article's place shows
  // it with the headline, and the toolbar already in the UI's language.
  let painted = !opened;
  let localized = false;
  const step = () => {
    if (!painted && document.getElementById('pending')) { paint(); painted = true; }
    // The last element of the page with text of its own: all the text to
    // localize is in (reader-shell.test.mjs holds reader.html to that).
    if (!localized && document.getElementById(LAST_TEXT)) { localize(); localized = true; }
    return painted && localized;
  };
  if (step()) return;
  const observer = new MutationObserver(() => { if (step()) observer.disconnect(); });
  observer.observe(body, { childList: true, subtree: true });
  // The safety net of a body that lost its last element: the parse is
  // over, so whatever is left is done now.
  document.addEventListener('DOMContentLoaded', () => {
    observer.disconnect();
    if (!painted && document.getElementById('pending')) { paint(); painted = true; }
    if (!localized) { localize(); localized = true; }
  }, { once: true });
})();
