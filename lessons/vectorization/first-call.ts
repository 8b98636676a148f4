import type { Experiment, Sample } from "../../kit";
import {
  formatMs,
  largestX,
  measureFirstCalls,
  medianAt,
  medianField,
  runtimeChart,
  trialsParam,
} from "../../kit";
import jsKernelSource from "../../workers/kernels/poly.ts?raw";
import workerSource from "../../workers/vectorize/first-call-worker.ts?raw";
import { checkF } from "./check";
import checkSource from "./check.ts?raw";
import python from "./first_call.py?raw";
import experimentSource from "./first-call.ts?raw";
import { FIRST_CALL_JS, FIRST_CALL_WASM } from "./series";

const SEED = 20_260_602;

/** The first call of a kernel against its next ones, each trial in a fresh worker. */
export const firstCall: Experiment<"floats" | "calls" | "trials"> = {
  id: "first-call",
  title: "Compiled on first call: the first call against warm calls, JS and WebAssembly",
  params: {
    floats: {
      label: "Array size",
      default: 1_000_000,
      quick: 100_000,
      min: 1_000,
      max: 10_000_000,
      step: 1,
      unit: "floats",
      control: "number",
    },
    calls: {
      label: "Calls per worker",
      default: 8,
      quick: 5,
      min: 2,
      max: 30,
      step: 1,
      unit: "calls",
      control: "range",
    },
    trials: trialsParam(7),
  },
  sources: [
    { name: "workers/vectorize/first-call-worker.ts", language: "typescript", code: workerSource },
    { name: "workers/kernels/poly.ts", language: "typescript", code: jsKernelSource },
    { name: "lessons/vectorization/first-call.ts", language: "typescript", code: experimentSource },
    { name: "lessons/vectorization/check.ts", language: "typescript", code: checkSource },
  ],
  task: {
    source: "workers/kernels/poly.ts",
    note: "An edit to polyLoop is compiled in each fresh worker before the clock, so its first call is still its first; its output is checked against f in doubles. The WebAssembly is AssemblyScript (workers/wasm/poly.ts), compiled ahead of time when the site is built: the page cannot recompile it, so it keeps running the original.",
  },
  python,
  requires: ["wasmSimd"],
  x: { name: "call", unit: "nth call in a fresh worker" },

  async run({ floats, calls, trials }, { signal, progress, editedCode }) {
    const samples: Sample[] = [];
    const started = performance.now();
    for (let trial = 0; trial < trials; trial++) {
      // A new worker each trial: a new JavaScript engine instance, where nothing is compiled yet.
      const request = { length: floats, seed: SEED, calls, jsKernels: editedCode };
      const measured = await measureFirstCalls(request, signal);
      checkF(FIRST_CALL_JS, floats, measured.jsMaxRelativeError);
      const { compileMs, instantiateMs } = measured;
      measured.jsMs.forEach((ms, index) => {
        samples.push({ series: FIRST_CALL_JS, x: index + 1, trial, ms });
      });
      measured.wasmMs.forEach((ms, index) => {
        const setup = index === 0 ? { compileMs, instantiateMs } : {};
        samples.push({ series: FIRST_CALL_WASM, x: index + 1, trial, ms, ...setup });
      });
      const done = (trial + 1) / trials;
      const elapsed = performance.now() - started;
      progress({
        samples: [...samples],
        fraction: done,
        remainingMs: (elapsed / done) * (1 - done),
      });
    }
    if (trials >= 3) dropSlowestTrials(samples);
    return { samples };
  },

  chart: (results, Plot) => runtimeChart(results, Plot, { x: "linear", y: "log" }),

  expects: {
    claim: "The first call of each way is slower than its warm calls (medians).",
    holds(results) {
      const lastCall = largestX(results);
      const pairs = [FIRST_CALL_JS, FIRST_CALL_WASM].map((series) => [
        medianAt(results, series, 1),
        medianAt(results, series, lastCall),
      ]);
      if (pairs.some(([first, warm]) => first === undefined || warm === undefined)) return null;
      return pairs.every(([first, warm]) => (first as number) > (warm as number));
    },
  },
  prediction: {
    kind: "number",
    unit: "× slower (the JS loop's first call than its last)",
    answer(results) {
      const first = medianAt(results, FIRST_CALL_JS, 1);
      const last = medianAt(results, FIRST_CALL_JS, largestX(results));
      return first === undefined || !last ? null : first / last;
    },
  },
  headline(results) {
    const lastCall = largestX(results);
    const js = [medianAt(results, FIRST_CALL_JS, 1), medianAt(results, FIRST_CALL_JS, lastCall)];
    const wasm = [
      medianAt(results, FIRST_CALL_WASM, 1),
      medianAt(results, FIRST_CALL_WASM, lastCall),
    ];
    const compile = medianField(results, FIRST_CALL_WASM, 1, "compileMs");
    const instantiate = medianField(results, FIRST_CALL_WASM, 1, "instantiateMs");
    const [jsFirst, jsWarm] = js;
    const [wasmFirst, wasmWarm] = wasm;
    if (!jsFirst || !jsWarm || !wasmFirst || !wasmWarm) return null;
    if (compile === undefined || instantiate === undefined) return null;
    return `The JS loop's first call took ${formatMs(jsFirst)} ms, ${(jsFirst / jsWarm).toFixed(1)}× its call ${lastCall} (${formatMs(jsWarm)} ms). WebAssembly: compiling ${formatMs(compile)} ms and instantiating ${formatMs(instantiate)} ms before the first call, which took ${formatMs(wasmFirst)} ms against ${formatMs(wasmWarm)} ms warm (medians).`;
  },
};

/** As `sweep` does: the slowest trial of each point is left out of the summary. */
function dropSlowestTrials(samples: Sample[]): void {
  const slowest = new Map<string, Sample>();
  for (const sample of samples) {
    const key = `${sample.series}\u0000${sample.x}`;
    const current = slowest.get(key);
    if (!current || sample.ms > current.ms) slowest.set(key, sample);
  }
  for (const sample of slowest.values()) sample.dropped = true;
}
