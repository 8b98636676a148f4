import { canShareMemory } from "../../../common/poolMailbox";
import type { CallOptions, Input, Output, Task } from "./call";
import { Dispatcher } from "./dispatcher";
import { AsyncQueue, type Indexed, InOrder } from "./streams";

export type { CallOptions, Task } from "./call";

/**
 * How the pool hands chunks to its workers. `messages`: each chunk is posted and its results
 * posted back, copied by structured clone, as Python's `Pool` pickles every task through a pipe.
 * `shared`: each worker has a mailbox in shared memory, where chunks of numbers and their
 * results are written in place and the worker waits between chunks, as with
 * `multiprocessing.shared_memory`, `Value` or `Array`; anything else still goes by message.
 * Shared needs a cross-origin-isolated page and `Atomics.waitAsync`.
 */
export type Dispatch = "messages" | "shared";

export interface PoolOptions {
  /** Shared memory whenever the page allows it, unless told otherwise. */
  dispatch?: Dispatch;
}

/** Python's `AsyncResult`: ask whether it is ready, or wait for it. */
export interface AsyncResult<R> {
  ready(): boolean;
  successful(): boolean;
  get(): Promise<R>;
}

/**
 * A pool of Web Workers with the semantics of Python's `multiprocessing.Pool`: a fixed number
 * of workers, started once and reused; tasks sent in chunks; `map`, `imap`, `imap_unordered`,
 * `apply` and `apply_async`. Stopping a call (its AbortSignal) drops its queued chunks and
 * replaces the workers running it, so the pool is usable at once. A task that throws rejects its
 * call with the task's index; the pool carries on. Chunks travel by message or, on a
 * cross-origin-isolated page, through shared memory (`dispatch`).
 *
 * @example
 * const pool = await WorkerPool.start(navigator.hardwareConcurrency);
 * const counts = await pool.map("countPrimes", splitRange(1_000_000, 8));
 * for await (const { index, value } of pool.imapUnordered({ source: "(x) => x * x" }, [1, 2, 3])) {}
 * pool.terminate();
 */
export class WorkerPool {
  /** From creating the workers until every one took work, in ms. */
  startupMs = 0;
  private readonly dispatcher: Dispatcher;

  private constructor(
    readonly size: number,
    /** How this pool hands chunks to its workers (see `Dispatch`). */
    readonly dispatch: Dispatch,
  ) {
    this.dispatcher = new Dispatcher(size, dispatch === "shared");
  }

  /** The largest pool allowed: four workers per logical core, enough to show oversubscription. */
  static maxSize(): number {
    return 4 * (navigator.hardwareConcurrency || 1);
  }

  /** Starts `size` workers and waits until all of them take work. */
  static async start(
    size: number = navigator.hardwareConcurrency || 1,
    { dispatch = canShareMemory() ? "shared" : "messages" }: PoolOptions = {},
  ): Promise<WorkerPool> {
    if (!Number.isInteger(size) || size < 1 || size > WorkerPool.maxSize()) {
      throw new RangeError(
        `A pool has 1 to ${WorkerPool.maxSize()} workers (4 per logical core), not ${size}.`,
      );
    }
    if (dispatch === "shared" && !canShareMemory()) {
      throw new Error(
        "Shared-memory dispatch needs SharedArrayBuffer (a cross-origin-isolated page) and Atomics.waitAsync.",
      );
    }
    const started = performance.now();
    const pool = new WorkerPool(size, dispatch);
    try {
      await Promise.all(pool.dispatcher.slots.map((slot) => slot.ready));
    } catch (error) {
      pool.terminate();
      throw error;
    }
    pool.startupMs = performance.now() - started;
    return pool;
  }

  /** How long each worker took to start, in ms. */
  get workerStartMs(): number[] {
    return this.dispatcher.slots.map((slot) => slot.startMs);
  }

  /** Runs the task on every item; resolves with all results, in input order. */
  map<T extends Task>(
    task: T,
    items: readonly Input<T>[],
    options: CallOptions = {},
  ): Promise<Output<T>[]> {
    return new Promise((resolve, reject) => {
      const results = new Array<Output<T>>(items.length);
      this.dispatcher.submit(task, items, options, {
        chunk: (first, values) => {
          for (let offset = 0; offset < values.length; offset++) {
            results[first + offset] = values[offset] as Output<T>;
          }
        },
        fail: reject,
        done: () => resolve(results),
      });
    });
  }

  /** Results in input order, each as soon as it and every earlier one are back. */
  imap<T extends Task>(
    task: T,
    items: readonly Input<T>[],
    options: CallOptions = {},
  ): AsyncIterableIterator<Output<T>> {
    const stop = new AbortController();
    const queue = new AsyncQueue<Output<T>>(() =>
      stop.abort(new DOMException("The reader stopped", "AbortError")),
    );
    const order = new InOrder<Output<T>>((value) => queue.push(value));
    this.dispatcher.submit(task, items, withSignal(options, stop), {
      chunk: (first, values) => order.add(first, values as Output<T>[]),
      fail: (reason) => queue.fail(reason),
      done: () => queue.end(),
    });
    return queue;
  }

  /** Results in the order they finish, each tagged with its input index. */
  imapUnordered<T extends Task>(
    task: T,
    items: readonly Input<T>[],
    options: CallOptions = {},
  ): AsyncIterableIterator<Indexed<Output<T>>> {
    const stop = new AbortController();
    const queue = new AsyncQueue<Indexed<Output<T>>>(() =>
      stop.abort(new DOMException("The reader stopped", "AbortError")),
    );
    this.dispatcher.submit(task, items, withSignal(options, stop), {
      chunk: (first, values) => {
        for (const [offset, value] of values.entries()) {
          queue.push({ index: first + offset, value: value as Output<T> });
        }
      },
      fail: (reason) => queue.fail(reason),
      done: () => queue.end(),
    });
    return queue;
  }

  /** Runs the task once, on one worker: its own short path, as the per-task hot path. */
  apply<T extends Task>(task: T, item: Input<T>, options: CallOptions = {}): Promise<Output<T>> {
    return new Promise((resolve, reject) => {
      // One item is one chunk whatever the chunk size; a chunk size given is not checked.
      const one = options.chunkSize === undefined ? options : { ...options, chunkSize: 1 };
      this.dispatcher.submit(task, [item], one, {
        chunk: (_, [value]) => resolve(value as Output<T>),
        fail: reject,
        done: () => {},
      });
    });
  }

  /** Starts the task and returns at once, like Python's `apply_async`. */
  applyAsync<T extends Task>(
    task: T,
    item: Input<T>,
    options: CallOptions = {},
  ): AsyncResult<Output<T>> {
    let state: "pending" | "fulfilled" | "rejected" = "pending";
    const promise = this.apply(task, item, options).then(
      (value) => {
        state = "fulfilled";
        return value;
      },
      (reason: unknown) => {
        state = "rejected";
        throw reason;
      },
    );
    promise.catch(() => {}); // the reader may never call get(); that is not an unhandled rejection
    return {
      ready: () => state !== "pending",
      successful: () => state === "fulfilled",
      get: () => promise,
    };
  }

  /** Stops every worker at once; calls still running reject. */
  terminate(): void {
    this.dispatcher.terminate();
  }
}

function withSignal(options: CallOptions, stop: AbortController): CallOptions {
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  return { ...options, signal };
}
