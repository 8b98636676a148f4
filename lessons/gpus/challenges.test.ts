import { describe, expect, it } from "vitest";
import type { Results } from "../../kit";
import { moreFloatsPerInvocation, twoMultiplies } from "./challenges";

const GPU = "WebGPU (CPU-emulated GPU): upload + compute + readback";

/** A run on a CPU-emulated adapter: the reader's shader (null: untouched) and its GPU passes. */
function gpuRun(code: string | null, passes: Record<string, number>[]): Results {
  return {
    params: {},
    environment: { hardwareConcurrency: 2, gpu: { emulated: true } },
    summary: [],
    samples: passes.map((fields, trial) => ({ series: GPU, x: 1_000, trial, ms: 1, ...fields })),
    ...(code === null ? {} : { editedSources: [{ source: "workers/shaders/poly.wgsl", code }] }),
  } as unknown as Results;
}

const POLY_TAIL = "  let x = input[i];\n  output[i] = x + x * x + x * x * x;\n}";
const HORNER_TAIL =
  "  let x = input[i];\n  // x + x * x + x * x * x\n  output[i] = x * (1.0 + x * (1.0 + x));\n}";
const right = [{ maxRelativeError: 3e-8 }];

describe("f with two multiplies", () => {
  it("is solved by Horner's form that still matches f", () => {
    expect(twoMultiplies(gpuRun(HORNER_TAIL, right))).toBe(true);
  });

  it("is not solved by the untouched shader, nor by three multiplies moved elsewhere", () => {
    expect(twoMultiplies(gpuRun(null, right))).toBe(false);
    expect(twoMultiplies(gpuRun(`${POLY_TAIL}\n`, right))).toBe(false);
    const moved = "  let x = input[i];\n  let y = x + x * x + x * x * x;\n  output[i] = y;\n}";
    expect(twoMultiplies(gpuRun(moved, right))).toBe(false);
  });

  it("is not solved when a pass missed f", () => {
    expect(twoMultiplies(gpuRun(HORNER_TAIL, [{ maxRelativeError: 0.5 }]))).toBe(false);
  });
});

const REDUCE = (floats: number) => `const FLOATS_PER_INVOCATION: u32 = ${floats}u;`;

describe("twice the floats per invocation", () => {
  const exact = [{ sum: 500.0001, exactSum: 500 }];

  it("is solved by 128 floats per invocation whose sums stay within their bound", () => {
    expect(moreFloatsPerInvocation(gpuRun(REDUCE(128), exact))).toBe(true);
  });

  it("is not solved by the shipped 64, by fewer, or by a sum off its bound", () => {
    expect(moreFloatsPerInvocation(gpuRun(null, exact))).toBe(false);
    expect(moreFloatsPerInvocation(gpuRun(REDUCE(64), exact))).toBe(false);
    expect(moreFloatsPerInvocation(gpuRun(REDUCE(32), exact))).toBe(false);
    expect(moreFloatsPerInvocation(gpuRun(REDUCE(128), [{ sum: 250, exactSum: 500 }]))).toBe(false);
  });
});
