import type { Range } from "../chunks";

/**
 * The wire format between a pool worker's task and the helper workers it starts itself (the
 * nested-parallelism pitfall): one range out, one count back.
 */

/** Task → helper: count the primes in this range. */
export type ToHelper = { type: "count" } & Range;

/** Helper → task. */
export type FromHelper = { type: "counted"; primes: number };
