import { describe, expect, it } from "vitest";
import { lockDownStorage } from "./lockDownStorage";

/** A stand-in for a worker's global: storage on its prototype, as browsers put it. */
function fakeWorkerScope() {
  class FakeWorker {
    constructor(readonly url: string | URL) {}
  }
  const prototype = {};
  Object.defineProperty(prototype, "indexedDB", { get: () => "the database", configurable: true });
  Object.defineProperty(prototype, "caches", { get: () => "the caches", configurable: true });
  const scope = Object.assign(Object.create(prototype), {
    IDBFactory: class {},
    location: new URL("https://corelab.test/assets/pool-worker.js"),
    Worker: FakeWorker,
  });
  return scope as typeof globalThis & { Worker: typeof FakeWorker };
}

describe("lockDownStorage", () => {
  it("takes IndexedDB and Cache Storage off the global and its prototypes, saying why", () => {
    const scope = fakeWorkerScope();
    lockDownStorage(scope);
    expect(() => scope.indexedDB).toThrow(
      "Corelab keeps reader code away from your saved work: indexedDB is not available to this code.",
    );
    expect(() => scope.caches).toThrow(/caches is not available/);
    expect(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(scope), "indexedDB")).toBe(
      undefined,
    );
    expect("IDBFactory" in scope).toBe(false);
    // The lock cannot be undone by the code it locks out.
    expect(() => Object.defineProperty(scope, "indexedDB", { value: 1 })).toThrow(TypeError);
    expect(Reflect.deleteProperty(scope, "caches")).toBe(false);
  });

  it("starts nested workers from the site's own scripts only, and hides the original constructor", () => {
    const scope = fakeWorkerScope();
    const Original = scope.Worker;
    lockDownStorage(scope);
    const started = new scope.Worker("/assets/scratch-worker.js") as unknown as { url: string };
    expect(started).toBeInstanceOf(Original);
    expect(started.url).toBe("/assets/scratch-worker.js");
    for (const url of [
      "blob:https://corelab.test/1-2",
      "data:text/javascript,1",
      "https://x.test/w.js",
    ]) {
      expect(() => new scope.Worker(url), url).toThrow(
        /may start only from this site's own scripts/,
      );
    }
    expect(Original.prototype.constructor).toBe(scope.Worker);
    expect(() => {
      scope.Worker = Original;
    }).toThrow(TypeError);
  });
});
