import type { Locator, Page } from "@playwright/test";
import { expect, experimentCell } from "./fixtures";

// Driving the Python scratch cell and Run Python, for the specs of e2e/python/.

/**
 * Booting CPython in WebAssembly takes seconds per interpreter, and a busy 2-core machine may
 * take a minute for a program with a pool: waits are generous; nothing here times anything.
 */
export const PYTHON_RUN_MS = 240_000;

/** Opens a lesson's Python scratch cell with `code` in it, through a link, as a reader would. */
export async function pythonScratchWith(
  page: Page,
  code: string,
  slug = "pools",
): Promise<Locator> {
  await page.goto(`/#/lesson/${slug}/python-scratch?code=${encodeURIComponent(code)}`);
  const cell = experimentCell(page, "python-scratch");
  await expect(cell).toHaveAttribute("data-from-link", "");
  return cell;
}

/** The output of a cell's Python run: `[data-python-output]`. */
export function pythonOutput(cell: Locator): Locator {
  return cell.locator("[data-python-output]");
}

/** Presses `button` (Run, or Run Python) and waits for the run to end; its state and output. */
export async function runPython(
  cell: Locator,
  button = "Run",
): Promise<{ state: string | null; output: string }> {
  const output = pythonOutput(cell);
  await cell.getByRole("button", { name: button, exact: true }).click();
  await expect(output).not.toHaveAttribute("data-python-state", /idle/);
  await expect(output).not.toHaveAttribute("data-python-state", "running", {
    timeout: PYTHON_RUN_MS,
  });
  return {
    state: await output.getAttribute("data-python-state"),
    output: await output.innerText(),
  };
}
