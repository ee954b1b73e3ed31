// The reader page. It shows only the sanitised Article that core produced;
// nothing of the page's own markup or scripts reaches it. The content HTML
// is sanitised by core and, as a second line, re-parsed here inertly and
// rebuilt from an allow-list.
import { ext } from './ext.js';
import { MSG, readerSource } from './protocol.js';
import * as settings from './settings.js';
import * as library from './db.js';
import { localize } from './i18n.js';
import { loadScript, convertArticle, DIRECTIONS } from './scriptconv.js';
import { speechChunks } from './speech.js';
import { trustOf, TRUST_MESSAGES } from './trust.js';
import { saveArticle } from './saving.js';
import { reasonText } from './reasons.js';
import { setupRemoved } from './removed.js';

/** The Article as core produced it. Saving and the library always use it:
 * the 简/繁 switch changes what is shown, not what was published.
 * @type {any} */
let article = null;
/** What is on screen: the Article, or a converted copy of it. @type {any} */
let shown = null;
/** @type {settings.Settings} */
let prefs = settings.defaults();
/** The page this reader was made from, as its own URL says: known even
 * when the article is gone. */
const source = readerSource(location.search);
/** 显示移除内容 (removed.js), once the article is known. */
let removedView = { afterRender() {} };
/** Whether the extension may read the article's site without a click; the
 * per-site switch never shows auto-clean on without it. */
let siteAccess = false;

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

// ---- the content sanitiser (second line of defence) ----

const KEEP = new Set(['P', 'DIV', 'SPAN', 'BR', 'HR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI',
  'DL', 'DT', 'DD', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION', 'COL', 'COLGROUP',
  'BLOCKQUOTE', 'PRE', 'CODE', 'B', 'STRONG', 'I', 'EM', 'U', 'S', 'SUB', 'SUP', 'SMALL', 'A', 'IMG',
  'FIGURE', 'FIGCAPTION', 'SECTION', 'CENTER', 'FONT', 'MARK', 'Q', 'CITE', 'ABBR', 'TIME']);
const ATTRS = new Set(['href', 'src', 'alt', 'title', 'colspan', 'rowspan', 'align']);

/** @param {string} value @param {string} base */
function safeURL(value, base) {
  try {
    const u = new URL(value, base || undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'mailto:' ? u.href : '';
  } catch {
    return '';
  }
}

/**
 * Rebuilds the content from an allow-list into a fragment of this document.
 * @param {string} html @param {string} base
 */
function sanitize(html, base) {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const frag = document.createDocumentFragment();
  /** @param {Node} src @param {Node} dst */
  const copy = (src, dst) => {
    for (const n of src.childNodes) {
      if (n.nodeType === Node.TEXT_NODE) { dst.appendChild(document.createTextNode(n.nodeValue ?? '')); continue; }
      if (n.nodeType !== Node.ELEMENT_NODE) continue;
      const el = /** @type {Element} */ (n);
      if (!KEEP.has(el.tagName)) {
        // Unknown elements keep their text; active ones go entirely.
        if (!/^(SCRIPT|STYLE|IFRAME|FRAME|FRAMESET|OBJECT|EMBED|APPLET|FORM|INPUT|BUTTON|SELECT|TEXTAREA|OPTION|BASE|META|LINK|SVG|MATH|TEMPLATE|NOSCRIPT|AUDIO|VIDEO|SOURCE|TRACK|CANVAS|PORTAL|DIALOG)$/.test(el.tagName)) copy(el, dst);
        continue;
      }
      const out = document.createElement(el.tagName.toLowerCase());
      for (const { name, value } of el.attributes) {
        if (!ATTRS.has(name)) continue;
        if (name === 'href' || name === 'src') {
          const u = safeURL(value, base);
          if (!u) continue;
          if (name === 'src') { out.setAttribute('data-src', u); continue; }
          out.setAttribute('href', u);
          out.setAttribute('target', '_blank');
          out.setAttribute('rel', 'noopener noreferrer');
          continue;
        }
        out.setAttribute(name, value);
      }
      dst.appendChild(out);
      copy(el, out);
    }
  };
  copy(doc.body, frag);
  return frag;
}

// ---- rendering ----

/** @param {string} iso */
function showDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso || '');
  if (!m) return iso || '';
  return `${m[1]}-${m[2]}-${m[3]}${m[4] ? ` ${m[4]}:${m[5]}` : ''}`;
}

