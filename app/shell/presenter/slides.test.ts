import { createElement, type ReactElement, type ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { slideIndex, splitSlides } from "./slides";

const H2 = ({ children }: { children?: ReactNode }) => createElement("h2", null, children);
const headingOf = (element: ReactElement) => {
  if (element.type !== H2) return null;
  const title = String((element.props as { children: string }).children);
  return { id: title.toLowerCase(), title };
};

describe("slides", () => {
  it("starts a slide at each section heading, with the introduction as the first", () => {
    const lesson = [
      createElement("h1", { key: "t" }, "Lesson"),
      "\n",
      createElement("p", { key: "i" }, "intro"),
      createElement(H2, { key: "a" }, "One"),
      createElement("p", { key: "b" }, "predict"),
      createElement("section", { key: "c" }, "experiment"),
      "\n",
      createElement(H2, { key: "d" }, "Two"),
      createElement("p", { key: "e" }, "text"),
    ];
    const slides = splitSlides(lesson, "Lesson", headingOf);
    expect(slides.map(({ id, title, nodes }) => [id, title, nodes.length])).toEqual([
      ["start", "Lesson", 3],
      ["one", "One", 4],
      ["two", "Two", 2],
    ]);
    expect(slideIndex(slides, "two")).toBe(2);
    expect(slideIndex(slides, null)).toBe(0);
    expect(slideIndex(slides, "no-such-slide")).toBe(0);
  });

  it("drops an empty introduction", () => {
    const lesson = ["\n", createElement(H2, { key: "a" }, "Only")];
    expect(splitSlides(lesson, "Lesson", headingOf).map((slide) => slide.id)).toEqual(["only"]);
  });
});
