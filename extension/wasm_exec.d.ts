// The types of Go's extension/wasm_exec.js (copied from GOROOT by
// scripts/build.sh), for the type check (tsconfig.json): importing
// './wasm_exec.js' defines the class that runs a Go WebAssembly module
// (gowasm.js). Only what the extension uses is declared. Not shipped:
// scripts/build.sh leaves .d.ts files out of the packages.

/** A Go program compiled to WebAssembly, before and while it runs. */
interface GoInstance {
  /** What the module must be instantiated with. */
  importObject: WebAssembly.Imports;
  /** Runs main(); settles when the program exits. */
  run(instance: WebAssembly.Instance): Promise<void>;
}

declare global {
  /** Go's runtime for js/wasm modules, set by wasm_exec.js. */
  var Go: { new (): GoInstance };
}

export {};
