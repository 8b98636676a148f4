import type { ReactNode } from "react";
import type { Slide } from "./slides";

/**
 * One screen of the deck: a slide, or one page of a flow slide too long for the screen. The
 * first page keeps the slide's id; the next ones are `<id>-page-2`, `<id>-page-3`…
 *
 * @example
 * { id: "why-the-gil-page-2", slide: …, page: 2, pages: 3, nodes: [<p>…</p>] }
 */
export interface Page {
  id: string;
  slide: Slide;
  /** 1-based. */
  page: number;
  pages: number;
  /** The slide's nodes on this page. */
  nodes: ReactNode[];
  /** The index in `slide.nodes` of this page's first node. */
  first: number;
}

/** Page starts by slide id: the index of each page's first block; absent means one page. */
export type PageStarts = Readonly<Record<string, readonly number[]>>;

/**
 * Where to cut a run of blocks into pages: each page takes as many whole blocks, in order, as
 * fit in `room` px (`laterRoom` on the pages after the first, which carry a running head). A
 * block taller than a page gets a page of its own. Returns the index of each page's first block.
 *
 * @example
 * pageStarts([300, 300, 300], 700, 650) // [0, 2]
 */
export function pageStarts(heights: readonly number[], room: number, laterRoom: number): number[] {
  const starts = [0];
  let used = 0;
  heights.forEach((height, index) => {
    const limit = starts.length === 1 ? room : laterRoom;
    const pageStart = starts[starts.length - 1] ?? 0;
    if (index > pageStart && used + height > limit) {
      starts.push(index);
      used = 0;
    }
    used += height;
  });
  return starts;
}

/** The deck's screens: every slide, its flow slides cut where `starts` says. */
export function pagesOf(slides: readonly Slide[], starts: PageStarts): Page[] {
  return slides.flatMap((slide) => {
    const cuts = slide.kind === "flow" ? (starts[slide.id] ?? [0]) : [0];
    return cuts.map((first, index) => ({
      id: index === 0 ? slide.id : `${slide.id}-page-${index + 1}`,
      slide,
      page: index + 1,
      pages: cuts.length,
      nodes: slide.nodes.slice(first, cuts[index + 1] ?? slide.nodes.length),
      first,
    }));
  });
}

/** Whether two sets of page starts cut every slide the same way. */
export function sameStarts(a: PageStarts, b: PageStarts): boolean {
  const ids = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...ids].every((id) => String(a[id] ?? [0]) === String(b[id] ?? [0]));
}

/**
 * The slide a screen belongs to, from the screen's id: what a window that does not measure pages
 * (the speaker view) shows for it.
 *
 * @example slideIdOf("why-the-gil-page-2") // "why-the-gil"
 */
export const slideIdOf = (pageId: string) => pageId.replace(/-page-\d+$/, "");
