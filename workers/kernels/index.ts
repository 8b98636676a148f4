import { addOne } from "./add-one";
import { sumFloats } from "./arrays";
import { incrementAtomic, incrementReadThenWrite } from "./counter";
import { etlAsyncio, etlTransform } from "./etl";
import { fibonacci } from "./fibonacci";
import { mandelbrotPoint, mandelbrotRow } from "./mandelbrot";
import { countPrimesNested } from "./nested";
import { nthPrime } from "./nth-prime";
import { checksum, checksumAndReturn, checksumFromRecipe } from "./payload";
import { piHits } from "./pi";
import { polyRange } from "./poly";
import { countPrimes } from "./primes";
import { timesTen } from "./scale";
import { square } from "./square";
import { countPrimesWasm, piHitsWasm } from "./wasm-counts";
import { matmulThreads, polyThreads } from "./wasm-threads";

/** Every kernel a pool worker can run, by name. A kernel takes one item and returns one result. */
export const kernels = {
  countPrimes,
  // The pool passes one item, so `checkpoint` keeps its default: no lock to check.
  nthPrime,
  // The I/O-bound job: a record's transform, and the whole job on an event loop.
  etlTransform,
  etlAsyncio,
  /** Returns its input: an empty task, to measure what the pool itself costs. */
  identity: (item: unknown): unknown => item,
  sumFloats,
  // The pools lesson's reused pool, and the chunk-size lesson's tiny tasks.
  square,
  addOne,
  // The pitfalls lesson's kernels.
  timesTen,
  checksum,
  checksumAndReturn,
  checksumFromRecipe,
  fibonacci,
  countPrimesNested,
  incrementReadThenWrite,
  incrementAtomic,
  mandelbrotRow,
  mandelbrotPoint,
  // The vectorization lesson's pool: f(x) = x + x² + x³ over a range of shared arrays.
  polyRange,
  // WebAssembly threads: slices of one shared WebAssembly.Memory, computed in place.
  polyThreads,
  matmulThreads,
  // Monte Carlo π and prime counting: JavaScript and WebAssembly over the same seeded points.
  piHits,
  piHitsWasm,
  countPrimesWasm,
};

export type KernelName = keyof typeof kernels;
export type KernelInput<K extends KernelName> = Parameters<(typeof kernels)[K]>[0];
/** What a call gives back: the worker awaits a kernel that returns a promise. */
export type KernelOutput<K extends KernelName> = Awaited<ReturnType<(typeof kernels)[K]>>;
