import { type RefObject, useLayoutEffect, useState } from "react";
import { type PageStarts, pageStarts, sameStarts } from "./pages";
import type { Slide } from "./slides";

/**
 * Where each flow slide is cut into pages, measured: every flow slide stays laid out (hidden
 * ones invisibly, in the same box as the shown one), so the deck reads each block's height and
 * fills each page with as many whole blocks as fit. Measured again when the slide's box changes
 * size (a resized window, a zoom), not when a block does: a block the reader opens (an aside,
 * a solution) stays where it is rather than move to another page under the reader's hand. Text
 * is never shrunk to fit. `measured` says the deck has been measured once (tests wait for it).
 */
export function usePageStarts(
  slides: readonly Slide[],
  stage: RefObject<HTMLElement | null>,
): { starts: PageStarts; measured: boolean } {
  const [starts, setStarts] = useState<PageStarts | null>(null);

  useLayoutEffect(() => {
    const root = stage.current;
    if (!root) return;
    const observer = new ResizeObserver(() => {
      const next = measureStarts(root, slides);
      if (next) {
        setStarts((previous) => (previous && sameStarts(previous, next) ? previous : next));
      }
    });
    observer.observe(root);
    return () => observer.disconnect();
  }, [slides, stage]);

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
  // Each block after the first on a page adds the gap before it: counted with every block.
  const gap = Number.parseFloat(style.rowGap) || 0;
  const headHeight = outerHeight(head) + gap;
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
    const heights = blocks.map((block) => outerHeight(block) + gap);
    starts[slide.id] = pageStarts(heights, first + gap, room - headHeight + gap);
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
