// The options page: auto-clean rules (each asks for its host access when
// saved), the per-site switches, and the reader's default appearance.
import { ext } from './ext.js';
import { MSG } from './protocol.js';
import * as settings from './settings.js';
import { localize } from './i18n.js';

const $ = (/** @type {string} */ id) => /** @type {any} */ (document.getElementById(id));
/** @type {settings.Settings} */
let prefs = settings.defaults();

function show() {
  $('autoEnabled').checked = prefs.autoClean.enabled;
  $('rules').value = prefs.autoClean.rules.join('\n');
  $('theme').value = prefs.theme;
  $('font').value = prefs.font;
  $('elder').checked = prefs.elder;
  $('images').checked = prefs.images;
  const list = $('sites');
  list.textContent = '';
  const hosts = Object.keys(prefs.autoClean.sites).sort();
  if (!hosts.length) {
    const li = document.createElement('li');
    li.textContent = ext.t('optNoSites');
    list.append(li);
  }
  for (const h of hosts) {
    const li = document.createElement('li');
    li.dataset.host = h;
    const name = document.createElement('span');
    name.textContent = `${h}: ${prefs.autoClean.sites[h] ? ext.t('optSiteOn') : ext.t('optSiteOff')} `;
    const rm = document.createElement('button');
    rm.type = 'button';
    rm.textContent = ext.t('optRemove');
    rm.addEventListener('click', () => change((p) => { delete p.autoClean.sites[h]; }));
    li.append(name, rm);
    list.append(li);
  }
}

/** @param {(p: settings.Settings) => void} fn */
async function change(fn) {
  fn(prefs);
  prefs = settings.migrate(prefs);
  await settings.save(prefs);
  show();
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
  show();
  settings.watch((s) => { prefs = s; show(); });
  $('autoEnabled').addEventListener('change', (/** @type {any} */ e) => change((p) => { p.autoClean.enabled = e.target.checked; }));
  $('saveRules').addEventListener('click', saveRules);
  $('theme').addEventListener('change', (/** @type {any} */ e) => change((p) => { p.theme = e.target.value; }));
  $('font').addEventListener('change', (/** @type {any} */ e) => change((p) => { p.font = e.target.value; }));
  $('elder').addEventListener('change', (/** @type {any} */ e) => change((p) => { p.elder = e.target.checked; }));
  $('images').addEventListener('change', (/** @type {any} */ e) => change((p) => { p.images = e.target.checked; }));
}

main();
