import { type FormEvent, type ReactNode, useState } from "react";
import type { Experiment } from "../../../engine/experiment";
import type { Prediction } from "../../../engine/prediction";
import { savedKey } from "../../../engine/saved/store";
import { useLessonSlug } from "../lessonContext";
import { useGuess } from "./useGuess";

interface Props {
  children: ReactNode;
  /** The experiment that answers the question: its `prediction` gives the reader's controls. */
  of?: Experiment;
  /** For a question a formula answers (Amdahl): the answer, shown when the reader asks. */
  answer?: ReactNode;
}

/**
 * A question to answer before a run. With `of`, the reader commits a guess (kept with the cell's
 * saved work; the cell shows it beside the run's answer); with `answer`, a reveal.
 * Test contract: `data-predict` on the aside, `data-guess` once a guess is committed.
 *
 * @example
 * <Predict of={countPrimes}>How many times faster will the pool be?</Predict>
 */
export function Predict({ children, of, answer }: Props) {
  const prediction = of?.prediction;
  const shown = (
    <>
      <p className="teach-label">Predict before you run</p>
      {children}
      {answer !== undefined && <Reveal>{answer}</Reveal>}
    </>
  );
  return of && prediction ? (
    <GuessForm experiment={of} prediction={prediction}>
      {shown}
    </GuessForm>
  ) : (
    <aside className="teach predict" aria-label="Predict before you run" data-predict="">
      {shown}
    </aside>
  );
}

function GuessForm({
  experiment,
  prediction,
  children,
}: {
  experiment: Experiment;
  prediction: Prediction;
  children: ReactNode;
}) {
  const lesson = useLessonSlug();
  const { guess, commit, problem } = useGuess(savedKey("guess", lesson, experiment.id));
  const [draft, setDraft] = useState("");
  const name = `${experiment.id}-guess`;
  const number = Number(draft);
  const valid =
    prediction.kind === "choice" ? draft !== "" : draft !== "" && Number.isFinite(number);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (valid) commit(prediction.kind === "choice" ? draft : number);
  }

  return (
    <aside
      className="teach predict"
      aria-label="Predict before you run"
      data-predict=""
      data-guess={guess ? String(guess.value) : undefined}
    >
      {children}
      <form className="guess" onSubmit={submit}>
        {prediction.kind === "choice" ? (
          <fieldset>
            <legend>Your guess</legend>
            {prediction.choices.map((choice) => (
              <label key={choice}>
                <input
                  type="radio"
                  name={name}
                  value={choice}
                  checked={draft === choice}
                  onChange={() => setDraft(choice)}
                />{" "}
                {choice}
              </label>
            ))}
          </fieldset>
        ) : (
          <label>
            Your guess{" "}
            <input
              type="number"
              step="any"
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
            />{" "}
            {prediction.unit}
          </label>
        )}
        <button type="submit" disabled={!valid}>
          Commit my guess
        </button>
        {guess && (
          <p className="guess-committed" role="status">
            Your guess: {formatGuess(guess.value, prediction)}. Run the experiment below: the cell
            puts it beside what your run measures.
          </p>
        )}
        {problem && <p className="message notice">{problem}</p>}
      </form>
    </aside>
  );
}

function formatGuess(value: string | number, prediction: Prediction): string {
  return prediction.kind === "choice" ? `“${value}”` : `${value} ${prediction.unit}`;
}

function Reveal({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false);
  return shown ? (
    <div className="predict-answer">{children}</div>
  ) : (
    <button type="button" onClick={() => setShown(true)}>
      Show the answer
    </button>
  );
}
