import { Children, isValidElement, type ReactElement, type ReactNode } from "react";

/**
 * What one of a lesson's top-level elements is to the deck:
 * - `section`: starts a section (a heading, the Recap), under this id and title;
 * - `stage`: a live cell (an experiment, a program), which gets a slide of its own;
 * - `lead-in`: a Predict, or a widget the next run is watched with (the heartbeat): joins the
 *   stage right after it, so the question and its run share a slide;
 * - `notes`: speaker notes (`<Notes>`), shown only in the speaker view, on every slide of their
 *   section;
 * - `block`: anything else (prose, a takeaway, a challenge), laid out in flow.
 *
 * @example
 * roleOf(<Experiment of={countPrimes} />) // { kind: "stage" }
 */
export type Role =
  | { kind: "section"; id: string; title: string }
  | { kind: "stage" }
  | { kind: "lead-in" }
  | { kind: "notes" }
  | { kind: "block" };

/**
 * A slide of presenter mode: its URL id, its section's title and id, the lesson's elements on
 * it, and its section's speaker notes. A `flow` slide holds blocks and is paged by measured
 * height (pages.ts); a `stage` slide holds one live cell and the question before it, and is laid
 * out to fit.
 *
 * @example
 * { id: "amdahl-s-law-2", section: "amdahl-s-law", title: "Amdahl's law", kind: "stage",
 *   opensSection: false, nodes: [<Predict …/>, <AmdahlExplorer />], notes: [<Notes>…</Notes>] }
 */
export interface Slide {
  id: string;
  /** The id of the section the slide is part of: where Escape leaves to in the lesson. */
  section: string;
  /** The section's title. */
  title: string;
  kind: "flow" | "stage";
  /** Whether the slide begins with its section's heading; a later one shows a running head. */
  opensSection: boolean;
  nodes: ReactNode[];
  notes: SpeakerNotes[];
}

/** A `<Notes>` element: what the speaker view shows is its children. */
export type SpeakerNotes = ReactElement<{ children?: ReactNode }>;

/** The id of the slide before a lesson's first section heading: its title and introduction. */
export const START_SLIDE = "start";

interface Section {
  id: string;
  title: string;
  nodes: ReactNode[];
  notes: SpeakerNotes[];
}

/**
 * Cuts a lesson's top-level elements into slides. A section (from one heading to the next) gives
 * one slide per live cell, with its Predict, and one flow slide per run of blocks between them:
 * prose, then the experiment, then the takeaway. The first slide of a section keeps the
 * section's id, the next ones are `<id>-2`, `<id>-3`…, so every id stays the same whatever the
 * screen; a flow slide too long for the screen is paged later (pages.ts).
 */
export function splitSlides(
  children: ReactNode,
  startTitle: string,
  roleOf: (element: ReactElement) => Role,
): Slide[] {
  return sectionsOf(children, startTitle, roleOf).flatMap((section) => slidesOf(section, roleOf));
}

function sectionsOf(
  children: ReactNode,
  startTitle: string,
  roleOf: (element: ReactElement) => Role,
): Section[] {
  const sections: Section[] = [{ id: START_SLIDE, title: startTitle, nodes: [], notes: [] }];
  for (const node of Children.toArray(children)) {
    if (!isContent(node)) continue;
    const role = roleFor(node, roleOf);
    if (role.kind === "notes") sections.at(-1)?.notes.push(node as SpeakerNotes);
    else if (role.kind === "section") {
      sections.push({ id: role.id, title: role.title, nodes: [node], notes: [] });
    } else sections.at(-1)?.nodes.push(node);
  }
  return sections.filter((section) => section.nodes.length > 0);
}

function slidesOf(section: Section, roleOf: (element: ReactElement) => Role): Slide[] {
  const parts: { kind: Slide["kind"]; nodes: ReactNode[] }[] = [];
  let flow: ReactNode[] = [];
  const nodes = section.nodes;
  const kindAt = (index: number) =>
    index < nodes.length ? roleFor(nodes[index], roleOf).kind : "end";
  const leadsToStage = (index: number) => {
    let next = index + 1;
    while (kindAt(next) === "lead-in") next++;
    return kindAt(next) === "stage";
  };
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const kind = kindAt(i);
    if (kind === "lead-in" && leadsToStage(i)) continue; // it joins the stage below
    if (kind !== "stage") {
      flow.push(node);
      continue;
    }
    let from = i;
    while (from > 0 && kindAt(from - 1) === "lead-in") from--;
    const stage = nodes.slice(from, i + 1);
    // A heading alone would be an empty slide: it opens the stage's slide instead.
    const lone =
      flow.length === 1 && parts.length === 0 && roleFor(flow[0], roleOf).kind === "section";
    if (lone) stage.unshift(...flow);
    else if (flow.length > 0) parts.push({ kind: "flow", nodes: flow });
    flow = [];
    parts.push({ kind: "stage", nodes: stage });
  }
  if (flow.length > 0) parts.push({ kind: "flow", nodes: flow });
  const opensWithHeading =
    section.id === START_SLIDE || roleFor(nodes[0], roleOf).kind === "section";
  return parts.map((part, index) => ({
    id: index === 0 ? section.id : `${section.id}-${index + 1}`,
    section: section.id,
    title: section.title,
    kind: part.kind,
    opensSection: index === 0 && opensWithHeading,
    nodes: part.nodes,
    notes: section.notes,
  }));
}

/** Where a slide id is in the deck; the first slide for none or an unknown one. */
export function slideIndex(slides: readonly { id: string }[], id: string | null): number {
  return Math.max(
    0,
    slides.findIndex((slide) => slide.id === id),
  );
}

function roleFor(node: ReactNode, roleOf: (element: ReactElement) => Role): Role {
  return isValidElement(node) ? roleOf(node) : { kind: "block" };
}

/** MDX puts "\n" strings between block elements; they are not content. */
const isContent = (node: ReactNode) => typeof node !== "string" || node.trim() !== "";
