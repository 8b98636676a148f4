import type { MDXProps } from "mdx/types";
import { lazy, type ReactElement, type ReactNode, Suspense, useMemo } from "react";
import type { LessonEntry } from "../../../lessons";
import { LessonContext } from "../../cells/lessonContext";
import { loadChunk } from "../loadFailure";

interface Props {
  lesson: LessonEntry;
  slide: string | null;
}

/** The speaker view of a lesson's deck, in its own window: its notes and clocks. */
export function SpeakerPage({ lesson, slide }: Props) {
  const View = useMemo(() => lazy(() => loadChunk(() => loadView(lesson))), [lesson]);
  return (
    <main className="page speaker" id="main" tabIndex={-1}>
      <LessonContext value={lesson.slug}>
        <Suspense fallback={<p className="loading">Loading the notes…</p>}>
          <View slide={slide} />
        </Suspense>
      </LessonContext>
    </main>
  );
}

/** The lesson, the notebook's components and the view load together, on demand. */
async function loadView(lesson: LessonEntry) {
  const [{ default: content }, { mdxComponents }, { SpeakerView }] = await Promise.all([
    lesson.load(),
    import("../../cells/mdxComponents"),
    import("./SpeakerView"),
  ]);
  // As in PresenterPage: the compiled MDX is a plain function, and its elements are the slides'.
  const render = content as (props: MDXProps) => ReactElement<{ children?: ReactNode }>;
  return {
    default: ({ slide }: { slide: string | null }) => (
      <SpeakerView
        slug={lesson.slug}
        title={lesson.title}
        slide={slide}
        document={render({ components: mdxComponents })}
      />
    ),
  };
}
