/**
 * Time elapsed as a speaker reads it: minutes and seconds, and hours once there are any.
 *
 * @example
 * formatElapsed(65_000) // "1:05"
 * formatElapsed(3_725_000) // "1:02:05"
 */
export function formatElapsed(milliseconds: number): string {
  const seconds = Math.max(0, Math.floor(milliseconds / 1000));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${rest}` : `${minutes}:${rest}`;
}

/** The wall clock, in the reader's own format, to the minute: "14:05" or "2:05 PM". */
export const formatWallClock = (now: Date) =>
  now.toLocaleTimeString([], { hour: "numeric", minute: "2-digit" });

/** When the talk started, kept per lesson for this window, so a reload keeps counting. */
export function talkStart(slug: string, now: number): number {
  const stored = Number(readSession(startKey(slug)));
  if (Number.isFinite(stored) && stored > 0 && stored <= now) return stored;
  return restartTalk(slug, now);
}

export function restartTalk(slug: string, now: number): number {
  try {
    sessionStorage.setItem(startKey(slug), String(now));
  } catch {
    // Storage blocked: the clock counts from this page's load.
  }
  return now;
}

const startKey = (slug: string) => `corelab:talk-start:${slug}`;

function readSession(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}
