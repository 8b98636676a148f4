import type { MDXProps } from "mdx/types";
import { lazy, type ReactElement, type ReactNode, Suspense, useMemo } from "react";
import type { LessonEntry } from "../../../lessons";
import { LessonContext } from "../../cells/lessonContext";
import { ArrivedByNavigation } from "../../cells/PageHeading";
import { Presenting } from "../../cells/presenting";
import { loadChunk } from "../loadFailure";

interface Props {
  lesson: LessonEntry;
  slide: string | null;
}

/** Presenter mode: the lesson's own live cells, one section per slide, in large type. */
export function PresenterPage({ lesson, slide }: Props) {
  const Deck = useMemo(() => lazy(() => loadChunk(() => loadDeck(lesson))), [lesson]);
  return (
    <main className="page presenter" id="main" tabIndex={-1}>
      <LessonContext value={lesson.slug}>
        <Presenting value={true}>
          {/* The deck moves focus to each slide it shows, the first one included. */}
          <ArrivedByNavigation value={false}>
            <Suspense fallback={<p className="loading">Loading the lesson…</p>}>
              <Deck slide={slide} />
            </Suspense>
          </ArrivedByNavigation>
        </Presenting>
      </LessonContext>
    </main>
  );
}

/** The lesson, the notebook's components and the deck load together, on demand. */
async function loadDeck(lesson: LessonEntry) {
  const [{ default: content }, { mdxComponents }, { SlideDeck }] = await Promise.all([
    lesson.load(),
    import("../../cells/mdxComponents"),
    import("./SlideDeck"),
  ]);
  // An MDX document compiles to a plain function of its props, without hooks; calling it hands the
  // deck the lesson's top-level elements to cut into slides, as MDX itself does without a wrapper.
  const render = content as (props: MDXProps) => ReactElement<{ children?: ReactNode }>;
  return {
    default: ({ slide }: { slide: string | null }) => (
      <SlideDeck
        slug={lesson.slug}
        title={lesson.title}
        slide={slide}
        document={render({ components: mdxComponents })}
      />
    ),
  };
}
