// Versioned settings: the defaults, the schema migration and load/save in
// storage.sync. Everything but load/save/watch is pure, so the migration is
// tested under node without a browser.

import { ext } from './ext.js';

export const SCHEMA_VERSION = 2;

/**
 * @typedef {'auto'|'light'|'sepia'|'dark'} Theme
 * @typedef {'original'|'simplified'|'traditional'} Script
 * @typedef {{
 *   version: number,
 *   theme: Theme, fontSize: number, width: number, lineHeight: number,
 *   font: 'sans'|'serif', elder: boolean, images: boolean, script: Script, saveImages: boolean,
 *   autoClean: {enabled: boolean, rules: string[], sites: Record<string, boolean>},
 * }} Settings
 */

/**
 * Settings frozen all the way down, as DEFAULTS is.
 * @typedef {Readonly<Omit<Settings, 'autoClean'> & {autoClean: Readonly<{enabled: boolean,
 *   rules: readonly string[], sites: Readonly<Record<string, boolean>>}>}>} FrozenSettings
 */

/** @type {FrozenSettings} */
export const DEFAULTS = Object.freeze({
  version: SCHEMA_VERSION,
  theme: 'auto',
  fontSize: 19,
  width: 40,
  lineHeight: 1.9,
  font: 'sans',
  elder: false,
  // Remote images stay off until the user asks: loading them tells the
  // portal (or whoever hosts a copy) that the page was read.
  images: false,
  // The 简/繁 switch: show articles as published, or converted. A new field
  // in schema 2 rather than schema 3: settings stored without it simply
  // get the default, which is what the migration would do.
  script: 'original',
  // Saved files embed the article's images (fetched when saving) only when
  // asked: it reads the images' site, and makes files larger. Without it a
  // saved file links to them and loads nothing. New in schema 2, as script.
  saveImages: false,
  autoClean: Object.freeze({ enabled: true, rules: Object.freeze(['*.gov.cn']), sites: Object.freeze({}) }),
});

export const LIMITS = Object.freeze({
  fontSize: [12, 40],
  width: [20, 80],
  lineHeight: [1.2, 2.6],
});

const THEMES = ['auto', 'light', 'sepia', 'dark'];
export const SCRIPTS = Object.freeze(['original', 'simplified', 'traditional']);

/** @returns {Settings} */
export function defaults() {
  return structuredClone(/** @type {Settings} */ (DEFAULTS));
}

/**
 * Brings stored settings of any earlier schema to the current one. Unknown
 * or out-of-range values fall back to the defaults rather than failing, so
 * that a bad sync from another device cannot break the reader.
 *
 * Schema 1 (no `version`) kept rules as one newline-separated string in
 * `autoRules` and the per-site switch as a `disabledSites` list.
 * @param {any} stored
 * @returns {Settings}
 */
export function migrate(stored) {
  const s = defaults();
  if (!stored || typeof stored !== 'object') return s;
  let src = stored;
  if (!Number.isInteger(src.version) || src.version < 2) {
    const rules = typeof src.autoRules === 'string' ? src.autoRules.split(/\s+/).filter(Boolean) : undefined;
    /** @type {Record<string, boolean>} */
    const sites = {};
    for (const h of Array.isArray(src.disabledSites) ? src.disabledSites : []) {
      if (typeof h === 'string') sites[h] = false;
    }
    src = {
      ...src,
      version: 2,
      autoClean: { enabled: src.autoClean !== false, rules: rules ?? s.autoClean.rules, sites },
    };
  }
  if (THEMES.includes(src.theme)) s.theme = src.theme;
  for (const k of /** @type {const} */ (['fontSize', 'width', 'lineHeight'])) {
    const v = Number(src[k]);
    const [lo, hi] = LIMITS[k];
    if (Number.isFinite(v) && v >= lo && v <= hi) s[k] = v;
  }
  if (src.font === 'serif' || src.font === 'sans') s.font = src.font;
  if (typeof src.elder === 'boolean') s.elder = src.elder;
  if (typeof src.images === 'boolean') s.images = src.images;
  if (SCRIPTS.includes(src.script)) s.script = src.script;
  if (typeof src.saveImages === 'boolean') s.saveImages = src.saveImages;
  const ac = src.autoClean;
  if (ac && typeof ac === 'object') {
    if (typeof ac.enabled === 'boolean') s.autoClean.enabled = ac.enabled;
    if (Array.isArray(ac.rules)) s.autoClean.rules = ac.rules.map(normaliseRule).filter(Boolean);
    if (ac.sites && typeof ac.sites === 'object') {
      s.autoClean.sites = Object.fromEntries(
        Object.entries(ac.sites).filter(([h, v]) => typeof v === 'boolean' && normaliseRule(h) === h),
      );
    }
  }
  s.version = SCHEMA_VERSION;
  return s;
}

/**
 * Normalises a rule: a host name ("www.gov.cn") or a wildcard for a domain
 * and all its subdomains ("*.gov.cn"). Returns '' for anything else.
 * @param {unknown} rule
 */
