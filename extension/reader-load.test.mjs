// What the reader page loads before its first paint, and in what order. A
// click opens reader.html while core is still reading the page; its main
// thread is shared with the offscreen host, and every file it fetches
// before the first paint costs that thread a request, a response and a
// compile. So the first paint waits for reader.css and reader-shell.js
// only (a classic script, the first thing in the body, that paints the
// shell with the headline the URL carries), which then loads the modules
// the article is shown with, all at once; what no first screen needs
// comes after the article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HEADLINE_PARAM, MSG } from './protocol.js';
import { ruleOrigins } from './settings.js';

const DIR = path.dirname(fileURLToPath(import.meta.url));
const read = (/** @type {string} */ f) => fs.readFileSync(path.join(DIR, f), 'utf8');

/** The static imports of a module: `import … from './x.js'`, `import './x.js'`, `export … from './x.js'`. @param {string} src */
export function staticImports(src) {
  const out = [];
  for (const m of src.matchAll(/^\s*(?:import|export)\s[^'"`;]*?\bfrom\s*['"](\.\/[^'"]+)['"]|^\s*import\s*['"](\.\/[^'"]+)['"]/gm)) out.push(m[1] ?? m[2]);
  return out;
}

/** The modules reachable from entry by static imports, entry excluded. @param {string} entry */
function graph(entry) {
  const seen = new Set();
  const walk = (/** @type {string} */ f) => {
    for (const dep of staticImports(read(f))) {
      const name = path.posix.normalize(dep);
      if (seen.has(name)) continue;
      seen.add(name);
      walk(name);
    }
  };
  walk(entry);
  return seen;
}

test('the import finder sees every form of static import, and no dynamic one', () => {
  const src = "import { a } from './a.js';\nimport './b.js';\nimport {\n  c,\n  d,\n} from './c.js';\nexport { e } from './e.js';\nconst x = await import('./lazy.js');\n// import nothing from './comment'\n";
  assert.deepEqual(staticImports(src), ['./a.js', './b.js', './c.js', './e.js']);
});

test('reader.html: the style sheet and the shell, a classic script first in the body; no module', () => {
  const html = read('reader.html');
  assert.doesNotMatch(html, /rel="modulepreload"|type="module"/, 'a module fetched before the first paint');
  const head = html.slice(0, html.indexOf('</head>'));
  const sheets = [...head.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1]);
  assert.deepEqual(sheets, ['reader.css']);
  const scripts = [...html.matchAll(/<script\b([^>]*)><\/script>/g)].map((m) => m[1].trim());
  assert.deepEqual(scripts, ['src="reader-shell.js"']);
  // The shell runs before any of the body is parsed (it applies the look to
  // the body before anything in it can be painted), and is not deferred.
  assert.match(html, /<body[^>]*>\s*<script src="reader-shell\.js"><\/script>/);
});

test('the shell loads, once painted, exactly the modules the article is shown with, the entry last', () => {
  const list = /const MODULES = (\[[^\]]*\]);/.exec(read('reader-shell.js'))?.[1];
  assert.ok(list, 'no MODULES in reader-shell.js');
  const modules = /** @type {string[]} */ (JSON.parse(list.replaceAll("'", '"')));
  assert.equal(new Set(modules).size, modules.length, 'a module is listed twice');
  assert.equal(modules.at(-1), 'reader.js');
  // reader.js imports the rest of the reader itself, at once.
  assert.match(read('reader.js'), /import\('\.\/reader-view\.js'\)/);
  const shell = graph('reader.js');
  assert.ok(shell.size <= 5, `the shell's module waits for ${shell.size} modules: ${[...shell]}`);
  const wanted = new Set(['reader.js', ...shell, 'reader-view.js', ...graph('reader-view.js')]);
  assert.deepEqual([...modules].sort(), [...wanted].sort());
});

test('what no first screen needs is fetched after the article: read aloud, 简/繁, 显示移除内容', () => {
  const view = read('reader-view.js');
  const ready = new Set(['reader.js', ...graph('reader.js'), 'reader-view.js', ...graph('reader-view.js')]);
  for (const part of ['reader-speak.js', 'speech.js', 'reader-script.js', 'scriptconv.js', 'removed.js', 'keep.js', 'i18n.js']) {
    assert.ok(!ready.has(part), `${part} is fetched before the article is shown`);
  }
  for (const part of ['reader-speak.js', 'reader-script.js', 'removed.js']) {
    assert.match(view, new RegExp(`import\\('\\./${part.replace('.', '\\.')}'\\)`), `${part} is not loaded later`);
  }
  assert.ok(ready.size <= 15, `the article waits for ${ready.size} modules: ${[...ready]}`);
});

test('reader-shell.js agrees with the modules it cannot import', () => {
  const shell = read('reader-shell.js');
  const constant = (/** @type {string} */ name, /** @type {string} */ src) => {
    const m = new RegExp(`const ${name} = '([^']+)'`).exec(src);
    assert.ok(m, `${name} not found`);
    return m[1];
  };
  assert.equal(constant('HEADLINE_PARAM', shell), HEADLINE_PARAM);
  assert.equal(constant('GET_ARTICLE', shell), MSG.PAGE_TO_BG_GET_ARTICLE);
  assert.equal(constant('GET_HEAD', shell), MSG.READER_TO_BG_GET_HEAD);
  const originsOf = /const originsOf = (\(host\) => \[[^\]]*\]);/.exec(shell)?.[1];
  assert.ok(originsOf, 'no originsOf in reader-shell.js');
  assert.deepEqual(new Function(`return ${originsOf}`)()('www.yzcity.gov.cn'), ruleOrigins('www.yzcity.gov.cn'));
  assert.equal(constant('LOOK_KEY', shell), constant('LOOK_KEY', read('reader-state.js').replace('export const', 'const')));
  // It localizes once the element it names is parsed: the last one in the
  // page with text of its own, so that nothing after it stays unlocalized.
  const html = read('reader.html');
  const last = constant('LAST_TEXT', shell);
  const at = html.indexOf(`id="${last}"`);
  assert.ok(at > 0, `no #${last} in reader.html`);
  assert.doesNotMatch(html.slice(html.indexOf('>', at)), /data-i18n/, `text to localize after #${last}`);
  // The look it applies is the one reader-state.js keeps: the same keys.
  const vars = [...read('reader-state.js').matchAll(/'(--[a-z-]+)'/g)].map((m) => m[1]).sort();
  assert.deepEqual(/** @type {string[]} */ (JSON.parse(/const VARS = (\[[^\]]*\])/.exec(shell)?.[1].replaceAll("'", '"') ?? '[]')).sort(), vars);
});
