import { describe, expect, it } from "vitest";
import {
  cellHref,
  cheatSheetHref,
  glossaryHref,
  isQuickMode,
  parseRoute,
  presentHref,
  speakerHref,
} from "./route";

describe("routes", () => {
  it("parses the contents, lessons and cells", () => {
    expect(parseRoute("")).toEqual({ page: "contents" });
    expect(parseRoute("#/")).toEqual({ page: "contents" });
    expect(parseRoute("#/instructors")).toEqual({ page: "instructors" });
    expect(parseRoute("#/instructors/extra")).toMatchObject({ page: "not-found" });
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

  it("parses presenter mode, with a slide or at its start, and round-trips its links", () => {
    expect(parseRoute("#/present/gil")).toEqual({ page: "present", slug: "gil", slide: null });
    expect(parseRoute("#/present/gil/")).toEqual({ page: "present", slug: "gil", slide: null });
    expect(parseRoute(presentHref("gil"))).toEqual({ page: "present", slug: "gil", slide: null });
    expect(parseRoute(presentHref("pitfalls", "2-what-cannot-be-pickled"))).toEqual({
      page: "present",
      slug: "pitfalls",
      slide: "2-what-cannot-be-pickled",
    });
    expect(parseRoute(presentHref("a b", "c/d"))).toEqual({
      page: "present",
      slug: "a b",
      slide: "c/d",
    });
    expect(parseRoute("#/present")).toMatchObject({ page: "not-found" });
    expect(parseRoute("#/present/gil/a/b")).toMatchObject({ page: "not-found" });
  });

  it("parses the speaker view, with a slide or at its start, and round-trips its links", () => {
    expect(parseRoute("#/speaker/gil")).toEqual({ page: "speaker", slug: "gil", slide: null });
    expect(parseRoute(speakerHref("gil"))).toEqual({ page: "speaker", slug: "gil", slide: null });
    expect(parseRoute(speakerHref("a b", "c/d"))).toEqual({
      page: "speaker",
      slug: "a b",
      slide: "c/d",
    });
    expect(parseRoute("#/speaker")).toMatchObject({ page: "not-found" });
    expect(parseRoute("#/speaker/gil/a/b")).toMatchObject({ page: "not-found" });
  });

  it("parses the glossary, a term in it, and the cheat-sheet, and round-trips their links", () => {
    expect(parseRoute("#/glossary")).toEqual({ page: "glossary", term: null });
    expect(parseRoute("#/glossary/")).toEqual({ page: "glossary", term: null });
    expect(parseRoute(glossaryHref())).toEqual({ page: "glossary", term: null });
    expect(parseRoute(glossaryHref("gil"))).toEqual({ page: "glossary", term: "gil" });
    expect(parseRoute(glossaryHref("a/b"))).toEqual({ page: "glossary", term: "a/b" });
    expect(parseRoute(cheatSheetHref)).toEqual({ page: "cheat-sheet" });
    expect(parseRoute("#/cheat-sheet/")).toEqual({ page: "cheat-sheet" });
    expect(parseRoute("#/glossary/gil/more")).toMatchObject({ page: "not-found" });
    expect(parseRoute("#/cheat-sheet/x")).toMatchObject({ page: "not-found" });
  });

  it("sends anything else to not-found", () => {
    expect(parseRoute("#/lessons")).toMatchObject({ page: "not-found" });
    expect(parseRoute("#/lesson/a/b/c")).toMatchObject({ page: "not-found" });
  });

  it("sends a malformed escape to not-found instead of throwing", () => {
    expect(parseRoute("#/lesson/%ZZ")).toEqual({ page: "not-found", hash: "#/lesson/%ZZ" });
    expect(parseRoute("#/lesson/gil/%E0%A4%A")).toMatchObject({ page: "not-found" });
    expect(parseRoute("#/present/%")).toMatchObject({ page: "not-found" });
  });

  it("reads quick mode from the query string", () => {
    expect(isQuickMode("?quick=1")).toBe(true);
    expect(isQuickMode("?quick=0")).toBe(false);
    expect(isQuickMode("")).toBe(false);
  });
});
