import type { Results } from "../common/results";

/** Results imported from another machine, drawn over the cell's own under `label`. */
export interface Overlay {
  label: string;
  results: Results;
}

/**
 * Who measured it, in a few words: "8 cores · Firefox 139 · imported", or "8 cores · Firefox 139
 * · ran edited code · imported" when the run ran the reader's own task code, so nobody takes
 * it for the original's numbers.
 * Labels that would repeat get a number, so two neighbours on the same laptop model stay apart.
 */
export function overlayLabel(
  { environment, editedSources }: Pick<Results, "environment" | "editedSources">,
  taken: readonly string[],
): string {
  const edited = editedSources ? " · ran edited code" : "";
  const base = `${environment.hardwareConcurrency} cores · ${browserName(environment.userAgent)}${edited} · imported`;
  let label = base;
  for (let n = 2; taken.includes(label); n++) label = `${base} ${n}`;
  return label;
}

/** The browser and major version from a user agent string, or "a browser" when unknown. */
export function browserName(userAgent: string): string {
  for (const [pattern, name] of BROWSERS) {
    const match = pattern.exec(userAgent);
    if (match) return `${name} ${match[1]}`;
  }
  return "a browser";
}

// Order matters: Edge and Opera also say Chrome, Chrome also says Safari.
const BROWSERS: [RegExp, string][] = [
  [/Edg\/(\d+)/, "Edge"],
  [/OPR\/(\d+)/, "Opera"],
  [/Firefox\/(\d+)/, "Firefox"],
  [/(?:Headless)?Chrome\/(\d+)/, "Chrome"],
  [/Version\/(\d+)[\d.]* .*Safari\//, "Safari"],
];

/**
 * One Results holding the cell's own series and each overlay's, renamed "<series> · <label>",
 * so the experiment's own chart function draws them all. The cell's own results, when there are
 * some, give everything else (x axis, environment, timeline).
 */
export function withOverlays(own: Results | null, overlays: readonly Overlay[]): Results | null {
  const base = own ?? overlays[0]?.results;
  if (!base || overlays.length === 0) return own;
  const rename = <T extends { series: string }>(rows: readonly T[], label: string) =>
    rows.map((row) => ({ ...row, series: seriesName(row.series, label) }));
  return {
    ...base,
    samples: [
      ...(own?.samples ?? []),
      ...overlays.flatMap(({ results, label }) => rename(results.samples, label)),
    ],
    summary: [
      ...(own?.summary ?? []),
      ...overlays.flatMap(({ results, label }) => rename(results.summary, label)),
    ],
  };
}

/** The names an overlay's series get in the merged results. */
export function overlaySeries({ label, results }: Overlay): string[] {
  return [...new Set(results.summary.map((row) => seriesName(row.series, label)))];
}

const seriesName = (series: string, label: string) => `${series} · ${label}`;
