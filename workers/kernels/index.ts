import { incrementAtomic, incrementReadThenWrite } from "./counter";
import { fibonacci } from "./fibonacci";
import { mandelbrotPoint, mandelbrotRow } from "./mandelbrot";
import { countPrimesNested } from "./nested";
import { checksum, checksumAndReturn, checksumFromRecipe } from "./payload";
import { countPrimes } from "./primes";
import { timesTen } from "./scale";

/** Every kernel a pool worker can run, by name. A kernel takes one item and returns one result. */
export const kernels = {
  countPrimes,
  /** Returns its input: an empty task, to measure what the pool itself costs. */
  identity: (item: unknown): unknown => item,
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
};

export type KernelName = keyof typeof kernels;
export type KernelInput<K extends KernelName> = Parameters<(typeof kernels)[K]>[0];
/** What the pool hands back: a kernel may be async, and the worker awaits it. */
export type KernelOutput<K extends KernelName> = Awaited<ReturnType<(typeof kernels)[K]>>;
