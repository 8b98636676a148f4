/**
 * A WebAssembly module the page compiled once, sent to pool workers with each task: a compiled
 * module, and a shared memory, clone by reference through postMessage. Each message makes new
 * wrapper objects, so `key` tells a worker which module (and memory) a task is about.
 */
export interface WasmHandle {
  key: number;
  module: WebAssembly.Module;
  /** The one shared memory a threads build imports; a plain build has memory of its own. */
  memory?: WebAssembly.Memory;
}

/** This worker's instance of the last module and memory it was sent. */
let instance: { key: number; exports: WebAssembly.Exports } | null = null;

/**
 * The exports of this worker's instance of the handle's module, instantiated once per worker
 * per handle (synchronously: a worker may, and these modules are small).
 */
export function exportsOf<Exports>({ key, module, memory }: WasmHandle): Exports {
  if (instance?.key !== key) {
    const imports = memory ? { env: { memory } } : {};
    instance = { key, exports: new WebAssembly.Instance(module, imports).exports };
  }
  return instance.exports as unknown as Exports;
}
