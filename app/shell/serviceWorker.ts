const RELOAD_MARK = "corelab:isolation-reload";

/**
 * Registers the notebook's service worker (built from workers/service/coi-sw.js), which precaches the
 * app so it works offline after one visit, and adds the COOP/COEP headers that
 * SharedArrayBuffer needs on static hosts that cannot send them (GitHub Pages, a course server).
 * A page is isolated only if it was loaded with those headers, so when it is not, we reload once
 * as the worker takes control. The session mark stops a loop in browsers where this cannot work.
 */
export async function registerServiceWorker(): Promise<void> {
  if (import.meta.env.DEV || !("serviceWorker" in navigator) || !window.isSecureContext) return;
  if (globalThis.crossOriginIsolated) {
    sessionStorage.removeItem(RELOAD_MARK);
  } else if (!sessionStorage.getItem(RELOAD_MARK)) {
    const reloadOnce = () => {
      sessionStorage.setItem(RELOAD_MARK, "1");
      window.location.reload();
    };
    if (navigator.serviceWorker.controller) {
      reloadOnce();
      return;
    }
    navigator.serviceWorker.addEventListener("controllerchange", reloadOnce, { once: true });
  }
  const registration = await navigator.serviceWorker.register("./coi-sw.js");
  // A test browser that blocks service workers resolves with nothing.
  if (registration) watchForUpdates(registration);
}

/**
 * A new build's worker installs beside the one serving this tab and waits: swapping it in would
 * delete the cache the tab's lazy chunks come from. The reader is told, and chooses when.
 */
let updateReady = false;
let reloading = false;
const updateListeners = new Set<() => void>();

function announceUpdate(): void {
  updateReady = true;
  for (const listener of updateListeners) listener();
}

function watchForUpdates(registration: ServiceWorkerRegistration): void {
  // No controller means this is the first worker: it takes over at once and is no update.
  const isUpdate = () => navigator.serviceWorker.controller !== null;
  if (registration.waiting && isUpdate()) announceUpdate();
  registration.addEventListener("updatefound", () => {
    const installing = registration.installing;
    installing?.addEventListener("statechange", () => {
      if (installing.state === "installed" && isUpdate()) announceUpdate();
    });
  });
  // Another tab may have applied the update: this tab then runs old code on the new worker.
  let controlled = isUpdate();
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (controlled && !reloading) announceUpdate();
    controlled = true;
  });
}

/** For `useSyncExternalStore`: whether a new version waits for the reader. */
export function subscribeToUpdate(listener: () => void): () => void {
  updateListeners.add(listener);
  return () => updateListeners.delete(listener);
}
export const isUpdateReady = () => updateReady;

/** The reader chose the new version: the waiting worker takes over, then the page reloads once. */
export async function applyUpdate(): Promise<void> {
  if (reloading) return;
  reloading = true;
  const waiting = (await navigator.serviceWorker.getRegistration())?.waiting;
  if (!waiting) {
    window.location.reload();
    return;
  }
  navigator.serviceWorker.addEventListener("controllerchange", () => window.location.reload(), {
    once: true,
  });
  waiting.postMessage({ type: "SKIP_WAITING" });
}
