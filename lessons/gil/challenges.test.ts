import { describe, expect, it } from "vitest";
import type { Results } from "../../kit";
import { gilKeptForWholeSearch, threadsLoseTheirLead } from "./challenges";
import { GIL_THREADS, SERIAL } from "./series";

const EDIT = [{ source: "workers/kernels/nth-prime.ts", code: "export {};" }];

/** A run at one x: each series' median, and the GIL threads' hand-offs in every trial. */
function run(
  medians: Record<string, number>,
  options: { edited?: boolean; handoffs?: number; switchIntervalMs?: number } = {},
): Results {
  const { edited = true, handoffs = 3, switchIntervalMs = 5 } = options;
  const x = 40_000;
  return {
    params: { switchIntervalMs },
    environment: { hardwareConcurrency: 2 },
    summary: Object.entries(medians).map(([series, q50]) => ({
      series,
      x,
      n: 3,
      q05: q50,
      q50,
      q95: q50,
    })),
    samples: [0, 1, 2].map((trial) => ({ series: GIL_THREADS, x, trial, ms: 1, handoffs })),
    ...(edited ? { editedSources: EDIT } : {}),
  } as unknown as Results;
}

describe("gilKeptForWholeSearch", () => {
  it("is solved when an edited search hands the GIL over once per thread in a long run", () => {
    expect(gilKeptForWholeSearch(run({ [GIL_THREADS]: 90 }, { handoffs: 3 }))).toBe(true);
  });

  it("is not solved while the search still checks for requests", () => {
    expect(gilKeptForWholeSearch(run({ [GIL_THREADS]: 90 }, { handoffs: 17 }))).toBe(false);
  });

  it("is not solved by a run too short to tell: under eight switch intervals", () => {
    expect(gilKeptForWholeSearch(run({ [GIL_THREADS]: 3 }, { handoffs: 3 }))).toBe(false);
    const longInterval = { handoffs: 3, switchIntervalMs: 50 };
    expect(gilKeptForWholeSearch(run({ [GIL_THREADS]: 90 }, longInterval))).toBe(false);
  });

  it("is not solved by the untouched code", () => {
    expect(gilKeptForWholeSearch(run({ [GIL_THREADS]: 90 }, { edited: false }))).toBe(false);
  });
});

describe("threadsLoseTheirLead", () => {
  it("is solved when an edited transform outweighs the waits", () => {
    expect(threadsLoseTheirLead(run({ [SERIAL]: 880, [GIL_THREADS]: 810 }))).toBe(true);
  });

  it("is not solved while the waits overlap", () => {
    expect(threadsLoseTheirLead(run({ [SERIAL]: 80, [GIL_THREADS]: 21 }))).toBe(false);
  });

  it("is not solved by the untouched code, nor when the threads did not run", () => {
    const untouched = run({ [SERIAL]: 80, [GIL_THREADS]: 80 }, { edited: false });
    expect(threadsLoseTheirLead(untouched)).toBe(false);
    expect(threadsLoseTheirLead(run({ [SERIAL]: 80 }))).toBe(false);
  });
});
