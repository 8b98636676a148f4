import { Fragment, type ReactElement, type ReactNode, useEffect, useMemo } from "react";
import { PageHeading } from "../../cells/PageHeading";
import { parseRoute, speakerHref } from "../../route/route";
import { pageTitle, useDocumentTitle } from "../useDocumentTitle";
import { slideIdOf } from "./pages";
import { isField, slideKeyAction } from "./presenterKeys";
import { roleOf } from "./slideRoles";
import { START_SLIDE, slideIndex, splitSlides } from "./slides";
import { useSlideSync } from "./speakerSync";
import { TalkClock } from "./TalkClock";
import "./SpeakerView.css";

interface Props {
  slug: string;
  title: string;
  /** The slide in the URL; null or an unknown id is the first. */
  slide: string | null;
  /** The lesson's MDX document, cut into the same slides as the deck's. */
  document: ReactElement<{ children?: ReactNode }>;
}

/**
 * The speaker's window: the current slide's title and notes, the next slide's title, the clocks,
 * and buttons that move the deck. It follows the deck, and the deck follows it.
 */
export function SpeakerView({ slug, title, slide, document }: Props) {
  const slides = useMemo(
    () => splitSlides(document.props.children, title, roleOf),
    [document, title],
  );
  // The deck may be on a later page of a long slide: the notes are the slide's.
  const index = slideIndex(slides, slide && slideIdOf(slide));
  const current = slides[index];
  const next = slides[index + 1];
  const hrefOf = (id: string) => speakerHref(slug, id === START_SLIDE ? null : id);
  const moveTo = (id: string | undefined) => {
    if (id) window.location.hash = hrefOf(id);
  };
  useDocumentTitle(pageTitle("Speaker view", current?.title, title));
  // Said back as the address has it (a page's id), so that following the deck is not a move.
  useSlideSync("speaker", slug, slide ?? current?.id, moveTo);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = slideKeyAction(event, isField(event.target));
      if (action !== "next" && action !== "previous") return;
      // As in the deck: where we are comes from the hash, which a quick second press finds moved.
      const route = parseRoute(window.location.hash);
      const at = slideIndex(
        slides,
        route.page === "speaker" && route.slide ? slideIdOf(route.slide) : null,
      );
      moveTo(slides[action === "next" ? at + 1 : at - 1]?.id);
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  return (
    <>
      <div className="speaker-top">
        <p className="speaker-count" aria-live="polite">
          {title} · {index + 1} / {slides.length}
        </p>
        <TalkClock slug={slug} />
      </div>
      <PageHeading>{current?.title}</PageHeading>
      <section className="speaker-notes" aria-label="Notes">
        {current?.notes.length ? (
          current.notes.map((note) => <Fragment key={note.key}>{note.props.children}</Fragment>)
        ) : (
          <p className="speaker-no-notes">No notes for this slide.</p>
        )}
      </section>
      <p className="speaker-next">
        {next ? (
          <>
            Next: <strong>{next.title}</strong>
            {next.kind === "stage"
              ? " (live cell)"
              : next.section === current?.section && " (continued)"}
          </>
        ) : (
          "Last slide."
        )}
      </p>
      <nav className="speaker-moves" aria-label="Slides">
        <button type="button" onClick={() => moveTo(slides[index - 1]?.id)} disabled={index === 0}>
          ← Previous
        </button>
        <button type="button" onClick={() => moveTo(next?.id)} disabled={!next}>
          Next →
        </button>
      </nav>
    </>
  );
}
