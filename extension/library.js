// The library page: saved articles, sorted by saved date, published date or
// site, filtered by site and by publisher, searched across simplified and
// traditional script (title, body, 文号, 索引号, 来源, 发布机构; the fold
// table core/script generates, not script.wasm, which is far slower over a
// whole library), deleted
// with undo, and exported (all or a selection) as Markdown files in a zip
// or as JSON. It follows the reader's theme.
import { ext } from './ext.js';
import * as library from './db.js';
import * as settings from './settings.js';
import { localize } from './i18n.js';
import { trustOf, TRUST_MESSAGES } from './trust.js';
import { render, localISO } from './saving.js';
import { zip, uniqueName } from './zip.js';

const $ = (/** @type {string} */ id) => /** @type {any} */ (document.getElementById(id));

/** @type {library.Entry[]} */
let entries = [];
/** Keys of the entries picked for export or deletion. */
const picked = new Set();
/** Each entry's folded search text, with the version and folding it was
 * made with, so that a search folds only the query. @type {Map<string, {v: string, text: string}>} */
const folded = new Map();
/** Traditional → simplified, character by character, with the fold table
 * (script-fold.txt) once it has loaded; null before, or when it could not
 * load (search then matches the same characters only).
 * @type {((s: string) => string)|null} */
let toSimplified = null;
/** @type {Promise<void>|null} */
let converterLoading = null;
/** What each deletion took, newest last, for undo. @type {library.Entry[][]} */
const deletions = [];

const english = () => ext.uiLanguage().toLowerCase().startsWith('en');
const colon = () => (english() ? ': ' : '：');

/** A stored ISO time as the reader writes dates: 2025-05-01 09:30, local. @param {string} iso */
function showTime(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return localISO(d).slice(0, 16).replace('T', ' ');
}

/** @param {library.Entry} e */
function foldedText(e) {
  const v = `${e.updatedAt ?? e.savedAt}|${toSimplified ? 't2s' : ''}`;
  let f = folded.get(e.key);
  if (f?.v !== v) {
    f = { v, text: library.fold(library.searchText(e), toSimplified ?? undefined) };
    folded.set(e.key, f);
  }
  return f.text;
}

/** Loads the fold table for 简/繁-insensitive search, once, when the
 * search box is first used; until then search matches the same
 * characters. */
function loadConverter() {
  converterLoading ??= (async () => {
    status(ext.t('libSearchLoading'));
    try {
      const res = await fetch(new URL('./script-fold.txt', import.meta.url));
      if (!res.ok) throw new Error(`script-fold.txt: ${res.status}`);
      toSimplified = library.charFolder(await res.text());
      status('');
    } catch {
      status(ext.t('libSearchPlain'), true);
    }
    show();
    document.body.dataset.search = toSimplified ? 'script' : 'plain';
  })();
  return converterLoading;
}

/** The entries the controls select, in the chosen order. */
function shownEntries() {
  const site = $('site').value;
  const publisher = $('publisher').value;
  const inFacets = entries.filter((e) => (!site || library.siteOf(e) === site) && (!publisher || library.publisherOf(e) === publisher));
  const found = library.search(inFacets, library.queryTerms($('search').value, toSimplified ?? undefined), foldedText);
  return library.sortEntries(found, /** @type {library.SortKey} */ ($('sort').value));
}

/** The entries an action applies to: the picked ones, else all. */
function targets() {
  return picked.size ? entries.filter((e) => picked.has(e.key)) : entries;
}

/**
 * Fills a facet's select, keeping the choice while it still has entries.
 * @param {HTMLSelectElement} select @param {(e: library.Entry) => string} of @param {string} allMessage
 */
function fillFacet(select, of, allMessage) {
  const keep = select.value;
  select.textContent = '';
  select.append(new Option(ext.t(allMessage), ''));
  for (const { value, count } of library.facet(entries, of)) select.append(new Option(ext.t('libFacet', [value, String(count)]), value));
  select.value = [...select.options].some((o) => o.value === keep) ? keep : '';
}

