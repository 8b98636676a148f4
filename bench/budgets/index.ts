import type { Page } from "@playwright/test";
import type { Row } from "../benchmarks/row";
import { initialJavaScript } from "./initialJavaScript";
import { longestMainTask } from "./longestMainTask";
import { stopLatency } from "./stopLatency";
import { workshopRunTimes } from "./workshopRunTimes";

/** A budget drives the built notebook at `app` (not the lab page) and returns its rows. */
export type Budget = (page: Page, app: string) => Promise<Row[]>;

/**
 * The notebook's budgets (issue 7), in the order they run. `initialJavaScript` comes first: it
 * needs a browser that has never visited the notebook (no cache, no service worker).
 */
export const budgets: Record<string, Budget> = {
  initialJavaScript,
  longestMainTask,
  stopLatency,
  workshopRunTimes,
};
