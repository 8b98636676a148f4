import { describe, expect, it } from "vitest";
import { cellHref, isQuickMode, parseRoute } from "./route";

describe("routes", () => {
  it("parses the contents, lessons and cells", () => {
    expect(parseRoute("")).toEqual({ page: "contents" });
    expect(parseRoute("#/")).toEqual({ page: "contents" });
    expect(parseRoute("#/lesson/why-parallel")).toEqual({
      page: "lesson",
      slug: "why-parallel",
      cell: null,
    });
    expect(parseRoute(cellHref("why-parallel", "count-primes"))).toEqual({
      page: "lesson",
      slug: "why-parallel",
      cell: "count-primes",
    });
  });

  it("reads the cell of a link that carries a query", () => {
    expect(parseRoute("#/lesson/why-parallel/count-primes?maxN=500000")).toEqual({
      page: "lesson",
      slug: "why-parallel",
      cell: "count-primes",
    });
  });

  it("sends anything else to not-found", () => {
    expect(parseRoute("#/lessons")).toMatchObject({ page: "not-found" });
    expect(parseRoute("#/lesson/a/b/c")).toMatchObject({ page: "not-found" });
  });

  it("reads quick mode from the query string", () => {
    expect(isQuickMode("?quick=1")).toBe(true);
    expect(isQuickMode("?quick=0")).toBe(false);
    expect(isQuickMode("")).toBe(false);
  });
});
