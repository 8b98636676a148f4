/**
 * The lesson author's kit: everything a lesson's experiments import from the notebook, in one
 * place. A lesson imports this module, its own files, and the task code it runs and shows
 * (workers/kernels, workers/shaders, workers/wasm); nothing else (build/architecture.test.ts).
 *
 * @example
 * import { type Experiment, largestX, medianAt, runtimeChart, sweep, trialsParam } from "../../kit";
 */

// An experiment: its definition, its params, and what a run gets and gives.

export type { Capability } from "../common/capabilities";
export type {
  Experiment,
  Note,
  ParamSpec,
  RunContext,
  RunOutput,
  Source,
} from "../engine/experiment";
export { trialsParam } from "../engine/params";
export { type Expectation, fasterBeyondSpread } from "../engine/verdict";

// Measuring: a sweep of series over xs, seeded inputs, the results format.

export { type Series, settle, sweep } from "../common/measure";
export { seededRandom } from "../common/random";
export type { Results, Sample } from "../common/results";
export { geometricSizes } from "../common/stats";
export { collectReadings, type ReadingSeries } from "../engine/readings";

// Reading results: queries on a run (the e2e tests ask the same), charts, numbers in words.

export { amdahlSpeedup, fitSerialFraction } from "../engine/amdahl";
export { BAND_OPACITY, fieldChart, runtimeChart } from "./charts";
export { formatCount, formatMs, formatTick, quantityLabel, ratioWords } from "./format";
export {
  keptSamples,
  largestX,
  median,
  medianAt,
  medianField,
  pointsOf,
  samplesOf,
  seriesNames,
  xsOf,
} from "./queries";

// The worker pool (Python's multiprocessing.Pool), how it splits work, and what it records.

export { defaultChunkSize, splitRange } from "../common/chunks";
export { explainTaskFailure, NotCloneableError, TaskError } from "../common/errors";
export type { Input } from "../workers/pool/host/call";
export { type Task, WorkerPool } from "../workers/pool/host/pool";
export type { KernelTask } from "../workers/pool/host/task";
export {
  busiestShare,
  type ChunkRecord,
  idleShare,
  peakBytesInFlight,
  timelineEvents,
} from "../workers/pool/host/timeline";

// The GIL: a modelled interpreter over real workers; the page's own thread and its frames.

export type { LockMode, Step } from "../common/wire";
export { frameBars, ResponsivenessProbe } from "../engine/responsiveness";
export {
  Interpreter,
  type InterpreterRun,
  interpreterUnavailableReason,
} from "../workers/gil/host/interpreter";
export { overlapMs, threadTimeline } from "../workers/gil/host/timeline";

// Vectorization: WebAssembly and JS kernels in dedicated workers and pools.

export type { MatmulVariant, PolyVariant } from "../common/wire";
export { measureFirstCalls } from "../workers/vectorize/host/firstCall";
export { prepareMatmulThreads } from "../workers/vectorize/host/matmulThreads";
export { MatmulWorker } from "../workers/vectorize/host/matmulWorker";
export { preparePolyThreads } from "../workers/vectorize/host/polyThreads";
export { PolyWorker } from "../workers/vectorize/host/polyWorker";
export { timedPoolPass } from "../workers/vectorize/host/poolPass";
export { compileWasm } from "../workers/vectorize/host/wasmModules";

// GPUs: the GPU worker, the shaders it runs, and how GPU series are named and checked.

export { sumTolerance, treeDepth } from "../common/gpu/reduceTree";
export type { GpuKernel, ShaderSource } from "../common/wire";
export { type GpuPass, GpuRefusedError, GpuWorker } from "../workers/gpu/host/gpuWorker";
export {
  CPU_NAME,
  EMULATED_WARNING,
  emulatedIn,
  gpuName,
  LARGEST_ARRAY,
  passFields,
  RELATIVE_TOLERANCE,
  SEED,
  SUM_CPU_NAME,
  timedInWorker,
  timerNames,
  workgroupName,
} from "./gpuSeries";
export { POLY_SHADER, REDUCE_SHADER, shaderToRun } from "./shaders";
