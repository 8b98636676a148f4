import { describe, expect, it } from "vitest";
import type { Experiment } from "../../../engine/experiment";
import { compileTask } from "../../../workers/compile";
import { kernels } from "../../../workers/kernels";
import { stripTypes } from "../../../workers/strip/strip";

/** Every experiment of every lesson, found by shape, so a new one is checked too. */
const experiments = Object.values(
  import.meta.glob<Record<string, unknown>>("../../../lessons/*/*.ts", { eager: true }),
)
  .flatMap((module) => Object.values(module))
  .filter(
    (value): value is Experiment =>
      typeof value === "object" && value !== null && "run" in value && "sources" in value,
  );

/** The kernel files' own exports, to check that the registry runs the very code shown. */
const kernelFiles = import.meta.glob<Record<string, unknown>>(
  ["../../../workers/kernels/*.ts", "!**/*.test.ts", "!**/index.ts"],
  { eager: true },
);

const editable = experiments.filter((experiment) => experiment.task);

describe("editable task code", () => {
  // Not nested-pools: its tasks count in helper workers that only a built-in kernel can start.
  it("is offered by every experiment with task code a worker can compile", () => {
    expect(editable.map((experiment) => experiment.id).sort()).toEqual(
      [
        "bytes-in-flight",
        "convoy",
        "io-bound",
        "page-thread",
        "threads-vs-processes",
        "count-primes",
        "inner-loop",
        "map-variants",
        "payload",
        "pickling",
        "race",
        "repeated-work",
        "reuse-pool",
        "tiny-tasks",
        "process-vs-pool",
        "uneven-tasks",
        "worker-count",
        "gpu-crossover",
        "gpu-sum",
        "async-trap",
        "workgroup-size",
        "vectorize",
        "matmul",
        "first-call",
        "monte-carlo",
      ].sort(),
    );
  });

  for (const experiment of editable) {
    const task = experiment.task as NonNullable<Experiment["task"]>;
    describe(experiment.id, () => {
      const source = experiment.sources.find((s) => s.name === task.source);

      it("edits a file the cell shows: a kernel file, or a file the experiment sends itself", () => {
        expect(source?.language).toMatch(task.kernels ? /^typescript$/ : /^(typescript|wgsl)$/);
      });

      it("shows the code the built-in kernels run", () => {
        const file = kernelFiles[`../../../${task.source}`];
        for (const kernel of task.kernels ?? []) expect(file?.[kernel]).toBe(kernels[kernel]);
      });

      it("compiles, unedited, into each kernel it names", async () => {
        for (const kernel of task.kernels ?? []) {
          expect(typeof (await compileTask(stripTypes(source?.code ?? ""), kernel))).toBe(
            "function",
          );
        }
      });
    });
  }
});
