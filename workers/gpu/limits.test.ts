import { describe, expect, it } from "vitest";
import { bufferTooLarge, dispatchSize } from "./limits";

const limits = { maxStorageBufferBindingSize: 128 * 2 ** 20, maxBufferSize: 256 * 2 ** 20 };

describe("bufferTooLarge", () => {
  it("tells a buffer one float over the limit apart from the limit, in bytes", () => {
    expect(bufferTooLarge(128 * 2 ** 20 + 4, limits)).toContain("134,217,732 bytes (128 MiB)");
  });

  it("accepts a buffer up to the smaller limit", () => {
    expect(bufferTooLarge(128 * 2 ** 20, limits)).toBeNull();
  });

  it("explains, with both limits, a buffer over the storage binding limit", () => {
    const reason = bufferTooLarge(200 * 2 ** 20, limits);
    expect(reason).toContain("209,715,200 bytes (200 MiB)");
    expect(reason).toContain("at most 134,217,728 bytes (128 MiB)");
    expect(reason).toContain("maxBufferSize 256 MiB");
  });
});

describe("dispatchSize", () => {
  it("uses one row when the workgroups fit in one dimension", () => {
    expect(dispatchSize(1_000, 64)).toEqual([16, 1]);
  });

  it("wraps into rows of at most 65,535 workgroups, covering every invocation", () => {
    const [x, y] = dispatchSize(10_000_000, 64);
    expect(x).toBe(65_535);
    expect(x * y * 64).toBeGreaterThanOrEqual(10_000_000);
  });
});
