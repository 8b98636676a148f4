import { isEmulatedAdapter } from "../capabilities";

/** Thrown when this browser cannot run WebGPU work, with the reason in a student's words. */
export class GpuUnavailableError extends Error {
  override name = "GpuUnavailableError";
}

/** A device ready for work, and what the experiments need to know about it. */
export interface GpuHost {
  device: GPUDevice;
  /** A software adapter (SwiftShader, llvmpipe): its numbers say nothing about a real GPU. */
  emulated: boolean;
  /** Whether compute passes can be timed on the GPU itself. */
  timestamps: boolean;
  /** 1 for the first device, 2 for the one that replaced it after a loss, and so on. */
  generation: number;
  /** Set when the device is lost: why, in the browser's words. */
  lost: string | null;
}

let current: Promise<GpuHost> | null = null;
let devicesRequested = 0;

/**
 * The GPU worker's one device (workers/gpu/gpu-worker.ts), requested on first use and reused. When
 * the device is lost (a driver reset, a tab in the background too long), the next call requests
 * a new one.
 */
export function gpuHost(): Promise<GpuHost> {
  if (current) return current;
  const request = requestHost();
  current = request;
  const forget = () => {
    if (current === request) current = null;
  };
  // A failed request is not kept, so a later call tries again; nor is a device once lost.
  request.then(
    (host) =>
      host.device.lost.then((info) => {
        host.lost = `${info.reason}${info.message ? `: ${info.message}` : ""}`;
        forget();
      }),
    forget,
  );
  return request;
}

async function requestHost(): Promise<GpuHost> {
  if (!("gpu" in navigator) || !navigator.gpu) {
    throw new GpuUnavailableError("This browser has no WebGPU (navigator.gpu is missing).");
  }
  const adapter = await navigator.gpu.requestAdapter();
  if (!adapter) {
    throw new GpuUnavailableError(
      "WebGPU is there, but the browser offered no GPU adapter (disabled or blocklisted).",
    );
  }
  const timestamps = adapter.features.has("timestamp-query");
  const device = await adapter.requestDevice({
    requiredFeatures: timestamps ? ["timestamp-query"] : [],
    // The largest buffers the adapter allows, so that the size check below is the real limit.
    requiredLimits: {
      maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
      maxBufferSize: adapter.limits.maxBufferSize,
    },
  });
  devicesRequested += 1;
  return {
    device,
    emulated: isEmulatedAdapter(adapter),
    timestamps,
    generation: devicesRequested,
    lost: null,
  };
}
