import type { TaughtIn } from "./glossary";

/**
 * "Which tool when": the lessons' conclusions as one table, each situation with its Python tool,
 * the pitfall to watch and its twin in this notebook. Text between backticks is shown as code.
 * Kept short: the page prints on one sheet.
 *
 * @example
 * { situation: "CPU-bound pure Python", python: "`multiprocessing.Pool`…",
 *   pitfall: "Threads: the GIL…", browser: "A pool of Web Workers",
 *   lessons: [{ lesson: "gil", section: "CPU-bound: threads take turns" }] }
 */
export interface CheatSheetRow {
  situation: string;
  python: string;
  pitfall: string;
  browser: string;
  lessons: TaughtIn[];
}

export const cheatSheet: CheatSheetRow[] = [
  {
    situation: "CPU-bound pure Python",
    python: "`multiprocessing.Pool` or `ProcessPoolExecutor`, one process per core",
    pitfall:
      "Threads take turns on the GIL; start-up costs; code that starts processes needs the `__main__` guard",
    browser: "A pool of Web Workers",
    lessons: [
      { lesson: "gil", section: "CPU-bound: threads take turns" },
      { lesson: "why-parallel", section: "Your cores, measured" },
    ],
  },
  {
    situation: "I/O-bound: network, disk, database",
    python: "Threads (`ThreadPoolExecutor`) or `asyncio`",
    pitfall: "A heavy transform turns it CPU-bound: then use processes",
    browser: "`await` on the page's one thread",
    lessons: [
      { lesson: "gil", section: "I/O-bound: threads overlap their waits" },
      { lesson: "gil", section: "When the transform is heavy" },
    ],
  },
  {
    situation: "Many tiny tasks",
    python: "Big `chunksize` (`map`'s default: 4 chunks per worker), or vectorize instead",
    pitfall: "`imap` defaults to `chunksize=1`: the messages become the work",
    browser: "Chunks, one message each",
    lessons: [
      { lesson: "chunk-size", section: "Many tiny tasks" },
      { lesson: "pitfalls", section: "6. Parallelising the inner loop" },
    ],
  },
  {
    situation: "Uneven tasks",
    python: "Small chunks; `imap_unordered` with an id per result",
    pitfall: "One chunk per worker leaves workers idle at the end",
    browser: "Small chunks over the pool",
    lessons: [
      { lesson: "chunk-size", section: "Uneven tasks" },
      { lesson: "pools", section: "map, imap and imap_unordered" },
    ],
  },
  {
    situation: "Big data per task",
    python: "`shared_memory`, or send a recipe (file name, seed)",
    pitfall: "Each argument is pickled and copied; the creator must `unlink()` shared memory",
    browser: "`SharedArrayBuffer`, or transfer the `ArrayBuffer`",
    lessons: [
      { lesson: "pitfalls", section: "2. Sending too much data" },
      { lesson: "chunk-size", section: "Data in flight" },
    ],
  },
  {
    situation: "Batch after batch",
    python: "Create one `Pool` before the loop; joblib's loky keeps its workers",
    pitfall: "`with Pool()` inside the loop restarts the workers every pass",
    browser: "One `WorkerPool`, reused",
    lessons: [{ lesson: "pools", section: "Keep the pool between calls" }],
  },
  {
    situation: "Array math (NumPy-heavy)",
    python: "Vectorize with NumPy; fuse temporaries with numexpr or Numba",
    pitfall:
      "In a process pool, BLAS threads oversubscribe: `OMP_NUM_THREADS=1` before `import numpy`",
    browser: "WebAssembly SIMD",
    lessons: [
      { lesson: "vectorization", section: "One kernel, many ways" },
      { lesson: "pitfalls", section: "4. Nested pools and oversubscription" },
    ],
  },
  {
    situation: "A loop NumPy cannot express",
    python: "Numba `@njit`, `@njit(parallel=True)` with `prange`",
    pitfall: "The first call compiles: warm up before timing",
    browser: "WebAssembly threads; the JIT's tiers",
    lessons: [
      { lesson: "vectorization", section: "One kernel, many ways" },
      { lesson: "vectorization", section: "Compiled on first call" },
    ],
  },
  {
    situation: "GPU-sized array work",
    python: "CuPy or JAX; keep the data on the GPU between steps",
    pitfall: "Transfers cost more than cheap work; time with `block_until_ready()`",
    browser: "WebGPU compute shaders",
    lessons: [
      { lesson: "gpus", section: "The trip there and back" },
      { lesson: "gpus", section: "The asynchronous-timing trap" },
    ],
  },
  {
    situation: "Shared counter or state",
    python: "Lock around read and write, or count per worker and add at the end",
    pitfall: "`+=` is a read then a write: updates are lost, GIL or not",
    browser: "`Atomics.add`",
    lessons: [
      { lesson: "pitfalls", section: "5. Races on shared memory" },
      { lesson: "gil", section: "A race the GIL does not prevent" },
    ],
  },
  {
    situation: "Keep a GUI responsive",
    python: "Long work in a thread (the GIL changes hands) or a process",
    pitfall: "C code that holds the GIL for a long call freezes it anyway",
    browser: "A Web Worker, off the page's thread",
    lessons: [{ lesson: "gil", section: "The main thread: frozen or free" }],
  },
  {
    situation: "Timing any of it",
    python: "`time.perf_counter()`, after a warm-up, until the results are in",
    pitfall: "`process_time()` misses the pool's processes and the waiting",
    browser: "`performance.now()`; every experiment warms up first",
    lessons: [{ lesson: "why-parallel", section: "Timing parallel code" }],
  },
];
