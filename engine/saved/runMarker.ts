/**
 * The marker a cell saves while a run goes on, so that the next visit can tell a run the page
 * did not live to finish. It is forgotten when the run ends on the page; if the reader leaves the
 * lesson mid-run, the run is stopped and the marker says so (`left`). Storage is untrusted: what
 * it returns is checked by `parseRunMarker`.
 */
export interface RunMarker {
  startedAt: string;
  /** The reader left the lesson while the run went on, which stopped it. */
  left?: true;
}

/** A marker as storage returned it, or null when it is not one (then it is dropped). */
export function parseRunMarker(data: unknown): { startedAt: Date; left: boolean } | null {
  // Markers before `left` existed were the start time alone.
  const marker = typeof data === "string" ? { startedAt: data } : data;
  if (typeof marker !== "object" || marker === null || !("startedAt" in marker)) return null;
  const { startedAt } = marker;
  if (typeof startedAt !== "string" || !ISO_TIMESTAMP.test(startedAt)) return null;
  const date = new Date(startedAt);
  if (Number.isNaN(date.getTime())) return null;
  return { startedAt: date, left: "left" in marker && marker.left === true };
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** What the cell says about a run the last visit did not see end. */
export function unfinishedRunNotice({ startedAt, left }: { startedAt: Date; left: boolean }) {
  const time = startedAt.toLocaleTimeString("en");
  return left
    ? `The run started at ${time} was stopped when you left the lesson. The points it measured before are kept; Run measures again.`
    : `The run started at ${time} did not finish: the page was reloaded, closed or crashed while it ran. A tab ends when a worker runs out of JavaScript memory, so check your code for data that grows without end. Your code and the points measured before are kept.`;
}
