import { describe, expect, it, vi } from "vitest";
import { memoryDraftStore } from "./draftStore";

describe("memoryDraftStore", () => {
  it("keeps an edit per key until it is forgotten", () => {
    const store = memoryDraftStore();
    store.set("why-parallel/count-primes", "edited");
    expect(store.get("why-parallel/count-primes")).toBe("edited");
    expect(store.get("pools/worker-count")).toBeUndefined();
    store.set("why-parallel/count-primes", undefined);
    expect(store.get("why-parallel/count-primes")).toBeUndefined();
  });

  it("tells subscribers of every change, until they unsubscribe", () => {
    const store = memoryDraftStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set("a", "1");
    store.set("a", undefined);
    unsubscribe();
    store.set("a", "2");
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
