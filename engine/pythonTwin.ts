/**
 * Whether a lesson's Python twin can run in the browser's CPython, read from its own imports,
 * and its sizes scaled for a run there (CPython in WebAssembly is slower than on a laptop).
 */

/** Imports the browser's CPython lacks, with the reason a student reads. */
const MISSING: [RegExp, string][] = [
  [
    /^\s*(import|from)\s+(numpy|cupy|jax|numba)\b/m,
    "it needs NumPy or a GPU library, which this Python (the standard library only) does not have",
  ],
  [/^\s*(import|from)\s+joblib\b/m, "it needs joblib, which is not in the standard library"],
  [/^\s*(import|from)\s+tkinter\b/m, "it opens a window (tkinter), which a browser tab cannot"],
  [
    /^\s*(import|from)\s+threading\b|ThreadPoolExecutor|\bThreadPool\b|\basyncio\.to_thread\b/m,
    "it starts threads, and this Python runs in one Web Worker with no threads of its own (the GIL model above shows them)",
  ],
];

export type TwinVerdict = { runs: true } | { runs: false; reason: string };

/** @example canRunHere("import numpy as np") // { runs: false, reason: "it needs NumPy…" } */
export function canRunHere(python: string): TwinVerdict {
  for (const [pattern, reason] of MISSING) {
    if (pattern.test(python)) return { runs: false, reason };
  }
  return { runs: true };
}

export interface ScaledSize {
  name: string;
  from: string;
  to: number;
}

/**
 * The script with the first assignment of each named size set to the browser's value, and
 * what changed, for the cell to show. A name the script does not assign is left out.
 *
 * @example scaleSizes("    n = 1_000_000  # note", { n: 200_000 })
 * // { code: "    n = 200_000  # note", scaled: [{ name: "n", from: "1_000_000", to: 200000 }] }
 */
export function scaleSizes(
  python: string,
  sizes: Record<string, number>,
): { code: string; scaled: ScaledSize[] } {
  let code = python;
  const scaled: ScaledSize[] = [];
  for (const [name, to] of Object.entries(sizes)) {
    const assignment = new RegExp(`^(\\s*${name}\\s*=\\s*)([\\d_.]+)`, "m");
    const found = assignment.exec(code);
    if (!found) continue;
    const [, prefix = "", from = ""] = found;
    code = code.replace(assignment, `${prefix}${to.toLocaleString("en").replaceAll(",", "_")}`);
    scaled.push({ name, from, to });
  }
  return { code, scaled };
}
