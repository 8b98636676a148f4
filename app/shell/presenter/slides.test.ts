import { createElement, type ReactElement, type ReactNode } from "react";
import { describe, expect, it } from "vitest";
import type { Role } from "./slides";
import { slideIndex, splitSlides } from "./slides";

const H2 = ({ children }: { children?: ReactNode }) => createElement("h2", null, children);
const Cell = () => createElement("section");
const Ask = () => createElement("aside");
const Hidden = () => null;
const roleOf = (element: ReactElement): Role => {
  if (element.type === H2) {
    const title = String((element.props as { children: string }).children);
    return { kind: "section", id: title.toLowerCase(), title };
  }
  if (element.type === Cell) return { kind: "stage" };
  if (element.type === Ask) return { kind: "lead-in" };
  if (element.type === Hidden) return { kind: "drop" };
  return { kind: "block" };
};
const shape = (slides: ReturnType<typeof splitSlides>) =>
  slides.map(({ id, section, kind, opensSection, nodes }) => [
    id,
    section,
    kind,
    opensSection,
    nodes.length,
  ]);

describe("slides", () => {
  it("cuts a section into its prose, each cell with its question, and what follows", () => {
    const lesson = [
      createElement("h1", { key: "t" }, "Lesson"),
      "\n",
      createElement("p", { key: "i" }, "intro"),
      createElement(H2, { key: "a" }, "One"),
      createElement("p", { key: "b" }, "prose"),
      createElement(Ask, { key: "c" }),
      createElement(Cell, { key: "d" }),
      "\n",
      createElement("p", { key: "e" }, "takeaway"),
      createElement(Hidden, { key: "n" }),
      createElement(H2, { key: "f" }, "Two"),
      createElement("p", { key: "g" }, "text"),
    ];
    const slides = splitSlides(lesson, "Lesson", roleOf);
    expect(shape(slides)).toEqual([
      ["start", "start", "flow", true, 2],
      ["one", "one", "flow", true, 2],
      ["one-2", "one", "stage", false, 2],
      ["one-3", "one", "flow", false, 1],
      ["two", "two", "flow", true, 2],
    ]);
    expect(slideIndex(slides, "one-2")).toBe(2);
    expect(slideIndex(slides, null)).toBe(0);
    expect(slideIndex(slides, "no-such-slide")).toBe(0);
  });

  it("opens a section with its cell when the heading stands alone, lead-ins and all", () => {
    const lesson = [
      createElement(H2, { key: "a" }, "Only"),
      createElement(Ask, { key: "b" }),
      createElement(Ask, { key: "c" }),
      createElement(Cell, { key: "d" }),
      createElement(Cell, { key: "e" }),
      createElement(Ask, { key: "f" }),
    ];
    expect(shape(splitSlides(lesson, "Lesson", roleOf))).toEqual([
      ["only", "only", "stage", true, 4],
      ["only-2", "only", "stage", false, 1],
      ["only-3", "only", "flow", false, 1],
    ]);
  });

  it("drops an empty introduction", () => {
    const lesson = ["\n", createElement(H2, { key: "a" }, "Only")];
    expect(splitSlides(lesson, "Lesson", roleOf).map((slide) => slide.id)).toEqual(["only"]);
  });
});
