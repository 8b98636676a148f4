import { createElement, type ReactElement, type ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { Notes } from "../../cells/teaching/Notes";
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

  it("collects each slide's notes apart from what it shows", () => {
    const lesson = [
      createElement("p", { key: "i" }, "intro"),
      createElement(Notes, { key: "n0" }, "Welcome the room."),
      createElement(H2, { key: "a" }, "One"),
      createElement(Notes, { key: "n1" }, "Ask who has eight cores."),
      createElement("p", { key: "b" }, "text"),
      createElement(Notes, { key: "n2" }, "Wait for the chart."),
      createElement(H2, { key: "c" }, "Two"),
    ];
    const slides = splitSlides(lesson, "Lesson", headingOf);
    const notesOf = (index: number) =>
      slides[index]?.notes.map((note) => String(note.props.children));
    expect(slides.map((slide) => slide.nodes.length)).toEqual([1, 2, 1]);
    expect(notesOf(0)).toEqual(["Welcome the room."]);
    expect(notesOf(1)).toEqual(["Ask who has eight cores.", "Wait for the chart."]);
    expect(notesOf(2)).toEqual([]);
  });

  it("drops an empty introduction", () => {
    const lesson = ["\n", createElement(H2, { key: "a" }, "Only")];
    expect(splitSlides(lesson, "Lesson", headingOf).map((slide) => slide.id)).toEqual(["only"]);
  });
});
