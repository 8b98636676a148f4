import { memoryBudget } from "./memory";
import type { Environment, GpuInfo } from "./results";

/**
 * What an experiment may need from the browser, each detected by trying the feature itself:
 * `sharedMemory` is a working SharedArrayBuffer with Atomics, `wasmThreads` a shared
 * WebAssembly.Memory. Cross-origin isolation is not one of them: browsers require it for shared
 * memory, but an isolated page need not get shared memory (WebKitGTK gives none).
 */
export type Capability = "sharedMemory" | "wasmSimd" | "wasmThreads" | "webgpu";

export type GpuAvailability =
  | { available: true; info: GpuInfo }
  | { available: false; reason: string };

export interface Capabilities {
  environment: Environment;
  /** A SharedArrayBuffer could be made and Atomics worked on it. */
  sharedMemory: boolean;
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
  const sharedMemory = canShareMemory();
  const gpu = await detectGpu();
  return {
    sharedMemory,
    gpu,
    memoryBudgetBytes: memoryBudget((navigator as { deviceMemory?: number }).deviceMemory),
    environment: {
      userAgent: navigator.userAgent,
      hardwareConcurrency: navigator.hardwareConcurrency || 1,
      crossOriginIsolated: globalThis.crossOriginIsolated === true,
      timerResolutionMs: measureTimerResolutionMs(),
      wasmSimd: WebAssembly.validate(SIMD_PROBE),
      wasmThreads: sharedMemory && canShareWasmMemory(),
      gpu: gpu.available ? gpu.info : null,
    },
  };
}

/** Shared memory works here: a SharedArrayBuffer can be made, and Atomics operate on it. */
export function canShareMemory(): boolean {
  if (typeof SharedArrayBuffer !== "function" || typeof Atomics !== "object") return false;
  try {
    const cells = new Int32Array(new SharedArrayBuffer(4));
    Atomics.add(cells, 0, 1);
    return Atomics.load(cells, 0) === 1;
  } catch {
    return false;
  }
}

/** WebAssembly threads work: atomics validate, and a shared WebAssembly.Memory can be made. */
function canShareWasmMemory(): boolean {
  try {
    const memory = new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
    return memory.buffer instanceof SharedArrayBuffer && WebAssembly.validate(THREADS_PROBE);
  } catch {
    return false;
  }
}

/**
 * Why shared memory is missing, in words a student understands. Browsers give it only to
 * cross-origin-isolated pages, and some not even to those.
 */
export function noSharedMemoryReason(crossOriginIsolated: boolean): string {
  return crossOriginIsolated
    ? "This browser gives the page no shared memory (SharedArrayBuffer), although the page is cross-origin isolated, so workers cannot share one lock or one array here. Chromium and Firefox do."
    : "The page is not cross-origin isolated, so the browser gives it no shared memory (SharedArrayBuffer). Serve it with the COOP/COEP headers (npm start does), or reload once so the service worker can add them.";
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
  const { environment, gpu, sharedMemory } = capabilities;
  switch (capability) {
    case "sharedMemory":
      return sharedMemory ? null : noSharedMemoryReason(environment.crossOriginIsolated);
    case "wasmSimd":
      return environment.wasmSimd ? null : "This browser's WebAssembly has no SIMD.";
    case "wasmThreads":
      return environment.wasmThreads
        ? null
        : sharedMemory
          ? "This browser's WebAssembly cannot share its memory between threads (a shared WebAssembly.Memory could not be made)."
          : `WebAssembly threads need shared memory. ${noSharedMemoryReason(environment.crossOriginIsolated)}`;
    case "webgpu":
      return gpu.available ? null : gpu.reason;
    default: {
      const unknown: never = capability;
      throw new Error(`Unknown capability ${unknown}`);
    }
  }
}
