import type { Experiment, KernelTask, Note, Results, Task, WorkerPool } from "../../kit";
import {
  explainTaskFailure,
  formatMs,
  geometricSizes,
  keptSamples,
  largestX,
  medianAt,
  NotCloneableError,
  runtimeChart,
  type Series,
  sweep,
  TaskError,
  trialsParam,
} from "../../kit";
import { timesTen } from "../../workers/kernels/scale";
import kernelSource from "../../workers/kernels/scale.ts?raw";
import python from "./pickling.py?raw";
import experimentSource from "./pickling.ts?raw";

/** A closure: the function it returns remembers `factor`, a variable of this page. */
function makeScaler(factor: number): (x: number) => number {
  return (x) => x * factor;
}

/** What a way is tried with: the pool, the numbers, and the kernel the reader may edit. */
interface Call {
  pool: WorkerPool;
  numbers: number[];
  signal: AbortSignal;
  /** `"timesTen"`, or the reader's edited version of scale.ts. */
  kernel: KernelTask<"timesTen">;
}

/** One way of telling the workers what to run, and the call that tries it. */
interface Way {
  name: string;
  /** The source text it sends, where it sends one. */
  text?: string;
  /** The file its errors' line numbers point into, where it runs one the reader edits. */
  file?: string;
  send(call: Call): Promise<unknown[]>;
}

/** What one attempt gave: the last result, or the error as the browser or the worker raised it. */
type Outcome =
  | { sent: true; last: unknown }
  | { sent: false; error: string; message: string; line?: number; explanation?: string };

const scale = makeScaler(10);
/** The way that sends a kernel's name: the one a reader's edit of scale.ts changes. */
export const KERNEL_NAME = "a kernel's name";
/** The ways the lesson expects to work: text, and a name the worker already knows. */
const EXPECTED_TO_WORK = ["source text", KERNEL_NAME];
const WAYS: Way[] = [
  {
    name: "a function",
    // TypeScript refuses a function here, so the cast forces it, as Python lets you try a lambda.
    send: ({ pool, numbers, signal }) => pool.map(timesTen as unknown as Task, numbers, { signal }),
  },
  {
    name: "a closure, inside the data",
    send: ({ pool, numbers, signal }) =>
      pool.map(
        { source: "({ x, scale }) => scale(x)" },
        numbers.map((x) => ({ x, scale })),
        { signal },
      ),
  },
  {
    name: "the closure's source text",
    text: scale.toString(),
    send: ({ pool, numbers, signal }) =>
      pool.map({ source: scale.toString() }, numbers, { signal }),
  },
  {
    name: "source text",
    send: ({ pool, numbers, signal }) => pool.map({ source: "(x) => x * 10" }, numbers, { signal }),
  },
  {
    name: KERNEL_NAME,
    file: "scale.ts",
    // The reader's edit of scale.ts runs here: make timesTen return a function to see the
    // result refused on its way back, as Python's pool refuses to pickle it.
    send: ({ pool, numbers, signal, kernel }) => pool.map(kernel, numbers, { signal }),
  },
];

