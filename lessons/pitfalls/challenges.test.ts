import { describe, expect, it } from "vitest";
import type { Results, Sample } from "../../kit";
import { noAdditionLost, resultRefused } from "./challenges";
import { KERNEL_NAME } from "./pickling";
import { ATOMIC, TWO_STEPS } from "./race";

const EDIT = [{ source: "workers/kernels/x.ts", code: "export {};" }];

function runOf(samples: Omit<Sample, "trial" | "ms">[], edited: boolean): Results {
  return {
    params: {},
    environment: { hardwareConcurrency: 2 },
    summary: [],
    samples: samples.map((sample, trial) => ({ trial, ms: 1, ...sample })),
    ...(edited ? { editedSources: EDIT } : {}),
  } as unknown as Results;
}

const refused = { series: KERNEL_NAME, x: 1_000, sent: false, error: "DataCloneError" };
const thrown = { series: KERNEL_NAME, x: 1_000, sent: false, error: "TypeError" };
const worked = { series: KERNEL_NAME, x: 1_000, sent: true };

describe("a result that cannot come back", () => {
  it("is solved when the edited kernel's result is refused by the clone", () => {
    expect(resultRefused(runOf([refused, refused], true))).toBe(true);
  });

  it("is not solved by the untouched kernel, nor by an error the task throws", () => {
    expect(resultRefused(runOf([worked], false))).toBe(false);
    expect(resultRefused(runOf([worked], true))).toBe(false);
    expect(resultRefused(runOf([thrown], true))).toBe(false);
  });
});

const counted = (series: string, final: number) => ({
  series,
  x: 100_000,
  expected: 200_000,
  final,
});

describe("lose no addition", () => {
  it("is solved when every read-then-write trial ends on the exact total", () => {
    const run = runOf([counted(TWO_STEPS, 200_000), counted(ATOMIC, 200_000)], true);
    expect(noAdditionLost(run)).toBe(true);
  });

  it("is not solved when one trial lost an addition, nor by the untouched cell", () => {
    const lossy = [
      counted(TWO_STEPS, 200_000),
      counted(TWO_STEPS, 199_999),
      counted(ATOMIC, 200_000),
    ];
    expect(noAdditionLost(runOf(lossy, true))).toBe(false);
    // The untouched cell on one core may lose none: it still needs the reader's edit.
    const exact = [counted(TWO_STEPS, 200_000), counted(ATOMIC, 200_000)];
    expect(noAdditionLost(runOf(exact, false))).toBe(false);
  });

  it("cannot tell from a run without the counter's trials", () => {
    expect(noAdditionLost(runOf([], true))).toBeNull();
  });
});