export function normaliseRule(rule) {
  if (typeof rule !== 'string') return '';
  let r = rule.trim().toLowerCase();
  r = r.replace(/^[a-z]+:\/\//, '').replace(/[/:].*$/, '');
  if (!/^(\*\.)?([a-z0-9-]+\.)*[a-z0-9-]+$/.test(r)) return '';
  return r;
}

/**
 * Reports whether a host matches a rule. "*.gov.cn" matches gov.cn itself
 * and every subdomain.
 * @param {string} host @param {string} rule
 */
export function hostMatches(host, rule) {
  host = host.toLowerCase();
  if (rule.startsWith('*.')) {
    const d = rule.slice(2);
    return host === d || host.endsWith('.' + d);
  }
  return host === rule;
}

/**
 * Decides whether a URL should be cleaned automatically: the feature is on,
 * a rule matches, and the per-site switch does not say no.
 * @param {string} url @param {Settings} s
 */
export function shouldAutoClean(url, s) {
  let u;
  try { u = new URL(url); } catch { return false; }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  if (!s.autoClean.enabled) return false;
  const site = s.autoClean.sites[u.hostname];
  if (site !== undefined) return site;
  return s.autoClean.rules.some((r) => hostMatches(u.hostname, r));
}

/**
 * The pages the veil (extension/veil.js) is registered for, as match
 * patterns: those of the granted rules and of the sites switched on with
 * access, less the sites switched off. It is the same decision as
 * shouldAutoClean, made before the page exists, so that the portal is
 * covered from its first paint; none when auto-clean is off.
 * @param {Settings} s
 * @param {(ruleOrHost: string) => boolean} granted
 * @returns {{matches: string[], excludeMatches: string[]}}
 */
export function veilPatterns(s, granted) {
  if (!s.autoClean.enabled) return { matches: [], excludeMatches: [] };
  const pattern = (/** @type {string} */ h) => `*://${h}/*`;
  const sites = Object.entries(s.autoClean.sites);
  const on = [...s.autoClean.rules.filter(granted), ...sites.filter(([h, v]) => v && granted(h)).map(([h]) => h)];
  const off = sites.filter(([, v]) => !v).map(([h]) => h);
  return { matches: [...new Set(on.map(pattern))].sort(), excludeMatches: off.map(pattern).sort() };
}

/**
 * The site a tab shows, for the per-site switch: the page's host, or for a
 * reader tab the host of the page it was read from; '' for anything else
 * (browser pages, files, the extension's other pages).
 * @param {string|undefined} url the tab's URL
 * @param {string} readerBase the reader page's URL, without query or fragment
 * @returns {string}
 */
export function siteOf(url, readerBase) {
  if (!url) return '';
  let u;
  try { u = new URL(url); } catch { return ''; }
  if (u.protocol === 'http:' || u.protocol === 'https:') return u.hostname;
  if (url.startsWith(readerBase)) {
    const src = u.searchParams.get('url') ?? '';
    return /^https?:/.test(src) ? siteOf(src, readerBase) : '';
  }
  return '';
}

/**
 * The match patterns for the optional host permission a rule needs.
 * @param {string} rule
 */
export function ruleOrigins(rule) {
  return [`http://${rule}/*`, `https://${rule}/*`];
}

/**
 * @typedef {{rule: string, granted: boolean}} RuleState
 * @typedef {{host: string, on: boolean, granted: boolean}} SiteState
 * @typedef {{active: boolean, rules: RuleState[], sites: SiteState[]}} AutoCleanState
 */

/**
 * What auto-clean really does, given the rules and sites the browser has
 * granted host access for. The stored switch is only the user's wish: the
 * background cannot see, let alone clean, a page of a host it has no
 * access to, so a rule without access is never reported as active.
 * @param {Settings} s
 * @param {(ruleOrHost: string) => boolean} granted
 * @returns {AutoCleanState}
 */
export function autoCleanState(s, granted) {
  const rules = s.autoClean.rules.map((rule) => ({ rule, granted: granted(rule) }));
  const sites = Object.keys(s.autoClean.sites).sort().map((host) => ({ host, on: s.autoClean.sites[host], granted: granted(host) }));
  const active = s.autoClean.enabled && (rules.some((r) => r.granted) || sites.some((x) => x.on && x.granted));
  return { active, rules, sites };
}

// ---- storage.sync; only these touch the browser ----

const KEY = 'settings';

/** @returns {Promise<Settings>} */
export async function load() {
  const got = await ext.storage.sync().get(KEY);
  return migrate(got[KEY]);
}

/** @param {Settings} s */
export async function save(s) {
  await ext.storage.sync().set({ [KEY]: migrate(s) });
}

/** @param {(s: Settings) => void} fn */
export async function watch(fn) {
  ext.api.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && changes[KEY]) fn(migrate(changes[KEY].newValue));
  });
}

/**
 * autoCleanState with the browser's answer to which rules and sites have
 * host access.
 * @param {Settings} s
 * @returns {Promise<AutoCleanState>}
 */
export async function loadAutoCleanState(s) {
  const names = [...new Set([...s.autoClean.rules, ...Object.keys(s.autoClean.sites)])];
  const has = await Promise.all(names.map((n) => ext.permissions.contains(ruleOrigins(n)).catch(() => false)));
  const granted = new Set(names.filter((_, i) => has[i]));
  return autoCleanState(s, (n) => granted.has(n));
}

/**
 * Calls fn whenever the extension gains or loses host access (a prompt
 * answered here, in another page, or in the browser's own settings).
 * @param {() => void} fn
 */
export function watchAccess(fn) {
  ext.api.permissions?.onAdded?.addListener(fn);
  ext.api.permissions?.onRemoved?.addListener(fn);
}
