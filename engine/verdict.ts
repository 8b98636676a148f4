import { type Results, summaryAt } from "../common/results";
import type { ParamSpec } from "./experiment";
import { PYTHON_SERIES } from "./pythonMeasures";

/**
 * What a lesson expects an experiment to show, as a check on the run's own numbers, so the page
 * never states a takeaway the reader's run contradicts without saying so.
 *
 * @example
 * expects: {
 *   claim: "The pool finishes sooner than one worker at the largest n.",
 *   holds: (results) => lessThanBeyondSpread(results, poolName, "1 worker", largestX(results)),
 *   cores: 2,
 * }
 */
export interface Expectation {
  /** What the lesson expects, in one sentence the reader can check against the chart. */
  claim: string;
  /** Whether these results show it; null when they cannot tell (a point was not measured). */
  holds(results: Results): boolean | null;
  /** The fewest logical cores the claim needs; fewer is named as a likely reason. */
  cores?: number;
  /** Set where the claim is about a real GPU: an emulated adapter is named as a likely reason. */
  gpu?: boolean;
  /** One more thing to try, particular to this experiment. */
  tryNext?: string;
}

export type Verdict =
  | { kind: "expected"; claim: string }
  | { kind: "unexpected"; claim: string; reasons: string[]; tryNext: string[] };

/**
 * Whether series `a` was faster than `b` at `x` beyond the trials' spread (a's 95th percentile
 * under b's 5th); null when either point is missing. For claims that one way is *not* faster.
 */
export function fasterBeyondSpread(
  results: Results,
  a: string,
  b: string,
  x: number,
): boolean | null {
  const [first, second] = [summaryAt(results, a, x), summaryAt(results, b, x)];
  return first && second ? first.q95 < second.q05 : null;
}

/** A point's 5–95 % spread wider than this factor (q95 / q05) says the machine was busy. */
export const WIDE_SPREAD = 2;

/**
 * The verdict on one run: whether it shows what the lesson expects, and if not, the likely
 * reasons read from the run itself (its spread, cores, GPU and sizes) and what to try.
 */
export function verdictOn(
  results: Results,
  expectation: Expectation,
  params: Record<string, ParamSpec>,
): Verdict | null {
  const holds = expectation.holds(results);
  if (holds === null) return null;
  const { claim } = expectation;
  if (holds) return { kind: "expected", claim };
  const reasons: string[] = [];
  const tryNext: string[] = [];
  const spread = widestSpread(results);
  if (spread) {
    reasons.push(
      `the trials of one point spread from ${round(spread.q05)} to ${round(spread.q95)} ms (${spread.series}, 5–95 %): something else was using the cores`,
    );
    tryNext.push("close other tabs and programs, then run it again");
  }
  const cores = results.environment.hardwareConcurrency;
  if (expectation.cores !== undefined && cores < expectation.cores) {
    reasons.push(
      `this browser reports ${cores} logical core${cores === 1 ? "" : "s"}; the lesson assumes at least ${expectation.cores}`,
    );
  }
  if (expectation.gpu && results.environment.gpu?.emulated) {
    reasons.push("the GPU here is emulated on the CPU, so it has no GPU's parallel hardware");
  }
  const small = smallerThanDefault(results, params);
  if (small.length > 0) {
    reasons.push(`this run used smaller sizes than the lesson's (${small.join(", ")})`);
    tryNext.push("run it at the lesson's sizes");
  }
  if (expectation.tryNext) tryNext.push(expectation.tryNext);
  if (reasons.length === 0) {
    reasons.push("nothing in this run's numbers explains it");
    tryNext.push("run it again; if it holds, your machine differs from the lesson's assumption");
  }
  return { kind: "unexpected", claim, reasons, tryNext };
}

/** The page's point whose trials spread widest, if wider than `WIDE_SPREAD`. */
function widestSpread(results: Results) {
  const rows = results.summary.filter(
    (row) => row.n >= 2 && row.q05 > 0 && !row.series.startsWith(PYTHON_SERIES),
  );
  const widest = rows.sort((a, b) => b.q95 / b.q05 - a.q95 / a.q05)[0];
  return widest && widest.q95 / widest.q05 > WIDE_SPREAD ? widest : null;
}

/** Sizes set below the lesson's: params that quick runs shrink (not trials), under their default. */
function smallerThanDefault(results: Results, params: Record<string, ParamSpec>): string[] {
  return Object.entries(params).flatMap(([name, spec]) => {
    const value = results.params[name];
    const isSize = spec.unit !== "trials" && spec.quick !== undefined && spec.quick < spec.default;
    if (!isSize || typeof value !== "number" || value >= spec.default) return [];
    return [
      `${spec.label} ${value.toLocaleString("en")}, not ${spec.default.toLocaleString("en")}`,
    ];
  });
}

function round(ms: number): string {
  return ms >= 10 ? ms.toFixed(0) : ms.toPrecision(2);
}
