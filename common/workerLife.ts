/**
 * How the page learns that a worker ended itself. A worker that calls `self.close()` sends no
 * message and fires no error: its host would wait for an answer forever. So the worker holds a
 * Web Lock named for it as long as it lives, and its host asks for the same lock; the browser
 * frees a worker's locks when it ends, however it ends, and the host's request is then granted.
 * Where the browser has no Web Locks, nothing is watched.
 */

/** Worker side: holds a lock for as long as this worker lives; resolves with its name once held. */
export function holdLifeLock(): Promise<string | null> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return Promise.resolve(null);
  const name = `corelab worker ${crypto.randomUUID()}`;
  return new Promise((resolve) => {
    locks
      .request(name, () => {
        resolve(name);
        return new Promise<never>(() => {}); // held until the worker ends
      })
      .catch(() => resolve(null));
  });
}

/** Host side: calls `onEnded` once the worker holding `name` has ended, for whatever reason. */
export function whenWorkerEnds(name: string, onEnded: () => void): void {
  const locks = globalThis.navigator?.locks;
  if (!locks || typeof name !== "string") return;
  locks.request(name, onEnded).catch(() => {});
}
