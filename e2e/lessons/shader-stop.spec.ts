import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "../support/fixtures";

// The editable shader cell (lessons/gpus, "Your own shader") given a shader that never ends:
// Stop, the time limit and the page's bound on loop steps each end the run, the reader's
// shader stays, and the next Run works (WebGPU on SwiftShader, see playwright.config.ts).

const ORIGINAL = readFileSync("workers/shaders/poly.wgsl", "utf8");
const TARGET = "output[i] = x + x * x + x * x * x;";
/** Its exit depends on the data, so the compiler accepts it; no float here ever meets it. */
const RUNS_FOREVER = ORIGINAL.replace(
  TARGET,
  "var y = x;\n  loop {\n    if (y < -1.0e30) { break; }\n    y = y * 0.5 + 1.0;\n    output[i] = y;\n  }",
);
/**
 * The same endless loop with a heavy step (y stays at 1 or more): the page's bound on loop steps
 * would end it only after many seconds of an emulated GPU's time, so it is still running when
 * the test presses Stop or Reset, or moves the clock on.
 */
const RUNS_LONG = RUNS_FOREVER.replace(
  "y = y * 0.5 + 1.0;",
  Array.from({ length: 16 }, () => "y = fract(sin(y) * 43758.5453) + 1.0;").join("\n    "),
);
/** x + x² + x³ summed in a loop of three steps: within the bound, and the same f. */
const LOOPS_THREE_TIMES = ORIGINAL.replace(
  TARGET,
  "var power = x;\n  var sum = 0.0;\n  for (var k = 0u; k < 3u; k++) {\n    sum += power;\n    power *= x;\n  }\n  output[i] = sum;",
);
/** A run may wait behind what an emulated GPU still computes for a stopped one. */
const RUN_TIMEOUT = 120_000;

async function openCell(page: Page): Promise<{ cell: Locator; editor: Locator }> {
  await page.goto("/?quick=1#/lesson/gpus");
  const cell = page.locator('[data-shader-cell="edit-poly"]');
  await cell.scrollIntoViewIfNeeded();
  const editor = cell.locator(".cm-content");
  await expect(editor).toHaveText(ORIGINAL.replaceAll("\n", ""));
  return { cell, editor };
}

const button = (cell: Locator, name: string) => cell.getByRole("button", { name, exact: true });

async function startRun(cell: Locator, editor: Locator, shader: string): Promise<void> {
  await editor.fill(shader);
  await button(cell, "Run").click();
  await expect(cell).toHaveAttribute("data-state", "running");
  await expect(cell.getByRole("status")).toHaveText("Running…");
}

async function runToTheEnd(cell: Locator): Promise<void> {
  await button(cell, "Run").click();
  await expect(cell).toHaveAttribute("data-state", "done", { timeout: RUN_TIMEOUT });
  await expect(cell).toContainText("It computes x + x² + x³");
}

test.describe("A shader that never ends", () => {
  test.setTimeout(300_000);

  test("Stop ends it and says why; the shader stays, and the next Run works", async ({ page }) => {
    const { cell, editor } = await openCell(page);
    await startRun(cell, editor, RUNS_LONG);
    // The shader runs in the GPU worker: the page's thread is free, and the page keeps drawing.
    const frames = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let count = 0;
          const start = performance.now();
          const frame = () => {
            count += 1;
            if (performance.now() - start < 1000) requestAnimationFrame(frame);
            else resolve(count);
          };
          requestAnimationFrame(frame);
        }),
    );
    expect(frames).toBeGreaterThan(2);
    await expect(cell).toHaveAttribute("data-state", "running");

    await button(cell, "Stop").click();
    await expect(cell).toHaveAttribute("data-state", "stopped");
    await expect(cell).toContainText("Stopped: you ended the run before the shader finished.");
    await expect(cell).toContainText("A GPU cannot be interrupted in the middle of a dispatch");
    await expect(button(cell, "Stop")).toHaveCount(0);
    await expect(button(cell, "Run")).toBeEnabled();
    await expect(editor).toContainText("if (y < -1.0e30) { break; }");

    // The edit is saved: a reload keeps it.
    await page.reload();
    await cell.scrollIntoViewIfNeeded();
    await expect(editor).toContainText("if (y < -1.0e30) { break; }");

    await button(cell, "Reset").click();
    await expect(editor).toHaveText(ORIGINAL.replaceAll("\n", ""));
    await runToTheEnd(cell);
  });

  test("Reset during the run stops it and brings back the original", async ({ page }) => {
    const { cell, editor } = await openCell(page);
    await startRun(cell, editor, RUNS_LONG);

    await button(cell, "Reset").click();
    await expect(cell).toHaveAttribute("data-state", "idle");
    await expect(button(cell, "Stop")).toHaveCount(0);
    await expect(editor).toHaveText(ORIGINAL.replaceAll("\n", ""));
    await runToTheEnd(cell);
  });

  test("past the time limit the run is stopped, and the reader is told the loop likely never ends", async ({
    page,
  }) => {
    // The page's clock, moved on by hand: the test does not wait the limit's 20 s.
    await page.clock.install();
    const { cell, editor } = await openCell(page);
    await startRun(cell, editor, RUNS_LONG);

    await page.clock.fastForward(21_000);
    await expect(cell).toHaveAttribute("data-state", "stopped");
    await expect(cell).toContainText(
      "Stopped: the shader ran longer than 20 s, so it likely never ends. Check your loops",
    );
    await expect(editor).toContainText("if (y < -1.0e30) { break; }");
  });

  test("left to run, its loop is ended at the page's bound on steps; a bounded loop runs", async ({
    page,
  }) => {
    const { cell, editor } = await openCell(page);
    await startRun(cell, editor, RUNS_FOREVER);

    await expect(cell).toHaveAttribute("data-state", "error", { timeout: RUN_TIMEOUT });
    await expect(cell.getByRole("alert")).toHaveText(
      /^Your shader's loops ran more than 100 steps in one invocation, so the page ended them there/,
    );

    await editor.fill(LOOPS_THREE_TIMES);
    await runToTheEnd(cell);
  });
});