/**
 * A list page (a column index, a leader or staff list) as its entries:
 * each linked to its page, with the date the page shows beside it.
 * @param {{text: string, url?: string, date?: string}[]} items
 * @param {string} base
 */
function entryList(items, base) {
  const ol = document.createElement('ol');
  for (const it of items) {
    const li = document.createElement('li');
    const u = it.url ? safeURL(it.url, base) : '';
    if (u) {
      const l = document.createElement('a');
      l.href = u;
      l.rel = 'noopener noreferrer';
      l.textContent = it.text;
      li.append(l);
    } else {
      li.append(document.createTextNode(it.text));
    }
    if (it.date) {
      const t = document.createElement('time');
      t.dateTime = it.date;
      t.textContent = showDate(it.date);
      li.append(document.createTextNode(' '), t);
    }
    ol.append(li);
  }
  return ol;
}

/** @param {any} a */
function render(a) {
  document.title = a.title || ext.t('untitled');
  $('title').textContent = a.title || ext.t('untitled');
  // What scripts/bench-click.mjs times: the headline on screen, then the
  // whole reader.
  performance.mark('govreader-title');

  const badge = $('badge');
  badge.textContent = '';
  const trust = trustOf(a);
  if (trust !== 'none') {
    const b = document.createElement('span');
    b.className = `badge ${trust}`;
    b.dataset.provenance = trust;
    b.textContent = ext.t(TRUST_MESSAGES[trust]);
    badge.append(b);
  }
  if (a.site_name || a.site_domain) {
    const s = document.createElement('span');
    s.className = 'site';
    s.textContent = [a.site_name, a.site_domain].filter(Boolean).join(' · ');
    badge.append(s);
  }
  if (trust === 'copy' && a.original_url) {
    const l = document.createElement('a');
    l.href = safeURL(a.original_url, '') || '#';
    l.textContent = ext.t('badgeOriginal');
    l.rel = 'noopener noreferrer';
    l.target = '_blank';
    badge.append(l);
  }

  const facts = $('facts');
  facts.textContent = '';
  /** @type {[string, string][]} */
  const rows = [
    ['factPublished', showDate(a.published)], ['factWritten', showDate(a.written)],
    ['factSource', a.source], ['factPublisher', a.publisher], ['factAuthor', a.author],
    ['factEditor', a.editor], ['factDocNumber', a.doc_number], ['factIndexNumber', a.index_number],
    ['factTopic', a.topic],
  ];
  for (const [k, v] of rows) {
    if (!v) continue;
    const div = document.createElement('div');
    div.dataset.field = k;
    const dt = document.createElement('dt');
    dt.textContent = ext.t(k);
    const dd = document.createElement('dd');
    dd.textContent = v;
    div.append(dt, dd);
    facts.append(div);
  }

  const atts = $('attachments');
  atts.textContent = '';
  for (const at of a.attachments ?? []) {
    const u = safeURL(at.url, a.url);
    if (!u) continue;
    const li = document.createElement('li');
    const l = document.createElement('a');
    l.href = u;
    l.textContent = at.name || u;
    l.rel = 'noopener noreferrer';
    li.append(l);
    atts.append(li);
  }
  $('attachmentsBox').hidden = atts.childElementCount === 0;

  const removed = (a.spam ?? []).filter((/** @type {any} */ s) => s.removed);
  const suspect = (a.spam ?? []).filter((/** @type {any} */ s) => !s.removed);
  const spam = $('spam');
  spam.hidden = removed.length + suspect.length === 0;
  $('spamSummary').textContent = ext.t('spamSummary', [String(removed.length), String(suspect.length)]);
  const list = $('spamList');
  list.textContent = '';
  for (const s of a.spam ?? []) {
    const li = document.createElement('li');
    const kind = document.createElement('strong');
    kind.textContent = ext.t('spam_' + s.kind) !== 'spam_' + s.kind ? ext.t('spam_' + s.kind) : s.kind;
    const reason = document.createElement('span');
    reason.className = 'reason';
    // The reason in the reader's language, by its id (reasons.js); an
    // entry saved before ids existed says only whether it was kept.
    const why = s.reason_id ? reasonText(s.reason_id, s.evidence) : '';
    const told = s.removed ? why : why ? ext.t('spamReasonKept', [why]) : ext.t('spamKept');
    reason.textContent = told ? ext.t('spamReasonParen', [told]) : '';
    const text = document.createElement('q');
    text.textContent = s.text.length > 160 ? s.text.slice(0, 160) + '…' : s.text;
    li.append(kind, reason);
    if (s.text) li.append(document.createTextNode(' '), text);
    list.append(li);
  }

  const content = $('content');
  content.textContent = '';
  content.classList.toggle('entries', a.kind === 'list' && (a.items ?? []).length > 0);
  if (content.classList.contains('entries')) content.append(entryList(a.items, a.url));
  else content.append(sanitize(a.content || '', a.url));
  applyImages();
  removedView.afterRender();

  const foot = $('foot');
  foot.textContent = '';
  if (a.url) {
    const l = document.createElement('a');
    l.href = safeURL(a.url, '') || '#';
    l.textContent = a.url;
    l.rel = 'noopener noreferrer';
    foot.append(document.createTextNode(ext.t('sourceLink') + ' '), l);
  }
  $('article').hidden = false;
}