/** @param {library.Entry} e */
function entryItem(e) {
  const li = document.createElement('li');
  li.className = 'entry';
  li.dataset.key = e.key;
  li.classList.toggle('picked', picked.has(e.key));

  const pick = document.createElement('input');
  pick.type = 'checkbox';
  pick.className = 'pick';
  pick.checked = picked.has(e.key);
  pick.setAttribute('aria-label', ext.t('libSelect', [e.title || e.url]));
  pick.addEventListener('change', () => {
    if (pick.checked) picked.add(e.key);
    else picked.delete(e.key);
    li.classList.toggle('picked', pick.checked);
    showActions();
  });

  const body = document.createElement('div');
  const trust = trustOf(e.article);
  if (trust === 'copy' || trust === 'official-cleaned') {
    const b = document.createElement('span');
    b.className = `badge ${trust}`;
    b.textContent = ext.t(TRUST_MESSAGES[trust]);
    body.append(b);
  }
  const a = document.createElement('a');
  a.href = `reader.html?library=${encodeURIComponent(e.key)}`;
  a.textContent = e.title || e.url;
  a.className = 'title';
  body.append(a);
  const art = /** @type {Partial<import('./contract.js').Article>} */ (e.article ?? {});
  const meta = document.createElement('div');
  meta.className = 'meta';
  meta.textContent = [e.published.slice(0, 10), library.publisherOf(e), library.siteOf(e),
    art.doc_number ? ext.t('factDocNumber') + colon() + art.doc_number : ''].filter(Boolean).join(' · ');
  const saved = document.createElement('div');
  saved.className = 'saved';
  saved.textContent = [ext.t('libSavedAt', [showTime(e.savedAt)]), e.updatedAt ? ext.t('libUpdatedAt', [showTime(e.updatedAt)]) : '']
    .filter(Boolean).join(' · ');
  body.append(meta, saved);

  const del = document.createElement('button');
  del.type = 'button';
  del.className = 'delete';
  del.textContent = ext.t('libDelete');
  del.setAttribute('aria-label', `${ext.t('libDelete')}${colon()}${e.title}`);
  del.addEventListener('click', () => deleteEntries([e.key]));
  li.append(pick, body, del);
  return li;
}

function showActions() {
  const n = picked.size;
  $('exportMd').textContent = n ? ext.t('libExportMdSome', [String(n)]) : ext.t('libExportMd');
  $('export').textContent = n ? ext.t('libExportSome', [String(n)]) : ext.t('libExport');
  $('deleteSelected').hidden = n === 0;
  $('deleteSelected').textContent = ext.t('libDeleteSome', [String(n)]);
  $('exportMd').disabled = $('export').disabled = entries.length === 0;
  const shown = shownEntries();
  const all = shown.length > 0 && shown.every((e) => picked.has(e.key));
  $('selectAll').checked = all;
  $('selectAll').indeterminate = !all && shown.some((e) => picked.has(e.key));
  $('selectAll').disabled = shown.length === 0;
}

function show() {
  const shown = shownEntries();
  const filtered = shown.length !== entries.length;
  $('count').textContent = !entries.length ? '' : filtered ? ext.t('libShown', [String(shown.length), String(entries.length)]) : ext.tn('libCount', entries.length);
  const list = $('list');
  list.textContent = '';
  if (!shown.length) {
    const li = document.createElement('li');
    li.className = 'empty';
    li.textContent = ext.t(entries.length ? 'libNoMatch' : 'libEmpty');
    list.append(li);
  }
  for (const e of shown) list.append(entryItem(e));
  showActions();
}

async function refresh() {
  entries = await library.list();
  const keys = new Set(entries.map((e) => e.key));
  for (const k of picked) if (!keys.has(k)) picked.delete(k);
  for (const k of folded.keys()) if (!keys.has(k)) folded.delete(k);
  fillFacet($('site'), library.siteOf, 'libAllSites');
  fillFacet($('publisher'), library.publisherOf, 'libAllPublishers');
  show();
}

/** @param {string} text @param {boolean=} error */
function status(text, error) {
  $('status').textContent = text;
  $('status').classList.toggle('error', Boolean(error));
}

