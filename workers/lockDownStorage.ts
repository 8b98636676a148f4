/// <reference lib="webworker" />

/**
 * Keeps the reader's code away from the reader's saved work. Every worker that runs code from a
 * reader or a link calls this first, before any such code is compiled: `indexedDB` (where
 * Corelab keeps saved work) and `caches` (Cache Storage, the offline copy) are taken off the
 * worker's global and its prototype chain, and reading them throws a message that says why.
 * Nested workers may start only from this site's own scripts, which lock themselves down too:
 * a `blob:` or `data:` worker would start a fresh global with storage in it.
 *
 * Dependency-free on purpose: every worker kind that runs reader code imports it alone.
 *
 * @example
 * lockDownStorage(); // first line of a worker's entry, after its imports
 */
export function lockDownStorage(scope: typeof globalThis = globalThis): void {
  for (const name of STORAGE) {
    for (let holder: object | null = scope; holder; holder = Object.getPrototypeOf(holder)) {
      if (Object.getOwnPropertyDescriptor(holder, name)?.configurable) {
        Reflect.deleteProperty(holder, name);
      }
    }
    Object.defineProperty(scope, name, {
      get() {
        throw new Error(refusal(`${name} is not available to this code`));
      },
      configurable: false,
    });
  }
  // The interfaces lead nowhere without `indexedDB` and `caches`; gone, they say so plainly.
  for (const name of INTERFACES) Reflect.deleteProperty(scope, name);
  guardNestedWorkers(scope);
}

const STORAGE = ["indexedDB", "caches"] as const;
const INTERFACES = ["IDBFactory", "CacheStorage", "Cache"] as const;

const refusal = (what: string) => `Corelab keeps reader code away from your saved work: ${what}.`;

/** `new Worker(url)` for this site's own scripts only; the original constructor stays hidden. */
function guardNestedWorkers(scope: typeof globalThis): void {
  const Original = scope.Worker;
  if (typeof Original !== "function") return;
  const own = scope.location;
  const guarded: typeof Worker = new Proxy(Original, {
    construct(target, args: ConstructorParameters<typeof Worker>, newTarget): object {
      const url = new URL(String(args[0]), own.href);
      if (url.protocol !== own.protocol || url.origin !== own.origin) {
        throw new Error(
          refusal(`a worker may start only from this site's own scripts, not ${url.protocol} ones`),
        );
      }
      return Reflect.construct(target, args, newTarget);
    },
  });
  Object.defineProperty(Original.prototype, "constructor", { value: guarded, writable: false });
  Object.defineProperty(scope, "Worker", { value: guarded, writable: false, configurable: false });
}
