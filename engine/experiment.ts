import type { PlotOptions } from "@observablehq/plot";
import type { Capability } from "../common/capabilities";
import type { SweepProgress } from "../common/measure";
import type { Results, Sample } from "../common/results";
import type { KernelName } from "../workers/kernels";
import type { PoolOptions, WorkerPool } from "../workers/pool/host/pool";
import type { EditableTask, KernelTask } from "../workers/pool/host/task";
import type * as PlotExports from "./plotExports";
import type { Prediction } from "./prediction";
import type { PythonMeasures } from "./pythonMeasures";
import type { Expectation } from "./verdict";

/** One numeric parameter: its bounds and unit are shown beside the control and enforced. */
export interface ParamSpec {
  label: string;
  default: number;
  /**
   * The value under workshop sizes (the header's Sizes switch; `?quick=1`, which the tests use):
   * small enough that a run takes under about 10 s on two cores.
   */
  quick?: number;
  min: number;
  max: number;
  step: number;
  unit: string;
  control: "range" | "number";
}

export type ParamValues<K extends string = string> = Record<K, number>;

/** A file the experiment runs, shown to the reader as it is (imported with `?raw`). */
export interface Source {
  name: string;
  language: "typescript" | "python" | "wgsl";
  code: string;
}

/** One finding read from the results, such as "closure: DataCloneError: … could not be cloned". */
export interface Note {
  label: string;
  text: string;
}

/** What a running experiment gets from the notebook. */
export interface RunContext {
  signal: AbortSignal;
  /** Reports a sweep's progress; the cell redraws its partial results. */
  progress(update: SweepProgress): void;
  /**
   * Starts a worker pool that the notebook terminates when the run ends, however it ends. It
   * shares memory where the page allows, unless `options.dispatch` says `"messages"`.
   */
  startPool(size: number, options?: PoolOptions): Promise<WorkerPool>;
  hardwareConcurrency: number;
  /**
   * The task to give the pool for one of the experiment's editable kernels (its `task`): the
   * kernel's name, or the reader's edited file. Use it for every pool call of that kernel.
   */
  task<K extends KernelName>(kernel: K): KernelTask<K>;
  /** Whether the reader edited the task code: leave out the `task.pageSeries` then. */
  edited: boolean;
  /**
   * The reader's version of the task file, or null while it is as authored, for the experiment
   * to send to its worker itself: a WGSL shader as written; a TypeScript kernel file as
   * JavaScript with its types stripped, lines kept, which workers/compile.ts `compileTask` runs.
   */
  editedCode: string | null;
}

export interface RunOutput {
  samples: Sample[];
  /**
   * Bars for a timeline chart (a pool's `timelineEvents`, a threads timeline…), if the
   * experiment recorded one.
   */
  timeline?: NonNullable<Results["timeline"]>;
}

/**
 * Observable Plot (the parts in `plotExports`). Charts receive it as an argument instead of
 * importing it, so that it loads only when the page is about to draw a chart, never for reading.
 *
 * @example chart: (results, Plot) => ({ marks: [Plot.line(results.summary, { x: "x", y: "q50" })] })
 */
export type PlotModule = typeof PlotExports;

/**
 * An experiment cell's definition: authored once, never changed by a run.
 *
 * @example
 * export const countPrimes: Experiment<"maxN" | "trials"> = {
 *   id: "count-primes", title: "Counting primes", params: { ... }, sources: [...],
 *   python, requires: [], x: { name: "n", unit: "numbers" },
 *   run: (params, ctx) => ..., chart: (results, Plot) => runtimeChart(results, Plot),
 * };
 */
/** @example { fileName: "count_primes.py", sizes: { n: 200_000 } } */
export interface PythonRun {
  fileName: string;
  sizes?: Record<string, number>;
  /** Where the twin sweeps the cell's variable: how its printed timings join the cell's chart. */
  measures?: PythonMeasures;
}

export interface Experiment<K extends string = string> {
  id: string;
  title: string;
  params: Record<K, ParamSpec>;
  sources: Source[];
  /** The task code the reader may edit and run, if the experiment offers it. */
  task?: EditableTask;
  /** The same experiment in Python, shown beside the browser version. */
  python: string;
  /**
   * How Run Python runs `python` in the browser's CPython: the file name its tracebacks show,
   * and the sizes set smaller there (CPython in WebAssembly is slower than on a laptop).
   * Whether it can run at all is read from its imports (engine/pythonTwin.ts).
   */
  pythonRun?: PythonRun;
  requires: Capability[];
  /** The swept variable, as it appears on the x axis and in the results file. */
  x: { name: string; unit: string };
  /** What each sample's `ms` measures, when it is not the runtime (e.g. "Response latency"). */
  measured?: string;
  /**
   * Set only where the experiment runs work on the page's own thread on purpose, because the
   * frozen page is what it shows: why, in one sentence the cell shows before Run. Every other
   * experiment keeps the page's thread free (no task over 50 ms; see the bench's budget).
   */
  freezesPage?: string;
  /**
   * The most memory a run with these params holds at once, in bytes, for experiments whose
   * params can ask for more than a small device has. A run that would not fit is refused
   * before anything is allocated.
   */
  memoryBytes?(params: ParamValues<K>): number;
  run(params: ParamValues<K>, ctx: RunContext): Promise<RunOutput>;
  /** The chart of `results`, drawn with `Plot`, which the page fetches only when a chart is due. */
  chart(results: Results, Plot: PlotModule): PlotOptions;
  /** One sentence reading the reader's own numbers, e.g. "the pool was 1.9× faster". */
  headline?(results: Results): string | null;
  /**
   * Short labelled findings a chart cannot draw, e.g. the error each way of sending a task
   * raised. Shown under the headline, in order.
   */
  notes?(results: Results): Note[];
  /**
   * What the lesson expects this experiment to show, checked on each run's numbers: the cell
   * says whether the run shows it and, when not, the likely reason read from the run.
   */
  expects?: Expectation;
  /** How a run answers the question its lesson's `<Predict of={…}>` asks before it. */
  prediction?: Prediction;
  /** What the timeline shows, when the run recorded one. */
  timelineTitle?(results: Results): string;
  /** A colour per kind of timeline bar (CSS colours); the pool's chunk kinds by default. */
  timelineColors?: Record<string, string>;
}