/**
 * Images load only when the user turns them on. Until then each is a
 * placeholder the reader labels itself: an image's alt and title are
 * words the page never paints while the image shows, and spam hides
 * there. Shown, an image's alt is its visible caption, as core found it
 * (Article.images[].caption), or nothing.
 */
function applyImages() {
  const captions = new Map((shown?.images ?? []).map((/** @type {any} */ i) => [i.src, i.caption ?? '']));
  for (const img of /** @type {NodeListOf<HTMLImageElement>} */ (document.querySelectorAll('#content img'))) {
    const src = img.getAttribute('data-src');
    img.removeAttribute('title');
    if (prefs.images && src) {
      img.setAttribute('src', src);
      img.alt = captions.get(src) ?? '';
      img.onclick = null;
    } else {
      img.removeAttribute('src');
      img.alt = src ? ext.t('imagePlaceholder') : '';
      img.onclick = src ? () => $('images').click() : null;
    }
  }
  $('images').setAttribute('aria-pressed', String(prefs.images));
}

function applyPrefs() {
  const body = document.body;
  body.dataset.theme = prefs.theme;
  body.dataset.font = prefs.font;
  body.classList.toggle('elder', prefs.elder);
  body.style.setProperty('--font-size', `${prefs.fontSize}px`);
  body.style.setProperty('--width', `${prefs.width}em`);
  body.style.setProperty('--line-height', String(prefs.lineHeight));
  /** @type {HTMLSelectElement} */ ($('theme')).value = prefs.theme;
  /** @type {HTMLSelectElement} */ ($('font')).value = prefs.font;
  /** @type {HTMLInputElement} */ ($('width')).value = String(prefs.width);
  /** @type {HTMLInputElement} */ ($('lineHeight')).value = String(prefs.lineHeight);
  $('elder').setAttribute('aria-pressed', String(prefs.elder));
  applyImages();
  if (article?.url) {
    const box = /** @type {HTMLInputElement} */ ($('siteAuto'));
    box.checked = siteAccess && settings.shouldAutoClean(article.url, prefs);
  }
}

/** @param {(p: settings.Settings) => void} change */
async function update(change) {
  change(prefs);
  prefs = settings.migrate(prefs);
  applyPrefs();
  await settings.save(prefs);
}

/** @param {string} text @param {boolean=} error */
function status(text, error) {
  const s = $('status');
  s.textContent = text;
  s.classList.toggle('error', Boolean(error));
}

// ---- actions ----

/** Saves the article as published (saving.js); called straight from the
 * click, which may have to ask for access to the images' site.
 * @param {'html'|'md'} format */
async function save(format) {
  try {
    const r = await saveArticle(article, format, prefs);
    const missing = r.images - r.embedded;
    status(r.denied ? ext.t('savedImagesDenied') : missing > 0 ? ext.t('savedImagesMissing', [String(missing)]) : ext.t('saved'));
  } catch (e) {
    status(ext.t('saveFailed') + ' ' + String(/** @type {any} */ (e)?.message ?? e), true);
  }
}

// ---- read aloud ----

