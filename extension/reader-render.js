// What the reader shows of an Article: the header (title, trust badge,
// facts, attachments, the removal report) first, then the body and the
// footer. The content HTML is sanitised by core and, as a second line,
// re-parsed here inertly and rebuilt from an allow-list.
import { ext } from './ext.js';
import { trustOf, TRUST_MESSAGES } from './trust.js';
import { reasonText } from './reasons.js';
import { state, $ } from './reader-state.js';

/** @typedef {import('./contract.js').Article} Article */

// ---- the content sanitiser (second line of defence) ----

const KEEP = new Set(['P', 'DIV', 'SPAN', 'BR', 'HR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI',
  'DL', 'DT', 'DD', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION', 'COL', 'COLGROUP',
  'BLOCKQUOTE', 'PRE', 'CODE', 'B', 'STRONG', 'I', 'EM', 'U', 'S', 'SUB', 'SUP', 'SMALL', 'A', 'IMG',
  'FIGURE', 'FIGCAPTION', 'SECTION', 'CENTER', 'FONT', 'MARK', 'Q', 'CITE', 'ABBR', 'TIME']);
const ATTRS = new Set(['href', 'src', 'alt', 'title', 'colspan', 'rowspan', 'align']);

/** @param {string} value @param {string} base */
export function safeURL(value, base) {
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
export function sanitize(html, base) {
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

// ---- the header ----

/** @param {string} iso */
export function showDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso || '');
  if (!m) return iso || '';
  return `${m[1]}-${m[2]}-${m[3]}${m[4] ? ` ${m[4]}:${m[5]}` : ''}`;
}

/**
 * The header: what the reader shows before the body is laid out, so that
 * a long document's title and facts are on screen at once.
 * @param {Article} a
 */
export function renderHead(a) {
  document.title = a.title || ext.t('untitled');
  $('title').textContent = a.title || ext.t('untitled');

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

  const removed = (a.spam ?? []).filter((s) => s.removed);
  const suspect = (a.spam ?? []).filter((s) => !s.removed);
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
  $('article').hidden = false;
}

// ---- the body ----

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

/**
 * The body and the footer. The content is built off the page and put in
 * at once, so that it is laid out once.
 * @param {Article} a
 * @param {(content: HTMLElement) => void} [layout] shapes the body before
 *   it is shown (reader-layout.js)
 */
export function renderBody(a, layout) {
  const content = $('content');
  const fresh = /** @type {HTMLElement} */ (content.cloneNode(false));
  const items = a.kind === 'list' ? a.items ?? [] : [];
  const entries = items.length > 0;
  fresh.classList.toggle('entries', entries);
  if (entries) fresh.append(entryList(items, a.url));
  else fresh.append(sanitize(a.content || '', a.url));
  if (!entries) layout?.(fresh);
  content.replaceWith(fresh);
  appliedImages = null;
  applyImages();

  const foot = $('foot');
  foot.textContent = '';
  if (a.url) {
    const l = document.createElement('a');
    l.href = safeURL(a.url, '') || '#';
    l.textContent = a.url;
    l.rel = 'noopener noreferrer';
    foot.append(document.createTextNode(ext.t('sourceLink') + ' '), l);
  }
}

// ---- images ----

/** The images setting last applied, to tell a switch-off (which unloads
 * the images loaded one by one too) from any other settings change. */
let appliedImages = /** @type {boolean|null} */ (null);

/**
 * Shows one image: its src from the sanitised data-src, its alt the
 * visible caption core found (never the page's alt, where spam hides).
 * @param {HTMLImageElement} img
 */
function loadImage(img) {
  const src = img.getAttribute('data-src');
  if (!src) return;
  const captions = new Map((state.shown?.images ?? []).map((i) => [i.src, i.caption ?? '']));
  img.previousElementSibling?.classList.contains('img-load') && img.previousElementSibling.remove();
  img.setAttribute('src', src);
  img.alt = captions.get(src) ?? '';
  img.hidden = false;
}

/**
 * Images load only when the user asks: all of them with 显示图片, or one
 * by pressing its placeholder. Until then each is a button the reader
 * labels itself (图片（点击加载）): an image's alt and title are words the
 * page never paints while the image shows, and spam hides there.
 */
export function applyImages() {
  const on = state.prefs.images;
  const switchedOff = appliedImages === true && !on;
  appliedImages = on;
  for (const img of /** @type {NodeListOf<HTMLImageElement>} */ (document.querySelectorAll('#content img'))) {
    img.removeAttribute('title');
    const src = img.getAttribute('data-src');
    if (on && src) { loadImage(img); continue; }
    if (img.dataset.loaded === 'one' && !switchedOff) continue;
    delete img.dataset.loaded;
    img.removeAttribute('src');
    img.alt = '';
    img.hidden = true;
    if (!src || img.previousElementSibling?.classList.contains('img-load')) continue;
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'img-load';
    b.textContent = ext.t('imagePlaceholder');
    b.addEventListener('click', () => {
      img.dataset.loaded = 'one';
      loadImage(img);
    });
    img.before(b);
  }
  $('images').setAttribute('aria-pressed', String(on));
}
