import { useCallback, useEffect, useRef, useState } from "react";
import { onSavedElsewhere } from "../../engine/saved/otherTabs";
import { forgetSaved, onForgetAll, readSaved, writeSaved } from "../../engine/saved/store";

/** Said in the cell of a tab whose copy another tab has since saved over. */
export const CHANGED_ELSEWHERE =
  "Changed in another tab: what this tab shows is out of date, and a change here replaces the other tab's version. Reload to see the newer one.";

export interface PersistentState<T> {
  value: T;
  /** Sets the value and saves it. */
  set(value: T): void;
  /** Forgets the saved value and goes back to the initial one. */
  forget(): void;
  /** True once storage has been read; until then `value` is the initial one. */
  loaded: boolean;
  /**
   * Why a saved value was dropped, why saving fails here, or that another tab has saved over
   * this one's copy (CHANGED_ELSEWHERE, until this tab saves again); null when all is well.
   */
  problem: string | null;
}

/**
 * State that survives a reload, kept in IndexedDB under `key`. What storage returns is passed
 * through `validate`, which returns the value or throws saying what is wrong; a value it refuses
 * is deleted and reported in `problem`, and the state starts from `initial`.
 *
 * @example
 * const code = usePersistentState(`code:${lesson}/${id}`, original, (data) => {
 *   if (typeof data !== "string") throw new Error("not text");
 *   return data;
 * });
 */
export function usePersistentState<T>(
  key: string,
  initial: T | (() => T),
  validate: (data: unknown) => T,
): PersistentState<T> {
  const [start] = useState(initial);
  const [value, setValue] = useState<T>(start);
  const [loaded, setLoaded] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  // Read in the effect without re-reading storage whenever a caller passes a new function.
  const validateRef = useRef(validate);
  validateRef.current = validate;
  // A value set before storage answered wins over the saved one.
  const setEarly = useRef(false);

  useEffect(() => {
    let current = true;
    setEarly.current = false;
    readSaved(key)
      .then((data) => {
        if (!current || setEarly.current || data === undefined) return;
        try {
          setValue(validateRef.current(data));
        } catch (error) {
          setProblem(`Saved data was unreadable and was dropped: ${messageOf(error)}`);
          forgetSaved(key).catch(() => {});
        }
      })
      .catch((error: unknown) => {
        if (current) setProblem(`Saved work cannot be read here (${messageOf(error)}).`);
      })
      .finally(() => {
        if (current) setLoaded(true);
      });
    return () => {
      current = false;
    };
  }, [key]);

  useEffect(() => {
    setChangedElsewhere(false);
    return onSavedElsewhere((changed) => {
      if (changed === key) setChangedElsewhere(true);
    });
  }, [key]);

  useEffect(
    () =>
      onForgetAll(() => {
        setValue(start);
        setProblem(null);
      }),
    [start],
  );

  const set = useCallback(
    (next: T) => {
      setEarly.current = true;
      setChangedElsewhere(false);
      setValue(next);
      writeSaved(key, next).catch((error: unknown) =>
        setProblem(`This could not be saved (${messageOf(error)}); it lasts until a reload.`),
      );
    },
    [key],
  );

  const forget = useCallback(() => {
    setChangedElsewhere(false);
    setValue(start);
    setProblem(null);
    forgetSaved(key).catch(() => {});
  }, [key, start]);

  return {
    value,
    set,
    forget,
    loaded,
    problem: problem ?? (changedElsewhere ? CHANGED_ELSEWHERE : null),
  };
}

export function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\.$/, "");
}
