// The library: saved articles in IndexedDB, in the extension's own origin.
// Every write is one transaction, so a failure (a full quota, a bad import
// record) leaves the library as it was.

const DB_NAME = 'govreader';
const DB_VERSION = 1;
const STORE = 'articles';
export const EXPORT_FORMAT = 'govreader-library';

/**
 * @typedef {{key: string, title: string, url: string, published: string,
 *   source: string, publisher: string, site_name: string, savedAt: string,
 *   article: object}} Entry
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
    let out;
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

/** @param {any} a Article @returns {Entry} */
export function entryOf(a) {
  return {
    key: a.canonical_url || a.url || `${a.title}|${a.published}`,
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

/** @param {any} article */
export async function add(article) {
  const e = entryOf(article);
  await tx('readwrite', (s) => s.put(e));
  return e;
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

/** @param {string} key */
export async function remove(key) {
  await tx('readwrite', (s) => s.delete(key));
}

/**
 * @param {Entry[]} entries @param {string} query
 */
export function search(entries, query) {
  const q = query.trim().toLowerCase();
  if (!q) return entries;
  return entries.filter((e) =>
    [e.title, e.source, e.publisher, e.site_name, e.url, /** @type {any} */ (e.article).text]
      .some((f) => typeof f === 'string' && f.toLowerCase().includes(q)));
}

/** The whole library as one JSON document. */
export async function exportAll() {
  const entries = await list();
  return JSON.stringify({ format: EXPORT_FORMAT, version: 1, exported: new Date().toISOString(), entries }, null, 1);
}

/**
 * Imports an export. All or nothing: one bad record aborts the whole
 * import and the library stays as it was.
 * @param {string} text
 * @returns {Promise<number>} entries imported
 */
export async function importAll(text) {
  const doc = JSON.parse(text);
  if (doc?.format !== EXPORT_FORMAT || !Array.isArray(doc.entries)) throw new Error('not a GovReader library export');
  for (const e of doc.entries) {
    if (!e || typeof e.key !== 'string' || !e.key || typeof e.article !== 'object') throw new Error('bad library entry');
  }
  await tx('readwrite', (s) => { for (const e of doc.entries) s.put(e); });
  return doc.entries.length;
}
