/**
 * The wire format of the GPU worker (gpu-worker.ts), which owns the page's WebGPU device so that
 * encoding, submitting and waiting never hold the page's thread. Times are the worker's own
 * `performance.now()` differences, in ms.
 */

/** WGSL source text and the file name its compile errors are reported under (file:line:col). */
export interface ShaderSource {
  name: string;
  code: string;
}

/** What the experiments need to know about the device the worker got. */
export interface GpuDeviceInfo {
  /** A software adapter (SwiftShader, llvmpipe): its numbers say nothing about a real GPU. */
  emulated: boolean;
  /** Whether compute passes are timed by the GPU's own timestamps. */
  timestamps: boolean;
  /** The largest storage buffer the device allows, in bytes. */
  maxBufferBytes: number;
  /** 1 for the worker's first device, 2 after a lost one was replaced, and so on. */
  generation: number;
}

/** f(x) = x + x² + x³ elementwise (poly.wgsl), or the sum of all the floats (reduce-sum.wgsl). */
export type GpuKernel = "poly" | "reduce";

/** One GPU pass, each phase timed apart. */
export interface GpuPassTimes {
  /** writeBuffer until the queue has the data (onSubmittedWorkDone). */
  uploadMs: number;
  /** How long the `submit()` call itself took: what a timer around it alone would report. */
  submitMs: number;
  /** From submit until the queue says the work is done. */
  computeMs: number;
  /** The pass as the GPU's own timestamps measured it; absent without `timestamp-query`. */
  gpuComputeMs?: number;
  /** Copying the output to a mappable buffer and mapping it. */
  readbackMs: number;
}

/** How a pass's output compares with the same work done in JavaScript, in doubles. */
export type PassCheck =
  /** poly: the largest relative error over every 997th float, and their strided checksum. */
  | { kernel: "poly"; maxRelativeError: number; checksum: number }
  /** reduce: the pass's sum and the float64 sum of the same floats. */
  | { kernel: "reduce"; sum: number; exactSum: number };

export type ToGpuWorker =
  /**
   * Requests the device if the worker has none (or its last was lost), builds the kernel's
   * pipelines (one per workgroup size; the reduction has one) and buffers for up to `maxFloats`,
   * and makes `maxFloats` seeded inputs. The size is checked against the device's limits first.
   */
  | {
      type: "prepare";
      kernel: GpuKernel;
      shader: ShaderSource;
      maxFloats: number;
      seed: number;
      workgroupSizes: number[];
    }
  /** One timed pass over the first `length` inputs, on the GPU or as a JS loop in the worker. */
  | { type: "run"; kernel: GpuKernel; on: "gpu" | "cpu"; length: number; workgroupSize: number }
  /** Seeded n×n matrices A and B, uploaded once, and the tiled multiply's pipeline. */
  | { type: "prepare-matmul"; shader: ShaderSource; n: number; seed: number }
  /** One C = A·B of the uploaded matrices, timed from submit until the GPU is done. */
  | { type: "multiply" }
  /** Test only (e2e/lessons/gpu-faults.spec.ts): `device.destroy()`, as a driver reset would lose it. */
  | { type: "lose-device" };

/** Why the GPU refused work, each a message the cell shows as it is. */
export type GpuRefusal =
  /** No navigator.gpu or no adapter in this browser. */
  | "unavailable"
  /** The shader did not compile: the message has file:line:col per error. */
  | "compile"
  /** The device was lost during the request; the next prepare gets a new one. */
  | "device-lost"
  /** The buffers would exceed the device's limits; nothing was allocated. */
  | "too-large";

export type FromGpuWorker =
  /** The worker is listening (the device is requested by the first prepare). */
  | { type: "ready" }
  | { type: "prepared"; device: GpuDeviceInfo }
  | {
      type: "ran";
      /** The whole pass: for the GPU upload, compute and readback; for the CPU the loop. */
      totalMs: number;
      /** The GPU's phases; absent for a CPU pass. */
      phases?: GpuPassTimes;
      check: PassCheck;
    }
  | {
      type: "multiplied";
      computeMs: number;
      /** The largest relative error of 64 sampled entries of C against JS, read after the clock. */
      maxRelativeError: number;
    }
  | { type: "device-destroyed" }
  | { type: "refused"; reason: GpuRefusal; message: string }
  | { type: "failed"; message: string };
