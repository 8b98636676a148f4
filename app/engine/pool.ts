import type { KernelInput, KernelName, KernelOutput } from "../../workers/kernels";
import type { FromWorker, ToWorker } from "../../workers/protocol";
import { defaultChunkSize } from "./chunks";

/** A task threw inside a worker. `index` is the task's position in the input. */
export class TaskError extends Error {
  override name = "TaskError";
  constructor(
    readonly index: number,
    message: string,
    readonly workerStack: string,
  ) {
    super(`Task ${index} failed: ${message}`);
  }
}

export interface MapOptions {
  /** Tasks per message; Python's rule `ceil(n / (4 × workers))` when unset. */
  chunkSize?: number;
  signal?: AbortSignal;
}

interface Job {
  results: unknown[];
  chunksLeft: number;
  settled: boolean;
  resolve(results: unknown[]): void;
  reject(reason: unknown): void;
}

interface Chunk {
  id: number;
  job: Job;
  kernel: KernelName;
  items: unknown[];
  firstIndex: number;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  isReady: boolean;
  chunk: Chunk | null;
}

/**
 * A pool of Web Workers with the semantics of Python's `multiprocessing.Pool`: a fixed number
 * of workers that are started once and reused, tasks sent in chunks, results in input order.
 *
 * @example
 * const pool = await WorkerPool.start(navigator.hardwareConcurrency);
 * const counts = await pool.map("countPrimes", splitRange(1_000_000, 8));
 * pool.terminate();
 */
export class WorkerPool {
  /** Time from creating the workers until every one had loaded its module, in ms. */
  startupMs = 0;
  private readonly slots: Slot[];
  private readonly queue: Chunk[] = [];
  private nextChunkId = 0;
  private terminated = false;

  private constructor(readonly size: number) {
    this.slots = Array.from({ length: size }, () => this.spawn());
  }

  /** Starts `size` workers and waits until all of them take work. */
  static async start(size: number): Promise<WorkerPool> {
    if (!Number.isInteger(size) || size < 1) {
      throw new RangeError(`A pool needs a whole number of workers ≥ 1, not ${size}.`);
    }
    const started = performance.now();
    const pool = new WorkerPool(size);
    try {
      await Promise.all(pool.slots.map((slot) => slot.ready));
    } catch (error) {
      pool.terminate();
      throw error;
    }
    pool.startupMs = performance.now() - started;
    return pool;
  }

  /** Runs `kernel` on every item; resolves with the results in input order. */
  map<K extends KernelName>(
    kernel: K,
    items: readonly KernelInput<K>[],
    { chunkSize = defaultChunkSize(items.length, this.size), signal }: MapOptions = {},
  ): Promise<KernelOutput<K>[]> {
    if (this.terminated) return Promise.reject(new Error("This pool was terminated."));
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (items.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      const job: Job = {
        results: new Array(items.length),
        chunksLeft: Math.ceil(items.length / chunkSize),
        settled: false,
        resolve: (results) => resolve(results as KernelOutput<K>[]),
        reject,
      };
      for (let first = 0; first < items.length; first += chunkSize) {
        const chunkItems = items.slice(first, first + chunkSize);
        this.queue.push({
          id: this.nextChunkId++,
          job,
          kernel,
          items: chunkItems,
          firstIndex: first,
        });
      }
      signal?.addEventListener("abort", () => this.abandon(job, signal.reason), { once: true });
      this.pump();
    });
  }

  terminate(): void {
    this.terminated = true;
    for (const slot of this.slots) {
      slot.worker.terminate();
      if (slot.chunk) this.settle(slot.chunk.job, new Error("The pool was terminated."));
    }
    for (const chunk of this.queue) this.settle(chunk.job, new Error("The pool was terminated."));
    this.queue.length = 0;
  }

  private spawn(): Slot {
    const worker = new Worker(new URL("../../workers/pool-worker.ts", import.meta.url), {
      type: "module",
      name: "corelab pool worker",
    });
    let markReady = () => {};
    let failToLoad = (_reason: Error) => {};
    const slot: Slot = {
      worker,
      isReady: false,
      chunk: null,
      ready: new Promise<void>((resolve, reject) => {
        markReady = resolve;
        failToLoad = reject;
      }),
    };
    worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      if (data.type === "ready") {
        slot.isReady = true;
        markReady();
        this.pump();
      } else {
        this.receive(slot, data);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const detail = event.message || "the script could not be loaded";
      if (!slot.isReady) failToLoad(new Error(`A pool worker failed to start: ${detail}`));
      else this.replace(slot, new Error(`A pool worker crashed: ${detail}`));
    };
    return slot;
  }

  private receive(slot: Slot, message: Exclude<FromWorker, { type: "ready" }>): void {
    const chunk = slot.chunk;
    slot.chunk = null;
    if (chunk && chunk.id === message.chunkId) {
      if (message.type === "done") {
        chunk.job.results.splice(chunk.firstIndex, message.results.length, ...message.results);
        chunk.job.chunksLeft -= 1;
        if (chunk.job.chunksLeft === 0 && !chunk.job.settled) {
          chunk.job.settled = true;
          chunk.job.resolve(chunk.job.results);
        }
      } else {
        const index = chunk.firstIndex + message.index;
        this.settle(chunk.job, new TaskError(index, message.message, message.stack));
      }
    }
    this.pump();
  }

  /** Gives idle workers the next chunks whose job is still wanted. */
  private pump(): void {
    for (const slot of this.slots) {
      if (!slot.isReady || slot.chunk) continue;
      let chunk = this.queue.shift();
      while (chunk?.job.settled) chunk = this.queue.shift();
      if (!chunk) return;
      slot.chunk = chunk;
      const message: ToWorker = {
        type: "run",
        chunkId: chunk.id,
        kernel: chunk.kernel,
        items: chunk.items,
      };
      slot.worker.postMessage(message);
    }
  }

  /** Cancels a job: queued chunks are skipped, workers busy with it are replaced. */
  private abandon(job: Job, reason: unknown): void {
    if (job.settled) return;
    this.settle(job, reason);
    for (const slot of this.slots) {
      if (slot.chunk?.job === job) this.replace(slot, reason);
    }
  }

  private replace(slot: Slot, reason: unknown): void {
    slot.worker.terminate();
    if (slot.chunk) this.settle(slot.chunk.job, reason);
    if (this.terminated) return;
    const index = this.slots.indexOf(slot);
    const fresh = this.spawn();
    this.slots[index] = fresh;
    fresh.ready.catch((error: unknown) => {
      for (const chunk of this.queue) this.settle(chunk.job, error);
    });
  }

  private settle(job: Job, reason: unknown): void {
    if (job.settled) return;
    job.settled = true;
    job.reject(reason);
  }
}
