// The one message vocabulary of GovReader. Every runtime message carries a
// `type` from MSG; the name says who sends it to whom. Nothing else may be
// sent between the extension's contexts. The messages are the extension's
// own; what they carry to and from core (the Article, the options, the
// error codes) is Go's, from the generated contract.js. Its types only:
// this module is among those the reader waits for, and an import of
// contract.js would be one more file to fetch before the article shows.

/**
 * @typedef {import('./contract.js').Article} Article
 * @typedef {import('./contract.js').ExtractOptions} ExtractOptions
 * @typedef {import('./contract.js').ExportOptions} ExportOptions
 */

/** Chrome's runtime messaging limit: a page larger than this cannot reach
 * the wasm host, so it is refused up front with a clear message. */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
/** Room left in a message for the envelope around the page's HTML. */
export const MAX_PAGE_BYTES = MAX_MESSAGE_BYTES - 64 * 1024;

export const MSG = Object.freeze({
  /** background → offscreen: {html, options} → HostReply */
  BG_TO_HOST_EXTRACT: 'bg->host:extract',
  /** background → offscreen: {article, options} → HostReply with text;
   * options are core.ExportOptions (saved, lang, images) */
  BG_TO_HOST_MARKDOWN: 'bg->host:markdown',
  BG_TO_HOST_DOCUMENT: 'bg->host:document',
  /** background → offscreen: load the wasm now → {version}; with jit: true
   * also warm the engine's code for it (warmup.js) before answering */
  BG_TO_HOST_WARM: 'bg->host:warm',
  /** background → offscreen: {text} → {spam: bool}; whether text has any
   * word of core's spam lexicon (core.HasSpamWords), asked of the early
   * headline before the reader shows it */
  BG_TO_HOST_SPAM_WORDS: 'bg->host:spamWords',
  /** background → core worker, on the port of coreport.js: → {ok}; the
   * worker answers without loading the core, to show the port works */
  BG_TO_HOST_PING: 'bg->host:ping',
  /** offscreen → background: the core's worker was lost (a crash, a failed
   * start); a port to it (coreport.js) is dead */
  HOST_TO_BG_CORE_LOST: 'host->bg:coreLost',
  /** page (reader, library, options) → background: {id} → {article}; for
   * a reader whose article is still being extracted, the answer waits for
   * it, or is {ok: false, code} when the extraction failed */
  PAGE_TO_BG_GET_ARTICLE: 'page->bg:getArticle',
  /** reader → background: {id} → {ok, title}; the headline that may be
   * shown while the article is still being extracted: one the page's
   * painted heading and its title agree on, without a word of the spam
   * lexicon, or the article's own once it is there. title is '' when
   * there is none to show yet; ok false when the id is unknown. */
  READER_TO_BG_GET_HEAD: 'reader->bg:getHead',
  /** page → background: {article, format: 'html'|'md', options} → {text} */
  PAGE_TO_BG_RENDER: 'page->bg:render',
  /** reader → background: {url}; show the original without auto-clean */
  READER_TO_BG_VIEW_ORIGINAL: 'reader->bg:viewOriginal',
  /** reader → background: {url} → {ok}; the reader's article is gone (a
   * browser restart): read url again in this tab once it has loaded. The
   * reader then replaces itself with url, so that Back does not return to
   * the dead reader. */
  READER_TO_BG_REREAD: 'reader->bg:reread',
  /** reader → background: {id} → {ok, article} with article.explain: the
   * reader's page extracted again with every removal explained and the
   * site's restored blocks kept; the stash takes the new article. Fails
   * with code 'gone' when the page's HTML is no longer kept. */
  READER_TO_BG_EXPLAIN: 'reader->bg:explain',
  /** options → background: rules changed; re-register auto-clean */
  OPTIONS_TO_BG_RULES_CHANGED: 'options->bg:rulesChanged',
  // The veil (extension/veil.js) is a content script: its messages are the
  // only ones the background takes from a web page's process, and they can
  // only ask for what auto-clean would do to that tab anyway.
  /** veil → background, at document_start: {url} → {ok, go, theme}; go
   * false means the page is not to be cleaned (the user came back to the
   * original, the site is off) and the veil lifts at once */
  VEIL_TO_BG_START: 'veil->bg:start',
  /** veil → background, once the DOM and its style sheets are in: {url}
   * → {ok: false, code, message} when the page stays (no article, a list,
   * an error); the tab turns into the reader otherwise */
  VEIL_TO_BG_READY: 'veil->bg:ready',
  /** veil → background: {url}; the user asked for the original while the
   * veil was up: do not turn this page into the reader */
  VEIL_TO_BG_CANCEL: 'veil->bg:cancel',
});

/** The handover of a direct line from the service worker to the core's
 * worker (coreport.js), which are not runtime messages: hello carries the
 * port, from the service worker to the offscreen document
 * (Client.postMessage) and on to its worker; started goes from the
 * offscreen document to the service worker when it has started a worker. */
export const CORE_PORT = Object.freeze({
  hello: 'govreader:corePort',
  started: 'govreader:coreStarted',
});

/** The message types a content script may send. @type {readonly string[]} */
export const VEIL_TYPES = Object.freeze([MSG.VEIL_TO_BG_START, MSG.VEIL_TO_BG_READY, MSG.VEIL_TO_BG_CANCEL]);

/** The reader page, relative to the extension's root. */
export const READER_PATH = 'extension/reader.html';

/**
 * The query parameter of a reader just opened by a click, before its
 * article is ready: the page's headline once core's checks passed it ('' when
 * there is none yet). extension/reader-shell.js paints the shell with it
 * before any module has loaded, then takes it out of the address, so that
 * the history and bookmarks keep the plain reader URL.
 */
