import { buttonPath, cellPath, type EnginePage } from "./enginePage";
import { expect } from "./fixtures";

// Reading and running cells through the test contract (DESIGN.md): `data-experiment` or
// `data-shader-cell`, `data-state`, and the Run button.

/** CSS for every cell that runs something. */
const CELLS = "[data-experiment], [data-shader-cell]";

/** How a cell ended, and what it says about it (its `.run-status`). */
export interface CellOutcome {
  id: string;
  state: string;
  says: string;
}

/** Ids of the open page's cells that run something, in page order (the scratch cell too). */
export function cellIds(tab: EnginePage): Promise<string[]> {
  return tab.evaluate(
    (selector) =>
      Array.from(
        document.querySelectorAll(selector),
        (cell) => cell.getAttribute("data-experiment") ?? cell.getAttribute("data-shader-cell"),
      ) as string[],
    CELLS,
  );
}

/** The cell's state and status line, and whether its Run button may be pressed. */
function look(tab: EnginePage, id: string) {
  return tab.evaluate(
    ({ id, selector }) => {
      const cell = Array.from(document.querySelectorAll(selector)).find(
        (node) =>
          (node.getAttribute("data-experiment") ?? node.getAttribute("data-shader-cell")) === id,
      );
      const run = Array.from(cell?.querySelectorAll("button") ?? []).find(
        (button) => button.textContent?.trim() === "Run",
      );
      const status = cell?.querySelector(".run-status") ?? cell;
      return {
        state: cell?.getAttribute("data-state") ?? "missing",
        // What the cell says about its state: its message (an experiment cell keeps it in its
        // status line, a shader cell below its buttons), else the status line itself.
        says: (status?.querySelector(".message") ?? status)?.textContent?.trim() ?? "",
        canRun: run !== undefined && !run.disabled,
        charted: (cell?.querySelectorAll(".plot svg path").length ?? 0) > 0,
      };
    },
    { id, selector: CELLS },
  );
}

/**
 * Presses Run once the cell can run (again while it still shows idle) and waits until it is
 * neither idle nor running; a cell that turns out unsupported is not run. Returns how it ended.
 */
export async function runCell(
  tab: EnginePage,
  id: string,
  timeout = 5 * 60_000,
): Promise<CellOutcome> {
  await expect
    .poll(
      async () => {
        const { state, canRun } = await look(tab, id);
        return canRun || state === "unsupported";
      },
      { message: `${id} can run, or says why not` },
    )
    .toBe(true);
  // Pressed again while the cell still shows idle: a press while the code editor takes over from
  // its placeholder, moving the button, can land before the button settles.
  await expect
    .poll(
      async () => {
        const { state, canRun } = await look(tab, id);
        if (state === "idle" && canRun) await tab.click(buttonPath(cellPath(id), "Run"));
        return state;
      },
      { timeout, message: `${id} ends` },
    )
    .not.toMatch(/^(idle|running)$/);
  const { state, says } = await look(tab, id);
  return { id, state, says };
}

/** Waits until a finished cell's chart has marks (it is drawn in the frames after `done`). */
export async function expectChart(tab: EnginePage, id: string): Promise<void> {
  await expect
    .poll(async () => (await look(tab, id)).charted, { message: `${id} chart` })
    .toBe(true);
}

/** Waits until `fn(arg)`, run in the page, returns `expected`. */
export async function expectInPage<Arg, Value>(
  tab: EnginePage,
  fn: (arg: Arg) => Value,
  arg: Arg,
  expected: Value,
  message?: string,
): Promise<void> {
  await expect.poll(() => tab.evaluate(fn, arg), message ? { message } : {}).toEqual(expected);
}
