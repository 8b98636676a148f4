/**
 * The caps on what a scratch run prints, kept by the kernel worker and again by the page: the
 * reader's code runs in that worker and can post the page anything (`self.postMessage`).
 */

/** Lines kept per run; a chatty loop beyond this is counted, not sent. */
export const MAX_LINES = 1_000;
/** Characters kept per line. */
export const MAX_LINE_CHARS = 2_000;

/** A printed line, cut to MAX_LINE_CHARS and saying so. */
export function cutLine(text: string): string {
  return text.length > MAX_LINE_CHARS ? `${text.slice(0, MAX_LINE_CHARS)}… (line cut)` : text;
}
