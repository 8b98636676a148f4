import { createElement, type ReactElement, type ReactNode } from "react";
import { describe, expect, it } from "vitest";
import type { Role } from "./slides";
import { slideIndex, splitSlides } from "./slides";

const H2 = ({ children }: { children?: ReactNode }) => createElement("h2", null, children);
const Cell = () => createElement("section");
const Ask = () => createElement("aside");
const Notes = ({ children }: { children?: ReactNode }) => createElement("div", null, children);
const roleOf = (element: ReactElement): Role => {
  if (element.type === H2) {
    const title = String((element.props as { children: string }).children);
    return { kind: "section", id: title.toLowerCase(), title };
  }
  if (element.type === Cell) return { kind: "stage" };
  if (element.type === Ask) return { kind: "lead-in" };
  if (element.type === Notes) return { kind: "notes" };
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
      createElement(Notes, { key: "n" }, "Ask the room."),
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

  it("gives every slide of a section the section's notes, and shows them on none", () => {
    const lesson = [
      createElement(Notes, { key: "n0" }, "Welcome the room."),
      createElement("p", { key: "i" }, "intro"),
      createElement(H2, { key: "a" }, "One"),
      createElement(Notes, { key: "n1" }, "Ask who has eight cores."),
      createElement("p", { key: "b" }, "prose"),
      createElement(Cell, { key: "c" }),
      createElement(Notes, { key: "n2" }, "Wait for the chart."),
      createElement(H2, { key: "d" }, "Two"),
      createElement("p", { key: "e" }, "text"),
    ];
    const slides = splitSlides(lesson, "Lesson", roleOf);
    const notes = slides.map((slide) => slide.notes.map((note) => String(note.props.children)));
    expect(slides.map((slide) => slide.id)).toEqual(["start", "one", "one-2", "two"]);
    expect(notes).toEqual([
      ["Welcome the room."],
      ["Ask who has eight cores.", "Wait for the chart."],
      ["Ask who has eight cores.", "Wait for the chart."],
      [],
    ]);
    expect(slides.flatMap((slide) => slide.nodes).length).toBe(6);
  });

  it("drops an empty introduction", () => {
    const lesson = ["\n", createElement(H2, { key: "a" }, "Only")];
    expect(splitSlides(lesson, "Lesson", roleOf).map((slide) => slide.id)).toEqual(["only"]);
  });
});
