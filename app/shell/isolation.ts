const RELOAD_MARK = "corelab:isolation-reload";

/**
 * Static hosts (GitHub Pages, a course server) often cannot send the COOP/COEP headers that
 * SharedArrayBuffer needs. `public/coi-sw.js` adds them to every response it serves — the
 * technique of coi-serviceworker — but a page is isolated only if it was loaded that way, so
 * we reload once when the worker takes control. The session mark stops a loop in browsers
 * where this cannot work.
 */
export async function ensureCrossOriginIsolation(): Promise<void> {
  if (globalThis.crossOriginIsolated) {
    sessionStorage.removeItem(RELOAD_MARK);
    return;
  }
  if (import.meta.env.DEV || !("serviceWorker" in navigator) || !window.isSecureContext) return;
  if (sessionStorage.getItem(RELOAD_MARK)) return;

  const reloadOnce = () => {
    sessionStorage.setItem(RELOAD_MARK, "1");
    window.location.reload();
  };
  if (navigator.serviceWorker.controller) {
    reloadOnce();
    return;
  }
  navigator.serviceWorker.addEventListener("controllerchange", reloadOnce, { once: true });
  await navigator.serviceWorker.register("./coi-sw.js");
}
