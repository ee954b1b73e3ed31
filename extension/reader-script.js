// The 简/繁 switch: the article shown in simplified or traditional script,
// or as published. The converter (script.wasm) loads on first use.
import { ext } from './ext.js';
import * as settings from './settings.js';
import { loadScript, convertArticle, DIRECTIONS } from './scriptconv.js';
import { state, $, status } from './reader-state.js';

/** @type {settings.Script} */
let shownScript = 'original';
/** @type {settings.Script} */
let wantScript = 'original';
/** Converted Articles by script, so that switching again is instant.
 * @type {Map<settings.Script, import('./contract.js').Article>} */
const converted = new Map();
/** @type {Promise<boolean>|null} */
let scriptRun = null;
/** A remembered choice that failed to apply is not retried on its own. */
let scriptAutoFailed = false;

/** How the reader shows an Article; set by reader-view.js.
 * @type {(a: import('./contract.js').Article) => void} */
let show = () => {};
/** How the reader saves a settings change; set by reader-view.js.
 * @type {(change: (p: settings.Settings) => void) => Promise<void>} */
let update = async () => {};

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
    while (state.article && shownScript !== wantScript) {
      const target = wantScript;
      let a = target === 'original' ? state.article : converted.get(target);
      if (!a) {
        group.setAttribute('aria-busy', 'true');
        status(loadingText);
        const mod = await loadScript();
        // Let the loading state paint before the conversion holds the page.
        await new Promise((r) => setTimeout(r, 16));
        // The article on screen now: a restored block may have replaced it
        // while script.wasm loaded.
        const article = state.article;
        if (!article) break;
        a = convertArticle(article, DIRECTIONS[/** @type {'simplified'|'traditional'} */ (target)], mod);
        converted.set(target, a);
      }
      state.shown = a;
      show(a);
      shownScript = target;
    }
    if ($('status').textContent === loadingText) status('');
    return shownScript === wantScript;
  } catch (e) {
    // The article stays as it was; say why, the browser's words behind 详情.
    wantScript = shownScript;
    status(ext.t('scriptFailed'), true, String(/** @type {any} */ (e)?.message ?? e));
    return false;
  } finally {
    group.removeAttribute('aria-busy');
    applyScriptButtons();
  }
}

/** The 简 or 繁 button, pressed (reader-view.js wires them, before this
 * module has loaded). @param {'simplified'|'traditional'} which */
export async function pressScript(which) {
  scriptAutoFailed = false;
  // Pressing the shown script again returns to the original.
  const target = wantScript === which ? 'original' : which;
  if (await showScript(target)) {
    if (state.prefs.script !== target) await update((p) => { p.script = target; });
  } else if (state.prefs.script !== 'original' && shownScript === 'original') {
    // The remembered choice cannot be applied; forget it rather than
    // failing again on every article.
    await update((p) => { p.script = 'original'; });
  }
}

/** Forgets the conversions of an article that a new extraction of the
 * same page replaced (a block restored in 显示移除内容): it shows as
 * published until followScript converts it again. */
export function resetScript() {
  converted.clear();
  shownScript = 'original';
  wantScript = 'original';
  scriptAutoFailed = false;
  applyScriptButtons();
}

/** Follows the remembered choice: on opening, and when another reader tab
 * changes it. */
export async function followScript() {
  if (!state.article || scriptRun || scriptAutoFailed || state.prefs.script === shownScript) return;
  if (!(await showScript(state.prefs.script))) scriptAutoFailed = true;
}

/**
 * Gives the switch the reader's ways to show an article and save a
 * setting; once per page, before anything else of this module is used.
 * @param {{show: (a: import('./contract.js').Article) => void, update: (change: (p: settings.Settings) => void) => Promise<void>}} hooks
 */
export function initScript(hooks) {
  show = hooks.show;
  update = hooks.update;
}
