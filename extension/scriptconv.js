// The reader's 简/繁 switch: loads script.wasm (core/script through
// wasm/script) in the reader page on first use and converts an Article for
// display. script.wasm is a module of its own, not part of core.wasm,
// because its OpenCC dictionaries cost ~0.55 MB gzip that most readers
// never need; loading it here, lazily, keeps it off every other path.

/** @typedef {'t2s'|'s2t'} Direction */
/** @typedef {{version: string, convert: (text: string, direction: string) => string,
 *   convertHTML: (html: string, direction: string) => string}} ScriptModule */

/** The settings value → the conversion it asks for. */
export const DIRECTIONS = Object.freeze({ simplified: 't2s', traditional: 's2t' });

/** @type {Promise<ScriptModule>|null} */
let loading = null;

/**
 * Instantiates script.wasm once per page. A failed load is forgotten, so
 * that pressing the switch again retries.
 * @returns {Promise<ScriptModule>}
 */
export function loadScript() {
  loading ??= (async () => {
    // wasm_exec.js defines the Go class; imported here, not up front, so
    // that a reader that never converts loads none of this.
    await import('./wasm_exec.js');
    const { startGo } = await import('./gowasm.js');
    return startGo(new URL('./script.wasm', import.meta.url), 'govreaderScript');
  })();
  loading.catch(() => { loading = null; });
  return loading;
}

/**
 * Unwraps a bridge reply: {"text"} or {"error"}.
 * @param {string} json
 * @returns {string}
 */
function unwrap(json) {
  const out = JSON.parse(json);
  if (typeof out.text !== 'string') throw new Error(out.error || 'script conversion failed');
  return out.text;
}

/** The Article's text fields the reader shows (and reads aloud). URLs,
 * dates and codes are left alone: they hold no convertible text, and a
 * converted URL would be a different URL. */
const TEXT_FIELDS = ['title', 'source', 'publisher', 'author', 'editor', 'doc_number', 'index_number',
  'topic', 'site_name', 'text'];

/**
 * Returns a converted copy of an Article for display. The original is not
 * touched: switching back shows it again rather than a round trip, which
 * would not give back the same text (one simplified character stands for
 * several traditional ones). The spam report is left as found, since it
 * quotes the page.
 * @param {import('./contract.js').Article} article
 * @param {Direction} direction
 * @param {ScriptModule} mod
 * @returns {import('./contract.js').Article}
 */
export function convertArticle(article, direction, mod) {
  const a = structuredClone(article);
  const fields = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (a));
  for (const k of TEXT_FIELDS) {
    const v = fields[k];
    if (typeof v === 'string' && v) fields[k] = unwrap(mod.convert(v, direction));
  }
  if (typeof a.content === 'string' && a.content) a.content = unwrap(mod.convertHTML(a.content, direction));
  for (const at of Array.isArray(a.attachments) ? a.attachments : []) {
    if (typeof at?.name === 'string' && at.name) at.name = unwrap(mod.convert(at.name, direction));
  }
  return a;
}
