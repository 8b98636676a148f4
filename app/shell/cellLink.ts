import type { ParamSpec, ParamValues } from "../engine/experiment";
import { paramProblem } from "../engine/params";
import { cellHref, parseRoute } from "./route";

/**
 * What a link to a cell carries besides its address: `#/lesson/<slug>/<cell>?maxN=500000&trials=5`.
 * A link only sets a cell up; it never starts a run.
 *
 * Extension point: code edits will travel as one more field here (say `code`), read by
 * `parseCellLink` and written by `cellLinkHref`, and must stay out of `params`. Like params,
 * code from a link is only placed in the cell; it runs when the reader presses Run.
 */
export interface CellLink {
  slug: string;
  cell: string;
  /** Param values as the link spells them, unchecked: see `linkedParams`. */
  params: Record<string, string>;
}

/** The cell link in a location hash, or null when the hash is not a link to a cell. */
export function parseCellLink(hash: string): CellLink | null {
  const route = parseRoute(hash);
  if (route.page !== "lesson" || route.cell === null) return null;
  const query = hash.includes("?") ? hash.slice(hash.indexOf("?") + 1) : "";
  return {
    slug: route.slug,
    cell: route.cell,
    params: Object.fromEntries(new URLSearchParams(query)),
  };
}

/** The hash of a link that opens a cell with these params. */
export function cellLinkHref(slug: string, cell: string, params: ParamValues): string {
  const query = new URLSearchParams(
    Object.entries(params).map(([name, value]) => [name, String(value)]),
  ).toString();
  return query ? `${cellHref(slug, cell)}?${query}` : cellHref(slug, cell);
}

export type LinkedParams = { ok: true; values: ParamValues } | { ok: false; refused: string[] };

/**
 * Checks a link's params against the cell's specs: each must name a param of the cell and hold
 * a plain decimal number in its range. Anything wrong refuses the whole link, naming each
 * problem with the valid range, so a cell never runs with half of what a link meant.
 */
export function linkedParams(
  specs: Record<string, ParamSpec>,
  current: ParamValues,
  linked: Record<string, string>,
): LinkedParams {
  const values: ParamValues = { ...current };
  const refused: string[] = [];
  for (const [name, raw] of Object.entries(linked)) {
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (!spec) {
      refused.push(
        `${name}=${raw}: this cell has no such parameter (it has ${Object.keys(specs).join(", ")}).`,
      );
      continue;
    }
    const value = DECIMAL.test(raw.trim()) ? Number(raw) : Number.NaN;
    const problem = paramProblem(spec, value);
    if (problem) refused.push(`${name}=${raw}: ${problem}`);
    else values[name] = value;
  }
  return refused.length > 0 ? { ok: false, refused } : { ok: true, values };
}

// Plain decimal notation only: "0x10", "Infinity" and "" are not numbers a reader would type.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
