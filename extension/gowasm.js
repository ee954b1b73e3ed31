// Starts a Go WebAssembly module (core.wasm, script.wasm). wasm_exec.js
// must have defined the Go class before the call.

/**
 * Instantiates the module at url, runs its main() and returns the object
 * main() registers on globalThis under globalName. main() then blocks, so
 * run() never settles while the instance is alive.
 * @param {URL} url
 * @param {string} globalName
 * @returns {Promise<any>}
 */
export async function startGo(url, globalName) {
  const go = new globalThis.Go();
  const { instance } = await WebAssembly.instantiateStreaming(fetch(url), go.importObject);
  go.run(instance).catch((/** @type {unknown} */ e) => console.error(`govreader: ${globalName} exited`, e));
  const mod = /** @type {any} */ (globalThis)[globalName];
  if (!mod) throw new Error(`${url.pathname} did not register ${globalName}`);
  return mod;
}
