import { describe, expect, it, vi } from "vitest";
import { CompileError } from "../common/errors";
import { parseResults } from "../common/results";
import { stripTypes } from "../workers/strip/strip";
import type { Experiment, RunContext } from "./experiment";
import { runExperiment } from "./runner";

// Node has no Worker: strip on this thread, failing with the CompileError the page's worker sends.
vi.mock("../workers/strip/host/stripTypes", () => ({
  stripKernelFile: async (source: string) => stripTypes(source),
}));

const environment = {
  userAgent: "test",
  hardwareConcurrency: 2,
  crossOriginIsolated: true,
  timerResolutionMs: 0.005,
  wasmSimd: true,
  wasmThreads: true,
  gpu: null,
};

/** An experiment that starts no pool: its one sample's series says which task it was given. */
const experiment = {
  id: "count-primes",
  title: "Counting primes",
  x: { name: "n", unit: "numbers" },
  params: {},
  sources: [{ name: "workers/kernels/primes.ts", language: "typescript", code: "" }],
  requires: [],
  task: { source: "workers/kernels/primes.ts", kernels: ["countPrimes"] },
  run: async (_params: unknown, ctx: RunContext) => {
    const task = ctx.task("countPrimes");
    const series = typeof task === "string" ? "original" : task.source;
    return { samples: [{ series, x: 1, trial: 0, ms: 1 }] };
  },
} as unknown as Experiment;

/** A GPU experiment: its editable file is a WGSL shader, which it sends to its worker itself. */
const shaderExperiment = {
  ...experiment,
  sources: [{ name: "workers/shaders/poly.wgsl", language: "wgsl", code: "" }],
  task: { source: "workers/shaders/poly.wgsl" },
  run: async (_params: unknown, ctx: RunContext) => ({
    samples: [{ series: ctx.editedCode ?? "original", x: 1, trial: 0, ms: 1 }],
  }),
} as unknown as Experiment;

function run(editedCode: string | null, ran = experiment) {
  return runExperiment({
    experiment: ran,
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
    const code = "export function countPrimes(): number { return 0; }";
    const results = await run(code);
    expect(results.editedSources).toEqual([{ source: "workers/kernels/primes.ts", code }]);
    expect(parseResults(JSON.parse(JSON.stringify(results)))).toEqual(results);
  });

  it("gives the pool the edited file stripped of its types once, before the run", async () => {
    const results = await run("export function countPrimes(): number { return 0; }");
    const ran = results.samples[0]?.series ?? "";
    expect(ran).toContain("function countPrimes() { return 0; }");
    expect(ran).toContain("exports.countPrimes = countPrimes");
  });

  it("reports a compile error at its line and column before the run starts", async () => {
    const failed = run("export function countPrimes(): number {\n  return 0 +;\n}");
    await expect(failed).rejects.toThrow(CompileError);
    await expect(failed).rejects.toMatchObject({ line: 2, column: 13 });
  });

  it("hands a shader over exactly as the reader wrote it", async () => {
    const shader = "@compute @workgroup_size(64) fn main() {}";
    const results = await run(shader, shaderExperiment);
    expect(results.samples[0]?.series).toBe(shader);
  });

  it("records no edited code for a run of the original", async () => {
    const results = await run(null);
    expect(results.samples[0]?.series).toBe("original");
    expect("editedSources" in results).toBe(false);
  });
});