/** The run being read, if any. Each press starts a new object, so the
 * late events of a stopped run (engines fire them after cancel()) can be
 * told apart and ignored. It also holds the current utterance: Chrome
 * drops the events of an utterance that was garbage-collected.
 * @type {{utterance: SpeechSynthesisUtterance|null}|null} */
let reading = null;

/** @param {boolean} on */
function showSpeaking(on) {
  $('speak').setAttribute('aria-pressed', String(on));
}

function stopSpeaking() {
  if (!reading) return;
  reading = null;
  showSpeaking(false);
  globalThis.speechSynthesis?.cancel();
}

/** The read-aloud control: starts reading the article shown, or stops. */
function speak() {
  if (reading) { stopSpeaking(); return; }
  const synth = globalThis.speechSynthesis;
  if (!synth || typeof globalThis.SpeechSynthesisUtterance !== 'function') { status(ext.t('speakUnavailable'), true); return; }
  if (!shown) return;
  // Short utterances, one at a time: long ones stall or are cut off in
  // some engines, and one at a time a stop leaves nothing queued.
  const chunks = speechChunks([shown.title, ...String(shown.text || '').split('\n')]);
  if (!chunks.length) return;
  const voices = synth.getVoices();
  const voice = voices.find((v) => /^zh[-_]CN/i.test(v.lang)) ?? voices.find((v) => /^zh/i.test(v.lang));
  const run = { utterance: /** @type {SpeechSynthesisUtterance|null} */ (null) };
  reading = run;
  showSpeaking(true);
  let next = 0;
  const speakNext = () => {
    if (reading !== run) return;
    if (next >= chunks.length) { reading = null; showSpeaking(false); return; }
    const u = new SpeechSynthesisUtterance(chunks[next++]);
    u.lang = 'zh-CN';
    if (voice) u.voice = voice;
    u.onend = speakNext;
    u.onerror = (e) => {
      if (reading !== run) return;
      reading = null;
      showSpeaking(false);
      // Interrupted or canceled by someone else (another page's speech):
      // stop quietly. Anything else would fail again on the next piece.
      if (e.error !== 'interrupted' && e.error !== 'canceled') status(`${ext.t('speakFailed')} (${e.error})`, true);
    };
    run.utterance = u;
    synth.speak(u);
  };
  speakNext();
}

/** The library button says whether the article is in the library; pressed
 * again it updates the entry in place. @param {boolean} saved */
function showInLibrary(saved) {
  const b = $('addLibrary');
  b.textContent = ext.t(saved ? 'inLibrary' : 'addLibrary');
  b.dataset.inLibrary = String(saved);
  if (saved) b.title = ext.t('inLibraryTitle');
  else b.removeAttribute('title');
}

async function addToLibrary() {
  try {
    const { updated } = await library.add(article);
    showInLibrary(true);
    status(ext.t(updated ? 'libraryUpdated' : 'addedToLibrary'));
  } catch (e) {
    const quota = /** @type {any} */ (e)?.name === 'QuotaExceededError';
    status(quota ? ext.t('libraryQuota') : ext.t('libraryFailed') + ' ' + String(e), true);
  }
}

async function toggleSite(/** @type {boolean} */ on) {
  const host = new URL(article.url).hostname;
  if (on) {
    // Auto-clean needs to read the site's pages without a click: ask for
    // that one host now, while the user's gesture lasts.
    const granted = await ext.permissions.request(settings.ruleOrigins(host)).catch(() => false);
    if (!granted) { applyPrefs(); status(ext.t('permissionDenied'), true); return; }
  }
  if (on) siteAccess = true;
  await update((p) => { p.autoClean.sites[host] = on; });
  status(on ? ext.t('siteAutoOn') : ext.t('siteAutoOff'));
}

/** Reads whether the article's site may be read without a click. */
async function checkSiteAccess() {
  if (!article?.url) return;
  try {
    siteAccess = await ext.permissions.contains(settings.ruleOrigins(new URL(article.url).hostname));
  } catch {
    siteAccess = false;
  }
  applyPrefs();
}

// ---- a reader whose article is gone ----

/** The match patterns of the one site a reader URL points at. @param {string} url */
function siteOrigins(url) {
  return settings.ruleOrigins(new URL(url).hostname);
}

/**
 * Reads the source page again: the background runs the reader on it once
 * it has loaded in this tab, and this page replaces itself with it, so
 * that Back leads to the page, not to this dead reader.
 */
