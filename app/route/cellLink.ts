import type { ParamSpec, ParamValues } from "../../engine/experiment";
import { paramProblem } from "../../engine/params";
import { cellHref, parseRoute } from "./route";

/**
 * What a link to a cell carries besides its address: `#/lesson/<slug>/<cell>?maxN=500000&trials=5`,
 * and optionally the sender's edited task code (`&code=…`). A link only sets a cell up; it never
 * starts a run, and code from a link runs only when the reader presses Run, in workers.
 */
export interface CellLink {
  slug: string;
  cell: string;
  /** Param values as the link spells them, unchecked: see `linkedParams`. */
  params: Record<string, string>;
  /** The sender's version of the cell's task file, if the link carries one. */
  code: string | null;
}

/** The query field that carries code; never a param name. */
const CODE = "code";

/** The cell link in a location hash, or null when the hash is not a link to a cell. */
export function parseCellLink(hash: string): CellLink | null {
  const route = parseRoute(hash);
  if (route.page !== "lesson" || route.cell === null) return null;
  const query = new URLSearchParams(hash.includes("?") ? hash.slice(hash.indexOf("?") + 1) : "");
  const code = query.get(CODE);
  query.delete(CODE);
  return { slug: route.slug, cell: route.cell, params: Object.fromEntries(query), code };
}

/** The hash of a link that opens a cell with these params, and this code when given. */
export function cellLinkHref(
  slug: string,
  cell: string,
  params: ParamValues,
  code: string | null = null,
): string {
  const query = new URLSearchParams(
    Object.entries(params).map(([name, value]) => [name, String(value)]),
  );
  if (code !== null) query.set(CODE, code);
  const text = query.toString();
  return text ? `${cellHref(slug, cell)}?${text}` : cellHref(slug, cell);
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
