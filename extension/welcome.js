// The welcome page, opened once on install: the three ways into the
// reader, the host access auto-clean needs (an install grants none, and
// the browser asks only during a click), and saving and the library.
import { ext } from './ext.js';
import * as settings from './settings.js';
import { localize } from './i18n.js';

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
/** @type {settings.Settings} */
let prefs = settings.defaults();

/** The rules as one phrase: "*.gov.cn" or "*.gov.cn、www.example.cn". */
function ruleNames() {
  return prefs.autoClean.rules.join(ext.t('listSeparator'));
}

/** Says what auto-clean does now, and offers the grant when it cannot run. */
async function showAccess() {
  const st = await settings.loadAutoCleanState(prefs);
  const anyRule = st.rules.some((r) => r.granted);
  const all = st.rules.length > 0 && st.rules.every((r) => r.granted);
  const state = $('autoState');
  state.dataset.active = String(st.active);
  if (st.active) state.textContent = ext.t('welcomeAutoOn', [ruleNames()]);
  else if (anyRule) state.textContent = ext.t('welcomeAutoDisabled');
  else if (st.rules.length) state.textContent = ext.t('welcomeAutoOff', [ruleNames()]);
  else state.textContent = ext.t('welcomeNoRules');
  const grant = $('grant');
  grant.textContent = ext.t('welcomeGrant', [ruleNames()]);
  grant.hidden = all || st.rules.length === 0;
}

async function grant() {
  // Asked first, inside the click: the browser shows its prompt only
  // during a user gesture.
  const granted = await ext.permissions.request(prefs.autoClean.rules.flatMap(settings.ruleOrigins)).catch(() => false);
  if (granted && !prefs.autoClean.enabled) {
    prefs.autoClean.enabled = true;
    await settings.save(prefs);
  }
  $('grantStatus').textContent = granted ? '' : ext.t('accessDenied');
  await showAccess();
}

async function showShortcut() {
  const all = await ext.api.commands?.getAll?.().catch(() => []) ?? [];
  const key = all.find((c) => c.name === 'open-reader')?.shortcut ?? '';
  $('shortcut').textContent = key;
  $('shortcut').hidden = !key;
  $('noShortcut').hidden = Boolean(key);
}

async function main() {
  localize();
  $('menuName').textContent = ext.t('menuOpenReader');
  $('grant').addEventListener('click', grant);
  prefs = await settings.load();
  settings.watch((s) => { prefs = s; showAccess(); });
  settings.watchAccess(showAccess);
  await Promise.all([showAccess(), showShortcut()]);
  document.body.dataset.state = 'ready';
}

main();
