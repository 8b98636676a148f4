import { lessons } from "../../lessons";
import { lessonHref } from "./route";

export function ContentsPage() {
  return (
    <main className="page contents">
      <h1>Corelab</h1>
      <p className="lede">
        How parallel computing really behaves, measured on your own machine. Each lesson runs real
        Web Workers, WebAssembly and WebGPU in this page and shows the same experiment in Python
        beside it.
      </p>
      <h2>Lessons</h2>
      <ol className="lesson-list">
        {lessons.map((lesson) => (
          <li key={lesson.slug}>
            <a href={lessonHref(lesson.slug)}>{lesson.title}</a>
            <p>{lesson.summary}</p>
          </li>
        ))}
      </ol>
    </main>
  );
}
