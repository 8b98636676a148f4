/** Milliseconds to three significant figures: 0.0123, 1.23, 123, 12300. */
export function formatMs(ms: number): string {
  if (ms === 0) return "0";
  return ms >= 100 ? Math.round(ms).toLocaleString("en") : ms.toPrecision(3);
}

/** A count rounded to a whole number, with thousands separators: 1,234,567. */
export const formatCount = (value: number) => Math.round(value).toLocaleString("en");

/** "2.3× slower" or "1.8× faster": how `time` compares with `reference`. */
export function ratioWords(time: number, reference: number): string {
  return time >= reference
    ? `${(time / reference).toFixed(1)}× slower`
    : `${(reference / time).toFixed(1)}× faster`;
}

const dateTimeFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

/** An ISO timestamp in the reader's time zone: "Nov 22, 2026, 7:12 AM". */
export const formatDateTime = (iso: string) => dateTimeFormat.format(new Date(iso));
