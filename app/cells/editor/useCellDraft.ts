import { useCallback } from "react";
import { savedKey } from "../../../engine/saved/store";
import { usePersistentState } from "../usePersistentState";

export interface CellDraft {
  /** What the editor shows: the reader's version, or the original. */
  code: string;
  /** True once the code differs from the original. */
  edited: boolean;
  /** What a run sends the workers: the reader's version, or null to run the original kernel. */
  editedCode: string | null;
  /** Why a saved edit could not be restored or saved; null when all is well. */
  problem: string | null;
  setCode(code: string): void;
  reset(): void;
}

/** A saved edit is the reader's text, or null for "as authored". */
function validDraft(data: unknown): string | null {
  if (data === null || typeof data === "string") return data;
  throw new Error("a saved edit must be text");
}

/**
 * The reader's edits to a cell's code: authored state, kept apart from run state and saved in
 * IndexedDB, so an edit survives a reload or a crash. Editing the code back to the original
 * counts as not edited.
 */
export function useCellDraft(lesson: string, experiment: string, original: string): CellDraft {
  const saved = usePersistentState<string | null>(
    savedKey("code", lesson, experiment),
    null,
    validDraft,
  );
  const { set, forget } = saved;
  const setCode = useCallback(
    (code: string) => (code === original ? forget() : set(code)),
    [original, set, forget],
  );
  const edited = saved.value !== null && saved.value !== original;
  return {
    code: saved.value ?? original,
    edited,
    editedCode: edited ? saved.value : null,
    problem: saved.problem,
    setCode,
    reset: forget,
  };
}
