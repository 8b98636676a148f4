import { describe, expect, it } from "vitest";
import type { ParamSpec } from "../../engine/experiment";
import { trialsParam } from "../../engine/params";
import { cellLinkHref, linkedParams, parseCellLink } from "./cellLink";

const maxN: ParamSpec = {
  label: "Largest n",
  default: 2_000_000,
  min: 100_000,
  max: 10_000_000,
  step: 1,
  unit: "numbers",
  control: "number",
};
const specs = { maxN, trials: trialsParam() };
const defaults = { maxN: 2_000_000, trials: 5 };

describe("cell links", () => {
  it("round-trips a cell's params through its link", () => {
    const href = cellLinkHref("why-parallel", "count-primes", { maxN: 500_000, trials: 3 });
    expect(href).toBe("#/lesson/why-parallel/count-primes?maxN=500000&trials=3");
    expect(parseCellLink(href)).toEqual({
      slug: "why-parallel",
      cell: "count-primes",
      params: { maxN: "500000", trials: "3" },
      code: null,
    });
  });

  it("round-trips code, kept apart from the params, whatever characters it holds", () => {
    const code = "export function f(x: number) {\n  return x % 2 === 0 && x > 1 ? '#?&=' : x;\n}\n";
    const href = cellLinkHref("why-parallel", "count-primes", { maxN: 500_000 }, code);
    expect(parseCellLink(href)).toEqual({
      slug: "why-parallel",
      cell: "count-primes",
      params: { maxN: "500000" },
      code,
    });
  });

  it("is null for anything but a cell", () => {
    expect(parseCellLink("#/lesson/why-parallel")).toBeNull();
    expect(parseCellLink("#/lesson/why-parallel?maxN=5")).toBeNull();
    expect(parseCellLink("#/")).toBeNull();
    expect(parseCellLink("#/lesson/why-parallel/count-primes")?.params).toEqual({});
  });

  it("accepts params in range, keeping the others as they are", () => {
    expect(linkedParams(specs, defaults, { maxN: "500000" })).toEqual({
      ok: true,
      values: { maxN: 500_000, trials: 5 },
    });
    expect(linkedParams(specs, defaults, { maxN: "1e6" })).toMatchObject({
      values: { maxN: 1_000_000 },
    });
  });

  it("refuses NaN, negative, huge, fractional and unknown params with the valid range", () => {
    const refused = (params: Record<string, string>) => {
      const result = linkedParams(specs, defaults, params);
      return result.ok ? [] : result.refused;
    };
    expect(refused({ maxN: "lots" })).toEqual([
      "maxN=lots: Largest n must be a number from 100,000 to 10,000,000 numbers.",
    ]);
    expect(refused({ maxN: "-5" })).toEqual([
      "maxN=-5: Largest n must be from 100,000 to 10,000,000 numbers.",
    ]);
    expect(refused({ maxN: "1e300" })[0]).toMatch(/from 100,000 to 10,000,000/);
    expect(refused({ maxN: "Infinity" })[0]).toMatch(/must be a number/);
    expect(refused({ maxN: "0x186a0" })[0]).toMatch(/must be a number/);
    expect(refused({ maxN: "" })[0]).toMatch(/must be a number/);
    expect(refused({ trials: "2.5" })[0]).toMatch(/whole number from 1 to 15/);
    expect(refused({ workers: "4", maxN: "500000" })).toEqual([
      "workers=4: this cell has no such parameter (it has maxN, trials).",
    ]);
    expect(refused({ constructor: "1" })[0]).toMatch(/no such parameter/);
  });
});
