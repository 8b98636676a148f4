import type { RunSizes } from "../cells/runSizes";

/**
 * What the reader chose in the header's Sizes switch. "auto" is workshop sizes in presenter mode
 * and the lesson's sizes elsewhere.
 */
export type SizesPreference = "auto" | RunSizes;

export const SIZES_PREFERENCES: readonly SizesPreference[] = ["auto", "lesson", "workshop"];

const STORAGE_KEY = "corelab:sizes";

export function parseSizesPreference(stored: string | null): SizesPreference {
  return SIZES_PREFERENCES.find((preference) => preference === stored) ?? "auto";
}

/**
 * The sizes cells start from. `?quick=1` (the test suite's address) always means workshop sizes.
 *
 * @example resolveSizes("auto", { presenting: true, quick: false }) // "workshop"
 */
export function resolveSizes(
  preference: SizesPreference,
  { presenting, quick }: { presenting: boolean; quick: boolean },
): RunSizes {
  if (quick) return "workshop";
  if (preference === "auto") return presenting ? "workshop" : "lesson";
  return preference;
}

export function storedSizesPreference(): SizesPreference {
  try {
    return parseSizesPreference(localStorage.getItem(STORAGE_KEY));
  } catch {
    return "auto";
  }
}

export function storeSizesPreference(preference: SizesPreference): void {
  try {
    if (preference === "auto") localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, preference);
  } catch {
    // Storage blocked: the choice lasts until the page is closed.
  }
}