/** Pitfall 2: what cannot be pickled, or here, structured-cloned. */
export const pickling: Experiment<"maxN" | "trials"> = {
  id: "pickling",
  title: "Sending a function to a worker: five ways, two fixes",
  params: {
    maxN: {
      label: "Most numbers",
      default: 100_000,
      quick: 10_000,
      min: 1_000,
      max: 1_000_000,
      step: 1,
      unit: "numbers",
      control: "number",
    },
    trials: trialsParam(),
  },
  sources: [
    { name: "workers/kernels/scale.ts", language: "typescript", code: kernelSource },
    { name: "lessons/pitfalls/pickling.ts", language: "typescript", code: experimentSource },
  ],
  task: { source: "workers/kernels/scale.ts", kernels: ["timesTen"] },
  python,
  pythonRun: { fileName: "pickling.py" },
  requires: [],
  x: { name: "n", unit: "numbers" },

  async run({ maxN, trials }, ctx) {
    const { signal, progress, startPool, hardwareConcurrency: cores } = ctx;
    const kernel = ctx.task("timesTen");
    const pool = await startPool(cores);
    const xs = geometricSizes(1_000, maxN, 3);
    const inputs = new Map(xs.map((n) => [n, Array.from({ length: n }, (_, i) => i)]));
    // Every way is tried at every size; a failed try is timed too, up to its error.
    const series: Series[] = WAYS.map((way) => ({
      name: way.name,
      run: async (n) => ({
        ...(await attempt(
          () => way.send({ pool, numbers: inputs.get(n) as number[], signal, kernel }),
          signal,
        )),
        ...(way.text ? { sentText: way.text } : {}),
      }),
    }));
    return { samples: await sweep({ xs, series, trials, signal, onProgress: progress }) };
  },

  // Only the ways that worked have a runtime worth drawing; the notes give the others' errors.
  chart: (results, Plot) => {
    const worked = new Set(waysThatWorked(results));
    return runtimeChart(
      { ...results, summary: results.summary.filter((row) => worked.has(row.series)) },
      Plot,
      { x: "log", y: "log" },
    );
  },

  expects: {
    claim:
      "Source text and a kernel's name work; a function, a closure inside the data and the closure's source text fail.",
    holds(results) {
      if (keptSamples(results).length === 0) return null;
      const worked = waysThatWorked(results);
      return (
        worked.length === EXPECTED_TO_WORK.length &&
        EXPECTED_TO_WORK.every((name) => worked.includes(name))
      );
    },
    tryNext: "if you edited scale.ts, a result it returns may be what failed: read the notes",
  },
  prediction: {
    kind: "choice",
    choices: WAYS.map((_, i) => waysWord(i + 1)),
    answer: (results) =>
      keptSamples(results).length === 0 ? null : waysWord(waysThatWorked(results).length),
  },
  headline(results) {
    const worked = waysThatWorked(results);
    const failed = WAYS.length - worked.length;
    const n = largestX(results);
    const times = worked
      .map((name) => `${name} ${formatMs(medianAt(results, name, n) ?? Number.NaN)} ms`)
      .join(", ");
    return `${failed} of ${WAYS.length} ways failed; the ones that worked took, for ${n.toLocaleString("en")} numbers: ${times} (medians).`;
  },

  notes: (results) =>
    WAYS.map((way): Note => {
      const sample = keptSamples(results).find((s) => s.series === way.name);
      if (!sample) return { label: way.name, text: "not tried" };
      if (sample.sent === true) return { label: way.name, text: "worked." };
      const sentText =
        typeof sample.sentText === "string" ? ` The text sent was: ${sample.sentText}` : "";
      const line =
        way.file && typeof sample.line === "number" ? ` (line ${sample.line} of ${way.file})` : "";
      const explanation = typeof sample.explanation === "string" ? ` ${sample.explanation}` : "";
      return {
        label: way.name,
        text: `failed with ${sample.error}: ${sentence(`${sample.message}${line}`)}${explanation}${sentText}`,
      };
    }),
};

/** Runs one call and says how it went; a Stop still stops the run. */
async function attempt(call: () => Promise<unknown[]>, signal: AbortSignal): Promise<Outcome> {
  try {
    return { sent: true, last: (await call()).at(-1) };
  } catch (error) {
    signal.throwIfAborted();
    if (error instanceof NotCloneableError) {
      // The browser's own DataCloneError, kept inside the pool's error.
      return { sent: false, error: error.browserError.name, message: error.browserError.message };
    }
    if (error instanceof TaskError) {
      // The worker's own error: the first line of its stack names its kind (ReferenceError…).
      const [kind = "Error"] = (error.workerStack.split("\n")[0] ?? "").split(":");
      const explanation = explainTaskFailure(error.taskMessage);
      return {
        sent: false,
        error: kind,
        message: error.taskMessage,
        ...(error.line === null ? {} : { line: error.line }),
        ...(explanation === null ? {} : { explanation }),
      };
    }
    throw error;
  }
}

/** The message with a full stop at its end, where it has none (one inside a bracket counts). */
function sentence(message: unknown): string {
  const text = String(message);
  return /\.\)?$/.test(text) ? text : `${text}.`;
}

/** "1 way works", "2 ways work": a choice of the lesson's prediction. */
function waysWord(count: number): string {
  return count === 1 ? "1 way works" : `${count} ways work`;
}

function waysThatWorked(results: Results): string[] {
  return WAYS.map((way) => way.name).filter((name) =>
    keptSamples(results).some((sample) => sample.series === name && sample.sent === true),
  );
}
