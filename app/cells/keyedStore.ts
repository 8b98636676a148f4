import { useSyncExternalStore } from "react";

/**
 * A page-wide map of values by key, which components read with `useKeyed` and re-render when
 * their key's value changes: how a cell and the teaching components beside it share state.
 *
 * @example
 * const guesses = keyedStore<Guess>();
 * guesses.set("guess:why-parallel/count-primes", guess);
 * const guess = useKeyed(guesses, key); // in a component
 */
export interface KeyedStore<T> {
  get(key: string): T | undefined;
  has(key: string): boolean;
  keys(): string[];
  set(key: string, value: T): void;
  delete(key: string): void;
  subscribe(listener: () => void): () => void;
}

export function keyedStore<T>(): KeyedStore<T> {
  const values = new Map<string, T>();
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  return {
    get: (key) => values.get(key),
    has: (key) => values.has(key),
    keys: () => [...values.keys()],
    set(key, value) {
      values.set(key, value);
      notify();
    },
    delete(key) {
      values.delete(key);
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The store's value for `key` now, or null; the component re-renders when it changes. */
export function useKeyed<T>(store: KeyedStore<T>, key: string): T | null {
  return useSyncExternalStore(store.subscribe, () => store.get(key) ?? null);
}
