import { describe, expect, it } from "vitest";
import { formatTick, quantityLabel } from "./format";

describe("formatTick", () => {
  it("writes a thousand and up with SI prefixes", () => {
    expect([1_000, 2_500, 10_000, 250_000, 1e6, 2.5e6, 1e9, 3e12].map(formatTick)).toEqual([
      "1k",
      "2.5k",
      "10k",
      "250k",
      "1M",
      "2.5M",
      "1G",
      "3T",
    ]);
  });

  it("writes numbers below a thousand as plain decimals", () => {
    expect([0, 1, 2, 50, 999, 0.5, 0.25, 0.001, 0.00001].map(formatTick)).toEqual([
      "0",
      "1",
      "2",
      "50",
      "999",
      "0.5",
      "0.25",
      "0.001",
      "0.00001",
    ]);
  });

  it("keeps three significant figures and rounds up into the next prefix", () => {
    expect(formatTick(1234)).toBe("1.23k");
    expect(formatTick(999_999)).toBe("1M");
    expect(formatTick(123.456)).toBe("123");
    expect(formatTick(-20_000)).toBe("-20k");
  });

  it("never writes exponent notation, from the tiny to the huge", () => {
    for (let exponent = -12; exponent <= 15; exponent++) {
      for (const mantissa of [1, 2, 5]) {
        const tick = formatTick(mantissa * 10 ** exponent);
        expect(tick, `${mantissa}e${exponent}`).not.toMatch(/e/i);
      }
    }
  });
});

describe("quantityLabel", () => {
  it("puts the unit in brackets after the name", () => {
    expect(quantityLabel("payload", "MiB")).toBe("payload (MiB)");
    expect(quantityLabel("chunk size", "tasks per message")).toBe("chunk size (tasks per message)");
  });

  it("says the unit once when the name already is the unit", () => {
    expect(quantityLabel("tasks", "tasks")).toBe("tasks");
    expect(quantityLabel("Workers", "workers")).toBe("Workers");
    expect(quantityLabel("calls", "(calls)")).toBe("calls");
    expect(quantityLabel("results in hand", "results")).toBe("results in hand");
    expect(quantityLabel("additions per worker", "additions")).toBe("additions per worker");
  });

  it("keeps a unit the name holds only part of a word of", () => {
    expect(quantityLabel("array size", "floats")).toBe("array size (floats)");
    expect(quantityLabel("workloads", "work")).toBe("workloads (work)");
    expect(quantityLabel("picture height", "rows of 8 points")).toBe(
      "picture height (rows of 8 points)",
    );
  });

  it("leaves out an empty unit, and never doubles brackets", () => {
    expect(quantityLabel("N", "")).toBe("N");
    expect(quantityLabel("N", "  ")).toBe("N");
    expect(quantityLabel("N", "(N×N floats)")).toBe("N (N×N floats)");
  });
});
