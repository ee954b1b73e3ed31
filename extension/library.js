// The library page: saved articles with search, open, delete, and export
// or import of the whole library.
import { ext } from './ext.js';
import * as library from './db.js';
import { localize } from './i18n.js';

const $ = (/** @type {string} */ id) => /** @type {any} */ (document.getElementById(id));
/** @type {library.Entry[]} */
let entries = [];

function show() {
  const shown = library.search(entries, $('search').value);
  $('count').textContent = ext.tn('libCount', shown.length);
  const list = $('list');
  list.textContent = '';
  if (!entries.length) {
    const li = document.createElement('li');
    li.textContent = ext.t('libEmpty');
    list.append(li);
    return;
  }
  for (const e of shown) {
    const li = document.createElement('li');
    li.className = 'entry';
    li.dataset.key = e.key;
    const a = document.createElement('a');
    a.href = `reader.html?library=${encodeURIComponent(e.key)}`;
    a.textContent = e.title || e.url;
    a.className = 'title';
    const meta = document.createElement('div');
    meta.className = 'meta';
    meta.textContent = [e.published.slice(0, 10), e.source || e.publisher, e.site_name].filter(Boolean).join(' · ');
    const del = document.createElement('button');
    del.type = 'button';
    del.className = 'delete';
    del.textContent = ext.t('libDelete');
    del.setAttribute('aria-label', `${ext.t('libDelete')}: ${e.title}`);
    del.addEventListener('click', async () => {
      await library.remove(e.key);
      await refresh();
    });
    li.append(a, meta, del);
    list.append(li);
  }
}

async function refresh() {
  entries = await library.list();
  show();
}

/** @param {string} text @param {boolean=} error */
function status(text, error) {
  $('status').textContent = text;
  $('status').classList.toggle('error', Boolean(error));
}

async function main() {
  localize();
  $('search').addEventListener('input', show);
  $('export').addEventListener('click', async () => {
    const date = new Date().toISOString().slice(0, 10);
    await ext.download(await library.exportAll(), `GovReader/library-${date}.json`, 'application/json');
  });
  $('import').addEventListener('change', async (/** @type {any} */ e) => {
    const file = e.target.files?.[0];
    if (!file) return;
    try {
      const n = await library.importAll(await file.text());
      status(ext.tn('libImported', n));
    } catch (err) {
      status(ext.t('libImportFailed') + ' ' + String(/** @type {any} */ (err)?.message ?? err), true);
    }
    e.target.value = '';
    await refresh();
  });
  await refresh();
  document.body.dataset.state = 'ready';
}

main();
