/**
 * Where the reader is. Lessons live at `#/lesson/<slug>`, a cell at `#/lesson/<slug>/<cell>`;
 * presenter mode at `#/present/<slug>`, a slide at `#/present/<slug>/<slide>`; the speaker view
 * (the notes and a clock, in a second window) at `#/speaker/<slug>` and `#/speaker/<slug>/<slide>`;
 * the glossary at `#/glossary`, one of its terms at `#/glossary/<term>`; the cheat-sheet at
 * `#/cheat-sheet`; the instructors' page at `#/instructors`.
 * A cell link may end in a query (`…/<cell>?maxN=500000`): see cellLink.ts.
 */
export type Route =
  | { page: "contents" }
  | { page: "instructors" }
  | { page: "lesson"; slug: string; cell: string | null }
  | { page: "present"; slug: string; slide: string | null }
  | { page: "speaker"; slug: string; slide: string | null }
  | { page: "glossary"; term: string | null }
  | { page: "cheat-sheet" }
  | { page: "not-found"; hash: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, "").replace(/\?.*$/, "");
  if (path === "") return { page: "contents" };
  const segments = decodeSegments(path);
  if (segments === null) return { page: "not-found", hash };
  const [section, slug, cell, ...rest] = segments;
  if (section === "instructors" && segments.length === 1) return { page: "instructors" };
  if (section === "lesson" && slug && rest.length === 0) {
    return { page: "lesson", slug, cell: cell || null };
  }
  if ((section === "present" || section === "speaker") && slug && rest.length === 0) {
    return { page: section, slug, slide: cell || null };
  }
  if (section === "glossary" && cell === undefined && rest.length === 0) {
    return { page: "glossary", term: slug || null };
  }
  if (section === "cheat-sheet" && (slug === undefined || slug === "") && cell === undefined) {
    return { page: "cheat-sheet" };
  }
  return { page: "not-found", hash };
}

/** The path's segments, decoded; null when one holds a malformed escape such as `%ZZ`. */
function decodeSegments(path: string): string[] | null {
  try {
    return path.split("/").map(decodeURIComponent);
  } catch (error) {
    if (error instanceof URIError) return null;
    throw error;
  }
}

export const INSTRUCTORS_HREF = "#/instructors";
export const lessonHref = (slug: string) => `#/lesson/${encodeURIComponent(slug)}`;
export const cellHref = (slug: string, cell: string) =>
  `${lessonHref(slug)}/${encodeURIComponent(cell)}`;

export const presentHref = (slug: string, slide: string | null = null) =>
  `#/present/${encodeURIComponent(slug)}${slide ? `/${encodeURIComponent(slide)}` : ""}`;

export const speakerHref = (slug: string, slide: string | null = null) =>
  `#/speaker/${encodeURIComponent(slug)}${slide ? `/${encodeURIComponent(slide)}` : ""}`;

export const glossaryHref = (term: string | null = null) =>
  `#/glossary${term ? `/${encodeURIComponent(term)}` : ""}`;
export const cheatSheetHref = "#/cheat-sheet";

/** `?quick=1` before the hash means workshop sizes, whatever the Sizes switch says: the tests use it. */
export function isQuickMode(search: string = globalThis.location?.search ?? ""): boolean {
  return new URLSearchParams(search).get("quick") === "1";
}
