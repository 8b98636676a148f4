import { largestX, medianAt, type Results, samplesOf } from "../../kit";
import { PI_SERIES } from "./pi-series";
import { FIRST_CALL_JS } from "./series";

/** The first-call experiment's array sizes, default and quick: a reader's choice is neither. */
const FIRST_CALL_SIZES = [1_000_000, 100_000];
/** The first call may cost this many warm calls and still count as "hidden". */
const HIDDEN_FIRST_CALL = 3;

/**
 * "Hide the first call": the reader chooses an array size at which the JS loop's first call
 * costs less than three times its last (medians). The lesson's sizes give 6 to 13×; ten million
 * floats gave about 1.5× on a busy 2-core machine, so the threshold sits 2× from either side.
 */
export function firstCallHidden(results: Results): boolean | null {
  const { floats } = results.params;
  if (typeof floats !== "number" || FIRST_CALL_SIZES.includes(floats)) return false;
  const first = medianAt(results, FIRST_CALL_JS, 1);
  const last = medianAt(results, FIRST_CALL_JS, largestX(results));
  if (first === undefined || !last) return null;
  return first / last < HIDDEN_FIRST_CALL;
}

/**
 * "Count without a branch": the reader's edited pi.ts has no `if` left (comments aside), and its
 * JS loop still counts exactly the hits WASM SIMD counts, at every size. Exact counts and the
 * code's text: no timing can flip it.
 */
export function branchFreeHits(results: Results): boolean | null {
  const code = results.editedSources?.[0]?.code;
  if (code === undefined) return false;
  const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
  if (/\bif\s*\(/.test(withoutComments)) return false;
  const simdHits = new Map(samplesOf(results, PI_SERIES.simd).map((s) => [s.x, s.hits]));
  const jsRuns = samplesOf(results, PI_SERIES.js);
  if (jsRuns.length === 0 || simdHits.size === 0) return null;
  return jsRuns.every((sample) => sample.hits === simdHits.get(sample.x));
}
