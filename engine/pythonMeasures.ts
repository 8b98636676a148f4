import type { Results, Sample } from "../common/results";
import { summarize } from "../common/stats";

/**
 * A twin's printed timings as points on its cell's chart: the lines of its output that `line`
 * matches, each one sample. The numbers are what CPython's own `time.perf_counter()` measured in
 * this tab; nothing is scaled or estimated.
 *
 * @example
 * // count_primes.py prints "   1 process: 17984 primes in 2114 ms"
 * { line: /^\s*(?<label>.+?): \d+ primes in (?<ms>[\d.]+) ms$/, x: 200_000 }
 */
export interface PythonMeasures {
  /**
   * Matches one printed timing: named groups `ms`, `x` (unless `x` is fixed below), `label`.
   * Several patterns read several timings printed on one line.
   */
  line: RegExp | readonly RegExp[];
  /** The swept variable's value for every line, when the twin runs at one size. */
  x?: number;
}

/** Every series from a twin starts with this, so a new Python run replaces the last one's. */
export const PYTHON_SERIES = "CPython 3.14 (WebAssembly)";

/** The samples printed in `output`; lines that do not match, or match without numbers, are skipped. */
export function readPythonMeasures(output: string, measures: PythonMeasures): Sample[] {
  const samples: Sample[] = [];
  const patterns = Array.isArray(measures.line) ? measures.line : [measures.line];
  const lines = output.split("\n");
  for (const [text, pattern] of lines.flatMap((text) => patterns.map((p) => [text, p] as const))) {
    const groups = pattern.exec(text)?.groups;
    if (!groups) continue;
    const x = measures.x ?? Number(groups.x?.replaceAll(",", ""));
    const ms = Number(groups.ms?.replaceAll(",", ""));
    if (!Number.isFinite(x) || !Number.isFinite(ms) || ms < 0) continue;
    const series = groups.label ? `${PYTHON_SERIES}: ${groups.label.trim()}` : PYTHON_SERIES;
    const trial = samples.filter((s) => s.series === series && s.x === x).length;
    samples.push({ series, x, trial, ms });
  }
  return samples;
}

/** The samples a twin's run put in `results`. */
export function pythonSamplesOf(results: Results): Sample[] {
  return results.samples.filter((sample) => sample.series.startsWith(PYTHON_SERIES));
}

/** `results` with the twin's samples in place of any earlier twin run's, summary included. */
export function joinPythonSamples(results: Results, python: readonly Sample[]): Results {
  const fromPython = new Set(pythonSamplesOf(results));
  const samples = [...results.samples.filter((sample) => !fromPython.has(sample)), ...python];
  const ownSummary = results.summary.filter((row) => !row.series.startsWith(PYTHON_SERIES));
  return { ...results, samples, summary: [...ownSummary, ...summarize(python)] };
}
