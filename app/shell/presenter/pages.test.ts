import { describe, expect, it } from "vitest";
import { pageStarts, pagesOf, sameStarts, slideIdOf } from "./pages";
import type { Slide } from "./slides";

describe("pages", () => {
  it("fills each page with whole blocks, less room after the first", () => {
    expect(pageStarts([300, 300, 300], 700, 650)).toEqual([0, 2]);
    expect(pageStarts([300, 300, 300], 600, 300)).toEqual([0, 2]);
    expect(pageStarts([300, 300, 300], 599, 300)).toEqual([0, 1, 2]);
    expect(pageStarts([], 600, 500)).toEqual([0]);
  });

  it("gives a block taller than a page a page of its own", () => {
    expect(pageStarts([100, 900, 100], 500, 500)).toEqual([0, 1, 2]);
  });

  it("finds the slide a page's id belongs to", () => {
    expect(slideIdOf("why-the-gil-page-2")).toBe("why-the-gil");
    expect(slideIdOf("amdahl-s-law-2")).toBe("amdahl-s-law-2");
  });

  it("keeps the first page's id and numbers the next ones", () => {
    const slide = (id: string, kind: Slide["kind"]): Slide => ({
      id,
      section: id,
      title: id,
      kind,
      opensSection: true,
      nodes: ["a", "b", "c"],
      notes: [],
    });
    const pages = pagesOf([slide("one", "flow"), slide("two", "stage")], {
      one: [0, 2],
      two: [0, 1],
    });
    expect(pages.map(({ id, page, pages, nodes }) => [id, page, pages, nodes.join("")])).toEqual([
      ["one", 1, 2, "ab"],
      ["one-page-2", 2, 2, "c"],
      ["two", 1, 1, "abc"],
    ]);
    expect(sameStarts({ one: [0] }, {})).toBe(true);
    expect(sameStarts({ one: [0, 2] }, { one: [0, 2] })).toBe(true);
    expect(sameStarts({ one: [0, 2] }, { one: [0, 1] })).toBe(false);
  });
});
