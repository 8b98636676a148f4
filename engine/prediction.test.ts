import { describe, expect, it } from "vitest";
import type { Results } from "../common/results";
import { compareGuess, type Prediction, parseGuess } from "./prediction";

const results = {} as Results;
const faster: Prediction = { kind: "number", unit: "× faster", answer: () => 1.8 };
const winner: Prediction = {
  kind: "choice",
  choices: ["threads", "processes"],
  answer: () => "processes",
};

describe("compareGuess", () => {
  it("puts a number beside the measured one, close within a factor of 1.5", () => {
    const at = "2026-12-07T00:00:00.000Z";
    expect(compareGuess(faster, { value: 2, committedAt: at }, results)).toEqual({
      close: true,
      text: "You guessed 2 × faster; this run measured 1.8 × faster: within a factor of 1.5.",
    });
    expect(compareGuess(faster, { value: 4, committedAt: at }, results)?.close).toBe(false);
  });

  it("says whether a choice is the one the run shows", () => {
    const at = "2026-12-07T00:00:00.000Z";
    expect(compareGuess(winner, { value: "threads", committedAt: at }, results)).toEqual({
      close: false,
      text: "You guessed “threads”; this run shows “processes”.",
    });
  });

  it("stays silent when the run cannot answer", () => {
    const none: Prediction = { kind: "number", unit: "ms", answer: () => null };
    expect(compareGuess(none, { value: 1, committedAt: "x" }, results)).toBeNull();
  });
});

describe("parseGuess", () => {
  it("keeps a well-formed guess and refuses anything else", () => {
    expect(parseGuess({ value: 3, committedAt: "t" })).toEqual({ value: 3, committedAt: "t" });
    expect(() => parseGuess({ value: Number.NaN, committedAt: "t" })).toThrow();
    expect(() => parseGuess("<script>")).toThrow();
    expect(() => parseGuess(null)).toThrow();
  });
});
