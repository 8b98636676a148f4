import * as v from "valibot";

/**
 * IndexedDB writes land after the call that makes them. When the page goes first (a reload the
 * moment a run ends, a param typed just before F5), Chromium finishes a write already under way
 * but may drop one still waiting its turn behind it: the reader's last change could be lost.
 *
 * The journal keeps, for one tab, what was asked of storage and has not landed yet. When the page
 * is hidden for good or for a while (`pagehide`), that goes into sessionStorage, which is written
 * at once and survives a reload of the same tab; the next page of the tab replays it before it
 * reads anything. Another tab never replays it, so it cannot write over that tab's newer work.
 *
 * @example
 * const journal = unloadJournal(sessionStorage);
 * const landed = journal.begin({ key: "params:why-parallel/count-primes", value: { maxN: 5 } });
 * await set(key, value); // IndexedDB
 * landed();
 */
export type SavedChange = { key: string; value: unknown } | { key: string; forget: true };

type Memory = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export interface UnloadJournal {
  /** Notes a change as under way; call what it returns once it has landed (or failed). */
  begin(change: SavedChange): () => void;
  /** Puts the changes still under way into the tab's memory (on `pagehide`). */
  keep(): void;
  /** What the tab's last page left unlanded, once: the tab's memory is emptied. */
  take(): SavedChange[];
  /** Drops everything noted (the reader forgot all saved work). */
  clear(): void;
}

export const JOURNAL_KEY = "corelab:unlanded-saves";

const KEY_CHARS = 300;

const JournalSchema = v.array(
  v.union([
    v.strictObject({ key: v.pipe(v.string(), v.maxLength(KEY_CHARS)), value: v.unknown() }),
    v.strictObject({ key: v.pipe(v.string(), v.maxLength(KEY_CHARS)), forget: v.literal(true) }),
  ]),
);

export function unloadJournal(memory: Memory | undefined): UnloadJournal {
  const underWay = new Map<string, SavedChange>();
  return {
    begin(change) {
      underWay.set(change.key, change);
      return () => {
        if (underWay.get(change.key) === change) underWay.delete(change.key);
      };
    },
    keep() {
      const kept = [...underWay.values()].flatMap((change) => {
        const text = asJson(change);
        return text === null ? [] : [text];
      });
      try {
        if (kept.length === 0) memory?.removeItem(JOURNAL_KEY);
        else memory?.setItem(JOURNAL_KEY, `[${kept.join(",")}]`);
      } catch {
        // Over the quota, or storage is off: the writes under way are all there is.
      }
    },
    take() {
      try {
        const text = memory?.getItem(JOURNAL_KEY);
        if (text == null) return [];
        memory?.removeItem(JOURNAL_KEY);
        const parsed = v.safeParse(JournalSchema, JSON.parse(text));
        return parsed.success ? parsed.output : [];
      } catch {
        return [];
      }
    },
    clear() {
      underWay.clear();
      try {
        memory?.removeItem(JOURNAL_KEY);
      } catch {
        // Nothing kept to drop.
      }
    },
  };
}

/**
 * A change as JSON, or null when JSON would not give the same value back (a number that is not
 * finite, a bigint, a cycle): such a change is left to IndexedDB alone.
 */
function asJson(change: SavedChange): string | null {
  try {
    return JSON.stringify(change, (_key, value: unknown) => {
      if (typeof value === "number" && !Number.isFinite(value)) throw new Error("not JSON");
      if (typeof value === "bigint" || typeof value === "function") throw new Error("not JSON");
      return value;
    });
  } catch {
    return null;
  }
}
