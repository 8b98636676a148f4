import { clear, del, get, promisifyRequest, set, type UseStore } from "idb-keyval";
import { keepStorage } from "./keepStorage";
import { announceSaved } from "./otherTabs";
import { type SavedChange, unloadJournal } from "./unloadJournal";

/**
 * The reader's saved work (params, last results, later code edits): one IndexedDB object store
 * behind idb-keyval, keyed by strings such as `run:why-parallel/count-primes`.
 *
 * Everything read back is untrusted: another version of the app, a browser extension or a
 * broken disk may have written it. Callers validate what `readSaved` returns.
 */
export const SAVED_DATABASE = "corelab";
export const SAVED_STORE = "saved-work";

const journal = unloadJournal(sessionStorageIfAllowed());

let store: UseStore | null = null;
// Opened on first use, so a page that never saves never creates the database. What this tab's
// last page left unlanded is written before anything is read.
const savedStore = (): UseStore => {
  if (!store) {
    const database = openHealthyDatabase().then(replay);
    store = (mode, callback) =>
      database.then((db) => callback(db.transaction(SAVED_STORE, mode).objectStore(SAVED_STORE)));
    globalThis.addEventListener?.("pagehide", () => journal.keep());
    // Back from the back-forward cache, this page goes on: what it kept is now stale.
    globalThis.addEventListener?.("pageshow", (event: PageTransitionEvent) => {
      if (event.persisted) journal.keep();
    });
  }
  return store;
};

async function replay(db: IDBDatabase): Promise<IDBDatabase> {
  const changes = journal.take();
  if (changes.length === 0) return db;
  const transaction = db.transaction(SAVED_STORE, "readwrite");
  const objects = transaction.objectStore(SAVED_STORE);
  for (const change of changes) {
    if ("forget" in change) objects.delete(change.key);
    else objects.put(change.value, change.key);
  }
  try {
    await promisifyRequest(transaction);
    for (const change of changes) announceSaved(change.key);
  } catch {
    // The changes are lost, as they would have been without the journal; the store still works.
  }
  return db;
}

function sessionStorageIfAllowed(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined; // Storage blocked for this site: the journal keeps nothing.
  }
}

/** Makes one change through the journal, so that leaving the page cannot lose it. */
async function journaled(change: SavedChange, write: () => Promise<void>): Promise<void> {
  const landed = journal.begin(change);
  try {
    await write();
  } finally {
    landed();
  }
}

/**
 * idb-keyval's `createStore`, except that a database of this name without our store (left by
 * something else, or damaged) is deleted and made again rather than failing every read.
 */
async function openHealthyDatabase(): Promise<IDBDatabase> {
  const found = await openDatabase();
  if (found.objectStoreNames.contains(SAVED_STORE)) return found;
  found.close();
  await promisifyRequest(indexedDB.deleteDatabase(SAVED_DATABASE));
  return openDatabase();
}

function openDatabase(): Promise<IDBDatabase> {
  const request = indexedDB.open(SAVED_DATABASE);
  request.onupgradeneeded = () => request.result.createObjectStore(SAVED_STORE);
  return promisifyRequest(request);
}

export const readSaved = (key: string): Promise<unknown> => get(key, savedStore());
/**
 * Saves one piece of work; other tabs hear of it (see otherTabs.ts), and the first save asks the
 * browser to keep the notebook's storage.
 */
export async function writeSaved(key: string, value: unknown): Promise<void> {
  await journaled({ key, value }, () => set(key, value, savedStore()));
  announceSaved(key);
  keepStorage.askOnce();
}
export async function forgetSaved(key: string): Promise<void> {
  await journaled({ key, forget: true }, () => del(key, savedStore()));
  announceSaved(key);
}

const forgetAllListeners = new Set<() => void>();

/** Lets mounted cells return to their starting state when the reader forgets everything. */
export function onForgetAll(listener: () => void): () => void {
  forgetAllListeners.add(listener);
  return () => forgetAllListeners.delete(listener);
}

/** "Forget all saved work": empties the store, then tells every mounted cell. */
export async function forgetAllSaved(): Promise<void> {
  journal.clear();
  await clear(savedStore());
  for (const listener of forgetAllListeners) listener();
}

/** Keys of one cell's saved pieces: params, last run, imported results, code edits, a run in progress, the reader's guess. */
export const savedKey = (
  kind: "params" | "run" | "overlays" | "code" | "active" | "guess",
  lesson: string,
  experiment: string,
) => `${kind}:${lesson}/${experiment}`;
