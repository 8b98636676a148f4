import { type ReactElement, type ReactNode, useEffect, useMemo, useRef } from "react";
import { AnchoredHeading, slugify, textOf } from "../../cells/mdxComponents";
import { Recap } from "../../cells/teaching/teaching";
import { cellHref, lessonHref, parseRoute, presentHref } from "../../route/route";
import { pageTitle, useDocumentTitle } from "../useDocumentTitle";
import { isField, slideKeyAction } from "./presenterKeys";
import { SpeakerViewButton } from "./SpeakerViewButton";
import { START_SLIDE, slideIndex, splitSlides } from "./slides";
import { useSlideSync } from "./speakerSync";
import "./SlideDeck.css";

interface Props {
  slug: string;
  title: string;
  /** The slide in the URL; null or an unknown id shows the first. */
  slide: string | null;
  /** The lesson's MDX document, rendered with the notebook's components. */
  document: ReactElement<{ children?: ReactNode }>;
}

/**
 * A lesson as slides, one section at a time. Every slide stays mounted and only the current one
 * is shown, so the cells on it are the lesson's own live cells, and a run goes on (and keeps its
 * chart) while the presenter moves to another slide and back.
 */
export function SlideDeck({ slug, title, slide, document }: Props) {
  const slides = useMemo(
    () => splitSlides(document.props.children, title, headingOf),
    [document, title],
  );
  const index = slideIndex(slides, slide);
  const current = slides[index];
  const previous = slides[index - 1];
  const next = slides[index + 1];
  const shown = useRef<HTMLElement>(null);
  const latestSlides = useRef(slides);
  const hrefOf = (id: string) => presentHref(slug, id === START_SLIDE ? null : id);
  const leaveHref = (id: string | undefined) =>
    id && id !== START_SLIDE ? cellHref(slug, id) : lessonHref(slug);
  useDocumentTitle(
    pageTitle(current && current.id !== START_SLIDE && current.title, title, "Slides"),
  );

  useEffect(() => {
    latestSlides.current = slides;
  });

  const currentId = current?.id;
  useSlideSync("deck", slug, currentId, (id) => {
    window.location.hash = hrefOf(id);
  });
  useEffect(() => {
    if (!currentId) return;
    window.scrollTo(0, 0);
    shown.current?.focus({ preventScroll: true });
  }, [currentId]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = slideKeyAction(event, isField(event.target));
      if (!action) return;
      // Where we are comes from the hash, not from this render: a second key press can arrive
      // after the hash has changed and before React has drawn the new slide.
      const route = parseRoute(window.location.hash);
      const slides = latestSlides.current;
      const at = slideIndex(slides, route.page === "present" ? route.slide : null);
      const target = slides[action === "next" ? at + 1 : at - 1];
      if (action === "leave") window.location.hash = leaveHref(slides[at]?.id);
      else if (target) window.location.hash = hrefOf(target.id);
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  return (
    <>
      <nav className="slide-nav" aria-label="Slides">
        {previous ? (
          <a href={hrefOf(previous.id)} rel="prev">
            ← Previous
          </a>
        ) : (
          <span />
        )}
        <span className="slide-count" aria-live="polite">
          <span className="slide-lesson">{title}</span> · {index + 1} / {slides.length}
        </span>
        {next ? (
          <a href={hrefOf(next.id)} rel="next">
            Next →
          </a>
        ) : (
          <span />
        )}
        <span className="slide-keys">Keys: ← → move, Esc leaves</span>
        <SpeakerViewButton slug={slug} slide={currentId} />
        <a href={leaveHref(currentId)}>Leave presenter mode</a>
      </nav>
      {slides.map((candidate) => (
        <section
          key={candidate.id}
          className="slide"
          data-slide={candidate.id}
          aria-label={candidate.title}
          hidden={candidate !== current}
          tabIndex={-1}
          ref={candidate === current ? shown : undefined}
        >
          {candidate.nodes}
        </section>
      ))}
    </>
  );
}

/** A section heading starts a slide, and so does the Recap; the speaker view cuts the same way. */
export function headingOf(element: ReactElement): { id: string; title: string } | null {
  if (element.type === AnchoredHeading) {
    const title = textOf((element.props as { children?: ReactNode }).children);
    return { id: slugify(title), title };
  }
  if (element.type === Recap) return { id: "recap", title: "Recap" };
  return null;
}
