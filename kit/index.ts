/**
 * The lesson author's kit: everything a lesson's experiments import from the notebook, in one
 * place. A lesson imports this module, its own files, and the task code it runs and shows
 * (workers/kernels, workers/shaders, workers/wasm); nothing else (build/architecture.test.ts).
 *
 * @example
 * import { type Experiment, runtimeChart, sweep, trialsParam } from "../../kit";
 */

export type { Capability } from "../common/capabilities";
export { defaultChunkSize, splitRange } from "../common/chunks";
export { explainTaskFailure, NotCloneableError, TaskError } from "../common/errors";
export { sumTolerance, treeDepth } from "../common/gpu/reduceTree";
// Measuring: sweeps, statistics, seeded inputs, the results format.
export { type Series, settle, sweep } from "../common/measure";
export { seededRandom } from "../common/random";
export type { Results, Sample } from "../common/results";
export { geometricSizes, quantile } from "../common/stats";
// What lessons name of the workers' messages: GIL programs, shaders, vectorization variants.
export type {
  GpuKernel,
  LockMode,
  MatmulVariant,
  PolyVariant,
  ShaderSource,
  Step,
} from "../common/wire";
export { amdahlSpeedup, fitSerialFraction } from "../engine/amdahl";
// An experiment: its definition, its params, and what a run gets and gives.
export type {
  Experiment,
  Note,
  ParamSpec,
  RunContext,
  RunOutput,
  Source,
} from "../engine/experiment";
export { trialsParam } from "../engine/params";
export { collectReadings, type ReadingSeries } from "../engine/readings";
export { frameBars, ResponsivenessProbe } from "../engine/responsiveness";
// The GIL lesson: a modelled interpreter over real workers, and the page's own thread.
export {
  Interpreter,
  type InterpreterRun,
  interpreterUnavailableReason,
} from "../workers/gil/host/interpreter";
export { overlapMs, threadTimeline } from "../workers/gil/host/timeline";
// GPUs: the GPU worker, its shaders, and how GPU series are named and checked.
export { type GpuPass, GpuRefusedError, GpuWorker } from "../workers/gpu/host/gpuWorker";
export type { Input } from "../workers/pool/host/call";
// The worker pool (Python's multiprocessing.Pool) and what it records.
export { type Task, WorkerPool } from "../workers/pool/host/pool";
export type { KernelTask } from "../workers/pool/host/task";
export {
  busiestShare,
  type ChunkRecord,
  idleShare,
  peakBytesInFlight,
  timelineEvents,
} from "../workers/pool/host/timeline";
export { measureFirstCalls } from "../workers/vectorize/host/firstCall";
export { prepareMatmulThreads } from "../workers/vectorize/host/matmulThreads";
export { MatmulWorker } from "../workers/vectorize/host/matmulWorker";
export { preparePolyThreads } from "../workers/vectorize/host/polyThreads";
export { PolyWorker } from "../workers/vectorize/host/polyWorker";
export { timedPoolPass } from "../workers/vectorize/host/poolPass";
export { compileWasm } from "../workers/vectorize/host/wasmModules";
// Reading results: charts, numbers in words, queries on a run.
export { fieldChart, runtimeChart } from "./charts";
export { formatMs } from "./format";
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
export {
  formatCount,
  keptSamples,
  largestX,
  medianField,
  medianMs,
  ratioWords,
} from "./queries";
export { POLY_SHADER, REDUCE_SHADER, shaderToRun } from "./shaders";
