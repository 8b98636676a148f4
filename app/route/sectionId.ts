/**
 * A lesson section's id, from its heading's text: the `#/lesson/<slug>/<id>` of a deep link,
 * a slide's id in presenter mode, and the section a glossary entry links to.
 *
 * @example
 * sectionId("Start methods and the __main__ guard") // "start-methods-and-the-main-guard"
 */
export function sectionId(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
