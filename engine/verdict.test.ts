import { describe, expect, it } from "vitest";
import type { Results, SummaryRow } from "../common/results";
import type { ParamSpec } from "./experiment";
import { type Expectation, fasterBeyondSpread, verdictOn } from "./verdict";

const params: Record<string, ParamSpec> = {
  maxN: {
    label: "Largest n",
    default: 2_000_000,
    quick: 100_000,
    min: 1,
    max: 1e7,
    step: 1,
    unit: "numbers",
    control: "number",
  },
  trials: {
    label: "Trials",
    default: 5,
    quick: 3,
    min: 1,
    max: 15,
    step: 1,
    unit: "trials",
    control: "range",
  },
};

function run(
  summary: Omit<SummaryRow, "n" | "q05" | "q95">[],
  options: { cores?: number; maxN?: number; spread?: number; emulated?: boolean } = {},
): Results {
  const { cores = 2, maxN = 2_000_000, spread = 1.1, emulated = false } = options;
  return {
    params: { maxN, trials: 5 },
    environment: {
      hardwareConcurrency: cores,
      gpu: emulated
        ? { vendor: "google", architecture: "swiftshader", description: "", emulated }
        : null,
    },
    summary: summary.map((row) => ({ ...row, n: 5, q05: row.q50 / spread, q95: row.q50 * spread })),
  } as unknown as Results;
}

const poolWins: Expectation = {
  claim: "The pool finishes sooner than one worker.",
  holds: (results) => {
    const at = (series: string) => results.summary.find((row) => row.series === series)?.q50;
    const pool = at("pool");
    const one = at("1 worker");
    return pool === undefined || one === undefined ? null : pool < one;
  },
  cores: 2,
};

describe("verdictOn", () => {
  it("says a run shows what the lesson expects", () => {
    const results = run([
      { series: "1 worker", x: 1, q50: 100 },
      { series: "pool", x: 1, q50: 55 },
    ]);
    expect(verdictOn(results, poolWins, params)).toEqual({
      kind: "expected",
      claim: poolWins.claim,
    });
  });

  it("cannot tell from a run that lacks the point", () => {
    expect(verdictOn(run([{ series: "1 worker", x: 1, q50: 100 }]), poolWins, params)).toBeNull();
  });

  it("names a busy machine, too few cores and small sizes as the likely reasons", () => {
    const results = run(
      [
        { series: "1 worker", x: 1, q50: 100 },
        { series: "pool", x: 1, q50: 120 },
      ],
      { cores: 1, maxN: 100_000, spread: 2 },
    );
    const verdict = verdictOn(results, poolWins, params);
    expect(verdict?.kind).toBe("unexpected");
    if (verdict?.kind !== "unexpected") return;
    expect(verdict.reasons).toEqual([
      "the trials of one point spread from 50 to 200 ms (1 worker, 5–95 %): something else was using the cores",
      "this browser reports 1 logical core; the lesson assumes at least 2",
      "this run used smaller sizes than the lesson's (Largest n 100,000, not 2,000,000)",
    ]);
    expect(verdict.tryNext).toEqual([
      "close other tabs and programs, then run it again",
      "run it at the lesson's sizes",
    ]);
  });

  it("names an emulated GPU where the claim is about a GPU", () => {
    const gpuWins = { ...poolWins, gpu: true };
    const results = run(
      [
        { series: "1 worker", x: 1, q50: 100 },
        { series: "pool", x: 1, q50: 120 },
      ],
      { emulated: true },
    );
    const verdict = verdictOn(results, gpuWins, params);
    expect(verdict?.kind === "unexpected" && verdict.reasons).toEqual([
      "the GPU here is emulated on the CPU, so it has no GPU's parallel hardware",
    ]);
  });

  it("says so when nothing in the run explains it", () => {
    const results = run([
      { series: "1 worker", x: 1, q50: 100 },
      { series: "pool", x: 1, q50: 120 },
    ]);
    const verdict = verdictOn(results, poolWins, params);
    expect(verdict?.kind === "unexpected" && verdict.reasons).toEqual([
      "nothing in this run's numbers explains it",
    ]);
  });
});

describe("fasterBeyondSpread", () => {
  it("is true only when one series' band lies wholly under the other's", () => {
    const clear = run([
      { series: "threads", x: 1, q50: 50 },
      { series: "serial", x: 1, q50: 100 },
    ]);
    expect(fasterBeyondSpread(clear, "threads", "serial", 1)).toBe(true);
    const overlapping = run(
      [
        { series: "threads", x: 1, q50: 90 },
        { series: "serial", x: 1, q50: 100 },
      ],
      { spread: 1.2 },
    );
    expect(fasterBeyondSpread(overlapping, "threads", "serial", 1)).toBe(false);
    expect(fasterBeyondSpread(clear, "threads", "missing", 1)).toBeNull();
  });
});
