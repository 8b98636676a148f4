import { readFileSync } from "node:fs";
import { expect, experimentCell, runCell, test } from "../support/fixtures";
import { openTaskEditor, replaceTaskCode } from "../support/taskEditor";

// The vectorization lesson's two challenges, each checked on the reader's own run: the untouched
// cell does not solve it, the solution's change (a param, an edit) does, and a reload keeps it.

test("two multiplies: solved by Horner's form in the loop, not by the untouched loop", async ({
  page,
}) => {
  test.setTimeout(300_000); // two runs and an edit, on a machine that may be busy
  await page.goto("/?quick=1#/lesson/vectorization");
  const challenge = page.locator('[data-challenge="Two multiplies, same speed?"]');
  await expect(challenge).toHaveAttribute("data-solved", "false");

  const cell = experimentCell(page, "vectorize");
  expect(await runCell(cell, 120_000)).toBe("done");
  await expect(challenge).toContainText("Not yet");

  const poly = readFileSync(new URL("../../workers/kernels/poly.ts", import.meta.url), "utf8");
  const horner = poly.replace(
    "    output[i] = x + x * x + x * x * x;",
    "    output[i] = x * (1 + x * (1 + x));",
  );
  expect(horner).not.toBe(poly);
  // poly.ts is not the cell's first file, so its panel waits to be opened, as a reader would.
  const panel = cell.locator("details.task-code");
  if ((await panel.getAttribute("open")) === null) await panel.locator("summary").click();
  await replaceTaskCode(await openTaskEditor(cell), horner);
  expect(await runCell(cell, 120_000)).toBe("done");
  await expect(challenge).toHaveAttribute("data-solved", "true");

  await page.reload();
  await expect(challenge).toHaveAttribute("data-solved", "true");
  await challenge.getByRole("button", { name: "Show the solution" }).click();
  await expect(challenge).toContainText("x * (1 + x * (1 + x))");
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
