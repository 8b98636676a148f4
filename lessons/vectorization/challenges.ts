import { type Results, samplesOf } from "../../kit";
import { PI_SERIES } from "./pi-series";
import { SERIES_NAMES } from "./series";

/**
 * "Two multiplies, same speed?": the reader's edited poly.ts computes f in `polyLoop` with at
 * most two `*` (Horner's form), and the run's JS loops still gave f: every pass of the
 * typed-array loop was checked against f in doubles, and a wrong output stops the run.
 */
export function hornerLoop(results: Results): boolean | null {
  const code = results.editedSources?.[0]?.code;
  if (code === undefined) return false;
  const start = code.indexOf("export function polyLoop");
  if (start < 0) return false;
  const end = code.indexOf("\n}", start);
  const body = withoutComments(code.slice(start, end < 0 ? undefined : end));
  if ((body.match(/\*/g) ?? []).length > 2) return false;
  return samplesOf(results, SERIES_NAMES["js-loop"]).length > 0 ? true : null;
}

/**
 * "Count without a branch": the reader's edited pi.ts has no `if` left (comments aside), and its
 * JS loop still counts exactly the hits WASM SIMD counts, at every size. Exact counts and the
 * code's text: no timing can flip it.
 */
export function branchFreeHits(results: Results): boolean | null {
  const code = results.editedSources?.[0]?.code;
  if (code === undefined) return false;
  if (/\bif\s*\(/.test(withoutComments(code))) return false;
  const simdHits = new Map(samplesOf(results, PI_SERIES.simd).map((s) => [s.x, s.hits]));
  const jsRuns = samplesOf(results, PI_SERIES.js);
  if (jsRuns.length === 0 || simdHits.size === 0) return null;
  return jsRuns.every((sample) => sample.hits === simdHits.get(sample.x));
}

/** TypeScript without its comments, so that a comment's words are not taken for code. */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
}
