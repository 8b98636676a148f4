import { matmulThroughput } from "./matmul-throughput";
import { parallelEfficiency } from "./parallel-efficiency";
import { polyBandwidth } from "./poly-bandwidth";
import { poolReuse } from "./pool-reuse";
import { pythonRuntime } from "./python";
import type { Benchmark } from "./row";
import { taskOverhead } from "./task-overhead";
import { tinyTasks } from "./tiny-tasks";
import { wasmThreads } from "./wasm-threads";
import { webgpuBandwidth } from "./webgpu-bandwidth";
import { webgpuMatmul } from "./webgpu-matmul";
import { webgpuReduce } from "./webgpu-reduce";

/**
 * Every benchmark, by name, in the order `npm run bench` runs them, each on a fresh page. To add
 * one, write a module that exports a `Benchmark` (doc comment: what it measures and how) and
 * list it here.
 */
export const benchmarks: Record<string, Benchmark> = {
  taskOverhead,
  tinyTasks,
  parallelEfficiency,
  poolReuse,
  polyBandwidth,
  matmulThroughput,
  wasmThreads,
  webgpuBandwidth,
  webgpuMatmul,
  webgpuReduce,
  pythonRuntime,
};
