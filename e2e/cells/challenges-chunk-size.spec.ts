import { readFileSync } from "node:fs";
import { expect, experimentCell, runCell, test } from "../support/fixtures";
import { openTaskEditor, replaceTaskCode } from "../support/taskEditor";

// The chunk-size lesson's challenges, checked by the page on the reader's own latest run: the
// untouched cell does not solve them, the solution's edit does, and the saved run keeps them.

const ADD_ONE = readFileSync(new URL("../../workers/kernels/add-one.ts", import.meta.url), "utf8");
const PRIMES = readFileSync(new URL("../../workers/kernels/primes.ts", import.meta.url), "utf8");

// CodeMirror draws only the lines in view: a tall window shows the whole file at once.
test.use({ viewport: { width: 1280, height: 2000 } });

test("make the messages not matter: solved by a task that takes a millisecond", async ({
  page,
}) => {
  test.setTimeout(300_000); // two runs, one of a thousand 1 ms tasks per sweep point
  await page.goto("/?quick=1#/lesson/chunk-size");
  const challenge = page.locator("[data-challenge='Make the messages not matter']");
  await expect(challenge).toHaveAttribute("data-solved", "false");
  const cell = experimentCell(page, "tiny-tasks");
  expect(await runCell(cell, 120_000)).toBe("done");
  await expect(challenge).toContainText("Not yet");

  const editor = await openTaskEditor(cell, "Many tiny tasks: runtime against chunk size");
  const signature = "export function addOne(x: number): number {";
  const real = ADD_ONE.replace(
    signature,
    `${signature}\n  const until = performance.now() + 1;\n  while (performance.now() < until) {}`,
  );
  expect(real).not.toBe(ADD_ONE);
  await replaceTaskCode(editor, real);
  expect(await runCell(cell, 240_000)).toBe("done");
  await expect(challenge).toHaveAttribute("data-solved", "true");

  await page.reload();
  await expect(challenge).toHaveAttribute("data-solved", "true");
  await challenge.getByRole("button", { name: "Show the solution" }).click();
  await expect(challenge).toContainText("performance.now() + 1");
});

test("make the even split fair: solved by tasks of one size", async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto("/?quick=1#/lesson/chunk-size");
  const challenge = page.locator("[data-challenge='Make the even split fair']");
  const cell = experimentCell(page, "uneven-tasks");
  expect(await runCell(cell, 120_000)).toBe("done");
  await expect(challenge).toHaveAttribute("data-solved", "false");
  await expect(challenge).toContainText("Not yet");

  // The task file is the cell's second code pane, folded until the reader opens it.
  await cell.locator("summary", { hasText: "workers/kernels/primes.ts" }).click();
  const editor = await openTaskEditor(
    cell,
    "Uneven tasks: big chunks leave a worker alone at the end",
  );
  const signature = "export function countPrimes({ from, to }: Range): number {";
  const even = PRIMES.replace(signature, `${signature}\n  to = from + 20_000;`);
  expect(even).not.toBe(PRIMES);
  await replaceTaskCode(editor, even);
  expect(await runCell(cell, 120_000)).toBe("done");
  await expect(challenge).toHaveAttribute("data-solved", "true");

  await page.reload();
  await expect(challenge).toHaveAttribute("data-solved", "true");
});
