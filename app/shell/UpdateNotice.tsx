import { useState, useSyncExternalStore } from "react";
import { applyUpdate, isUpdateReady, subscribeToUpdate } from "./serviceWorker";

/** "A new version of Corelab is ready": shown when a new build waits, applied only on request. */
export function UpdateNotice() {
  const ready = useSyncExternalStore(subscribeToUpdate, isUpdateReady);
  const [reloading, setReloading] = useState(false);
  if (!ready) return null;
  return (
    <div className="update-notice" role="status">
      <p>
        A new version of Corelab is ready. Reloading switches to it; runs in progress stop, saved
        work is kept.
      </p>
      <button
        type="button"
        className="primary"
        disabled={reloading}
        onClick={() => {
          setReloading(true);
          applyUpdate();
        }}
      >
        {reloading ? "Reloading…" : "Reload"}
      </button>
    </div>
  );
}
