import { readFileSync } from "node:fs";
import { expect, experimentCell, runCell, test } from "../support/fixtures";
import { openTaskEditor, replaceTaskCode } from "../support/taskEditor";

// The pools lesson's challenges, checked by the page on the reader's own latest run: the
// untouched cell does not solve them, the solution's edit does, and the saved run keeps them.

const SQUARE = readFileSync(new URL("../../workers/kernels/square.ts", import.meta.url), "utf8");
const PRIMES = readFileSync(new URL("../../workers/kernels/primes.ts", import.meta.url), "utf8");

// CodeMirror draws only the lines in view: a tall window shows the whole file at once.
test.use({ viewport: { width: 1280, height: 2000 } });

test("make the pool's start not matter: solved by a long task", async ({ page }) => {
  test.setTimeout(300_000); // two runs, one of 200 ms tasks, on a machine that may be busy
  await page.goto("/?quick=1#/lesson/pools");
  const challenge = page.locator('[data-challenge="Make the pool\'s start not matter"]');
  await expect(challenge).toHaveAttribute("data-solved", "false");
  const cell = experimentCell(page, "reuse-pool");
  expect(await runCell(cell, 120_000)).toBe("done");
  await expect(challenge).toContainText("Not yet");

  const editor = await openTaskEditor(cell, "A new pool per batch, or one pool kept open");
  const signature = "export function square(x: number): number {";
  const long = SQUARE.replace(
    signature,
    `${signature}\n  const until = performance.now() + 200;\n  while (performance.now() < until) {}`,
  );
  expect(long).not.toBe(SQUARE);
  await replaceTaskCode(editor, long);
  expect(await runCell(cell, 240_000)).toBe("done");
  await expect(challenge).toHaveAttribute("data-solved", "true");

  await page.reload();
  await expect(challenge).toHaveAttribute("data-solved", "true");
  await challenge.getByRole("button", { name: "Show the solution" }).click();
  await expect(challenge).toContainText("performance.now() + 200");
});

test("make more workers than cores pay off: solved by a task that waits", async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto("/?quick=1#/lesson/pools");
  const challenge = page.locator("[data-challenge='Make more workers than cores pay off']");
  const cell = experimentCell(page, "worker-count");
  expect(await runCell(cell, 120_000)).toBe("done");
  await expect(challenge).toHaveAttribute("data-solved", "false");
  await expect(challenge).toContainText("Not yet");

  // The task file is the cell's second code pane, folded until the reader opens it.
  await cell.locator("summary", { hasText: "workers/kernels/primes.ts" }).click();
  const editor = await openTaskEditor(cell, "How many workers? Speedup from 1 to twice the cores");
  const signature = "export function countPrimes({ from, to }: Range): number {";
  const waiting = PRIMES.replace(
    signature,
    `${signature}\n  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);\n  return 0;`,
  );
  expect(waiting).not.toBe(PRIMES);
  await replaceTaskCode(editor, waiting);
  expect(await runCell(cell, 120_000)).toBe("done");
  await expect(challenge).toHaveAttribute("data-solved", "true");

  await page.reload();
  await expect(challenge).toHaveAttribute("data-solved", "true");
});
