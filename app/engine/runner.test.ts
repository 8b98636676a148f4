import { describe, expect, it } from "vitest";
import type { Experiment, RunContext } from "./experiment";
import { parseResults } from "./results";
import { runExperiment } from "./runner";

const environment = {
  userAgent: "test",
  hardwareConcurrency: 2,
  crossOriginIsolated: true,
  timerResolutionMs: 0.005,
  wasmSimd: true,
  wasmThreads: true,
  gpu: null,
};

/** An experiment that starts no pool: it records which task it was given as its one sample. */
const experiment = {
  id: "count-primes",
  title: "Counting primes",
  x: { name: "n", unit: "numbers" },
  params: {},
  sources: [],
  requires: [],
  task: { source: "workers/kernels/primes.ts", kernels: ["countPrimes"] },
  run: async (_params: unknown, ctx: RunContext) => ({
    samples: [{ series: ctx.edited ? "edited" : "original", x: 1, trial: 0, ms: 1 }],
  }),
} as unknown as Experiment;

function run(editedCode: string | null) {
  return runExperiment({
    experiment,
    lesson: "why-parallel",
    params: {},
    environment,
    signal: new AbortController().signal,
    editedCode,
    onProgress: () => {},
  });
}

describe("runExperiment", () => {
  it("records the reader's edited task code in the results, as it ran", async () => {
    const code = "export function countPrimes() { return 0; }";
    const results = await run(code);
    expect(results.samples[0]?.series).toBe("edited");
    expect(results.editedSources).toEqual([{ source: "workers/kernels/primes.ts", code }]);
    expect(parseResults(JSON.parse(JSON.stringify(results)))).toEqual(results);
  });

  it("records no edited code for a run of the original", async () => {
    const results = await run(null);
    expect(results.samples[0]?.series).toBe("original");
    expect("editedSources" in results).toBe(false);
  });
});