function showUndo() {
  const last = deletions.at(-1);
  $('undoBar').hidden = !last;
  if (last) $('undoText').textContent = ext.tn('libDeleted', last.length);
}

/** Deletes at once, and offers to undo: nothing is asked first, and
 * nothing is lost. @param {string[]} keys */
async function deleteEntries(keys) {
  try {
    const gone = await library.remove(keys);
    for (const e of gone) picked.delete(e.key);
    if (gone.length) deletions.push(gone);
    status('');
  } catch (err) {
    status(`${ext.t('libDeleteFailed')} ${String(/** @type {any} */ (err)?.message ?? err)}`, true);
  }
  showUndo();
  await refresh();
  if (!$('undoBar').hidden) $('undo').focus();
}

async function undo() {
  const last = deletions.at(-1);
  if (!last) return;
  try {
    const { restored, kept } = await library.restore(last);
    deletions.pop();
    status(ext.tn('libRestored', restored) + (kept ? ext.t('libRestoreKept', [String(kept)]) : ''));
  } catch (err) {
    status(`${ext.t('libDeleteFailed')} ${String(/** @type {any} */ (err)?.message ?? err)}`, true);
  }
  showUndo();
  await refresh();
}

const today = () => localISO().slice(0, 10);

async function exportJSON() {
  const es = targets();
  try {
    await ext.download(library.exportJSON(es), `GovReader/govreader-library-${today()}.json`, 'application/json');
    status(ext.tn('libExported', es.length));
  } catch (err) {
    status(`${ext.t('libExportFailed')} ${String(/** @type {any} */ (err)?.message ?? err)}`, true);
  }
}

/** Each article as a Markdown file (core's, with the front matter
 * Obsidian reads: saved is when it entered the library), in one zip with
 * a folder inside, so that unpacking it gives one folder. */
async function exportMarkdown() {
  const es = targets();
  const folder = `govreader-library-${today()}`;
  $('exportMd').disabled = true;
  status(ext.t('libExporting'));
  try {
    const taken = new Set();
    const files = [];
    for (const e of es) {
      const text = await render(e.article, 'md', { saved: localISO(new Date(e.savedAt)) });
      files.push({ name: `${folder}/${uniqueName(e.title, '.md', taken)}`, data: text, date: new Date(e.updatedAt ?? e.savedAt) });
    }
    await ext.download(await zip(files), `GovReader/${folder}.zip`, 'application/zip');
    status(ext.tn('libExported', es.length));
  } catch (err) {
    status(`${ext.t('libExportFailed')} ${String(/** @type {any} */ (err)?.message ?? err)}`, true);
  } finally {
    $('exportMd').disabled = false;
  }
}

/** @param {settings.Settings} prefs */
function applyTheme(prefs) {
  document.body.dataset.theme = prefs.theme;
}

async function main() {
  localize();
  $('search').placeholder = ext.t('libSearch');
  applyTheme(await settings.load().catch(() => settings.defaults()));
  settings.watch(applyTheme);
  $('search').addEventListener('input', () => { show(); loadConverter(); });
  $('search').addEventListener('focus', () => { loadConverter(); }, { once: true });
  for (const id of ['sort', 'site', 'publisher']) $(id).addEventListener('change', show);
  $('selectAll').addEventListener('change', () => {
    for (const e of shownEntries()) {
      if ($('selectAll').checked) picked.add(e.key);
      else picked.delete(e.key);
    }
    show();
  });
  $('deleteSelected').addEventListener('click', () => deleteEntries([...picked]));
  $('undo').addEventListener('click', undo);
  $('export').addEventListener('click', exportJSON);
  $('exportMd').addEventListener('click', exportMarkdown);
  $('import').addEventListener('change', async (/** @type {any} */ e) => {
    const file = e.target.files?.[0];
    if (!file) return;
    try {
      const { imported, replaced } = await library.importAll(await file.text());
      status(ext.tn('libImported', imported) + (replaced ? ext.t('libImportReplaced', [String(replaced)]) : ''));
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
