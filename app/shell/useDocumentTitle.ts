import { useEffect } from "react";

/** "Lesson · Corelab": the page's own name first, so a tab, a bookmark or the history reads well. */
export function pageTitle(...parts: (string | false | null | undefined)[]): string {
  return [...parts.filter((part) => typeof part === "string" && part !== ""), "Corelab"].join(
    " · ",
  );
}

/** Sets `document.title` from the page on show, so every page and slide has its own. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
