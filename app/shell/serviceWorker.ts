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
  await navigator.serviceWorker.register("./coi-sw.js");
}
