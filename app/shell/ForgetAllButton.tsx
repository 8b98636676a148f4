import { useState } from "react";
import { forgetAllSaved } from "../../engine/saved/store";
import { StoragePersistence } from "./StoragePersistence";

/** "Forget all saved work": every cell's params, results and imports, in this browser. */
export function ForgetAllButton() {
  const [outcome, setOutcome] = useState<string | null>(null);
  async function forgetAll() {
    try {
      await forgetAllSaved();
      setOutcome("All saved work was forgotten: every cell starts from its defaults.");
    } catch (error) {
      setOutcome(
        `Saved work could not be forgotten: ${error instanceof Error ? error.message : error}`,
      );
    }
  }
  return (
    <div className="saved-work">
      <h3>Saved work</h3>
      <p>
        Each cell's parameters, last results and imported results are kept in this browser
        (IndexedDB), so a reload does not lose them. Nothing leaves your machine unless you download
        it or copy a link.
      </p>
      <StoragePersistence />
      <button type="button" onClick={forgetAll}>
        Forget all saved work
      </button>
      {outcome && <p role="status">{outcome}</p>}
    </div>
  );
}
