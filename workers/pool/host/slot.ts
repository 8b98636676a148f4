import type { FromPoolWorker, RunChunk } from "../../../common/wire";
import { WorkerClock } from "./clock";

/** One worker of a pool and what it is doing. */
export class WorkerSlot {
  readonly worker: Worker;
  /** Resolves when the worker has loaded and takes work; rejects if it cannot load. */
  readonly ready: Promise<void>;
  isReady = false;
  /** Puts the worker's times on the page's clock. */
  clock = new WorkerClock(0);
  /** How long the worker took from creation until it took work, in ms. */
  startMs = 0;

  constructor(
    readonly index: number,
    onMessage: (slot: WorkerSlot, message: Exclude<FromPoolWorker, { type: "ready" }>) => void,
    onCrash: (slot: WorkerSlot, reason: Error) => void,
  ) {
    const created = performance.now();
    this.worker = new Worker(new URL("../pool-worker.ts", import.meta.url), {
      type: "module",
      name: `corelab pool worker ${index + 1}`,
    });
    this.ready = new Promise<void>((resolve, reject) => {
      this.worker.onmessage = ({ data }: MessageEvent<FromPoolWorker>) => {
        if (data.type !== "ready") return onMessage(this, data);
        this.isReady = true;
        this.clock = new WorkerClock(data.timeOrigin - performance.timeOrigin);
        this.startMs = performance.now() - created;
        resolve();
      };
      this.worker.onerror = (event) => {
        event.preventDefault();
        if (this.isReady) {
          onCrash(this, new Error(event.message || "the worker stopped"));
        } else {
          const detail =
            event.message || "its script could not be loaded (missing file or network error)";
          reject(new Error(`A pool worker failed to start: ${detail}`));
        }
      };
    });
  }

  post(message: RunChunk, transfer?: Transferable[]): void {
    if (transfer) this.worker.postMessage(message, transfer);
    else this.worker.postMessage(message);
  }

  terminate(): void {
    this.worker.terminate();
  }
}
