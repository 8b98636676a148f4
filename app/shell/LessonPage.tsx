import { lazy, Suspense, useEffect, useMemo } from "react";
import { type LessonEntry, lessons } from "../../lessons";
import { LessonContext } from "../cells/lessonContext";
import { cheatSheetHref, glossaryHref, lessonHref, presentHref } from "../route/route";
import { loadChunk } from "./loadFailure";
import { pageTitle, useDocumentTitle } from "./useDocumentTitle";

interface Props {
  lesson: LessonEntry;
  index: number;
  /** The cell or heading to scroll to, from a deep link. */
  cell: string | null;
}

export function LessonPage({ lesson, index, cell }: Props) {
  const Content = useMemo(() => lazy(() => loadChunk(() => loadLesson(lesson))), [lesson]);
  useDocumentTitle(pageTitle(lesson.title));
  const previous = lessons[index - 1];
  const next = lessons[index + 1];
  return (
    <main className="page lesson" id="main" tabIndex={-1}>
      <p className="lesson-tools">
        <a href={glossaryHref()}>Glossary</a> · <a href={cheatSheetHref}>Cheat-sheet</a> ·{" "}
        <a href={presentHref(lesson.slug)}>Present this lesson</a>
      </p>
      <LessonContext value={lesson.slug}>
        <Suspense fallback={<p className="loading">Loading the lesson…</p>}>
          <Content />
          <ScrollToCell cell={cell} />
        </Suspense>
      </LessonContext>
      <p className="lesson-reference">
        Words you met here are in the <a href={glossaryHref()}>glossary</a>; which tool to use when
        is on the <a href={cheatSheetHref}>cheat-sheet</a>.
      </p>
      <nav className="pager" aria-label="Lessons">
        {previous ? (
          <a href={lessonHref(previous.slug)} rel="prev">
            ← {previous.title}
          </a>
        ) : (
          <a href="#/">← Contents</a>
        )}
        {next ? (
          <a href={lessonHref(next.slug)} rel="next">
            {next.title} →
          </a>
        ) : (
          <a href="#/">Contents →</a>
        )}
      </nav>
    </main>
  );
}

/**
 * The lesson and the notebook's components (Plot among them) load together, on demand. Every
 * lesson ends with two scratch cells for the reader's own code: JavaScript, then Python.
 */
async function loadLesson(lesson: LessonEntry) {
  const [{ default: Mdx }, { mdxComponents }, { ScratchCell }, { PythonScratchCell }] =
    await Promise.all([
      lesson.load(),
      import("../cells/mdxComponents"),
      import("../cells/scratch/ScratchCell"),
      import("../cells/python/PythonScratchCell"),
    ]);
  return {
    default: () => (
      <>
        <Mdx components={mdxComponents} />
        <ScratchCell lesson={lesson.slug} />
        <PythonScratchCell lesson={lesson.slug} />
      </>
    ),
  };
}

/** Rendered after the lesson inside Suspense, so the target exists when this effect runs. */
function ScrollToCell({ cell }: { cell: string | null }) {
  useEffect(() => {
    if (cell) document.getElementById(cell)?.scrollIntoView({ block: "start" });
    else window.scrollTo(0, 0);
  }, [cell]);
  return null;
}
