/** Milliseconds to three significant figures: 0.0123, 1.23, 123, 12300. */
export function formatMs(ms: number): string {
  if (ms === 0) return "0";
  return ms >= 100 ? Math.round(ms).toLocaleString("en") : ms.toPrecision(3);
}

/** A count rounded to a whole number, with thousands separators: 1,234,567. */
export const formatCount = (value: number) => Math.round(value).toLocaleString("en");

/** SI prefixes from a thousand up, largest first. */
const SI_PREFIXES = [
  [1e12, "T"],
  [1e9, "G"],
  [1e6, "M"],
  [1e3, "k"],
] as const;

/**
 * An axis tick, the one rule every shared chart follows: three significant figures at most, SI
 * prefixes from a thousand up (1k, 2.5k, 10k, 1M), plain decimals below (0.001, 0.25, 250), and
 * never exponent notation (no 1e+3).
 */
export function formatTick(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  // Rounded first, so 999,999 reads 1M and not 1,000k.
  const rounded = Number(value.toPrecision(3));
  const prefix = SI_PREFIXES.find(([step]) => Math.abs(rounded) >= step);
  return prefix ? `${plainNumber(rounded / prefix[0])}${prefix[1]}` : plainNumber(rounded);
}

const plainNumber = (value: number) =>
  value.toLocaleString("en", { maximumSignificantDigits: 3, useGrouping: true });

/**
 * A quantity's name with its unit in brackets, the unit said once: "payload (MiB)", but "tasks"
 * and "results in hand", not "tasks (tasks)" or "results in hand (results)"; "N" with no unit.
 */
export function quantityLabel(name: string, unit: string): string {
  const bare = unit
    .trim()
    .replace(/^\((.*)\)$/, "$1")
    .trim();
  if (bare === "" || wordsOf(name).includes(wordsOf(bare))) return name;
  return `${name} (${bare})`;
}

/** Lower-case words with one space around each, so that a search finds whole words only. */
const wordsOf = (text: string) => ` ${text.toLowerCase().split(/\s+/).filter(Boolean).join(" ")} `;

/** "2.3× slower" or "1.8× faster": how `time` compares with `reference`. */
export function ratioWords(time: number, reference: number): string {
  return time >= reference
    ? `${(time / reference).toFixed(1)}× slower`
    : `${(reference / time).toFixed(1)}× faster`;
}

const dateTimeFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

/** An ISO timestamp in the reader's time zone: "Nov 22, 2026, 7:12 AM". */
export const formatDateTime = (iso: string) => dateTimeFormat.format(new Date(iso));
