import { defaultChunkSize, splitRange } from "../app/engine/chunks";
import {
  CompileError,
  NotCloneableError,
  TaskError,
  TaskTimeoutError,
} from "../app/engine/pool/errors";
import { WorkerPool } from "../app/engine/pool/pool";
import { timelineEvents } from "../app/engine/pool/timeline";

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
};

export type Lab = typeof lab;

declare global {
  interface Window {
    corelab: Lab;
  }
}

window.corelab = lab;
document.body.dataset.ready = "true";
