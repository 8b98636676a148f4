/**
 * What `multiprocessing` shares between processes besides pipes, each over a SharedArrayBuffer
 * that every Python worker of a program maps: the table of processes and their exit codes,
 * locks and semaphores, and `Value`/`Array` storage. Every wait takes a time limit, so the
 * Python loop around it keeps checking for Stop.
 */

/** A process's state in the table: its slot holds RUNNING until it ends, then its exit code. */
const RUNNING = 0x7fffffff;

/**
 * Process ids and exit codes for one program. Pid 0 is the main process; each `start()` takes
 * the next. The process that ends writes its own exit code; the page writes one for a process it
 * ended (terminate, Stop or a crash).
 *
 * @example
 * const table = ProcessTable.create(64);
 * const pid = table.allocate(); // 1
 * table.exit(pid, 0);
 * table.exitCode(pid); // 0
 */
export class ProcessTable {
  private readonly slots: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer) {
    this.slots = new Int32Array(buffer);
  }

  static create(capacity: number): ProcessTable {
    const table = new ProcessTable(new SharedArrayBuffer(4 * (capacity + 1)));
    table.slots.fill(RUNNING, 1);
    return table;
  }

  /** The next pid; slot 0 counts them. */
  allocate(): number {
    const pid = Atomics.add(this.slots, 0, 1) + 1;
    if (pid >= this.slots.length) {
      throw new RangeError(`A program may start at most ${this.slots.length - 1} processes.`);
    }
    return pid;
  }

  exit(pid: number, code: number): void {
    if (Atomics.compareExchange(this.slots, pid, RUNNING, code) === RUNNING) {
      Atomics.notify(this.slots, pid);
    }
  }

  /** The exit code, or null while the process runs. */
  exitCode(pid: number): number | null {
    const value = Atomics.load(this.slots, pid);
    return value === RUNNING ? null : value;
  }

  /** Waits up to `ms` for the process to end; its exit code, or null. */
  wait(pid: number, ms: number): number | null {
    Atomics.wait(this.slots, pid, RUNNING, ms);
    return this.exitCode(pid);
  }
}

/**
 * A lock, recursive or not, or a semaphore: one counter and an owner in shared memory.
 * `Lock` is a semaphore of one, so any process may release it, as in CPython on Linux; `RLock`
 * belongs to the process that holds it.
 */
export class SharedSemaphore {
  private static readonly COUNT = 0;
  private static readonly OWNER = 1;
  private static readonly DEPTH = 2;
  private readonly slots: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer) {
    this.slots = new Int32Array(buffer);
  }

  static create(value: number): SharedSemaphore {
    const semaphore = new SharedSemaphore(new SharedArrayBuffer(12));
    semaphore.slots[SharedSemaphore.COUNT] = value;
    return semaphore;
  }

  get value(): number {
    return Atomics.load(this.slots, SharedSemaphore.COUNT);
  }

  /** Takes one unit, waiting up to `ms`; false when none came free in time. */
  acquire(ms: number): boolean {
    const deadline = performance.now() + ms;
    for (;;) {
      const count = Atomics.load(this.slots, SharedSemaphore.COUNT);
      if (count > 0) {
        const seen = Atomics.compareExchange(this.slots, SharedSemaphore.COUNT, count, count - 1);
        if (seen === count) return true;
        continue;
      }
      const left = deadline - performance.now();
      if (left <= 0) return false;
      Atomics.wait(this.slots, SharedSemaphore.COUNT, 0, left);
    }
  }

  release(): number {
    const before = Atomics.add(this.slots, SharedSemaphore.COUNT, 1);
    Atomics.notify(this.slots, SharedSemaphore.COUNT, 1);
    return before + 1;
  }

  /** For `RLock`: acquires again without waiting when `owner` already holds it. */
  acquireAs(owner: number, ms: number): boolean {
    if (Atomics.load(this.slots, SharedSemaphore.OWNER) === owner) {
      Atomics.add(this.slots, SharedSemaphore.DEPTH, 1);
      return true;
    }
    if (!this.acquire(ms)) return false;
    Atomics.store(this.slots, SharedSemaphore.OWNER, owner);
    Atomics.store(this.slots, SharedSemaphore.DEPTH, 1);
    return true;
  }

  /** False when `owner` does not hold it. */
  releaseAs(owner: number): boolean {
    if (Atomics.load(this.slots, SharedSemaphore.OWNER) !== owner) return false;
    if (Atomics.sub(this.slots, SharedSemaphore.DEPTH, 1) === 1) {
      Atomics.store(this.slots, SharedSemaphore.OWNER, 0);
      this.release();
    }
    return true;
  }
}

/** The C types `Value` and `Array` accept, by `array` typecode, as typed arrays of wasm32. */
const TYPED_ARRAYS = {
  b: Int8Array,
  B: Uint8Array,
  c: Uint8Array,
  "?": Uint8Array,
  h: Int16Array,
  H: Uint16Array,
  i: Int32Array,
  I: Uint32Array,
  l: Int32Array,
  L: Uint32Array,
  q: BigInt64Array,
  Q: BigUint64Array,
  f: Float32Array,
  d: Float64Array,
} as const;

export type Typecode = keyof typeof TYPED_ARRAYS;

export function isTypecode(code: string): code is Typecode {
  return Object.hasOwn(TYPED_ARRAYS, code);
}

/** Shared storage for `Value` (length 1) and `Array`. */
export function sharedTypedArray(
  buffer: SharedArrayBuffer,
  typecode: Typecode,
): { [index: number]: number | bigint; length: number } {
  const View = TYPED_ARRAYS[typecode] as new (
    buffer: SharedArrayBuffer,
  ) => {
    [index: number]: number | bigint;
    length: number;
  };
  return new View(buffer);
}

export function createSharedStorage(typecode: Typecode, length: number): SharedArrayBuffer {
  return new SharedArrayBuffer(TYPED_ARRAYS[typecode].BYTES_PER_ELEMENT * Math.max(length, 1));
}
