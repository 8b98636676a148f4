import type { Locator } from "@playwright/test";
import { expect } from "./fixtures";

/**
 * How the e2e specs reach and change an experiment's task code: the cell's code editor
 * (CodeMirror), named "Task code of <the experiment's title>" by app/cells/experiment/TaskEditor.tsx.
 */

/**
 * The cell's task-code editor. Without `title`, any cell's editor; with it, only the editor whose
 * accessible name starts "Task code of <title>", so a spec can name the experiment it edits.
 */
export function taskEditor(cell: Locator, title?: string): Locator {
  const escaped = title?.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") ?? "";
  return cell.getByRole("textbox", { name: new RegExp(`^Task code of ${escaped}`) });
}

/**
 * Presses the cell's "Edit the code" and waits until its editor has the keyboard focus, which
 * it takes once the lazily loaded editor is drawn. Returns the editor.
 */
export async function openTaskEditor(cell: Locator, title?: string): Promise<Locator> {
  const editor = taskEditor(cell, title);
  await cell.getByRole("button", { name: "Edit the code" }).click();
  await expect(editor).toBeFocused();
  return editor;
}

/**
 * Replaces the editor's whole text with `code`, as a reader pasting a new version would, and
 * waits until the editor shows it (CodeMirror's text has no line breaks, only lines).
 */
export async function replaceTaskCode(editor: Locator, code: string): Promise<void> {
  const keyboard = editor.page().keyboard;
  await editor.click();
  await keyboard.press("ControlOrMeta+a");
  await keyboard.insertText(code);
  await expect(editor).toHaveText(code.replaceAll("\n", ""));
}

/**
 * The mark CodeMirror's linter puts on the error at `line` (1-based) of the cell's editor.
 * CodeMirror draws only the lines near the screen: this counts from the first line drawn, so the
 * file's top must be drawn.
 */
export function errorMarkOnLine(cell: Locator, line: number): Locator {
  return cell
    .locator(".cm-line")
    .nth(line - 1)
    .locator(".cm-lintRange-error");
}

/**
 * The 1-based line of `code` holding `text` (the first such line), or with `wholeLine` the first
 * line that is exactly `text`. Throws if there is none, so a test cannot look at line 0.
 */
export function lineOf(code: string, text: string, { wholeLine = false } = {}): number {
  const lines = code.split("\n");
  const index = wholeLine ? lines.indexOf(text) : lines.findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`no line ${wholeLine ? "is" : "holds"} ${JSON.stringify(text)}`);
  return index + 1;
}
