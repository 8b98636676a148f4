/**
 * How long each experiment cell ran at workshop sizes, in seconds, by `<lesson>/<cell>`: the
 * `workshop-run-s` rows of one bench run (`bench/budgets/workshopRunTimes.ts`), copied here for
 * the instructors' page, with where and when they were measured.
 */
export const RUN_TIMES_MEASURED = {
  on: "7 December 2026",
  machine:
    "a quiet 2-core Linux machine in headless Chromium 150, its WebGPU emulated on the CPU (SwiftShader)",
  command: "CORELAB_BENCH_ONLY=workshopRunTimes npm run bench",
};

export const WORKSHOP_RUN_SECONDS: Record<string, number> = {
  "why-parallel/count-primes": 1.1,
  "gil/threads-vs-processes": 2.4,
  "gil/io-bound": 2.5,
  "gil/convoy": 1.6,
  "gil/page-thread": 1.3,
  "pools/process-vs-pool": 1.6,
  "pools/map-variants": 0.5,
  "pools/reuse-pool": 1.9,
  "pools/worker-count": 0.8,
  "chunk-size/tiny-tasks": 1.8,
  "chunk-size/uneven-tasks": 1.0,
  "chunk-size/bytes-in-flight": 0.5,
  "pitfalls/pickling": 1.5,
  "pitfalls/payload": 1.6,
  "pitfalls/repeated-work": 1.4,
  "pitfalls/nested-pools": 1.7,
  "pitfalls/race": 0.6,
  "pitfalls/inner-loop": 0.9,
  "vectorization/vectorize": 4.3,
  "vectorization/first-call": 0.2,
  "vectorization/matmul": 1.3,
  "vectorization/monte-carlo": 0.8,
  "gpus/gpu-crossover": 0.9,
  "gpus/gpu-sum": 1.0,
  "gpus/async-trap": 0.6,
  "gpus/workgroup-size": 1.5,
};
