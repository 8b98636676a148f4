import type { Experiment } from "../../kit";
import {
  formatMs,
  geometricSizes,
  largestX,
  medianAt,
  ratioWords,
  runtimeChart,
  type Series,
  sweep,
  trialsParam,
  xsOf,
} from "../../kit";
import { timesTen } from "../../workers/kernels/scale";
import kernelSource from "../../workers/kernels/scale.ts?raw";
import python from "./tiny_tasks.py?raw";
import experimentSource from "./tiny-tasks.ts?raw";

const LOOP = "plain loop";
const poolName = (cores: number) => `pool of ${cores}`;

/** Pitfall 1: a task far smaller than the message that carries it. */
export const tinyTasks: Experiment<"maxN" | "trials"> = {
  id: "tiny-tasks",
  title: "Multiplying numbers by ten: a plain loop against a pool",
  params: {
    maxN: {
      label: "Most numbers",
      default: 1_000_000,
      quick: 100_000,
      min: 10_000,
      max: 5_000_000,
      step: 1,
      unit: "numbers",
      control: "number",
    },
    trials: trialsParam(),
  },
  sources: [
    { name: "workers/kernels/scale.ts", language: "typescript", code: kernelSource },
    { name: "lessons/pitfalls/tiny-tasks.ts", language: "typescript", code: experimentSource },
  ],
  task: { source: "workers/kernels/scale.ts", kernels: ["timesTen"], pageSeries: [LOOP] },
  python,
  pythonRun: { fileName: "tiny_tasks.py" },
  requires: [],
  x: { name: "n", unit: "numbers" },

  async run({ maxN, trials }, ctx) {
    const { signal, progress, startPool, hardwareConcurrency: cores } = ctx;
    const task = ctx.task("timesTen"); // or the reader's edited version
    const pool = await startPool(cores);
    const xs = geometricSizes(1_000, maxN, 4);
    // The inputs exist before the clock starts, as a Python list would.
    const inputs = new Map(xs.map((n) => [n, Array.from({ length: n }, (_, i) => i)]));
    const numbers = (n: number) => inputs.get(n) as number[];
    const series: Series[] = [
      // Edited code runs only in workers, never on the page's thread.
      ...(ctx.edited
        ? []
        : [{ name: LOOP, run: (n: number) => ({ last: numbers(n).map(timesTen).at(-1) }) }]),
      {
        name: poolName(cores),
        // Python's default chunk size: the numbers go out in 4 × cores messages.
        run: async (n) => ({ last: (await pool.map(task, numbers(n), { signal })).at(-1) }),
      },
    ];
    return { samples: await sweep({ xs, series, trials, signal, onProgress: progress }) };
  },

  chart: (results, Plot) => runtimeChart(results, Plot, { x: "log", y: "log" }),

  headline(results) {
    const pool = poolName(results.environment.hardwareConcurrency);
    const xs = xsOf(results);
    const slower = xs.filter(
      (x) => (medianAt(results, pool, x) ?? 0) > (medianAt(results, LOOP, x) ?? 0),
    );
    const n = largestX(results);
    const loop = medianAt(results, LOOP, n);
    const parallel = medianAt(results, pool, n);
    if (loop === undefined || parallel === undefined) return null;
    const verdict =
      slower.length === xs.length
        ? "The pool was slower than the plain loop at every size"
        : `The pool was slower than the plain loop at ${slower.length} of ${xs.length} sizes`;
    return `${verdict}: at ${n.toLocaleString("en")} numbers it took ${formatMs(parallel)} ms against ${formatMs(loop)} ms (medians), ${ratioWords(parallel, loop)}.`;
  },
};
