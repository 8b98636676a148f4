import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, experimentCell, runCell, test } from "../support/fixtures";
import { openTaskEditor, replaceTaskCode } from "../support/taskEditor";

// The GPU lesson's two challenges, on this machine's CPU-emulated adapter (SwiftShader): each is
// checked on the shader's text and its output's correctness, which hold on any adapter. The
// untouched cell does not solve it, the solution's edit does, and a reload keeps it.

const POLY = readFileSync("workers/shaders/poly.wgsl", "utf8");
const REDUCE = readFileSync("workers/shaders/reduce-sum.wgsl", "utf8");

async function checkChallenge(page: Page, title: string, id: string, edited: string) {
  await page.goto("/?quick=1#/lesson/gpus");
  const challenge = page.locator(`[data-challenge="${title}"]`);
  const cell = experimentCell(page, id);
  expect(await runCell(cell, 120_000)).toBe("done");
  await expect(challenge).toContainText("Not yet");
  await expect(challenge).toHaveAttribute("data-solved", "false");

  // The shader's panel is open where it is the cell's first file; elsewhere the reader opens it.
  const panel = cell.locator("details.task-code");
  if ((await panel.getAttribute("open")) === null) await panel.locator("summary").click();
  await replaceTaskCode(await openTaskEditor(cell), edited);
  expect(await runCell(cell, 120_000)).toBe("done");
  await expect(challenge).toHaveAttribute("data-solved", "true");

  await page.reload();
  await expect(challenge).toHaveAttribute("data-solved", "true");
  await challenge.getByRole("button", { name: "Show the solution" }).click();
  await expect(challenge.locator(".challenge-solution")).toBeVisible();
}

test("f with two multiplies: solved by Horner's form", async ({ page }) => {
  test.setTimeout(300_000); // two GPU runs on an emulated adapter, on a busy machine
  const horner = POLY.replace(
    "output[i] = x + x * x + x * x * x;",
    "output[i] = x * (1.0 + x * (1.0 + x));",
  );
  expect(horner).not.toBe(POLY);
  await checkChallenge(page, "f with two multiplies", "gpu-crossover", horner);
});

test("twice the floats per invocation: solved by 128, and the sums stay right", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const doubled = REDUCE.replace(
    "const FLOATS_PER_INVOCATION: u32 = 64u;",
    "const FLOATS_PER_INVOCATION: u32 = 128u;",
  );
  expect(doubled).not.toBe(REDUCE);
  await checkChallenge(page, "Twice the floats per invocation", "gpu-sum", doubled);
});
