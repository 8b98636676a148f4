import { sumFloats } from "./arrays";
import { countPrimes } from "./primes";

/** Every kernel a pool worker can run, by name. A kernel takes one item and returns one result. */
export const kernels = {
  countPrimes,
  /** Returns its input: an empty task, to measure what the pool itself costs. */
  identity: (item: unknown): unknown => item,
  sumFloats,
};

export type KernelName = keyof typeof kernels;
export type KernelInput<K extends KernelName> = Parameters<(typeof kernels)[K]>[0];
export type KernelOutput<K extends KernelName> = ReturnType<(typeof kernels)[K]>;
