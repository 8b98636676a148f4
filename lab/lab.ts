import { defaultChunkSize, splitRange } from "../common/chunks";
import { CompileError, NotCloneableError, TaskError, TaskTimeoutError } from "../common/errors";
import { POLY_SHADER } from "../kit/shaders";
import { GpuWorker } from "../workers/gpu/host/gpuWorker";
import { WorkerPool } from "../workers/pool/host/pool";
import { timelineEvents } from "../workers/pool/host/timeline";
import { countsAgreement } from "./counts-check";
import { gpuMatmulAgreement } from "./gpu-matmul-check";
import { matmulAgreement } from "./matmul-check";
import { threadsAgreement } from "./threads-check";

/** What the end-to-end tests reach through `page.evaluate(() => window.corelab…)`. */
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
  gpuMatmulAgreement,
  GpuWorker,
  POLY_SHADER,
};

export type Lab = typeof lab;

declare global {
  interface Window {
    corelab: Lab;
  }
}

window.corelab = lab;
document.body.dataset.ready = "true";