async function reread() {
  document.body.dataset.state = 'rereading';
  status(ext.t('rereading'));
  const reply = await ext.send({ type: MSG.READER_TO_BG_REREAD, url: source }).catch(() => undefined);
  if (!reply?.ok) { showGone(); return; }
  location.replace(source);
}

/**
 * What is left of an article that is gone (after a browser restart, from
 * the history or a bookmark) when its site may not be read without a
 * click: the title it had, if a record survives, and the way back.
 * @param {{title?: string}|undefined} record
 */
function showGone(record) {
  document.body.dataset.state = 'gone';
  const host = new URL(source).hostname;
  const title = record?.title || host;
  document.title = title;
  $('goneTitle').textContent = title;
  $('goneText').textContent = ext.t('goneNoAccess', [host]);
  const link = /** @type {HTMLAnchorElement} */ ($('goneLink'));
  link.href = source;
  link.textContent = source;
  $('gone').hidden = false;
  status('');
}

/** The one button of a gone reader: access to the site, asked for within
 * the click, then the page is read again. */
async function reopen() {
  const granted = await ext.permissions.request(siteOrigins(source)).catch(() => false);
  if (granted) { await reread(); return; }
  status(ext.t('reopenDenied'), true);
}

/**
 * The stashed article is gone. With host access the page is read again at
 * once; without it, the reader says what it was.
 * @param {string} id
 */
async function recover(id) {
  const has = await ext.permissions.contains(siteOrigins(source)).catch(() => false);
  if (has) { await reread(); return; }
  const key = 'record:' + id;
  const got = await ext.storage.local().get(key).catch(() => ({}));
  showGone(/** @type {any} */ (got)[key]);
}

/**
 * Shows a new extraction of the same page (a block restored in
 * 显示移除内容): saving and the library take it too.
 * @param {any} a
 */
function replaceArticle(a) {
  article = a;
  converted.clear();
  shown = a;
  shownScript = 'original';
  render(a);
  applyScriptButtons();
  followScript();
}

// ---- the 简/繁 switch ----

/** @type {settings.Script} */
let shownScript = 'original';
/** @type {settings.Script} */
let wantScript = 'original';
/** Converted Articles by script, so that switching again is instant.
 * @type {Map<settings.Script, any>} */
const converted = new Map();
/** @type {Promise<boolean>|null} */
let scriptRun = null;
/** A remembered choice that failed to apply is not retried on its own. */
let scriptAutoFailed = false;

function applyScriptButtons() {
  $('toSimplified').setAttribute('aria-pressed', String(shownScript === 'simplified'));
  $('toTraditional').setAttribute('aria-pressed', String(shownScript === 'traditional'));
}

/**
 * Shows the article in a script. Calls while one runs only change where
 * it ends, so fast presses cannot interleave renders.
 * @param {settings.Script} want
 * @returns {Promise<boolean>} whether the article is now shown in want
 */
function showScript(want) {
  wantScript = want;
  scriptRun ??= runScript().finally(() => { scriptRun = null; });
  return scriptRun;
}

async function runScript() {
  const group = $('script');
  const loadingText = ext.t('scriptLoading');
  try {
    while (article && shownScript !== wantScript) {
      const target = wantScript;
      let a = target === 'original' ? article : converted.get(target);
      if (!a) {
        group.setAttribute('aria-busy', 'true');
        status(loadingText);
        const mod = await loadScript();
        // Let the loading state paint before the conversion holds the page.
        await new Promise((r) => setTimeout(r, 16));
        a = convertArticle(article, DIRECTIONS[/** @type {'simplified'|'traditional'} */ (target)], mod);
        converted.set(target, a);
      }
      shown = a;
      render(shown);
      shownScript = target;
    }
    if ($('status').textContent === loadingText) status('');
    return shownScript === wantScript;
  } catch (e) {
    // The article stays as it was; say why.
    wantScript = shownScript;
    status(`${ext.t('scriptFailed')} ${String(/** @type {any} */ (e)?.message ?? e)}`, true);
    return false;
  } finally {
    group.removeAttribute('aria-busy');
    applyScriptButtons();
  }
}

