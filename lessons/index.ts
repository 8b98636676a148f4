import type { MDXProps } from "mdx/types";
import type { ComponentType } from "react";
import type { Capability } from "../app/engine/capabilities";

export interface LessonEntry {
  slug: string;
  title: string;
  /** One line for the contents page. */
  summary: string;
  /** Capabilities some of its experiments need; the environment panel names the lesson. */
  uses: Capability[];
  load(): Promise<{ default: ComponentType<MDXProps> }>;
}

/** Every lesson, in reading order. Each is loaded only when opened. */
export const lessons: LessonEntry[] = [
  {
    slug: "why-parallel",
    title: "Why parallel?",
    summary:
      "Amdahl's law, then your own cores: count primes on the page's thread, in one worker, and in a pool.",
    uses: [],
    load: () => import("./why-parallel/index.mdx"),
  },
  {
    slug: "pitfalls",
    title: "Pitfalls of parallel code",
    summary:
      "Seven ways a pool makes code slower or wrong, each measured live: tiny tasks, pickling, big data, repeated work, nested pools, races, the inner loop.",
    uses: ["crossOriginIsolated"],
    load: () => import("./pitfalls/index.mdx"),
  },
];

export function findLesson(slug: string): { lesson: LessonEntry; index: number } | null {
  const index = lessons.findIndex((lesson) => lesson.slug === slug);
  const lesson = lessons[index];
  return lesson ? { lesson, index } : null;
}
