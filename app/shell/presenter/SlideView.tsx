import type { Ref } from "react";
import type { Page } from "./pages";

interface Props {
  page: Page;
  current: boolean;
  ref?: Ref<HTMLElement> | undefined;
}

/**
 * One screen of the deck. A flow page wraps each block, so the deck can measure it; a page that
 * does not open its section carries a running head: the section's title, and "(2/3)" on a
 * paged slide. Hidden flow pages stay laid out, invisible, to be measured (SlideDeck.css).
 */
export function SlideView({ page, current, ref }: Props) {
  const { slide } = page;
  const part = page.pages > 1 ? ` (${page.page}/${page.pages})` : "";
  const label = `${slide.title}${part}`;
  const opens = slide.opensSection && page.page === 1;
  return (
    <section
      className="slide"
      data-slide={page.id}
      data-slide-of={slide.id}
      data-kind={slide.kind}
      aria-label={label}
      hidden={!current}
      tabIndex={-1}
      ref={ref}
    >
      {!opens && <p className="slide-head">{label}</p>}
      {slide.kind === "flow"
        ? page.nodes.map((node, index) => {
            const block = page.first + index;
            return (
              <div className="slide-block" key={`block-${block}`} data-block={block}>
                {node}
              </div>
            );
          })
        : page.nodes}
    </section>
  );
}
