import { describe, expect, it } from "vitest";
import { JOURNAL_KEY, unloadJournal } from "./unloadJournal";

/** A sessionStorage stand-in. */
function memory(quota = Number.POSITIVE_INFINITY) {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (value.length > quota) throw new DOMException("full", "QuotaExceededError");
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
  };
}

const params = "params:why-parallel/count-primes";
const run = "run:why-parallel/count-primes";

describe("the unload journal", () => {
  it("keeps what has not landed, and the next page takes it once", () => {
    const tab = memory();
    const before = unloadJournal(tab);
    const landedParams = before.begin({ key: params, value: { maxN: 5 } });
    before.begin({ key: "active:why-parallel/count-primes", forget: true });
    before.begin({ key: run, value: { status: "done" } });
    landedParams();
    before.keep();

    const after = unloadJournal(tab);
    expect(after.take()).toEqual([
      { key: "active:why-parallel/count-primes", forget: true },
      { key: run, value: { status: "done" } },
    ]);
    expect(after.take()).toEqual([]);
    expect(tab.items.has(JOURNAL_KEY)).toBe(false);
  });

  it("keeps only the latest change of a key, and forgets it when that one lands", () => {
    const tab = memory();
    const journal = unloadJournal(tab);
    const first = journal.begin({ key: params, value: 1 });
    const second = journal.begin({ key: params, value: 2 });
    first(); // The older write landing says nothing about the newer one.
    journal.keep();
    expect(unloadJournal(tab).take()).toEqual([{ key: params, value: 2 }]);

    second();
    journal.keep();
    expect(tab.items.has(JOURNAL_KEY)).toBe(false);
  });

  it("leaves out values JSON would change, and survives a full or missing storage", () => {
    const tab = memory();
    const journal = unloadJournal(tab);
    journal.begin({ key: "a", value: Number.NaN });
    journal.begin({ key: "b", value: { big: 1n } });
    journal.begin({ key: "c", value: [1, 2] });
    journal.keep();
    expect(unloadJournal(tab).take()).toEqual([{ key: "c", value: [1, 2] }]);

    const full = unloadJournal(memory(10));
    full.begin({ key: "c", value: [1, 2] });
    expect(() => full.keep()).not.toThrow();

    const none = unloadJournal(undefined);
    none.begin({ key: "c", value: 1 });
    expect(() => none.keep()).not.toThrow();
    expect(none.take()).toEqual([]);
  });

  it("takes nothing from storage it did not write", () => {
    for (const garbage of ["💥", "{}", '[{"key":5,"value":1}]', '[{"key":"a","forget":false}]']) {
      const tab = memory();
      tab.setItem(JOURNAL_KEY, garbage);
      expect(unloadJournal(tab).take(), garbage).toEqual([]);
      expect(tab.items.has(JOURNAL_KEY)).toBe(false);
    }
  });

  it("forgets everything when the reader forgets all saved work", () => {
    const tab = memory();
    const journal = unloadJournal(tab);
    journal.begin({ key: params, value: 1 });
    journal.keep();
    journal.clear();
    journal.keep();
    expect(unloadJournal(tab).take()).toEqual([]);
  });
});
