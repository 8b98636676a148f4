import { lessons } from "../../lessons";
import { PageHeading } from "../cells/PageHeading";
import {
  cheatSheetHref,
  glossaryHref,
  INSTRUCTORS_HREF,
  lessonHref,
  presentHref,
} from "../route/route";
import { pageTitle, useDocumentTitle } from "./useDocumentTitle";

export function ContentsPage() {
  useDocumentTitle(pageTitle());
  return (
    <main className="page contents" id="main" tabIndex={-1}>
      <PageHeading>Corelab</PageHeading>
      <p className="lede">
        How parallel computing really behaves, measured on your own machine. Each lesson runs real
        Web Workers, WebAssembly and WebGPU in this page and shows the same experiment in Python
        beside it.
      </p>
      <h2>Lessons</h2>
      <ol className="lesson-list">
        {lessons.map((lesson) => (
          <li key={lesson.slug}>
            <a href={lessonHref(lesson.slug)} id={`lesson-${lesson.slug}`}>
              {lesson.title}
            </a>
            <p>{lesson.summary}</p>
            {/* Named "Present" with the lesson as its description, so each lesson's own link
                keeps the lesson's title as its only name. */}
            <a
              className="present-link"
              href={presentHref(lesson.slug)}
              aria-describedby={`lesson-${lesson.slug}`}
            >
              Present
            </a>
          </li>
        ))}
      </ol>
      <h2>Reference</h2>
      <ul className="reference-links">
        <li>
          <a href={glossaryHref()}>Glossary</a>: the words the lessons use, with their Python side
          and their browser twin.
        </li>
        <li>
          <a href={cheatSheetHref}>Cheat-sheet: which tool when</a>, on one printable page.
        </li>
        <li>
          <a href={INSTRUCTORS_HREF}>For instructors</a>: one-hour and three-hour workshop plans,
          with how long each live run takes.
        </li>
      </ul>
    </main>
  );
}
