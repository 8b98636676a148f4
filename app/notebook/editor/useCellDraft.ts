import { useCallback, useSyncExternalStore } from "react";
import { type DraftStore, memoryDraftStore } from "./draftStore";

const store: DraftStore = memoryDraftStore();

export interface CellDraft {
  /** What the editor shows: the reader's version, or the original. */
  code: string;
  /** True once the code differs from the original. */
  edited: boolean;
  /** What a run sends the workers: the reader's version, or null to run the original kernel. */
  editedCode: string | null;
  setCode(code: string): void;
  reset(): void;
}

/**
 * The reader's edits to a cell's code: authored state, kept apart from run state. Editing the
 * code back to the original counts as not edited.
 */
export function useCellDraft(key: string, original: string): CellDraft {
  const stored = useSyncExternalStore(store.subscribe, () => store.get(key));
  const setCode = useCallback(
    (code: string) => store.set(key, code === original ? undefined : code),
    [key, original],
  );
  const reset = useCallback(() => store.set(key, undefined), [key]);
  const edited = stored !== undefined && stored !== original;
  return {
    code: stored ?? original,
    edited,
    editedCode: edited ? (stored ?? null) : null,
    setCode,
    reset,
  };
}
