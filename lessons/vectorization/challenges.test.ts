import { describe, expect, it } from "vitest";
import type { Results } from "../../kit";
import { branchFreeHits, hornerLoop } from "./challenges";
import { PI_SERIES } from "./pi-series";
import { SERIES_NAMES } from "./series";

const LOOP = (line: string) =>
  `export function polyLoop(input: Float32Array, output: Float32Array, from: number, to: number) {\n  for (let i = from; i < to; i++) {\n    const x = input[i] as number;\n    ${line}\n  }\n}\n\nexport const CHECKSUM_STRIDE = 997 * 1;`;

/** A vectorize run whose JS lines ran `code` (null: untouched). */
function polyRun(code: string | null, measured = true): Results {
  const samples = measured ? [{ series: SERIES_NAMES["js-loop"], x: 65_536, trial: 0, ms: 1 }] : [];
  return {
    params: {},
    summary: [],
    samples,
    ...(code === null ? {} : { editedSources: [{ source: "workers/kernels/poly.ts", code }] }),
  } as unknown as Results;
}

describe("two multiplies in the loop", () => {
  it("is solved by Horner's form in polyLoop, whatever the rest of the file multiplies", () => {
    expect(hornerLoop(polyRun(LOOP("output[i] = x * (1 + x * (1 + x)); // not x * x * x")))).toBe(
      true,
    );
  });

  it("is not solved by the untouched loop, nor by three multiplies", () => {
    expect(hornerLoop(polyRun(null))).toBe(false);
    expect(hornerLoop(polyRun(LOOP("output[i] = x + x * x + x * x * x;")))).toBe(false);
  });

  it("cannot tell before the loop has run", () => {
    expect(hornerLoop(polyRun(LOOP("output[i] = x * (1 + x * (1 + x));"), false))).toBeNull();
  });
});

const ORIGINAL = "if (Math.fround(Math.fround(x * x) + Math.fround(y * y)) <= 1) hits++;";
const BRANCH_FREE = "hits += Number(Math.fround(Math.fround(x * x) + Math.fround(y * y)) <= 1);";

/** A Monte Carlo run whose JS loop ran `code` and counted `jsHits` where SIMD counted 785. */
function piRun(code: string | null, jsHits: number): Results {
  return {
    params: {},
    summary: [],
    samples: [
      { series: PI_SERIES.js, x: 1_000, trial: 0, ms: 1, hits: jsHits },
      { series: PI_SERIES.simd, x: 1_000, trial: 0, ms: 1, hits: 785 },
    ],
    ...(code === null ? {} : { editedSources: [{ source: "workers/kernels/pi.ts", code }] }),
  } as unknown as Results;
}

describe("count without a branch", () => {
  it("is solved by a loop with no if that counts the same hits", () => {
    expect(branchFreeHits(piRun(`// no if (here)\n${BRANCH_FREE}`, 785))).toBe(true);
  });

  it("is not solved by the untouched loop, an if left in, or other hits", () => {
    expect(branchFreeHits(piRun(null, 785))).toBe(false);
    expect(branchFreeHits(piRun(ORIGINAL, 785))).toBe(false);
    expect(branchFreeHits(piRun(BRANCH_FREE.replace("<= 1", "< 1"), 780))).toBe(false);
  });
});
