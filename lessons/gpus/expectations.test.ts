import { describe, expect, it } from "vitest";
import { gpuName, type Results, timerNames, workgroupName } from "../../kit";
import { asyncTrap } from "./async-trap";
import { crossover } from "./crossover";
import { reduceSum } from "./reduce-sum";
import { workgroupSize } from "./workgroup-size";

// The GPU lesson's verdicts on hand-made runs: one that shows each claim, one that does not.

type Row = { series: string; x: number; q50: number; spread?: number };

function gpuRun(rows: Row[], phases: Record<string, number> = {}, emulated = false): Results {
  const gpu = gpuName(emulated);
  return {
    params: {},
    environment: {
      hardwareConcurrency: 2,
      gpu: { vendor: "", architecture: "", description: "", emulated },
    },
    summary: rows.map(({ spread = 1.1, ...row }) => ({
      ...row,
      n: 5,
      q05: row.q50 / spread,
      q95: row.q50 * spread,
    })),
    samples: [{ series: gpu, x: 1_000_000, trial: 0, ms: 1, ...phases }],
  } as unknown as Results;
}

const atMillion = (series: string, q50: number) => ({ series, x: 1_000_000, q50 });

describe("the GPU lesson's verdicts", () => {
  it("crossover: the trip costs more than computing f", () => {
    const run = (compute: number) =>
      gpuRun([atMillion(gpuName(false), 9)], { uploadMs: 3, computeMs: compute, readbackMs: 4 });
    expect(crossover.expects?.holds(run(1))).toBe(true);
    expect(crossover.expects?.holds(run(20))).toBe(false);
  });

  it("sum: the upload of every float takes longer than the readback of one", () => {
    const run = (upload: number) =>
      gpuRun([atMillion(gpuName(false), 9)], { uploadMs: upload, computeMs: 1, readbackMs: 0.5 });
    expect(reduceSum.expects?.holds(run(4))).toBe(true);
    expect(reduceSum.expects?.holds(run(0.1))).toBe(false);
  });

  it("async trap: submit() alone says less than a tenth of the work", () => {
    const names = timerNames(false);
    const run = (submit: number) =>
      gpuRun([atMillion(names.submit, submit), atMillion(names.compute, 5)]);
    expect(asyncTrap.expects?.holds(run(0.03))).toBe(true);
    expect(asyncTrap.expects?.holds(run(4))).toBe(false);
  });

  it("workgroup size: one per workgroup is slower than 64, beyond the spread", () => {
    const name = workgroupName(true);
    const run = (one: number) =>
      gpuRun(
        [
          { series: name, x: 1, q50: one },
          { series: name, x: 64, q50: 2 },
        ],
        {},
        true,
      );
    expect(workgroupSize.expects?.holds(run(70))).toBe(true);
    expect(workgroupSize.expects?.holds(run(2.1))).toBe(false);
  });

  it("every claim is about a real GPU, so an emulated adapter is named as a likely reason", () => {
    for (const experiment of [crossover, reduceSum, asyncTrap, workgroupSize]) {
      expect(experiment.expects?.gpu).toBe(true);
    }
  });
});
