import { readFileSync } from "node:fs";
import { expect, experimentCell, runCell, test } from "../support/fixtures";
import { openTaskEditor, replaceTaskCode } from "../support/taskEditor";

// The GIL lesson's challenges, checked by the page on the reader's own latest run: the untouched
// cell does not solve them, the solution's edit does, and the saved run keeps them solved.

const SEARCH = readFileSync(new URL("../../workers/kernels/nth-prime.ts", import.meta.url), "utf8");
const ETL = readFileSync(new URL("../../workers/kernels/etl.ts", import.meta.url), "utf8");

// CodeMirror draws only the lines in view: a tall window shows the whole file at once.
test.use({ viewport: { width: 1280, height: 2000 } });

test("keep the GIL for a whole search: solved by deleting checkpoint()", async ({ page }) => {
  test.setTimeout(240_000); // two runs and an edit, on a machine that may be busy
  await page.goto("/?quick=1#/lesson/gil");
  const challenge = page.locator("[data-challenge='Keep the GIL for a whole search']");
  await expect(challenge).toHaveAttribute("data-solved", "false");

  const cell = experimentCell(page, "threads-vs-processes");
  await cell.getByLabel("Largest N").fill("40000");
  expect(await runCell(cell, 120_000)).toBe("done");
  await expect(challenge).toContainText("Not yet");

  const editor = await openTaskEditor(cell, "CPU-bound: the N-th prime, four times");
  const held = SEARCH.replace("    checkpoint();\n", "");
  expect(held).not.toBe(SEARCH);
  await replaceTaskCode(editor, held);
  expect(await runCell(cell, 120_000)).toBe("done");
  await expect(challenge).toHaveAttribute("data-solved", "true");

  await page.reload();
  await expect(challenge).toHaveAttribute("data-solved", "true");
  await challenge.getByRole("button", { name: "Show the solution" }).click();
  await expect(challenge).toContainText("delete the checkpoint(); line");
});

test("make the job CPU-bound: solved by a transform that outweighs the waits", async ({ page }) => {
  test.setTimeout(300_000); // a run of transforms a hundred times longer, on a machine that may be busy
  await page.goto("/?quick=1#/lesson/gil");
  const challenge = page.locator("[data-challenge='Make the job CPU-bound']");
  const cell = experimentCell(page, "io-bound");
  expect(await runCell(cell)).toBe("done");
  await expect(challenge).toHaveAttribute("data-solved", "false");
  await expect(challenge).toContainText("Not yet");

  const editor = await openTaskEditor(cell, "I/O-bound: read, transform, write");
  const signature =
    "export function etlTransform(n: number, checkpoint: () => void = noCheck): number {";
  const heavy = ETL.replace(signature, `${signature}\n  n = 100 * n;`);
  expect(heavy).not.toBe(ETL);
  await replaceTaskCode(editor, heavy);
  expect(await runCell(cell, 240_000)).toBe("done");
  await expect(challenge).toHaveAttribute("data-solved", "true");

  await page.reload();
  await expect(challenge).toHaveAttribute("data-solved", "true");
});
