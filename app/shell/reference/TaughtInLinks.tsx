import type { ReactNode } from "react";
import { findLesson } from "../../../lessons";
import type { TaughtIn } from "../../../lessons/glossary";
import { cellHref } from "../../route/route";
import { sectionId } from "../../route/sectionId";

/**
 * Links to the lesson sections that teach something, as "Section (Lesson)", joined by commas;
 * a lesson goes by the part of its title before any colon ("The GIL").
 *
 * @example
 * <TaughtInLinks taught={[{ lesson: "gil", section: "Why: the GIL" }]} />
 */
export function TaughtInLinks({ taught }: { taught: TaughtIn[] }) {
  return (
    <>
      {taught.map((place, index) => {
        const title = findLesson(place.lesson)?.lesson.title ?? place.lesson;
        return (
          <span key={`${place.lesson}/${place.section}`}>
            {index > 0 && ", "}
            <a href={cellHref(place.lesson, sectionId(place.section))}>
              {place.section} ({title.split(":")[0]})
            </a>
          </span>
        );
      })}
    </>
  );
}

/**
 * The glossary's and cheat-sheet's text, with what is between backticks shown as code.
 *
 * @example
 * <WithCode text="Set `OMP_NUM_THREADS=1` first" />
 */
export function WithCode({ text }: { text: string }): ReactNode {
  return text.split("`").map((part, index) =>
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of a fixed text never move.
    index % 2 === 1 ? <code key={index}>{part}</code> : part,
  );
}
