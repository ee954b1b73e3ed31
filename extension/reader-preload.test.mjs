// reader.html names every module of the reader page (the shell's,
// reader.js, and the rest's, reader-view.js) as a modulepreload link, so
// that the browser fetches them all at once instead of one level of
// imports after another, the shell's first: the reader page is opened
// while its article is being extracted, and its shell waits for them.
// A module added to the graph and not to the list (or left in the list
// after it left the graph) fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = path.dirname(fileURLToPath(import.meta.url));

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
    for (const dep of staticImports(fs.readFileSync(path.join(DIR, f), 'utf8'))) {
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

test('reader.html preloads exactly the modules of the reader, the shell\'s first', () => {
  const html = fs.readFileSync(path.join(DIR, 'reader.html'), 'utf8');
  const preloaded = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => path.posix.normalize(m[1]));
  assert.equal(new Set(preloaded).size, preloaded.length, 'a module is listed twice');
  // The shell (reader.js) imports the rest of the reader itself, at once.
  assert.match(fs.readFileSync(path.join(DIR, 'reader.js'), 'utf8'), /import\('\.\/reader-view\.js'\)/);
  const shell = graph('reader.js');
  const view = new Set(['reader-view.js', ...graph('reader-view.js')]);
  const wanted = new Set([...shell, ...view]);
  assert.ok(wanted.size > 10, `the graph looks too small: ${[...wanted]}`);
  assert.deepEqual([...preloaded].sort(), [...wanted].sort());
  // What the shell waits for is asked for before the rest.
  assert.deepEqual(new Set(preloaded.slice(0, shell.size)), shell, `the shell's modules are not first: ${preloaded.join(' ')}`);
  assert.ok(shell.size <= 6, `the shell waits for ${shell.size} modules: ${[...shell]}`);
});
