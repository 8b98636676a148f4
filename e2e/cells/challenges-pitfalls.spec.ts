import { readFileSync } from "node:fs";
import { expect, experimentCell, runCell, test } from "../support/fixtures";
import { openTaskEditor, replaceTaskCode } from "../support/taskEditor";

// The pitfalls lesson's two challenges, each checked on the reader's own run: the untouched cell
// does not solve it, the solution's edit does, and a reload keeps it solved. Both checks read
// exact outcomes (an error's name, a counter's total), never the clock.

const kernelFile = (name: string) =>
  readFileSync(new URL(`../../workers/kernels/${name}`, import.meta.url), "utf8");

/** Runs the untouched cell (not solved), then `edited` (solved), then reloads (still solved). */
async function checkChallenge(
  page: import("@playwright/test").Page,
  { title, cell: id, edited }: { title: string; cell: string; edited: string },
) {
  await page.goto("/?quick=1#/lesson/pitfalls");
  const challenge = page.locator(`[data-challenge="${title}"]`);
  await expect(challenge).toHaveAttribute("data-solved", "false");

  const cell = experimentCell(page, id);
  expect(await runCell(cell, 120_000)).toBe("done");
  await expect(challenge).toContainText("Not yet");
  await expect(challenge).toHaveAttribute("data-solved", "false");

  await replaceTaskCode(await openTaskEditor(cell), edited);
  expect(await runCell(cell, 120_000)).toBe("done");
  await expect(challenge).toHaveAttribute("data-solved", "true");

  await page.reload();
  await expect(challenge).toHaveAttribute("data-solved", "true");
  await challenge.getByRole("button", { name: "Show the solution" }).click();
  await expect(challenge.locator(".challenge-solution")).toBeVisible();
}

test("a result that cannot come back: solved by a kernel that returns a function", async ({
  page,
}) => {
  test.setTimeout(300_000); // two runs and an edit, on a machine that may be busy
  const scale = kernelFile("scale.ts");
  const edited = scale.replace(
    "export function timesTen(x: number): number {\n  return x * 10;",
    "export function timesTen(x: number) {\n  return () => x * 10;",
  );
  expect(edited).not.toBe(scale);
  await checkChallenge(page, {
    title: "A result that cannot come back",
    cell: "pickling",
    edited,
  });
});

test("lose no addition: solved by counting alone and adding once", async ({ page }) => {
  test.setTimeout(300_000);
  const counter = kernelFile("counter.ts");
  const edited = counter.replace(
    "  for (let i = 0; i < times; i++) {\n    const seen = Atomics.load(counter, 0);\n    Atomics.store(counter, 0, seen + 1);\n  }",
    "  let mine = 0;\n  for (let i = 0; i < times; i++) mine += 1;\n  Atomics.add(counter, 0, mine);",
  );
  expect(edited).not.toBe(counter);
  await checkChallenge(page, { title: "Lose no addition", cell: "race", edited });
});
