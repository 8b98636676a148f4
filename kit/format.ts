/** Milliseconds to three significant figures: 0.0123, 1.23, 123, 12300. */
export function formatMs(ms: number): string {
  if (ms === 0) return "0";
  return ms >= 100 ? Math.round(ms).toLocaleString("en") : ms.toPrecision(3);
}

const dateTimeFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

/** An ISO timestamp in the reader's time zone: "Nov 22, 2026, 7:12 AM". */
export const formatDateTime = (iso: string) => dateTimeFormat.format(new Date(iso));
