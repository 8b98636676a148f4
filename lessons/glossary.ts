/**
 * The notebook's glossary, as data: the glossary page lists it, and `<Term id>` in a lesson links
 * a term's first use to its entry, with the definition as the link's description. Text between
 * backticks is shown as code. Python facts are as `python3` 3.11 shows them, with 3.14's
 * differences named.
 */

/** A lesson section that teaches a term: the lesson's slug and its `##` heading's text. */
export interface TaughtIn {
  lesson: string;
  /** The heading as written in the MDX, without its backticks; its id is derived from it. */
  section: string;
}

/**
 * @example
 * { id: "gil", term: "GIL (global interpreter lock)", definition: "The lock…",
 *   python: "`sys.getswitchinterval()`…", browser: "None…",
 *   taught: [{ lesson: "gil", section: "Why: the GIL" }] }
 */
export interface GlossaryTerm {
  /** The anchor on the glossary page, and what `<Term id>` names. */
  id: string;
  term: string;
  /** One to three sentences, plain text: it is also the term link's tooltip. */
  definition: string;
  /** Where the idea shows in Python. */
  python?: string;
  /** Its twin in the browser, as Corelab runs it. */
  browser?: string;
  taught: TaughtIn[];
}

export const glossary: GlossaryTerm[] = [
  {
    id: "amdahls-law",
    term: "Amdahl's law",
    definition:
      "The speedup on p cores is at most 1 / (s + (1 − s) / p), where s is the serial fraction: the share of the runtime that cannot be split. However many cores you add, it stays below 1 / s.",
    python:
      "With s = 0.1: 1 / (0.1 + 0.9 / 8) = 4.7× on 8 cores, 8.8× on 64. Starting processes, pickling and combining results all count in s.",
    browser: "The same law: starting workers and sending messages are the page's serial part.",
    taught: [
      { lesson: "why-parallel", section: "Amdahl's law" },
      { lesson: "pools", section: "How many workers?" },
    ],
  },
  {
    id: "chunk",
    term: "Chunk, chunk size",
    definition:
      "A pool sends its tasks in chunks, one message per chunk; the chunk size is how many tasks go in each. Big chunks cut messages; small chunks spread uneven work and hold less data in flight.",
    python:
      "`Pool.map`'s default is `divmod(len(iterable), len(pool._pool) * 4)`, plus one if there is a remainder: about four chunks per worker. `imap` and `imap_unordered` default to `chunksize=1`.",
    browser:
      "Corelab's pool cuts the input the same way and posts one message per chunk to a Web Worker.",
    taught: [
      { lesson: "chunk-size", section: "The default rule" },
      { lesson: "chunk-size", section: "Many tiny tasks" },
      { lesson: "chunk-size", section: "Uneven tasks" },
    ],
  },
  {
    id: "cpu-bound",
    term: "CPU-bound",
    definition:
      "Work whose time goes on computing, not on waiting: counting primes, a simulation, a pure-Python loop. More cores help it; more threads under the GIL do not.",
    python: "Use processes (`multiprocessing.Pool`, `ProcessPoolExecutor`), or vectorize it.",
    browser: "A pool of Web Workers, WebAssembly, SIMD.",
    taught: [
      { lesson: "gil", section: "CPU-bound: threads take turns" },
      { lesson: "why-parallel", section: "Your cores, measured" },
    ],
  },
  {
    id: "free-threading",
    term: "Free-threading",
    definition:
      "A build of CPython without the GIL, so threads run Python on several cores at once. PEP 703 added it, experimental in 3.13 (`python3.13t`); PEP 779 made it officially supported, still optional, in 3.14 (`python3.14t`).",
    python:
      "`sys._is_gil_enabled()` (3.13 and later) says whether the GIL is on. PEP 779 expects a single thread to run about 10–15 % slower than with the GIL.",
    browser: "The GIL lesson's free threads: Web Workers that share memory and take no lock.",
    taught: [
      { lesson: "gil", section: "Which Pythons have a GIL" },
      { lesson: "why-parallel", section: "The same in Python" },
    ],
  },
  {
    id: "gil",
    term: "GIL (global interpreter lock)",
    definition:
      "CPython's lock that a thread must hold to run Python bytecode, one per interpreter. So one thread runs Python at a time; the lock changes hands about once per switch interval, and blocking I/O releases it.",
    python:
      "`sys.getswitchinterval()` is 0.005 s (5 ms) by default. Each process has its own interpreter and its own GIL.",
    browser:
      "There is none: Web Workers run JavaScript in parallel. The GIL lesson models CPython's lock as one integer in a `SharedArrayBuffer`, taken with `Atomics`.",
    taught: [
      { lesson: "gil", section: "Why: the GIL" },
      { lesson: "gil", section: "CPU-bound: threads take turns" },
      { lesson: "gil", section: "Mixed: the convoy effect" },
    ],
  },
  {
    id: "gpu",
    term: "GPU",
    definition:
      "A processor with thousands of simple lanes and its own memory. Data must be copied there and back, so it wins only when the work per byte moved is large, or the data stays on it.",
    python:
      'CuPy (`cp.asarray`, `cp.asnumpy`) and JAX (`jax.device_put`, `block_until_ready()`); Numba\'s `target="cuda"`.',
    browser: "WebGPU: `queue.writeBuffer`, a compute pass, `mapAsync` for the readback.",
    taught: [
      { lesson: "gpus", section: "The trip there and back" },
      { lesson: "gpus", section: "The asynchronous-timing trap" },
    ],
  },
  {
    id: "io-bound",
    term: "I/O-bound",
    definition:
      "Work whose time goes on waiting: for a disk, a network, a database. Threads or asyncio overlap the waits, GIL or not, because a blocking wait releases the GIL.",
    python:
      "`ThreadPoolExecutor`, `multiprocessing.pool.ThreadPool` or `asyncio`. Four 0.2 s `time.sleep` calls took 0.80 s in a loop and 0.21 s in four threads (3.11).",
    browser: "`fetch` and `await`: the page's one thread overlaps its waits, as asyncio does.",
    taught: [{ lesson: "gil", section: "I/O-bound: threads overlap their waits" }],
  },
  {
    id: "main-guard",
    term: "`__main__` guard",
    definition:
      '`if __name__ == "__main__":` around the code that starts processes. Under spawn and forkserver the script is imported again in another process, and the guard keeps that import from starting processes itself.',
    python:
      'Without it, a spawned child fails with `RuntimeError` ("An attempt has been made to start a new process before the current process has finished its bootstrapping phase") and exits with code 1.',
    browser:
      "A worker runs only its own entry script, so the browser needs no guard; Corelab's Python twins do.",
    taught: [{ lesson: "pools", section: "Start methods and the __main__ guard" }],
  },
  {
    id: "oversubscription",
    term: "Oversubscription",
    definition:
      "More busy threads than cores. The threads take turns, so the work gets no faster, and switching and cache misses often make it slower.",
    python:
      "A pool of `os.cpu_count()` processes whose NumPy each starts a BLAS thread per core. Set `OMP_NUM_THREADS=1` (and `OPENBLAS_NUM_THREADS`, `MKL_NUM_THREADS`) before `import numpy`, or use `threadpoolctl`.",
    browser: "Nested worker pools: each task of a pool starts workers of its own.",
    taught: [
      { lesson: "pitfalls", section: "4. Nested pools and oversubscription" },
      { lesson: "vectorization", section: "Matrix multiply: order and lanes" },
    ],
  },
  {
    id: "parallel-efficiency",
    term: "Parallel efficiency",
    definition:
      "Speedup divided by the number of workers: 1 (100 %) when p workers are p times faster. It falls as workers are added, through the serial part and the cost of handing out work.",
    python: "A pool 3× faster on 4 processes has an efficiency of 3 / 4 = 75 %.",
    browser: "The same ratio for a pool of Web Workers.",
    taught: [
      { lesson: "pools", section: "How many workers?" },
      { lesson: "why-parallel", section: "Why not exactly p times faster?" },
    ],
  },
  {
    id: "pickling",
    term: "Pickling",
    definition:
      "Turning an object into bytes to send it to another process. A function pickles as its module and name, not its code, so lambdas and nested functions cannot be sent.",
    python:
      '`pickle.dumps(lambda x: x)` raises `PicklingError` (3.11: "attribute lookup <lambda> on __main__ failed"). Pass values with `functools.partial`; big arrays through `multiprocessing.shared_memory`.',
    browser:
      "The structured clone that `postMessage` uses: it copies data, refuses any function (`DataCloneError`), and can transfer an `ArrayBuffer` instead of copying it.",
    taught: [
      { lesson: "pitfalls", section: "1. What cannot be pickled" },
      { lesson: "pitfalls", section: "2. Sending too much data" },
    ],
  },
  {
    id: "pool",
    term: "Pool",
    definition:
      "A fixed set of workers, started once, that take tasks from a queue and send results back. It pays the cost of starting workers once instead of per task.",
    python:
      "`multiprocessing.Pool` (`map`, `imap`, `imap_unordered`, `starmap`, `map_async`), `concurrent.futures.ProcessPoolExecutor`, `joblib.Parallel`.",
    browser: "Corelab's `WorkerPool`: one Web Worker per core, reused for every task.",
    taught: [
      { lesson: "pools", section: "A new worker per task, or a pool" },
      { lesson: "pools", section: "map, imap and imap_unordered" },
      { lesson: "pools", section: "Keep the pool between calls" },
    ],
  },
  {
    id: "process",
    term: "Process",
    definition:
      "A running program with its own memory. Python processes each have their own interpreter and GIL, so they run Python in parallel, but they pay to start and exchange data only by copies or shared memory.",
    python: "`multiprocessing.Process`, or the workers of a `Pool`.",
    browser: "A Web Worker is the closest match: its own thread and memory, talking by messages.",
    taught: [
      { lesson: "gil", section: "Which Pythons have a GIL" },
      { lesson: "pools", section: "A new worker per task, or a pool" },
    ],
  },
  {
    id: "race-condition",
    term: "Race condition",
    definition:
      "A result that depends on how threads or processes happen to interleave. A read-modify-write such as `counter += 1` is two steps, so two workers can both read 41 and both write 42.",
    python:
      "Hold a lock around the read and the write: `with counter.get_lock(): counter.value += 1`, or a `threading.Lock`. The GIL does not prevent it.",
    browser:
      "`Atomics.add` reads, adds and writes as one step; `Atomics.load` then `Atomics.store` races.",
    taught: [
      { lesson: "pitfalls", section: "5. Races on shared memory" },
      { lesson: "gil", section: "A race the GIL does not prevent" },
    ],
  },
  {
    id: "shared-memory",
    term: "Shared memory",
    definition:
      "Memory that several workers read and write directly, so only its name travels, not the data. Every update that reads then writes needs a lock or an atomic operation.",
    python:
      "`multiprocessing.shared_memory.SharedMemory` (its creator calls `unlink()`, everyone `close()`), `Value`, `Array`; between threads, all memory is shared.",
    browser:
      "`SharedArrayBuffer` with `Atomics`, and a shared `WebAssembly.Memory`; both need a cross-origin-isolated page.",
    taught: [
      { lesson: "why-parallel", section: "Three kinds of problem" },
      { lesson: "pitfalls", section: "2. Sending too much data" },
      { lesson: "pools", section: "Beyond map" },
    ],
  },
  {
    id: "simd",
    term: "SIMD",
    definition:
      "Single instruction, multiple data: one CPU instruction that works on several numbers at once, its lanes. A 128-bit register holds four 32-bit floats.",
    python:
      "NumPy's loops use the CPU's SIMD instructions; Numba's compiler (LLVM) emits them where it can.",
    browser: "WebAssembly SIMD: 128-bit `v128` operations, four float32 lanes.",
    taught: [
      { lesson: "vectorization", section: "One kernel, many ways" },
      { lesson: "vectorization", section: "Monte Carlo π: lanes without branches" },
    ],
  },
  {
    id: "spawn-fork-forkserver",
    term: "Start methods: spawn, fork, forkserver",
    definition:
      "How `multiprocessing` starts a process. spawn starts a fresh interpreter that imports your script again; fork copies the running parent; forkserver forks each process from a clean server process started once.",
    python:
      '`multiprocessing.get_start_method()` says `fork` on Linux up to 3.13, `forkserver` on Linux from 3.14, `spawn` on macOS and Windows. Choose one with `get_context("spawn")`.',
    browser: "A new Web Worker is always a fresh start, like spawn; Corelab's Python uses spawn.",
    taught: [
      { lesson: "pools", section: "A new worker per task, or a pool" },
      { lesson: "pools", section: "Start methods and the __main__ guard" },
    ],
  },
  {
    id: "speedup",
    term: "Speedup",
    definition:
      "The time on one worker divided by the time on p workers. Measure it with a wall clock (`time.perf_counter()`), after a warm-up, until the results are in.",
    python:
      "`time.process_time()` misses the pool's processes and the waiting, so it makes a pool look free.",
    browser: "`performance.now()` around the whole run, as every Corelab experiment times it.",
    taught: [
      { lesson: "why-parallel", section: "Amdahl's law" },
      { lesson: "why-parallel", section: "Timing parallel code" },
      { lesson: "pools", section: "How many workers?" },
    ],
  },
  {
    id: "shader",
    term: "Kernel, shader",
    definition:
      "A kernel is the small function applied to every element or task, such as f(x) = x + x² + x³. On a GPU it is a compute shader, run once per element by thousands of invocations.",
    python:
      "A CUDA kernel through CuPy or Numba (`@cuda.jit`), or a function JAX compiles with `jax.jit`.",
    browser:
      "A WGSL compute shader (`poly.wgsl`) run by WebGPU; on the CPU, Corelab's JavaScript and WebAssembly kernels.",
    taught: [
      { lesson: "vectorization", section: "One kernel, many ways" },
      { lesson: "gpus", section: "The trip there and back" },
      { lesson: "gpus", section: "Your own shader" },
    ],
  },
  {
    id: "task",
    term: "Task",
    definition:
      "One call of the function a pool runs, on one input. A task must cost much more than sending it and its result, or the messages are the work.",
    python: "Each item of `pool.map(f, items)` is a task: `f(item)`.",
    browser: "Each call of a kernel inside a worker's chunk.",
    taught: [
      { lesson: "chunk-size", section: "Many tiny tasks" },
      { lesson: "pools", section: "A new worker per task, or a pool" },
    ],
  },
  {
    id: "thread",
    term: "Thread",
    definition:
      "A path of execution inside a process, sharing all its memory with the process's other threads. In CPython with a GIL, threads take turns running Python, so they help with waiting, not computing.",
    python: "`threading.Thread`, `ThreadPoolExecutor`, `multiprocessing.pool.ThreadPool`.",
    browser:
      "Each Web Worker is an operating-system thread; the page's own thread draws the page, like a GUI thread.",
    taught: [
      { lesson: "gil", section: "CPU-bound: threads take turns" },
      { lesson: "gil", section: "ThreadPool against Pool" },
    ],
  },
  {
    id: "vectorization",
    term: "Vectorization",
    definition:
      "Replacing a loop over elements with operations on whole arrays, whose loops run in compiled code and use SIMD. It removes the interpreter's cost per element.",
    python:
      "NumPy: `x + x*x + x*x*x` is five ufunc calls, each a C loop; Numba's `@vectorize` and `@njit` compile a loop to machine code.",
    browser: "JavaScript typed-array loops, WebAssembly and WebAssembly SIMD.",
    taught: [{ lesson: "vectorization", section: "One kernel, many ways" }],
  },
  {
    id: "web-worker",
    term: "Web Worker",
    definition:
      "A JavaScript thread the page starts, with its own memory, talking to the page by messages that are copied. It is the browser's closest match to a Python process.",
    python: "`multiprocessing.Process`; a pool of them is `multiprocessing.Pool`.",
    browser: "`new Worker(url)` and `postMessage`; `SharedArrayBuffer` to share memory.",
    taught: [
      { lesson: "why-parallel", section: "Your cores, measured" },
      { lesson: "pools", section: "A new worker per task, or a pool" },
    ],
  },
  {
    id: "webassembly",
    term: "WebAssembly",
    definition:
      "A compact binary instruction format the browser compiles to machine code. It runs close to native speed, with SIMD and, over shared memory, threads.",
    python:
      "Plays the role of compiled extensions (C, Numba). Corelab's Python itself is CPython compiled to WebAssembly (Pyodide).",
    browser: "`.wasm` modules, here written in AssemblyScript and built with the site.",
    taught: [
      { lesson: "vectorization", section: "One kernel, many ways" },
      { lesson: "vectorization", section: "Compiled on first call" },
    ],
  },
  {
    id: "workgroup",
    term: "Workgroup",
    definition:
      "A group of GPU shader invocations scheduled together that can share fast memory; CUDA calls it a thread block. Too small a workgroup leaves the GPU's lanes idle; a multiple of 64 is the usual choice.",
    python: "The block size of a CUDA kernel launched from CuPy or Numba.",
    browser: "`@workgroup_size` in WGSL; WebGPU guarantees up to 256 invocations.",
    taught: [
      { lesson: "gpus", section: "Workgroup size" },
      { lesson: "gpus", section: "A sum: every float in, one float out" },
    ],
  },
];

/** The glossary's entry for an id, or undefined when there is none. */
export function findTerm(id: string): GlossaryTerm | undefined {
  return glossary.find((entry) => entry.id === id);
}
