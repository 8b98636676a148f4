/**
 * Where the reader's edits are kept, by cell key. In memory for now, so edits survive moving
 * between lessons but not a reload; persisting them (IndexedDB) means another store with these
 * three methods.
 */
export interface DraftStore {
  get(key: string): string | undefined;
  /** `undefined` forgets the edit: the cell shows its original code again. */
  set(key: string, code: string | undefined): void;
  subscribe(listener: () => void): () => void;
}

export function memoryDraftStore(): DraftStore {
  const drafts = new Map<string, string>();
  const listeners = new Set<() => void>();
  return {
    get: (key) => drafts.get(key),
    set(key, code) {
      if (code === undefined) drafts.delete(key);
      else drafts.set(key, code);
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
