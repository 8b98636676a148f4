import { type ReactNode, useState } from "react";
import type { Results } from "../../../common/results";
import type { Experiment } from "../../../engine/experiment";
import { useLessonSlug } from "../lessonContext";
import { useShownResults } from "../shownResults";

interface Props {
  /** The experiment whose run (params, edited code, numbers) the challenge is checked on. */
  of: Experiment;
  title: string;
  /** Whether a run solves it; null when the run cannot tell (a point was not measured). */
  check(results: Results): boolean | null;
  /** The solution, behind a reveal. */
  solution: ReactNode;
  children: ReactNode;
}

/**
 * An exercise at the end of a lesson, after react.dev's challenges, checked by the page on the
 * reader's own latest run of `of`: its params, its edited code (`results.editedSources`) and
 * its numbers. Test contract: `data-challenge` and `data-solved="true|false"`.
 *
 * @example
 * <Challenge of={countPrimes} title="A pool twice as fast" check={poolTwiceAsFast}
 *   solution={<p>Raise Largest n…</p>}>Make the pool twice as fast as one worker.</Challenge>
 */
export function Challenge({ of, title, check, solution, children }: Props) {
  const lesson = useLessonSlug();
  const results = useShownResults(lesson, of.id);
  const solved = results ? check(results) : null;
  const [showSolution, setShowSolution] = useState(false);
  return (
    <section
      className="teach challenge"
      aria-label={`Challenge: ${title}`}
      data-challenge={title}
      data-solved={solved === true ? "true" : "false"}
    >
      <p className="teach-label">Challenge</p>
      <h3>{title}</h3>
      {children}
      <p className="challenge-status" role="status">
        {solved === true
          ? "Solved: your latest run shows it."
          : solved === false
            ? `Not yet: your latest run of “${of.title}” does not show it.`
            : `Run “${of.title}” to check.`}
      </p>
      {showSolution ? (
        <div className="challenge-solution">{solution}</div>
      ) : (
        <button type="button" onClick={() => setShowSolution(true)}>
          Show the solution
        </button>
      )}
    </section>
  );
}
