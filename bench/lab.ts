import { defaultChunkSize, splitRange } from "../app/engine/chunks";
import { GpuWorker } from "../app/engine/gpu/gpuWorker";
import {
  CompileError,
  NotCloneableError,
  TaskError,
  TaskTimeoutError,
} from "../app/engine/pool/errors";
import { WorkerPool } from "../app/engine/pool/pool";
import { timelineEvents } from "../app/engine/pool/timeline";
import { POLY_SHADER } from "../lessons/gpus/shaders";
import { benchmarks } from "./benchmarks";
import { countsAgreement } from "./counts-check";
import { matmulAgreement } from "./matmul-check";
import { threadsAgreement } from "./threads-check";

/** What tests and benchmarks reach through `page.evaluate(() => window.corelab…)`. */
const lab = {
  WorkerPool,
  TaskError,
  CompileError,
  TaskTimeoutError,
  NotCloneableError,
  defaultChunkSize,
  splitRange,
  timelineEvents,
  matmulAgreement,
  threadsAgreement,
  countsAgreement,
  GpuWorker,
  POLY_SHADER,
};

export type Lab = typeof lab;

declare global {
  interface Window {
    corelab: Lab;
    /** The benchmarks `npm run bench` runs, each returning its rows. */
    benchmarks: typeof benchmarks;
  }
}

window.corelab = lab;
window.benchmarks = benchmarks;
document.body.dataset.ready = "true";
