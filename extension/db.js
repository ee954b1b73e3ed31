// The library: saved articles in IndexedDB, in the extension's own origin.
// Every write is one transaction, so a failure (a full quota, a bad import
// record) leaves the library as it was.

const DB_NAME = 'govreader';
const DB_VERSION = 1;
const STORE = 'articles';
export const EXPORT_FORMAT = 'govreader-library';

/**
 * @typedef {import('./contract.js').Article} Article
 * An entry of the library. Its article is core's as it was saved; one
 * from an import is checked only for being an object (importAll), so
 * readers of it keep their defaults for missing fields.
 * @typedef {{key: string, title: string, url: string, published: string,
 *   source: string, publisher: string, site_name: string, savedAt: string,
 *   updatedAt?: string, article: Article}} Entry
 */

/** @type {Promise<IDBDatabase>|null} */
let opening = null;

/**
 * @param {number=} version
 * @returns {Promise<IDBDatabase>}
 */
function openAt(version) {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, version);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(STORE)) {
        const s = db.createObjectStore(STORE, { keyPath: 'key' });
        s.createIndex('savedAt', 'savedAt');
      }
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** @returns {Promise<IDBDatabase>} */
function open() {
  opening ??= (async () => {
    let db = await openAt(DB_VERSION).catch(() => openAt());
    // A database without the store (created by something else, or a
    // newer version from a sync) is upgraded rather than left broken.
    if (!db.objectStoreNames.contains(STORE)) {
      const v = db.version + 1;
      db.close();
      db = await openAt(v);
    }
    return db;
  })();
  opening.catch(() => { opening = null; });
  return opening;
}

/**
 * Runs fn in one transaction and resolves when it commits.
 * @template T
 * @param {IDBTransactionMode} mode
 * @param {(s: IDBObjectStore) => T} fn
 * @returns {Promise<T>}
 */
async function tx(mode, fn) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const t = db.transaction(STORE, mode);
    /** @type {T} */
    let out;
    // fn ran before the transaction could commit: out is set by then.
    t.oncomplete = () => resolve(out);
    t.onabort = () => reject(describe(t.error));
    t.onerror = () => {};
    try {
      out = fn(t.objectStore(STORE));
    } catch (e) {
      t.abort();
      reject(e);
    }
  });
}

/** @param {DOMException|null} e */
function describe(e) {
  if (e?.name === 'QuotaExceededError') {
    const err = new Error('quota');
    err.name = 'QuotaExceededError';
    return err;
  }
  return e ?? new Error('transaction aborted');
}

/** The library's key of an Article: its address, so that saving the same
 * page again updates its entry instead of adding a second one.
 * @param {Partial<Pick<Article, 'canonical_url' | 'url' | 'title' | 'published'>>} a */
export function keyOf(a) {
  return a.canonical_url || a.url || `${a.title}|${a.published}`;
}

/** @param {Article} a @returns {Entry} */
export function entryOf(a) {
  return {
    key: keyOf(a),
    title: a.title || '',
    url: a.url || '',
    published: a.published || '',
    source: a.source || '',
    publisher: a.publisher || '',
    site_name: a.site_name || '',
    savedAt: new Date().toISOString(),
    article: a,
  };
}

/**
 * Saves an article. An article already in the library is updated in
 * place: the new text and metadata, its first saved time kept, updatedAt
 * set; the caller says which happened, so nothing is duplicated or
 * overwritten silently.
 * @param {Article} article
 * @returns {Promise<{entry: Entry, updated: boolean}>}
 */
export async function add(article) {
  const e = entryOf(article);
  let updated = false;
  await tx('readwrite', (s) => {
    const req = s.get(e.key);
    req.onsuccess = () => {
      const old = /** @type {Entry|undefined} */ (req.result);
      if (old) {
        updated = true;
        e.savedAt = old.savedAt;
        e.updatedAt = new Date().toISOString();
      }
      s.put(e);
    };
  });
  return { entry: e, updated };
}

/** @param {string} key @returns {Promise<boolean>} */
export async function has(key) {
  const req = await tx('readonly', (s) => s.count(key));
  return req.result > 0;
}

/** @returns {Promise<Entry[]>} newest first */
export async function list() {
  /** @type {IDBRequest<Entry[]>} */
  const req = await tx('readonly', (s) => s.getAll());
  return req.result.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/** @param {string} key @returns {Promise<Entry|undefined>} */
export async function get(key) {
  const req = await tx('readonly', (s) => s.get(key));
  return req.result;
}

/**
 * Deletes entries in one transaction and returns them as they were stored,
 * for restore() to put back exactly.
 * @param {string[]} keys
 * @returns {Promise<Entry[]>}
 */
export async function remove(keys) {
  /** @type {Entry[]} */
  const gone = [];
  await tx('readwrite', (s) => {
    for (const key of keys) {
      const req = s.get(key);
      req.onsuccess = () => {
        if (!req.result) return;
        gone.push(req.result);
        s.delete(key);
      };
    }
  });
  return gone;
}

/**
 * Puts deleted entries back as they were. An entry saved again since it
 * was deleted is not overwritten: the newer one stays, and is counted in
 * kept.
 * @param {Entry[]} entries
 * @returns {Promise<{restored: number, kept: number}>}
 */
export async function restore(entries) {
  let kept = 0;
  await tx('readwrite', (s) => {
    for (const e of entries) {
      const req = s.add(e);
      req.onerror = (ev) => {
        if (req.error?.name !== 'ConstraintError') return;
        // Handled: the transaction goes on without this one.
        ev.preventDefault();
        ev.stopPropagation();
        kept++;
      };
    }
  });
  return { restored: entries.length - kept, kept };
}

// ---- finding entries: pure, tested under node (db.test.mjs) ----

/** The site an entry is filed under: the site's name, else its host. @param {Entry} e */
export function siteOf(e) {
  if (e.site_name) return e.site_name;
  try {
    return new URL(e.url).hostname;
  } catch {
    return '';
  }
}

/** The publisher an entry is filed under: 发布机构, else 来源. @param {Entry} e */
export function publisherOf(e) {
  return e.publisher || e.source || '';
}

/**
 * The values of a facet with how many entries have each, most first.
 * @param {Entry[]} entries @param {(e: Entry) => string} of
 * @returns {{value: string, count: number}[]}
 */
export function facet(entries, of) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const e of entries) {
    const v = of(e);
    if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh-CN'));
}