export const HEADLINE_PARAM = 'headline';

/**
 * The reader's URL for a stashed article: the id in the fragment, and the
 * page it was read from in the query, so that the URL alone (a bookmark, the
 * history after a restart) still leads back to the page.
 * @param {string} base the extension's URL of READER_PATH
 * @param {string} id @param {string} source
 * @param {string} [headline] for a reader opened before its article is
 *   ready: the checked headline, or '' (see HEADLINE_PARAM); never one
 *   that failed the checks
 */
export function readerURL(base, id, source, headline) {
  const shell = headline === undefined ? '' : `&${HEADLINE_PARAM}=${encodeURIComponent(headline)}`;
  return `${base}?url=${encodeURIComponent(source)}${shell}#${id}`;
}

/**
 * The page a reader URL was read from, when it is one the reader may open
 * (http or https); '' otherwise.
 * @param {string} search location.search of the reader
 */
export function readerSource(search) {
  const raw = new URLSearchParams(search).get('url') ?? '';
  try {
    const u = new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '';
  } catch {
    return '';
  }
}

/** @type {Set<string>} */
const TYPES = new Set(Object.values(MSG));

/**
 * A message to the wasm host (wasmhost.js). A warm-up may carry warm_html,
 * the sample page already in the content script's serialised form.
 * @typedef {{type: typeof MSG.BG_TO_HOST_EXTRACT, html: string, options?: ExtractOptions}
 *   | {type: typeof MSG.BG_TO_HOST_MARKDOWN | typeof MSG.BG_TO_HOST_DOCUMENT, article: Article, options?: ExportOptions}
 *   | {type: typeof MSG.BG_TO_HOST_WARM, jit?: boolean, warm_html?: string}
 *   | {type: typeof MSG.BG_TO_HOST_SPAM_WORDS, text: string}
 *   | {type: typeof MSG.BG_TO_HOST_PING}} HostMessage
 */

/**
 * The host's answer to each message type, when it succeeds.
 * @typedef {{
 *   [MSG.BG_TO_HOST_WARM]: {ok: true, version: string, load_ms: number},
 *   [MSG.BG_TO_HOST_EXTRACT]: {ok: true, article: Article, extract_ms: number, load_ms: number, version: string},
 *   [MSG.BG_TO_HOST_SPAM_WORDS]: {ok: true, spam: boolean},
 *   [MSG.BG_TO_HOST_MARKDOWN]: {ok: true, text: string},
 *   [MSG.BG_TO_HOST_DOCUMENT]: {ok: true, text: string},
 *   [MSG.BG_TO_HOST_PING]: {ok: true},
 * }} HostReplies
 * @typedef {{ok: false, error: string, code?: string}} Failure
 * @typedef {HostReplies[keyof HostReplies] | Failure} HostReply
 */

/**
 * @typedef {{type: string, target?: string, [k: string]: unknown}} Message
 * @typedef {{ok: true, [k: string]: unknown} | {ok: false, error: string, code?: string}} Reply
 */

/**
 * Reports whether a message is one of ours, with a known type, for the
 * given receiver ('host' or 'bg').
 * @param {unknown} msg
 * @param {'host'|'bg'} receiver
 * @returns {msg is Message}
 */
export function isMessageFor(msg, receiver) {
  if (!msg || typeof msg !== 'object') return false;
  const type = /** @type {Message} */ (msg).type;
  if (typeof type !== 'string' || !TYPES.has(type)) return false;
  return type.split(':')[0].split('->')[1] === receiver;
}

/**
 * Reports whether a sender is one of the extension's own pages (reader,
 * options, library, offscreen, background). Content scripts and web pages
 * are not trusted: they could forge any message.
 * @param {{id?: string, url?: string, origin?: string}} sender
 * @param {string} extensionId
 * @param {string} extensionOrigin e.g. chrome-extension://<id>/
 */
export function isOwnSender(sender, extensionId, extensionOrigin) {
  if (!sender || sender.id !== extensionId) return false;
  const url = sender.url || sender.origin || '';
  return url.startsWith(extensionOrigin);
}

/**
 * Reports whether a sender is the veil: this extension's content script in
 * the top frame of a tab showing a web page. Such a sender is a web page's
 * process and may be compromised, so it is trusted with VEIL_TYPES only,
 * and only about its own tab and page.
 * @param {{id?: string, url?: string, frameId?: number, tab?: {id?: number}}} sender
 * @param {string} extensionId
 */
export function isVeilSender(sender, extensionId) {
  if (!sender || sender.id !== extensionId || sender.frameId !== 0 || sender.tab?.id === undefined) return false;
  return /^https?:\/\//.test(sender.url ?? '');
}

/**
 * What the content script (content.js, a classic script that cannot
 * import this) gives back: the page serialised, or why not.
 * @typedef {{ok: true, html: string, url: string, bytes: number, hidden: number, charset: string, headline: string}
 *   | {ok: false, code: string, bytes: number, limit: number}} PageGrab
 */

/**
 * The codes of a failed answer: core's (contract.js CODE) and the
 * extension's own.
 * @typedef {import('./contract.js').Code | 'no_access' | 'bad_url' | 'host' | 'gone' | 'navigated'
 *   | 'cancelled' | 'not_article' | 'timeout'} ErrorCode
 */

/** Error codes shown to the user, mapped to _locales message names; the
 * others get errHost. */
export const ERROR_MESSAGES = Object.freeze(/** @satisfies {Partial<Record<ErrorCode, string>>} */ ({
  too_large: 'errTooLarge',
  not_html: 'errNotHtml',
  empty: 'errEmpty',
  no_access: 'errNoAccess',
  bad_url: 'errBadUrl',
  host: 'errHost',
}));
