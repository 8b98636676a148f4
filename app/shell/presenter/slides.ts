import { Children, isValidElement, type ReactElement, type ReactNode } from "react";
import { Notes } from "../../cells/teaching/Notes";

/**
 * A slide of presenter mode: its URL id, its title, the lesson's elements on it, and its speaker
 * notes (the `<Notes>` elements among them, shown only in the speaker view).
 *
 * @example
 * { id: "amdahl-s-law", title: "Amdahl's law", nodes: [<h2 />, <p />], notes: [<Notes />] }
 */
export interface Slide {
  id: string;
  title: string;
  nodes: ReactNode[];
  notes: ReactElement<{ children?: ReactNode }>[];
}

/** The id of the slide before a lesson's first section heading: its title and introduction. */
export const START_SLIDE = "start";

/**
 * Cuts a lesson's top-level elements into slides, a new one at each section heading, so every
 * slide keeps a section's Predict, experiment and Takeaway together. `headingOf` says which
 * elements start a section, and under what id and title. A section's `<Notes>` go into its
 * slide's `notes`, not its `nodes`.
 */
export function splitSlides(
  children: ReactNode,
  startTitle: string,
  headingOf: (element: ReactElement) => { id: string; title: string } | null,
): Slide[] {
  const slides: Slide[] = [{ id: START_SLIDE, title: startTitle, nodes: [], notes: [] }];
  for (const node of Children.toArray(children)) {
    const heading = isValidElement(node) ? headingOf(node) : null;
    if (heading) slides.push({ ...heading, nodes: [node], notes: [] });
    else if (isNotes(node)) slides.at(-1)?.notes.push(node);
    else slides.at(-1)?.nodes.push(node);
  }
  return slides.filter((slide) => slide.nodes.some(isContent));
}

/** Where a slide id is in the deck; the first slide for none or an unknown one. */
export function slideIndex(slides: readonly Slide[], id: string | null): number {
  return Math.max(
    0,
    slides.findIndex((slide) => slide.id === id),
  );
}

const isNotes = (node: ReactNode): node is ReactElement<{ children?: ReactNode }> =>
  isValidElement(node) && node.type === Notes;

/** MDX puts "\n" strings between block elements; they are not content. */
const isContent = (node: ReactNode) => typeof node !== "string" || node.trim() !== "";
