// The options page: auto-clean rules (each asks for its host access when
// saved, and shows whether it has it), the per-site switches, and the
// reader's default appearance.
import { ext } from './ext.js';
import { MSG } from './protocol.js';
import * as settings from './settings.js';
import { localize } from './i18n.js';

const $ = (/** @type {string} */ id) => /** @type {any} */ (document.getElementById(id));
/** @type {settings.Settings} */
let prefs = settings.defaults();
/** What auto-clean does with the access granted, as last shown.
 * @type {settings.AutoCleanState} */
let state = settings.autoCleanState(prefs, () => false);

/**
 * The permission state of a rule or site, with a button that asks for
 * the access when it is missing.
 * @param {string} name a rule or a host @param {boolean} granted
 */
function accessState(name, granted) {
  const span = document.createElement('span');
  span.className = granted ? 'perm granted' : 'perm';
  span.textContent = ext.t(granted ? 'optGranted' : 'optNotGranted');
  if (granted) return [span];
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'grant';
  b.textContent = ext.t('optGrant');
  b.addEventListener('click', () => requestAccess(settings.ruleOrigins(name)));
  return [span, document.createTextNode(' '), b];
}

/** @param {string[]} origins */
async function requestAccess(origins) {
  // Inside the click: the browser shows its prompt only during a gesture.
  const granted = await ext.permissions.request(origins).catch(() => false);
  $('rulesStatus').textContent = granted ? '' : ext.t('accessDenied');
  await show();
}

/** @param {boolean} on */
async function switchAuto(on) {
  if (on && !state.rules.some((r) => r.granted)) {
    // Turning on means asking for the rules' access: without it the switch
    // would be a promise the background cannot keep.
    const granted = await ext.permissions.request(prefs.autoClean.rules.flatMap(settings.ruleOrigins)).catch(() => false);
    if (!granted) {
      $('rulesStatus').textContent = ext.t('accessDenied');
      await show();
      return;
    }
  }
  await change((p) => { p.autoClean.enabled = on; });
}

async function show() {
  state = await settings.loadAutoCleanState(prefs);
  // Never shown as on when it cannot run.
  $('autoEnabled').checked = state.active;
  const granted = state.rules.filter((r) => r.granted).length;
  const auto = $('autoState');
  auto.dataset.active = String(state.active);
  auto.textContent = state.active ? ext.t('optAutoActive', [String(granted), String(state.rules.length)])
    : prefs.autoClean.enabled ? ext.t('optAutoNoAccess') : ext.t('optAutoOff');
  const rules = $('ruleList');
  rules.textContent = '';
  for (const r of state.rules) {
    const li = document.createElement('li');
    li.dataset.rule = r.rule;
    li.dataset.granted = String(r.granted);
    const name = document.createElement('code');
    name.textContent = r.rule;
    li.append(name, document.createTextNode(' '), ...accessState(r.rule, r.granted));
    rules.append(li);
  }
  if (document.activeElement !== $('rules')) $('rules').value = prefs.autoClean.rules.join('\n');
  $('theme').value = prefs.theme;
  $('font').value = prefs.font;
  $('elder').checked = prefs.elder;
  $('images').checked = prefs.images;
  $('saveImages').checked = prefs.saveImages;
  const list = $('sites');
  list.textContent = '';
  if (!state.sites.length) {
    const li = document.createElement('li');
    li.textContent = ext.t('optNoSites');
    list.append(li);
  }
  for (const { host: h, on, granted: g } of state.sites) {
    const li = document.createElement('li');
    li.dataset.host = h;
    li.dataset.granted = String(g);
    const name = document.createElement('span');
    name.textContent = `${h}: ${on ? ext.t('optSiteOn') : ext.t('optSiteOff')} `;
    const rm = document.createElement('button');
    rm.type = 'button';
    rm.textContent = ext.t('optRemove');
    rm.addEventListener('click', () => change((p) => { delete p.autoClean.sites[h]; }));
    // Only a site that is switched on needs access.
    li.append(name, ...(on ? [...accessState(h, g), document.createTextNode(' ')] : []), rm);
    list.append(li);
  }
}

/** @param {(p: settings.Settings) => void} fn */
async function change(fn) {
  fn(prefs);
  prefs = settings.migrate(prefs);
  await settings.save(prefs);
  await show();
}

async function saveRules() {
  const before = prefs.autoClean.rules;
  const rules = [...new Set(String($('rules').value).split(/\s+/).map(settings.normaliseRule).filter(Boolean))];
  const origins = rules.flatMap(settings.ruleOrigins);
  // Asked first, inside the click: the browser only shows the prompt
  // during a user gesture.
  const asked = origins.length ? ext.permissions.request(origins).catch(() => false) : Promise.resolve(true);
  const granted = await asked;
  await change((p) => { p.autoClean.rules = rules; });
  const dropped = before.filter((r) => !rules.includes(r)).flatMap(settings.ruleOrigins);
  if (dropped.length) await ext.permissions.remove(dropped).catch(() => false);
  await ext.send({ type: MSG.OPTIONS_TO_BG_RULES_CHANGED }).catch(() => undefined);
  $('rulesStatus').textContent = granted ? ext.t('optSaved') : ext.t('optDenied');
}

async function main() {
  localize();
  prefs = await settings.load();
  await show();
  settings.watch((s) => { prefs = s; show(); });
  settings.watchAccess(show);
  $('autoEnabled').addEventListener('change', (/** @type {any} */ e) => switchAuto(e.target.checked));
  $('saveRules').addEventListener('click', saveRules);
  $('theme').addEventListener('change', (/** @type {any} */ e) => change((p) => { p.theme = e.target.value; }));
  $('font').addEventListener('change', (/** @type {any} */ e) => change((p) => { p.font = e.target.value; }));
  $('elder').addEventListener('change', (/** @type {any} */ e) => change((p) => { p.elder = e.target.checked; }));
  $('images').addEventListener('change', (/** @type {any} */ e) => change((p) => { p.images = e.target.checked; }));
  $('saveImages').addEventListener('change', (/** @type {any} */ e) => change((p) => { p.saveImages = e.target.checked; }));
  document.body.dataset.state = 'ready';
}

main();
