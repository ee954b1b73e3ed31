// The reader page's entry, after its shell. A click opens this page while
// core is still reading the page (runReader); reader-shell.js, a classic
// script that runs before any module, has painted the toolbar in the
// reader's look and, for a fresh click, the headline the background
// checked, asked for the article (and for the headline, when it had none)
// and loaded this module. It imports only what the rest of the shell
// needs and hands over to reader-view.js. It shows only
// what core produced, or the page's own headline once core's spam lexicon
// has passed it; nothing of the page's markup or scripts reaches it.
import { ext } from './ext.js';
import { MSG } from './protocol.js';
import * as settings from './settings.js';
import { state, $, applyLook, afterPaint } from './reader-state.js';

// The rest of the reader, loading while the shell is shown.
const view = import('./reader-view.js');

/** What reader-shell.js did before this module ran. */
const shell = /** @type {{shown: boolean, title: string, address: string, article?: Promise<any>, head?: Promise<any>, access?: Promise<boolean>, taken?: boolean}} */ (
  /** @type {any} */ (globalThis).govreaderShell ?? { shown: false, title: '', address: '' });

/**
 * The reader before its article: the headline when one may be shown (the
 * page's own, confirmed by its references and core's spam lexicon: see
 * READER_TO_BG_GET_HEAD), and a line saying the article is on its way.
 * With no headline to trust, the heading stays empty rather than show one
 * that could be a hijacker's.
 * @param {string} title
 */
function showShell(title) {
  if (title) {
    document.title = title;
    $('title').textContent = title;
  }
  $('pending').hidden = false;
  $('article').setAttribute('aria-busy', 'true');
  $('article').hidden = false;
}

async function boot() {
  const params = new URLSearchParams(location.search);
  const id = location.hash.slice(1);
  const fromLibrary = params.has('library');
  // Both questions went out with the shell (or go out first here), so
  // that they travel while this page sets itself up: the headline is
  // answered at once, the article when core has read the page. A shell
  // that painted the headline asks only for the article.
  /** @type {Promise<any>} */
  const articleReply = fromLibrary
    ? view.then((v) => v.libraryEntry(params.get('library') ?? ''))
    : shell.article ?? ext.send({ type: MSG.PAGE_TO_BG_GET_ARTICLE, id });
  articleReply.catch(() => undefined);
  /** @type {Promise<{ok?: boolean, title?: string}|undefined>} */
  const headReply = fromLibrary || shell.title ? Promise.resolve(undefined) : (shell.head ?? ext.send({ type: MSG.READER_TO_BG_GET_HEAD, id })).catch(() => undefined);
  // The look reader-shell.js applied is the last reader's; the settings
  // have the last word, and arrive while the article is being made.
  const prefs = settings.load().catch(() => settings.defaults()).then((p) => { state.prefs = p; applyLook(p); });
  let titled = Boolean(shell.title);
  if (!titled && !fromLibrary) {
    // While core is still reading the page, the shell: what is known now.
    const early = await Promise.race([articleReply.then(() => null, () => null), headReply]);
    // The shell paints the headline's answer itself when it comes first
    // (reader-shell.js); from here on this module owns the headline.
    shell.taken = true;
    if (shell.title) titled = true;
    else if (early?.ok) {
      showShell(early.title ?? '');
      if (early.title) {
        await afterPaint();
        // What scripts/bench-click.mjs times as the headline on screen.
        performance.mark('govreader-title');
        titled = true;
      }
    }
  }
  await prefs;
  const v = await view;
  // The page's own timeline: every module of the article is in.
  performance.mark('govreader-modules');
  await v.start({ id, fromLibrary, articleReply, titled, address: shell.address, access: shell.access });
}

boot();
