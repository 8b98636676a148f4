import { type RefObject, useLayoutEffect, useRef, useState } from "react";
import { type PageStarts, pageStarts, sameStarts } from "./pages";
import type { Slide } from "./slides";

/**
 * Where each flow slide is cut into pages, measured: every flow slide stays laid out (hidden
 * ones invisibly, in the same box as the shown one), so the deck reads each block's height and
 * fills each page with as many whole blocks as fit. Measured again whenever the box or a block
 * changes size (a resized window, a revealed answer). Text is never shrunk to fit. `measured`
 * says the deck has been measured once (tests wait for it before walking the slides).
 */
export function usePageStarts(
  slides: readonly Slide[],
  stage: RefObject<HTMLElement | null>,
): { starts: PageStarts; measured: boolean } {
  const [starts, setStarts] = useState<PageStarts | null>(null);
  const latest = useRef(slides);
  latest.current = slides;

  // After every render, since a re-cut moves blocks into new elements: watch what is there now.
  useLayoutEffect(() => {
    const root = stage.current;
    if (!root) return;
    const measure = () => {
      const next = measureStarts(root, latest.current);
      if (next) {
        setStarts((previous) => (previous && sameStarts(previous, next) ? previous : next));
      }
    };
    const observer = new ResizeObserver(measure);
    observer.observe(root);
    for (const block of root.querySelectorAll(".slide-block")) observer.observe(block);
    return () => observer.disconnect();
  });

  return { starts: starts ?? {}, measured: starts !== null };
}

function measureStarts(root: HTMLElement, slides: readonly Slide[]): PageStarts | null {
  // A phone's deck scrolls, slide by slide: nothing to page.
  if (getComputedStyle(root).getPropertyValue("--slide-fit").trim() !== "screen") return {};
  const box = root.querySelector<HTMLElement>(".slide[data-kind='flow']");
  const head = root.querySelector<HTMLElement>(".slide-head-sample");
  if (!box || !head) return null;
  const style = getComputedStyle(box);
  // A px of slack, so rounding never leaves a page a fraction too tall.
  const room =
    box.clientHeight -
    Number.parseFloat(style.paddingTop) -
    Number.parseFloat(style.paddingBottom) -
    1;
  const headHeight = outerHeight(head);
  const starts: Record<string, number[]> = {};
  for (const slide of slides) {
    if (slide.kind !== "flow") continue;
    const blocks = [
      ...root.querySelectorAll<HTMLElement>(
        `.slide[data-slide-of="${CSS.escape(slide.id)}"] .slide-block`,
      ),
    ].sort((a, b) => Number(a.dataset.block) - Number(b.dataset.block));
    if (blocks.length !== slide.nodes.length) return null; // not all drawn yet
    const first = slide.opensSection ? room : room - headHeight;
    starts[slide.id] = pageStarts(blocks.map(outerHeight), first, room - headHeight);
  }
  return starts;
}

/** A block's height with its margins: a flow slide is a flex column, where margins add up. */
function outerHeight(element: HTMLElement): number {
  const style = getComputedStyle(element);
  return (
    element.getBoundingClientRect().height +
    Number.parseFloat(style.marginTop) +
    Number.parseFloat(style.marginBottom)
  );
}
