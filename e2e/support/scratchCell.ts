import type { Locator, Page } from "@playwright/test";
import { expect, experimentCell } from "./fixtures";

// Driving a lesson's scratch cell, for the specs of e2e/cells/scratch*.spec.ts.

/** Script files of the code editor (CodeMirror), by their chunk names in the build. */
export const EDITOR_CHUNK = /\/(codeMirror|CodeEditor)-[\w-]+\.js$/;

/** The scratch cell's editor: a text area until CodeMirror has loaded, then CodeMirror. */
export function editorOf(cell: Locator): Locator {
  return cell.getByRole("textbox", { name: "Scratch code" });
}

/** The scratch cell's code, read from whichever editor it is in. */
export function scratchCode(cell: Locator): Promise<string> {
  return editorOf(cell).evaluate((editor) =>
    editor instanceof HTMLTextAreaElement
      ? editor.value
      : Array.from(editor.querySelectorAll(".cm-line"), (line) => line.textContent ?? "").join(
          "\n",
        ),
  );
}

/** The lesson's scratch cell, scrolled to, with `code` typed into CodeMirror once it is there. */
export async function scratchWith(page: Page, code: string): Promise<Locator> {
  const cell = experimentCell(page, "scratch");
  // Again if a lesson that was just left took the cell away mid-scroll.
  await expect(async () => {
    await cell.scrollIntoViewIfNeeded({ timeout: 2_000 });
    await expect(cell.locator(".cm-editor")).toBeVisible({ timeout: 2_000 });
  }).toPass();
  // Again if the editor's first value landed after the text (seen once in CI: the example was
  // appended to what was typed; left for a look at LazyCodeEditor's swap).
  await expect(async () => {
    await editorOf(cell).fill(code);
    await expect.poll(() => scratchCode(cell), { timeout: 3_000 }).toBe(code);
  }).toPass();
  return cell;
}

/** Where the cell says why a run failed. */
export function failure(cell: Locator): Locator {
  return cell.locator(".run-status").getByRole("alert");
}
