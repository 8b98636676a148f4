import { describe, expect, it } from "vitest";
import { type Capabilities, missingReason } from "./capabilities";
import type { Environment } from "./results";

const environment: Environment = {
  userAgent: "test",
  hardwareConcurrency: 2,
  crossOriginIsolated: true,
  timerResolutionMs: 0.005,
  wasmSimd: true,
  wasmThreads: false,
  gpu: null,
};

function capabilities(sharedMemory: boolean, crossOriginIsolated: boolean): Capabilities {
  return {
    environment: { ...environment, crossOriginIsolated, wasmThreads: sharedMemory },
    sharedMemory,
    gpu: { available: false, reason: "no WebGPU" },
    memoryBudgetBytes: null,
  };
}

describe("missingReason", () => {
  it("asks for shared memory itself, not for cross-origin isolation", () => {
    expect(missingReason("sharedMemory", capabilities(true, true))).toBeNull();
    // WebKitGTK: isolated, and still no SharedArrayBuffer.
    expect(missingReason("sharedMemory", capabilities(false, true))).toMatch(
      /no shared memory \(SharedArrayBuffer\), although the page is cross-origin isolated/,
    );
    expect(missingReason("sharedMemory", capabilities(false, false))).toMatch(
      /not cross-origin isolated/,
    );
  });

  it("says why WebAssembly threads cannot run", () => {
    expect(missingReason("wasmThreads", capabilities(true, true))).toBeNull();
    expect(missingReason("wasmThreads", capabilities(false, true))).toMatch(
      /^WebAssembly threads need shared memory\. This browser gives the page no shared memory/,
    );
  });
});
