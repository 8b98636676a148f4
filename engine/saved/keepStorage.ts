/**
 * A browser may clear a site's storage when the disk runs low, unless the site's storage is
 * persistent. Once the reader has saved work, the notebook asks for that, once: Firefox asks
 * the reader, so asking at every save or every visit would nag; Chromium decides by itself.
 */
type StorageAccess = Pick<StorageManager, "persist" | "persisted">;
type Memory = Pick<Storage, "getItem" | "setItem">;

const ASKED_MARK = "corelab:asked-to-keep-storage";

export interface StorageKeeper {
  /** Asks the browser to keep storage, unless it already does or was asked before. */
  askOnce(): Promise<void>;
  /** Whether the browser keeps this site's storage; `null` where it cannot say. */
  persisted(): Promise<boolean | null>;
  /** Called after an answer that may have changed `persisted()`. */
  onChange(listener: () => void): () => void;
}

export function storageKeeper(storage: StorageAccess | undefined, memory: Memory): StorageKeeper {
  const listeners = new Set<() => void>();
  let asking: Promise<void> | null = null;
  const ask = async () => {
    if (!storage || memory.getItem(ASKED_MARK) !== null) return;
    memory.setItem(ASKED_MARK, new Date().toISOString());
    if (!(await storage.persisted())) await storage.persist();
    for (const listener of listeners) listener();
  };
  return {
    askOnce: () => {
      asking ??= ask().catch(() => {});
      return asking;
    },
    persisted: () => (storage ? storage.persisted().catch(() => null) : Promise.resolve(null)),
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The page's keeper, over `navigator.storage` (absent outside secure contexts). */
export const keepStorage: StorageKeeper = storageKeeper(
  globalThis.navigator?.storage as StorageManager | undefined,
  globalThis.localStorage,
);
