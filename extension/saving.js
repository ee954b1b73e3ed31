// Saving articles as files, from the reader and from the library. Core
// renders them (through the background and the wasm host) with the
// reader's labels in the UI language and the time of saving. With the
// saveImages setting the article's images are fetched at save time and
// embedded as data URLs, so that the file is complete offline; without it
// the file links to them and loads nothing when opened.
import { ext } from './ext.js';
import { MSG } from './protocol.js';

export const MIME = Object.freeze({ html: 'text/html;charset=utf-8', md: 'text/markdown;charset=utf-8' });

/** One image larger than this is linked, not embedded. */
export const MAX_IMAGE_BYTES = 10 << 20;
/** All images of one file together: as base64 they must fit the 64 MiB
 * message that carries them to the wasm host, beside the article. */
export const MAX_IMAGES_BYTES = 36 << 20;
const FETCH_TIMEOUT_MS = 20_000;

/**
 * A time in local time with its offset, to the second, as core's
 * ExportOptions.saved and YAML read it: 2025-05-01T09:30:00+08:00.
 * @param {Date} [d]
 */
export function localISO(d = new Date()) {
  const p = (/** @type {number} */ n) => String(Math.abs(n)).padStart(2, '0');
  const off = -d.getTimezoneOffset();
  const zone = off === 0 ? 'Z' : `${off > 0 ? '+' : '-'}${p(Math.trunc(off / 60))}:${p(off % 60)}`;
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}${zone}`;
}

/**
 * The article's image URLs that can be fetched (http and https), once each.
 * @param {import('./contract.js').Article} article
 * @returns {string[]}
 */
export function imageURLs(article) {
  const out = new Set();
  for (const im of Array.isArray(article?.images) ? article.images : []) {
    // Kept as written: core matches it against the content's src.
    const src = String(im?.src ?? '');
    try {
      const u = new URL(src);
      if (u.protocol === 'http:' || u.protocol === 'https:') out.add(src);
    } catch { /* not a URL */ }
  }
  return [...out];
}

/** The host permissions fetching urls needs. @param {string[]} urls */
export function imageOrigins(urls) {
  return [...new Set(urls.map((u) => `${new URL(u).origin}/*`))];
}

/** Image types a saved file embeds, as core accepts them (export.go). */
const TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif', 'image/bmp', 'image/svg+xml', 'image/x-icon', 'image/vnd.microsoft.icon'];

/**
 * The type of an image from its first bytes, else from what the server
 * said: portals often serve images as application/octet-stream.
 * @param {Uint8Array} b @param {string} header
 */
export function imageType(b, header) {
  const starts = (/** @type {number[]} */ sig, at = 0) => sig.every((x, i) => b[at + i] === x);
  if (starts([0x89, 0x50, 0x4e, 0x47])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x47, 0x49, 0x46, 0x38])) return 'image/gif';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  if (starts([0x42, 0x4d])) return 'image/bmp';
  const said = header.split(';')[0].trim().toLowerCase();
  return TYPES.includes(said) ? said : '';
}

/** @param {Uint8Array} b */
function base64(b) {
  let s = '';
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return btoa(s);
}

/**
 * Fetches images as data URLs. One that fails, is not an image or is too
 * large is left out: the file links to it instead.
 * @param {string[]} urls
 * @param {typeof fetch} [fetchImpl]
 * @returns {Promise<{images: Record<string, string>, failed: number}>}
 */
export async function fetchImages(urls, fetchImpl = fetch) {
  /** @type {Record<string, string>} */
  const images = {};
  let failed = 0;
  let total = 0;
  for (const url of urls) {
    try {
      // No cookies and no referrer: the portal learns no more than that
      // someone fetched the image.
      const res = await fetchImpl(url, { credentials: 'omit', referrerPolicy: 'no-referrer', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const bytes = new Uint8Array(await res.arrayBuffer());
      const type = imageType(bytes, res.headers.get('content-type') ?? '');
      if (!type || bytes.length === 0 || bytes.length > MAX_IMAGE_BYTES || total + bytes.length > MAX_IMAGES_BYTES) throw new Error('not embeddable');
      total += bytes.length;
      images[url] = `data:${type};base64,${base64(bytes)}`;
    } catch {
      failed++;
    }
  }
  return { images, failed };
}

/**
 * Renders an article as a file's text through core.
 * @param {import('./contract.js').Article} article @param {'html'|'md'} format
 * @param {{saved?: string, images?: Record<string, string>}} [o]
 * @returns {Promise<string>}
 */
export async function render(article, format, o = {}) {
  /** @type {import('./contract.js').ExportOptions} */
  const options = { saved: o.saved ?? localISO(), lang: ext.uiLanguage(), images: o.images ?? {} };
  const reply = await ext.send({ type: MSG.PAGE_TO_BG_RENDER, article, format, options });
  if (!reply?.ok || typeof reply.text !== 'string') throw new Error(reply?.error || 'render failed');
  return reply.text;
}

/** A file name for an article's title, without its extension. @param {string} title */
export function fileBase(title) {
  const t = String(title || '').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim().slice(0, 80);
  return t || 'article';
}

/**
 * Saves an article as a file in Downloads/GovReader. Call it straight from
 * the click: with saveImages, the host access the images need is asked for
 * first, while the click still counts as the user's gesture.
 * @param {import('./contract.js').Article} article @param {'html'|'md'} format
 * @param {{saveImages?: boolean}} prefs
 * @returns {Promise<{images: number, embedded: number, denied: boolean}>}
 *   the article's images, how many the file holds, and whether access to
 *   them was refused
 */
export async function saveArticle(article, format, prefs) {
  const urls = prefs.saveImages ? imageURLs(article) : [];
  let granted = false;
  if (urls.length) granted = await ext.permissions.request(imageOrigins(urls)).catch(() => false);
  const { images } = granted ? await fetchImages(urls) : { images: {} };
  const text = await render(article, format, { images });
  await ext.download(text, `GovReader/${fileBase(article.title)}.${format}`, MIME[format]);
  return { images: urls.length, embedded: Object.keys(images).length, denied: urls.length > 0 && !granted };
}
