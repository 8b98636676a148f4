import { describe, expect, it } from "vitest";
import { formatLogArguments, formatValue, isPlainObject } from "./format";

describe("formatValue", () => {
  it("prints primitives as a reader would type them", () => {
    expect(formatValue("hi").text).toBe('"hi"');
    expect(formatValue(-0).text).toBe("-0");
    expect(formatValue(Number.NaN).text).toBe("NaN");
    expect(formatValue(12n).text).toBe("12n");
    expect(formatValue(undefined).text).toBe("undefined");
    expect(formatValue(null).text).toBe("null");
    expect(formatValue(Symbol("s")).text).toBe("Symbol(s)");
    expect(formatValue(function named() {}).text).toBe("[Function named]");
  });

  it("prints containers on one line when they fit, and nested on many when not", () => {
    expect(formatValue({ a: [1, 2], b: "x" }).text).toBe('{ a: [1, 2], b: "x" }');
    expect(formatValue([]).text).toBe("[]");
    expect(formatValue({}).text).toBe("{}");
    expect(formatValue(new Map([["k", 1]])).text).toBe('Map(1) { "k" => 1 }');
    expect(formatValue(new Set([1])).text).toBe("Set(1) { 1 }");
    expect(formatValue(new Float64Array([1.5, 2])).text).toBe("Float64Array(2) [1.5, 2]");
    const long = { first: "a".repeat(40), second: "b".repeat(40) };
    expect(formatValue(long).text).toBe(
      `{\n  first: "${"a".repeat(40)}",\n  second: "${"b".repeat(40)}"\n}`,
    );
  });

  it("names class instances and quotes keys that are not identifiers", () => {
    class Point {
      x = 1;
    }
    expect(formatValue(new Point()).text).toBe("Point { x: 1 }");
    expect(formatValue({ "two words": 1 }).text).toBe('{ "two words": 1 }');
  });

  it("limits depth, items and string length, and says it did", () => {
    const deep = formatValue({ a: { b: { c: { d: 1 } } } });
    expect(deep).toEqual({ text: "{ a: { b: { c: [Object] } } }", truncated: true });
    const many = formatValue(Array.from({ length: 60 }, (_, i) => i));
    expect(many.text).toMatch(/^\[\n {2}0, 1, 2, .*\n.*, 49, … 10 more\n\]$/s);
    expect(many.truncated).toBe(true);
    const text = formatValue("x".repeat(600));
    expect(text.text).toMatch(/^"x{500}"… \(100 more characters\)$/);
    expect(text.truncated).toBe(true);
    expect(formatValue([1, 2]).truncated).toBe(false);
  });

  it("marks cycles instead of recursing forever", () => {
    const loop: { self?: unknown } = {};
    loop.self = loop;
    expect(formatValue(loop).text).toBe("{ self: [Circular] }");
  });

  it("prints dates, errors and buffers in one piece", () => {
    expect(formatValue(new Date(0)).text).toBe("1970-01-01T00:00:00.000Z");
    expect(formatValue(new TypeError("bad")).text).toBe("TypeError: bad");
    expect(formatValue(new ArrayBuffer(2048)).text).toBe("ArrayBuffer { byteLength: 2,048 }");
  });
});

describe("formatLogArguments", () => {
  it("joins arguments as console.log does: strings bare, the rest formatted", () => {
    expect(formatLogArguments(["n =", 3, { a: "x" }])).toBe('n = 3 { a: "x" }');
  });
});

describe("isPlainObject", () => {
  it("accepts object literals only", () => {
    expect(isPlainObject({ a: 1 })).toBe(true);
    expect(isPlainObject(Object.create(null))).toBe(true);
    expect(isPlainObject([])).toBe(false);
    expect(isPlainObject(new Date())).toBe(false);
    expect(isPlainObject(null)).toBe(false);
  });
});
