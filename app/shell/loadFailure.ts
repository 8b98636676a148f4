/**
 * Lessons, the presenter and the editor arrive as lazy chunks. When one does not arrive (the
 * network is down, or a new deployment has replaced the files this page was built from), the
 * error boundary should say so and offer a reload, not report a bug. This module marks those
 * failures so the boundary can tell them apart from errors in rendering.
 */
const loadFailures = new WeakSet<object>();

function markLoadFailure(error: unknown): unknown {
  if (typeof error === "object" && error !== null) loadFailures.add(error);
  return error;
}

export function isLoadFailure(error: unknown): boolean {
  return typeof error === "object" && error !== null && loadFailures.has(error);
}

/**
 * Vite dispatches `vite:preloadError` for any lazy chunk, or a stylesheet it needs, that fails
 * to load, just before the import rejects with the same error. Marking it here covers the lazy
 * parts of the cells too, which the shell does not load itself.
 */
export function watchChunkLoadFailures(): void {
  window.addEventListener("vite:preloadError", (event) => markLoadFailure(event.payload));
}

/** A dynamic import whose failure, whatever the browser calls it, counts as a load failure. */
export function loadChunk<T>(load: () => Promise<T>): Promise<T> {
  return load().catch((error: unknown) => {
    throw markLoadFailure(error);
  });
}
