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
  // Copies of what this script cannot import (reader-load.test.mjs holds
  // them to the originals): protocol.js HEADLINE_PARAM and two of its
  // MSG types, reader-state.js LOOK_KEY.
  const HEADLINE_PARAM = 'headline';
  const GET_ARTICLE = 'page->bg:getArticle';
  const GET_HEAD = 'reader->bg:getHead';
  const LOOK_KEY = 'govreader.look';
  /** settings.js ruleOrigins: the match patterns of one site. @param {string} host */
  const originsOf = (host) => [`http://${host}/*`, `https://${host}/*`];
  /** The modules the reader shows its article with, loaded once the shell
   * is painted: all at once, rather than one level of imports after
   * another (reader-load.test.mjs keeps the list to the import graph of
   * reader.js and reader-view.js). The entry, reader.js, is last. */
  const MODULES = ['ext.js', 'protocol.js', 'settings.js', 'reader-state.js', 'reader-view.js', 'db.js',
    'reader-render.js', 'trust.js', 'reasons.js', 'reader-layout.js', 'gongwen.js', 'reader-aids.js',
    'saving.js', 'reader-toolbar.js', 'reader.js'];
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
  /**
   * What reader.js takes over: whether the shell shows the article's
   * place and with which headline, the plain address, and the answers to
   * the questions this script asks at once (protocol.js
   * PAGE_TO_BG_GET_ARTICLE, READER_TO_BG_GET_HEAD).
   * taken: reader.js has taken the headline over; the shell paints none
   * after that.
   * @type {{shown: boolean, title: string, address: string, article?: Promise<any>, head?: Promise<any>, access?: Promise<boolean>, taken?: boolean}}
   */
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

  /** A headline as the shell shows it: one line, cut. @param {string} t */
  const clean = (t) => t.replace(/\s+/g, ' ').trim().slice(0, MAX_HEADLINE);

  const params = new URLSearchParams(location.search);
  const opened = params.has(HEADLINE_PARAM) && !params.has('library') && location.hash.length > 1;
  if (opened) {
    shell.shown = true;
    shell.title = clean(params.get(HEADLINE_PARAM) ?? '');
    // The address the history and bookmarks keep is the plain reader URL.
    params.delete(HEADLINE_PARAM);
    shell.address = `${location.pathname}?${params}${location.hash}`;
  }

  // The article (and the headline, when the address had none) is asked
  // for now, not once the modules are in: the answer waits for core in
  // the background, and the request had better be there when core is done.
  // So is whether the page's site may be read without a click (the ⋯
  // menu's 自动净化本站), which after a browser start can take the browser
  // a few tenths of a second to say.
  const id = location.hash.slice(1);
  if (id && !params.has('library')) {
    shell.article = api.runtime.sendMessage({ type: GET_ARTICLE, id });
    shell.article.catch(() => undefined);
    if (!shell.title) {
      shell.head = api.runtime.sendMessage({ type: GET_HEAD, id });
      shell.head.catch(() => undefined);
      // A click that did not wait for core's check of the headline (a
      // busy machine, a core still loading) opened this page without it:
      // the answer, the headline once checked, is painted as soon as it
      // comes rather than once the modules are in (reader.js).
      if (opened) {
        shell.head.then((r) => {
          const t = clean(typeof r?.title === 'string' && r.ok ? r.title : '');
          if (!t || shell.taken || shell.title) return;
          shell.title = t;
          if (painted) showTitle();
        }, () => undefined);
      }
    }
    try {
      const source = new URL(params.get('url') ?? '');
      if (source.protocol === 'http:' || source.protocol === 'https:') {
        shell.access = api.permissions.contains({ origins: originsOf(source.hostname) }).catch(() => false);
      }
    } catch {
      // No page in the address: nothing to ask.
    }
  }

  /** The reader's modules: preloaded together, then the entry. */
  const loadModules = () => {
    // The page's own timeline (scripts/bench-click.mjs, profiling): the
    // shell is painted and the modules are asked for.
    performance.mark('govreader-shell');
    for (const m of MODULES) {
      const el = document.createElement(m === 'reader.js' ? 'script' : 'link');
      if (el instanceof HTMLScriptElement) {
        el.type = 'module';
        el.src = m;
      } else {
        /** @type {HTMLLinkElement} */ (el).rel = 'modulepreload';
        /** @type {HTMLLinkElement} */ (el).href = m;
      }
      document.head.append(el);
    }
  };

  /** Calls f once what is on screen has been painted (reader-state.js
   * afterPaint, which this script cannot import). @param {() => void} f */
  const afterPaint = (f) => {
    if (document.visibilityState === 'hidden') { f(); return; }
    let done = false;
    const once = () => { if (!done) { done = true; f(); } };
    setTimeout(once, 100);
    requestAnimationFrame(() => setTimeout(once, 0));
  };

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

  const showTitle = () => {
    document.title = shell.title;
    /** @type {HTMLElement} */ (document.getElementById('title')).textContent = shell.title;
    // What scripts/bench-click.mjs times as the headline on screen.
    afterPaint(() => performance.mark('govreader-title'));
  };

  const paint = () => {
    const article = /** @type {HTMLElement} */ (document.getElementById('article'));
    if (shell.title) showTitle();
    /** @type {HTMLElement} */ (document.getElementById('pending')).hidden = false;
    article.setAttribute('aria-busy', 'true');
    article.hidden = false;
  };

  // The rest of the body is not parsed yet. A mutation observer's callback
  // runs at the end of the parser's task, before the browser can paint
  // what it parsed: the first frame that shows the article's place shows
  // it with the headline, and the toolbar already in the UI's language.
  let painted = !opened;
  let localized = false;
  let loading = false;
  const step = () => {
    if (!painted && document.getElementById('pending')) { paint(); painted = true; }
    // The last element of the page with text of its own: all the text to
    // localize is in (reader-load.test.mjs holds reader.html to that).
    if (!localized && document.getElementById(LAST_TEXT)) { localize(); localized = true; }
    // The modules follow the frame that shows all this: fetched before
    // it, each would cost this page's main thread a request, a response
    // and a compile first.
    if (painted && localized && !loading) { loading = true; afterPaint(loadModules); }
    return loading;
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
    if (!loading) { loading = true; afterPaint(loadModules); }
  }, { once: true });
})();
