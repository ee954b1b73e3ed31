// The Firefox variant of manifest.json, shared by scripts/build.sh (the
// store package) and the Firefox browser test, so that the test loads the
// manifest that ships.
// Usage: node scripts/firefox-manifest.mjs FILE   (rewrites FILE in place)
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Firefox has no offscreen API and no service-worker-only background: it
 * runs background.js as a module background page, which hosts the wasm.
 * @param {any} m the Chrome manifest (not modified)
 * @returns {any}
 */
export function firefoxManifest(m) {
  const f = structuredClone(m);
  f.background = { scripts: [m.background.service_worker], type: 'module' };
  f.permissions = m.permissions.filter((/** @type {string} */ x) => x !== 'offscreen');
  // The extension collects nothing; Firefox asks extensions to say so.
  // data_collection_permissions needs Firefox 140 (142 on Android).
  f.browser_specific_settings = {
    gecko: { id: 'govreader@govreader.github.io', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    gecko_android: { strict_min_version: '142.0' },
  };
  return f;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: node scripts/firefox-manifest.mjs FILE');
  const m = JSON.parse(fs.readFileSync(file, 'utf8'));
  fs.writeFileSync(file, JSON.stringify(firefoxManifest(m), null, 2) + '\n');
}
