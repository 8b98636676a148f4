import { describe, expect, it } from "vitest";
import { approxBytes, findUncloneable, transferables } from "./payload";

describe("approxBytes", () => {
  it("counts buffers exactly and other values roughly", () => {
    expect(approxBytes(new Float64Array(10))).toBe(80);
    expect(approxBytes(new ArrayBuffer(3))).toBe(3);
    expect(approxBytes([new Float32Array(4), 1, "ab", true])).toBe(16 + 8 + 4 + 4);
    expect(approxBytes({ from: 0, to: 10 })).toBe(16);
  });

  it("counts a shared view once and stops at cycles", () => {
    const view = new Uint8Array(100);
    const cyclic: unknown[] = [view, view];
    cyclic.push(cyclic);
    expect(approxBytes(cyclic)).toBe(100);
  });
});

describe("transferables", () => {
  it("finds each ArrayBuffer once, inside views, arrays and objects", () => {
    const a = new ArrayBuffer(8);
    const b = new Float64Array(2);
    expect(transferables([a, { b, again: new Uint8Array(a) }, 5])).toEqual([a, b.buffer]);
  });

  it("never lists shared memory, which is shared rather than moved", () => {
    expect(transferables([new Int32Array(new SharedArrayBuffer(8))])).toEqual([]);
  });
});

describe("findUncloneable", () => {
  it("names the path to a function or symbol", () => {
    expect(findUncloneable({ total: 3, scale: (x: number) => x })).toEqual({
      path: "value.scale",
      what: "a function",
    });
    expect(findUncloneable([1, { tag: Symbol("t") }])).toEqual({
      path: "value[1].tag",
      what: "a symbol",
    });
    expect(findUncloneable(new Map([["k", () => 1]]))).toEqual({
      path: "value.get(…)",
      what: "a function",
    });
  });

  it("looks inside class instances, and blames built-ins that never clone", () => {
    class Holder {
      inner = { run: () => 1 };
    }
    expect(findUncloneable(new Holder(), "plot options")).toEqual({
      path: "plot options.inner.run",
      what: "a function",
    });
    expect(findUncloneable({ pending: Promise.resolve(1) })).toEqual({
      path: "value.pending",
      what: "a Promise",
    });
  });

  it("finds nothing wrong in plain data", () => {
    const data = { xs: new Float64Array(3), when: new Date(), rows: [{ a: 1 }], set: new Set([1]) };
    expect(findUncloneable(data)).toBeNull();
  });
});
