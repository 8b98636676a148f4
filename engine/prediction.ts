import type { Results } from "../common/results";

/**
 * A question a lesson asks before an experiment runs, and how the run answers it: one of a few
 * choices, or a number with its unit. The reader's guess is kept with the cell's saved work and
 * shown beside the measured answer after each run.
 *
 * @example
 * prediction: {
 *   kind: "number", unit: "× faster",
 *   answer: (results) => speedupAt(results, largestX(results)),
 * }
 */
export type Prediction =
  | { kind: "choice"; choices: string[]; answer(results: Results): string | null }
  | { kind: "number"; unit: string; answer(results: Results): number | null };

/** What the reader committed to before a run, and when. */
export interface Guess {
  value: string | number;
  committedAt: string;
}

/** A saved guess, checked: what storage returns is the reader's data, or it is refused. */
export function parseGuess(data: unknown): Guess {
  const { value, committedAt } = (data ?? {}) as Partial<Guess>;
  const valueOk =
    typeof value === "string" || (typeof value === "number" && Number.isFinite(value));
  if (!valueOk || typeof committedAt !== "string") throw new Error("a guess is a value and a time");
  return { value, committedAt };
}

/** The guess beside the run's answer, in one sentence; null when the run cannot answer it. */
export function compareGuess(
  prediction: Prediction,
  guess: Guess,
  results: Results,
): { close: boolean; text: string } | null {
  if (prediction.kind === "choice") {
    const answer = prediction.answer(results);
    if (answer === null) return null;
    const close = answer === guess.value;
    return {
      close,
      text: `You guessed “${guess.value}”; this run shows “${answer}”${close ? ": right." : "."}`,
    };
  }
  const answer = prediction.answer(results);
  if (answer === null || typeof guess.value !== "number") return null;
  const { unit } = prediction;
  const ratio = guess.value / answer;
  const close = ratio >= 2 / 3 && ratio <= 3 / 2;
  const measured = `${formatNumber(answer)} ${unit}`;
  return {
    close,
    text: `You guessed ${formatNumber(guess.value)} ${unit}; this run measured ${measured}${close ? ": within a factor of 1.5." : "."}`,
  };
}

function formatNumber(value: number): string {
  return value.toLocaleString("en", { maximumSignificantDigits: 3 });
}
