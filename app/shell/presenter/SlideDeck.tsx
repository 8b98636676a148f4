import { type ReactElement, type ReactNode, useEffect, useMemo, useRef } from "react";
import { cellHref, lessonHref, presentHref } from "../../route/route";
import { pageTitle, useDocumentTitle } from "../useDocumentTitle";
import { pagesOf } from "./pages";
import { SlideNav } from "./SlideNav";
import { SlideView } from "./SlideView";
import { SpeakerViewButton } from "./SpeakerViewButton";
import { roleOf } from "./slideRoles";
import { START_SLIDE, slideIndex, splitSlides } from "./slides";
import { useSlideSync } from "./speakerSync";
import { usePageStarts } from "./usePageStarts";
import { useSlideKeys } from "./useSlideKeys";
import "./SlideDeck.css";
import "./stageCells.css";
import "./stageSlide.css";

interface Props {
  slug: string;
  title: string;
  /** The slide in the URL; null or an unknown id shows the first. */
  slide: string | null;
  /** The lesson's MDX document, rendered with the notebook's components. */
  document: ReactElement<{ children?: ReactNode }>;
}

/**
 * A lesson as slides that each fit one screen: a section's prose, then each live cell with its
 * question, then its takeaway (slides.ts), prose too long for the screen paged by measured height
 * (pages.ts). Every slide stays mounted and only the current one is shown, so the cells on it
 * are the lesson's own live cells, and a run goes on (and keeps its chart) while the presenter
 * moves to another slide and back.
 */
export function SlideDeck({ slug, title, slide, document }: Props) {
  const slides = useMemo(
    () => splitSlides(document.props.children, title, roleOf),
    [document, title],
  );
  const stage = useRef<HTMLDivElement>(null);
  const { starts, measured } = usePageStarts(slides, stage);
  const pages = useMemo(() => pagesOf(slides, starts), [slides, starts]);
  const index = slideIndex(pages, slide);
  const current = pages[index];
  const shown = useRef<HTMLElement>(null);
  const hrefOf = (id: string) => presentHref(slug, id === START_SLIDE ? null : id);
  const sectionOf = (id: string | undefined) => pages.find((page) => page.id === id)?.slide.section;
  const leaveHref = (id: string | undefined) => {
    const section = sectionOf(id);
    return section && section !== START_SLIDE ? cellHref(slug, section) : lessonHref(slug);
  };
  useDocumentTitle(
    pageTitle(
      current && current.slide.section !== START_SLIDE && current.slide.title,
      title,
      "Slides",
    ),
  );
  useSlideKeys(
    pages.map((page) => page.id),
    (id) => {
      window.location.hash = hrefOf(id);
    },
    (id) => {
      window.location.hash = leaveHref(id);
    },
  );

  const currentId = current?.id;
  useSlideSync("deck", slug, currentId, (id) => {
    window.location.hash = hrefOf(id);
  });
  useEffect(() => {
    if (!currentId) return;
    window.scrollTo(0, 0);
    shown.current?.focus({ preventScroll: true });
  }, [currentId]);

  const previous = pages[index - 1];
  const next = pages[index + 1];
  return (
    <>
      <SlideNav
        title={title}
        index={index}
        count={pages.length}
        previousHref={previous ? hrefOf(previous.id) : null}
        nextHref={next ? hrefOf(next.id) : null}
        leaveHref={leaveHref(currentId)}
        speakerView={<SpeakerViewButton slug={slug} slide={currentId} />}
      />
      <div className="slide-stage" ref={stage} data-measured={measured ? "" : undefined}>
        {/* The running head's size, for the measure of how much a continued page holds. */}
        <p className="slide-head slide-head-sample" aria-hidden="true">
          Sample
        </p>
        {pages.map((page) => (
          <SlideView
            key={page.id}
            page={page}
            current={page === current}
            ref={page === current ? shown : undefined}
          />
        ))}
      </div>
    </>
  );
}
