import { slugify } from "../../cells/mdxComponents";

/**
 * The instructors' page's two workshop plans: which slides, in what order, for how long, and which
 * cells to run live. Slides are presenter mode's (`#/present/<lesson>/<slide>`); the run times
 * beside each cell come from `workshopRunTimes` (measured, see `RUN_TIMES_MEASURED`).
 *
 * @example
 * step(8, "gil", "CPU-bound: threads take turns", "Vote, then run.", ["threads-vs-processes"])
 */
export interface PlanStep {
  minutes: number;
  lesson: string;
  /** The slide's title: its section's heading, or "Recap". */
  title: string;
  /** Its id in presenter mode, made from the title as the lesson's heading ids are. */
  slide: string;
  what: string;
  /** Experiment cells run live on this slide, by id. */
  cells: string[];
}

export interface WorkshopPlan {
  id: string;
  title: string;
  summary: string;
  steps: PlanStep[];
}

const step = (
  minutes: number,
  lesson: string,
  title: string,
  what: string,
  cells: string[] = [],
): PlanStep => ({ minutes, lesson, title, slide: slugify(title), what, cells });

export const WORKSHOP_PLANS: WorkshopPlan[] = [
  {
    id: "one-hour",
    title: "One hour: the GIL, pools and chunk size",
    summary:
      "One idea per lesson, one live run each. Every prediction is voted on by the room before Run.",
    steps: [
      step(
        5,
        "why-parallel",
        "Three kinds of problem",
        "Which problems split well, and which do not.",
      ),
      step(5, "why-parallel", "Amdahl's law", "Ask the Amdahl question; reveal the answer."),
      step(5, "why-parallel", "Your cores, measured", "Take guesses for the speed-up, then run.", [
        "count-primes",
      ]),
      step(
        8,
        "gil",
        "CPU-bound: threads take turns",
        "Vote: threads or processes? Run, read the verdict.",
        ["threads-vs-processes"],
      ),
      step(
        5,
        "gil",
        "I/O-bound: threads overlap their waits",
        "The same threads, waiting instead.",
        ["io-bound"],
      ),
      step(
        8,
        "pools",
        "A new worker per task, or a pool",
        "What starting a worker costs, and why a pool pays it once.",
        ["process-vs-pool"],
      ),
      step(6, "pools", "map, imap and imap_unordered", "When each map hands results back.", [
        "map-variants",
      ]),
      step(8, "chunk-size", "Many tiny tasks", "Guess the best chunk size, then run.", [
        "tiny-tasks",
      ]),
      step(6, "pitfalls", "1. What cannot be pickled", "What a worker cannot receive.", [
        "pickling",
      ]),
      step(4, "pitfalls", "Recap", "Recap, then hand out the cheat-sheet."),
    ],
  },
  {
    id: "three-hours",
    title: "Three hours: all seven lessons",
    summary:
      "Every lesson, its live runs and a challenge per lesson solved in pairs, with a break after pools.",
    steps: [
      step(5, "why-parallel", "Three kinds of problem", "Which problems split well."),
      step(5, "why-parallel", "Amdahl's law", "The Amdahl question, then the explorer."),
      step(10, "why-parallel", "Your cores, measured", "Guess, run, compare.", ["count-primes"]),
      step(10, "why-parallel", "Challenge 1", "Pairs: make the pool gain nothing."),
      step(10, "gil", "CPU-bound: threads take turns", "Vote, run, verdict.", [
        "threads-vs-processes",
      ]),
      step(5, "gil", "Why: the GIL", "Why one thread at a time."),
      step(8, "gil", "I/O-bound: threads overlap their waits", "Threads that wait.", ["io-bound"]),
      step(7, "gil", "Mixed: the convoy effect", "One CPU-bound thread among waiting ones.", [
        "convoy",
      ]),
      step(5, "gil", "The main thread: frozen or free", "A frozen page, then a free one.", [
        "page-thread",
      ]),
      step(8, "pools", "A new worker per task, or a pool", "Start-up cost.", ["process-vs-pool"]),
      step(7, "pools", "map, imap and imap_unordered", "Result order.", ["map-variants"]),
      step(7, "pools", "Keep the pool between calls", "A pool per call against one reused.", [
        "reuse-pool",
      ]),
      step(
        8,
        "pools",
        "Start methods and the __main__ guard",
        "Run Python on the script without the guard, then with it.",
      ),
      step(5, "pools", "How many workers?", "More workers than cores.", ["worker-count"]),
      step(10, "pools", "Recap", "Break."),
      step(8, "chunk-size", "Many tiny tasks", "Guess the best chunk size.", ["tiny-tasks"]),
      step(6, "chunk-size", "Uneven tasks", "When small chunks win.", ["uneven-tasks"]),
      step(6, "chunk-size", "Data in flight", "What big chunks hold in memory.", [
        "bytes-in-flight",
      ]),
      step(5, "pitfalls", "1. What cannot be pickled", "Pickling.", ["pickling"]),
      step(5, "pitfalls", "2. Sending too much data", "Big arguments.", ["payload"]),
      step(5, "pitfalls", "4. Nested pools and oversubscription", "Pools in pools.", [
        "nested-pools",
      ]),
      step(5, "pitfalls", "5. Races on shared memory", "A race, then a lock.", ["race"]),
      step(7, "vectorization", "One kernel, many ways", "Loops, WebAssembly, SIMD, a pool.", [
        "vectorize",
      ]),
      step(5, "vectorization", "Compiled on first call", "The first call pays.", ["first-call"]),
      step(7, "gpus", "Before you read the numbers", "Which GPU this browser has."),
      step(8, "gpus", "The trip there and back", "Where the GPU overtakes the CPU.", [
        "gpu-crossover",
      ]),
      step(3, "gpus", "Recap", "Questions; hand out the cheat-sheet."),
    ],
  },
];

/** Minutes from the start of the plan at which each step begins. */
export function startMinutes(plan: WorkshopPlan): number[] {
  let elapsed = 0;
  return plan.steps.map((planned) => {
    const start = elapsed;
    elapsed += planned.minutes;
    return start;
  });
}

export const totalMinutes = (plan: WorkshopPlan) =>
  plan.steps.reduce((sum, planned) => sum + planned.minutes, 0);
