import type { FromPythonWorker, PythonSharedMemory } from "../../common/wire";
import {
  createSharedStorage,
  isTypecode,
  ProcessTable,
  SharedSemaphore,
  sharedTypedArray,
  type Typecode,
} from "./sharedObjects";
import { SharedPipe } from "./sharedPipe";

/** The main process's pid in the table; `os.getpid()` adds this base, so pids look like pids. */
export const PID_BASE = 1000;

interface ProcessContext {
  /** This process's slot in the table: 0 for the main process. */
  slot: number;
  cpuCount: number;
  shared: PythonSharedMemory | null;
  post(message: FromPythonWorker): void;
}

/**
 * What Corelab's `multiprocessing` (workers/python/py/corelab) calls in JavaScript, as the module
 * `_corelab_js`: starting and ending processes through the page, and the pipes, semaphores and
 * shared arrays they use. Objects are named by ids, so that a pickled `Queue` or `Lock` can be
 * rebuilt in another process, which received the same shared memory when it started.
 */
export function createPythonApi({ slot, cpuCount, shared, post }: ProcessContext) {
  const objects = new Map(Object.entries(shared?.objects ?? {}));
  const table = shared ? new ProcessTable(shared.processTable) : null;
  const views = new Map<string, unknown>();
  let created = 0;

  function requireShared(): ProcessTable {
    if (!table) {
      throw new Error(
        "processes need SharedArrayBuffer, which this browser does not give this page (see the Environment panel for why)",
      );
    }
    return table;
  }

  function add(buffer: SharedArrayBuffer): string {
    requireShared();
    const id = `${slot}:${++created}`;
    objects.set(id, buffer);
    return id;
  }

  /** The view of object `id` as `kind`, made once per process. */
  function view<T>(id: string, kind: string, make: (buffer: SharedArrayBuffer) => T): T {
    const key = `${id}/${kind}`;
    let found = views.get(key) as T | undefined;
    if (found === undefined) {
      const buffer = objects.get(id);
      if (!buffer) throw new Error(`This process did not inherit shared object ${id}.`);
      found = make(buffer);
      views.set(key, found);
    }
    return found;
  }

  const pipe = (id: string) => view(id, "pipe", (buffer) => new SharedPipe(buffer));
  const semaphore = (id: string) => view(id, "lock", (buffer) => new SharedSemaphore(buffer));
  const array = (id: string, typecode: Typecode) =>
    view(id, typecode, (buffer) => sharedTypedArray(buffer, typecode));

  return {
    isolated: table !== null,
    cpuCount,
    pid: PID_BASE + slot,

    spawn(payload: Uint8Array): number {
      const pid = requireShared().allocate();
      post({ type: "spawn", pid, payload, objects: Object.fromEntries(objects) });
      return PID_BASE + pid;
    },
    terminate(pid: number): void {
      post({ type: "terminate", pid: pid - PID_BASE });
    },
    // Python sees JavaScript's `null` as `jsnull`, `undefined` as `None`.
    exitCode: (pid: number) => requireShared().exitCode(pid - PID_BASE) ?? undefined,
    waitExit: (pid: number, ms: number) => requireShared().wait(pid - PID_BASE, ms) ?? undefined,

    newPipe: (capacity: number) => add(SharedPipe.create(capacity).buffer),
    pipeWrite: (id: string, message: Uint8Array) => pipe(id).tryWrite(message),
    pipeRead: (id: string, waitMs: number) => pipe(id).readWithin(waitMs) ?? undefined,
    pipeReadable: (id: string) => pipe(id).readable,
    pipeWaitReadable: (id: string, ms: number) => pipe(id).waitReadable(ms),
    pipeWaitWritable: (id: string, ms: number) => pipe(id).waitWritable(ms),

    newSemaphore: (value: number) => add(SharedSemaphore.create(value).buffer),
    semAcquire: (id: string, ms: number) => semaphore(id).acquire(ms),
    semRelease: (id: string) => semaphore(id).release(),
    semValue: (id: string) => semaphore(id).value,
    /** For `RLock`: the owner is this process. */
    semAcquireOwned: (id: string, ms: number) => semaphore(id).acquireAs(slot + 1, ms),
    semReleaseOwned: (id: string) => semaphore(id).releaseAs(slot + 1),

    newArray(typecode: string, length: number): string {
      if (!isTypecode(typecode)) throw new TypeError(`unsupported typecode ${typecode}`);
      return add(createSharedStorage(typecode, length));
    },
    arrayGet: (id: string, typecode: Typecode, index: number) => array(id, typecode)[index],
    arraySet(id: string, typecode: Typecode, index: number, value: number | bigint): void {
      const target = array(id, typecode);
      target[index] = (typeof target[0] === "bigint" ? BigInt(value) : Number(value)) as never;
    },
  };
}

export type PythonApi = ReturnType<typeof createPythonApi>;
