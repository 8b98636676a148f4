/**
 * Where the reader is. Lessons live at `#/lesson/<slug>`, a cell at `#/lesson/<slug>/<cell>`;
 * presenter mode at `#/present/<slug>`, a slide at `#/present/<slug>/<slide>`.
 * A cell link may end in a query (`…/<cell>?maxN=500000`): see cellLink.ts.
 */
export type Route =
  | { page: "contents" }
  | { page: "lesson"; slug: string; cell: string | null }
  | { page: "present"; slug: string; slide: string | null }
  | { page: "not-found"; hash: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, "").replace(/\?.*$/, "");
  if (path === "") return { page: "contents" };
  const [section, slug, cell, ...rest] = path.split("/").map(decodeURIComponent);
  if (section === "lesson" && slug && rest.length === 0) {
    return { page: "lesson", slug, cell: cell || null };
  }
  if (section === "present" && slug && rest.length === 0) {
    return { page: "present", slug, slide: cell || null };
  }
  return { page: "not-found", hash };
}

export const lessonHref = (slug: string) => `#/lesson/${encodeURIComponent(slug)}`;
export const cellHref = (slug: string, cell: string) =>
  `${lessonHref(slug)}/${encodeURIComponent(cell)}`;

export const presentHref = (slug: string, slide: string | null = null) =>
  `#/present/${encodeURIComponent(slug)}${slide ? `/${encodeURIComponent(slide)}` : ""}`;

/** `?quick=1` before the hash shrinks every sweep so the test suite stays fast. */
export function isQuickMode(search: string = globalThis.location?.search ?? ""): boolean {
  return new URLSearchParams(search).get("quick") === "1";
}
