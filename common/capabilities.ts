import { memoryBudget } from "./memory";
import type { Environment, GpuInfo } from "./results";

/** What an experiment may need from the browser. */
export type Capability = "crossOriginIsolated" | "wasmSimd" | "wasmThreads" | "webgpu";

export type GpuAvailability =
  | { available: true; info: GpuInfo }
  | { available: false; reason: string };

export interface Capabilities {
  environment: Environment;
  sharedArrayBuffer: boolean;
  gpu: GpuAvailability;
  /** The bytes one experiment may hold at once (see memory.ts); null where unknown. */
  memoryBudgetBytes: number | null;
}

/** Smallest modules that use a SIMD op and an atomic op (the probes wasm-feature-detect uses). */
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15,
  253, 98, 11,
]);
const THREADS_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 5, 4, 1, 3, 1, 1, 10, 11, 1, 9, 0, 65,
  0, 254, 16, 2, 0, 26, 11,
]);

/** Looks at the browser once; everything here is read or measured, nothing assumed. */
export async function detectCapabilities(): Promise<Capabilities> {
  const sharedArrayBuffer = typeof SharedArrayBuffer === "function";
  const gpu = await detectGpu();
  return {
    sharedArrayBuffer,
    gpu,
    memoryBudgetBytes: memoryBudget((navigator as { deviceMemory?: number }).deviceMemory),
    environment: {
      userAgent: navigator.userAgent,
      hardwareConcurrency: navigator.hardwareConcurrency || 1,
      crossOriginIsolated: globalThis.crossOriginIsolated === true,
      timerResolutionMs: measureTimerResolutionMs(),
      wasmSimd: WebAssembly.validate(SIMD_PROBE),
      wasmThreads: sharedArrayBuffer && WebAssembly.validate(THREADS_PROBE),
      gpu: gpu.available ? gpu.info : null,
    },
  };
}

/**
 * The smallest step `performance.now()` takes. Browsers coarsen it against timing attacks:
 * Chromium gives 5 µs to cross-origin-isolated pages and 100 µs to the rest.
 */
export function measureTimerResolutionMs(budgetMs = 20): number {
  let smallest = Number.POSITIVE_INFINITY;
  const start = performance.now();
  let last = start;
  while (last - start < budgetMs) {
    const now = performance.now();
    if (now > last) smallest = Math.min(smallest, now - last);
    last = now;
  }
  return Math.round(smallest * 1e6) / 1e6;
}

/** The minimal slice of the WebGPU types this check needs. */
interface GpuAdapterLike {
  info?: { vendor: string; architecture: string; description: string; isFallbackAdapter?: boolean };
  isFallbackAdapter?: boolean;
}
interface NavigatorWithGpu {
  gpu?: { requestAdapter(): Promise<GpuAdapterLike | null> };
}

async function detectGpu(): Promise<GpuAvailability> {
  const { gpu } = navigator as NavigatorWithGpu;
  if (!gpu) {
    return { available: false, reason: "This browser has no WebGPU (navigator.gpu is missing)." };
  }
  const adapter = await gpu.requestAdapter().catch(() => null);
  if (!adapter) {
    return {
      available: false,
      reason: "WebGPU is there, but the browser offered no GPU adapter (disabled or blocklisted).",
    };
  }
  const { vendor = "", architecture = "", description = "" } = adapter.info ?? {};
  return {
    available: true,
    info: { vendor, architecture, description, emulated: isEmulatedAdapter(adapter) },
  };
}

/** A software adapter (SwiftShader, llvmpipe): a CPU pretending to be a GPU. */
export function isEmulatedAdapter(adapter: GpuAdapterLike): boolean {
  const { vendor = "", architecture = "", description = "" } = adapter.info ?? {};
  return (
    adapter.info?.isFallbackAdapter === true ||
    adapter.isFallbackAdapter === true ||
    /swiftshader|llvmpipe|software/i.test(`${vendor} ${architecture} ${description}`)
  );
}

/** Why a capability is missing, in words a student understands; null when it is there. */
export function missingReason(capability: Capability, capabilities: Capabilities): string | null {
  const { environment, gpu } = capabilities;
  switch (capability) {
    case "crossOriginIsolated":
      return environment.crossOriginIsolated
        ? null
        : "The page is not cross-origin isolated, so SharedArrayBuffer is off. Serve it with the COOP/COEP headers (npm start does), or reload once so the service worker can add them.";
    case "wasmSimd":
      return environment.wasmSimd ? null : "This browser's WebAssembly has no SIMD.";
    case "wasmThreads":
      return environment.wasmThreads
        ? null
        : "WebAssembly threads need shared memory, which needs cross-origin isolation.";
    case "webgpu":
      return gpu.available ? null : gpu.reason;
    default: {
      const unknown: never = capability;
      throw new Error(`Unknown capability ${unknown}`);
    }
  }
}
