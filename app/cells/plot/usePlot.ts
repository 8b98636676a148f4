import { type RefObject, useEffect, useState, useSyncExternalStore } from "react";
import type { PlotModule } from "../../../engine/experiment";

/** Where the chart library is: still to be fetched, fetched, or failed to arrive. */
export type PlotState =
  | { status: "waiting" }
  | { status: "ready"; Plot: PlotModule }
  | { status: "failed"; message: string };

/** One state for the whole page: once any chart has fetched Plot, every chart can draw. */
let state: PlotState = { status: "waiting" };
let loading: Promise<PlotModule> | null = null;
const listeners = new Set<() => void>();

function publish(next: PlotState): void {
  state = next;
  for (const listener of listeners) listener();
}

/**
 * Fetches Plot once for the whole page; every later call shares that fetch. A failed fetch is
 * forgotten, so the next call tries again (the network may be back).
 */
export function loadPlot(): Promise<PlotModule> {
  loading ??= import("../../../engine/plotExports").then(
    (Plot) => {
      publish({ status: "ready", Plot });
      return Plot;
    },
    (error: unknown) => {
      loading = null;
      const reason = error instanceof Error ? error.message : String(error);
      publish({
        status: "failed",
        message: `The chart library could not be loaded (${reason}). Run again or reload the page to retry; the numbers are in the table.`,
      });
      throw error;
    },
  );
  return loading;
}

/** Starts fetching Plot ahead of a chart, e.g. on Run; a failure shows once that chart asks. */
export function preloadPlot(): void {
  loadPlot().catch(() => {});
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Plot, fetched once `wanted` (a chart is about to be drawn); ready as soon as any chart on the
 * page has fetched it.
 */
export function usePlot(wanted: boolean): PlotState {
  const current = useSyncExternalStore(subscribe, () => state);
  useEffect(() => {
    if (wanted && current.status === "waiting") preloadPlot();
  }, [wanted, current.status]);
  return current;
}

/** Whether `target` has come into the viewport yet; once it has, stays true. */
export function useSeen(target: RefObject<Element | null>): boolean {
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const node = target.current;
    if (!node || seen) return;
    const observer = new IntersectionObserver(([entry]) => {
      if (entry?.isIntersecting) setSeen(true);
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [target, seen]);
  return seen;
}