/** @typedef {'saved'|'published'|'site'} SortKey */

/**
 * Entries in the order asked for: saved (newest first), published (newest
 * first, undated last) or site (by name, then newest published first).
 * @param {Entry[]} entries @param {SortKey} by
 */
export function sortEntries(entries, by) {
  const saved = (/** @type {Entry} */ a, /** @type {Entry} */ b) => b.savedAt.localeCompare(a.savedAt);
  const published = (/** @type {Entry} */ a, /** @type {Entry} */ b) =>
    (b.published ? 1 : 0) - (a.published ? 1 : 0) || b.published.localeCompare(a.published) || saved(a, b);
  const out = [...entries];
  if (by === 'published') return out.sort(published);
  if (by === 'site') {
    return out.sort((a, b) => (siteOf(b) ? 1 : 0) - (siteOf(a) ? 1 : 0) || siteOf(a).localeCompare(siteOf(b), 'zh-CN') || published(a, b));
  }
  return out.sort(saved);
}

/**
 * What search reads of an entry: the title, the facts a reader looks
 * things up by (来源, 发布机构, 文号, 索引号 …) and the body.
 * @param {Entry} e
 */
export function searchText(e) {
  const a = /** @type {Partial<Article>} */ (e.article ?? {});
  return [e.title, e.source, e.publisher, e.site_name, a.doc_number, a.index_number, a.author, a.topic, a.site_domain, a.text]
    .filter((v) => typeof v === 'string' && v).join('\n');
}

/** Brackets and spaces that differ between copies of the same 文号
 * (〔2025〕, [2025], （2025）) and that nobody types the same way. */
const LOOSE = /[\s〔〕［］【】〖〗()（）[\]{}｛｝]+/g;

/**
 * Folds text for matching: width and compatibility forms (NFKC), case,
 * brackets and spaces, then the script through convert (traditional to
 * simplified), so that 會議 and 会议 fold alike.
 * @param {string} text @param {(s: string) => string} [convert]
 */
export function fold(text, convert) {
  const s = String(text ?? '').normalize('NFKC').toLowerCase().replace(LOOSE, '');
  return convert ? convert(s) : s;
}

/**
 * A character folder from the fold table (script-fold.txt, generated by
 * core/script: pairs of a traditional character and its simplified one).
 * Folding a whole library this way takes milliseconds, where script.wasm's
 * phrase-aware converter takes seconds.
 * @param {string} table
 * @returns {(s: string) => string}
 */
export function charFolder(table) {
  /** @type {Map<string, string>} */
  const map = new Map();
  const chars = [...table.trim()];
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i], chars[i + 1]);
  if (!map.size) return (s) => s;
  // One character class of the table's keys: text that holds none of them
  // (simplified text, most of it) is scanned once and left as it is.
  const keys = new RegExp(`[${[...map.keys()].join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'gu');
  return (s) => s.replace(keys, (ch) => map.get(ch) ?? ch);
}

/**
 * The query's terms, folded: an entry matches when its folded text holds
 * every one.
 * @param {string} query @param {(s: string) => string} [convert]
 */
export function queryTerms(query, convert) {
  return String(query ?? '').split(/\s+/).map((t) => fold(t, convert)).filter(Boolean);
}

/**
 * Entries whose folded search text holds every term.
 * @param {Entry[]} entries @param {string[]} terms
 * @param {(e: Entry) => string} folded the entry's folded searchText
 */
export function search(entries, terms, folded) {
  if (!terms.length) return entries;
  return entries.filter((e) => {
    const t = folded(e);
    return terms.every((q) => t.includes(q));
  });
}

/**
 * Entries as one JSON document, in the format importAll reads.
 * @param {Entry[]} entries
 */
export function exportJSON(entries) {
  return JSON.stringify({ format: EXPORT_FORMAT, version: 1, exported: new Date().toISOString(), entries }, null, 1);
}

/** The whole library as one JSON document. */
export async function exportAll() {
  return exportJSON(await list());
}

/**
 * Imports an export. All or nothing: one bad record aborts the whole
 * import and the library stays as it was. An entry already in the library
 * is replaced by the imported one, and counted.
 * @param {string} text
 * @returns {Promise<{imported: number, replaced: number}>}
 */
export async function importAll(text) {
  const doc = JSON.parse(text);
  if (doc?.format !== EXPORT_FORMAT || !Array.isArray(doc.entries)) throw new Error('not a GovReader library export');
  for (const e of doc.entries) {
    if (!e || typeof e.key !== 'string' || !e.key || typeof e.article !== 'object' || !e.article || typeof e.savedAt !== 'string') throw new Error('bad library entry');
  }
  let replaced = 0;
  await tx('readwrite', (s) => {
    for (const e of doc.entries) {
      const req = s.count(e.key);
      req.onsuccess = () => { if (req.result) replaced++; };
      s.put(e);
    }
  });
  return { imported: doc.entries.length, replaced };
}
