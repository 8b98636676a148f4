/**
 * poolifier-web-worker (0.5) tells its runtime by `globalThis.window`, which a worker lacks: its
 * module throws "Unsupported JavaScript runtime environment" as it loads. Naming the worker's
 * global `window` before the library is imported lets its worker side load as it does in a page.
 */
const global = globalThis as { window?: unknown };
global.window ??= globalThis;

export {};
