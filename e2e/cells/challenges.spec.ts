import { readFileSync } from "node:fs";
import { expect, experimentCell, runCell, test } from "../support/fixtures";
import { openTaskEditor, replaceTaskCode } from "../support/taskEditor";

// A challenge is checked by the page on the reader's own latest run: the untouched cell does not
// solve it, a scripted edit does, and the solution waits behind a reveal.

const PRIMES_FILE = readFileSync(
  new URL("../../workers/kernels/primes.ts", import.meta.url),
  "utf8",
);

test("why-parallel's challenge: not solved by the untouched cell, solved by an edit", async ({
  page,
}) => {
  test.setTimeout(240_000); // three runs and an edit, on a machine that may be busy
  await page.goto("/?quick=1#/lesson/why-parallel");
  const challenge = page.locator("[data-challenge='Make the pool gain nothing']");
  await expect(challenge).toHaveAttribute("data-solved", "false");
  await expect(challenge).toContainText("to check");
  await expect(challenge).not.toContainText("performance.now() + 20");

  const cell = experimentCell(page, "count-primes");
  expect(await runCell(cell)).toBe("done");
  await expect(challenge).toHaveAttribute("data-solved", "false");
  await expect(challenge).toContainText("Not yet");

  const editor = await openTaskEditor(cell);
  // The solution's edit: a fixed 20 ms per call, whatever the range (the pool makes 4 per worker).
  const idle = PRIMES_FILE.replace(
    "export function countPrimes({ from, to }: Range): number {",
    "export function countPrimes({ from, to }: Range): number {\n  const until = performance.now() + 20;\n  while (performance.now() < until) {}\n  return 0;",
  );
  expect(idle).not.toBe(PRIMES_FILE);
  await replaceTaskCode(editor, idle);
  expect(await runCell(cell)).toBe("done");
  await expect(challenge).toHaveAttribute("data-solved", "true");
  await expect(challenge).toContainText("Solved");

  // Solved on the saved run after a reload too; the solution is there on request.
  await page.reload();
  await expect(challenge).toHaveAttribute("data-solved", "true");
  await challenge.getByRole("button", { name: "Show the solution" }).click();
  await expect(challenge).toContainText("performance.now() + 20");
});

test("why-parallel's second challenge: twin primes counted once, whatever the split", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto("/?quick=1#/lesson/why-parallel");
  const challenge = page.locator("[data-challenge='Count twin primes, whatever the split']");
  await expect(challenge).toHaveAttribute("data-solved", "false");

  // The untouched task counts primes, not pairs.
  const cell = experimentCell(page, "count-primes");
  expect(await runCell(cell)).toBe("done");
  await expect(challenge).toHaveAttribute("data-solved", "false");

  // Pairing each prime with the last one seen loses the pairs that straddle two ranges.
  const editor = await openTaskEditor(cell);
  const loop = "    if (isPrime(n)) count++;";
  expect(PRIMES_FILE).toContain(loop);
  const lastSeen = PRIMES_FILE.replace(
    "  let count = 0;\n",
    "  let count = 0;\n  let last = -10;\n",
  ).replace(
    loop,
    "    if (isPrime(n)) {\n      if (n - last === 2) count++;\n      last = n;\n    }",
  );
  await replaceTaskCode(editor, lastSeen);
  expect(await runCell(cell)).toBe("done");
  await expect(challenge).toHaveAttribute("data-solved", "false");

  // The solution: each pair in the range of its first member, its partner looked for past the end.
  await replaceTaskCode(
    editor,
    PRIMES_FILE.replace(loop, "    if (isPrime(n) && isPrime(n + 2)) count++;"),
  );
  expect(await runCell(cell)).toBe("done");
  await expect(challenge).toHaveAttribute("data-solved", "true");
  await page.reload();
  await expect(challenge).toHaveAttribute("data-solved", "true");
});
