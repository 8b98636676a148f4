import { readFileSync } from "node:fs";
import { expect, experimentCell, runCell, test } from "../support/fixtures";
import { openTaskEditor, replaceTaskCode } from "../support/taskEditor";

// The vectorization lesson's two challenges, each checked on the reader's own run: the untouched
// cell does not solve it, the solution's change (a param, an edit) does, and a reload keeps it.

test("hide the first call: solved by a larger array, not by the lesson's size", async ({
  page,
}) => {
  test.setTimeout(300_000); // two runs, the second of ten million floats, on a busy machine
  await page.goto("/?quick=1#/lesson/vectorization");
  const challenge = page.locator('[data-challenge="Hide the first call"]');
  await expect(challenge).toHaveAttribute("data-solved", "false");

  const cell = experimentCell(page, "first-call");
  expect(await runCell(cell, 120_000)).toBe("done");
  await expect(challenge).toContainText("Not yet");

  await cell.getByLabel("Array size").fill("10000000");
  expect(await runCell(cell, 240_000)).toBe("done");
  await expect(challenge).toHaveAttribute("data-solved", "true");

  await page.reload();
  await expect(challenge).toHaveAttribute("data-solved", "true");
  await challenge.getByRole("button", { name: "Show the solution" }).click();
  await expect(challenge).toContainText("10,000,000");
});

test("count without a branch: solved by adding the comparison, not by the loop's if", async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.goto("/?quick=1#/lesson/vectorization");
  const challenge = page.locator('[data-challenge="Count without a branch"]');
  const cell = experimentCell(page, "monte-carlo");
  expect(await runCell(cell, 120_000)).toBe("done");
  await expect(challenge).toHaveAttribute("data-solved", "false");

  const pi = readFileSync(new URL("../../workers/kernels/pi.ts", import.meta.url), "utf8");
  const branchFree = pi.replace(
    "if (Math.fround(Math.fround(x * x) + Math.fround(y * y)) <= 1) hits++;",
    "hits += Number(Math.fround(Math.fround(x * x) + Math.fround(y * y)) <= 1);",
  );
  expect(branchFree).not.toBe(pi);
  await replaceTaskCode(await openTaskEditor(cell), branchFree);
  expect(await runCell(cell, 120_000)).toBe("done");
  await expect(challenge).toHaveAttribute("data-solved", "true");

  await page.reload();
  await expect(challenge).toHaveAttribute("data-solved", "true");
});
