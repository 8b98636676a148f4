import { createContext, use } from "react";

/** The slug of the lesson a cell sits in, for its deep link and its results file. */
export const LessonContext = createContext<string | null>(null);

export function useLessonSlug(): string {
  const slug = use(LessonContext);
  if (slug === null) throw new Error("A cell must be rendered inside a lesson.");
  return slug;
}