/** @param {'simplified'|'traditional'} which */
async function pressScript(which) {
  scriptAutoFailed = false;
  // Pressing the shown script again returns to the original.
  const target = wantScript === which ? 'original' : which;
  if (await showScript(target)) {
    if (prefs.script !== target) await update((p) => { p.script = target; });
  } else if (prefs.script !== 'original' && shownScript === 'original') {
    // The remembered choice cannot be applied; forget it rather than
    // failing again on every article.
    await update((p) => { p.script = 'original'; });
  }
}

/** Follows the remembered choice: on opening, and when another reader tab
 * changes it. */
async function followScript() {
  if (!article || scriptRun || scriptAutoFailed || prefs.script === shownScript) return;
  if (!(await showScript(prefs.script))) scriptAutoFailed = true;
}

function wire() {
  $('theme').addEventListener('change', (e) => update((p) => { p.theme = /** @type {any} */ (e.target).value; }));
  $('font').addEventListener('change', (e) => update((p) => { p.font = /** @type {any} */ (e.target).value; }));
  $('smaller').addEventListener('click', () => update((p) => { p.fontSize = Math.max(settings.LIMITS.fontSize[0], p.fontSize - 1); }));
  $('larger').addEventListener('click', () => update((p) => { p.fontSize = Math.min(settings.LIMITS.fontSize[1], p.fontSize + 1); }));
  $('width').addEventListener('change', (e) => update((p) => { p.width = Number(/** @type {any} */ (e.target).value); }));
  $('lineHeight').addEventListener('change', (e) => update((p) => { p.lineHeight = Number(/** @type {any} */ (e.target).value); }));
  $('elder').addEventListener('click', () => update((p) => { p.elder = !p.elder; }));
  $('images').addEventListener('click', () => update((p) => { p.images = !p.images; }));
  $('toSimplified').addEventListener('click', () => pressScript('simplified'));
  $('toTraditional').addEventListener('click', () => pressScript('traditional'));
  $('speak').addEventListener('click', speak);
  $('print').addEventListener('click', () => print());
  $('saveHtml').addEventListener('click', () => save('html'));
  $('saveMd').addEventListener('click', () => save('md'));
  $('addLibrary').addEventListener('click', addToLibrary);
  $('siteAuto').addEventListener('change', (e) => toggleSite(/** @type {any} */ (e.target).checked));
  $('original').addEventListener('click', () => viewOriginal());
  $('reopen').addEventListener('click', () => reopen());
  document.addEventListener('keydown', (e) => {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '+' || e.key === '=') $('larger').click();
    else if (e.key === '-') $('smaller').click();
    else if (e.key === 'Escape') viewOriginal();
  });
}

/** Back to the page: the article's own URL, or the one this reader's URL
 * carries when the article is gone. */
async function viewOriginal() {
  const url = article?.url || source;
  if (!url) return;
  await ext.send({ type: MSG.READER_TO_BG_VIEW_ORIGINAL, url });
}

async function main() {
  localize();
  wire();
  prefs = await settings.load().catch(() => settings.defaults());
  settings.watch((s) => { prefs = s; applyPrefs(); followScript(); });
  applyPrefs();
  const params = new URLSearchParams(location.search);
  const id = location.hash.slice(1);
  try {
    if (params.has('library')) {
      const e = await library.get(params.get('library') ?? '');
      if (!e) throw new Error(ext.t('articleGone'));
      article = e.article;
    } else {
      const reply = await ext.send({ type: MSG.PAGE_TO_BG_GET_ARTICLE, id });
      if (!reply?.ok && source) { await recover(id); return; }
      if (!reply?.ok) throw new Error(ext.t('articleGone'));
      article = reply.article;
    }
  } catch (e) {
    status(String(/** @type {any} */ (e)?.message ?? e), true);
    document.body.dataset.state = 'error';
    return;
  }
  shown = article;
  removedView = setupRemoved({ id: params.has('library') ? null : id, article: () => article, replaceArticle, status });
  render(article);
  applyPrefs();
  settings.watchAccess(checkSiteAccess);
  await checkSiteAccess();
  showInLibrary(await library.has(library.keyOf(article)).catch(() => false));
  document.body.dataset.state = 'ready';
  performance.mark('govreader-ready');
  $('article').focus({ preventScroll: true });
  // A remembered 简/繁 choice: the article shows as published at once and
  // is converted when script.wasm is ready.
  followScript();
}

main();
