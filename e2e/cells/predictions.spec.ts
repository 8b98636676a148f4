import { largestX, medianAt } from "../../kit/queries";
import { downloadResults, expect, experimentCell, runCell, test } from "../support/fixtures";

// A <Predict> closes: the reader commits a guess before Run, it is kept across a reload, and the
// cell shows it beside what the run measured. A formula's answer is revealed on request.

test("a committed guess is kept across a reload and shown beside the run's answer", async ({
  page,
}) => {
  await page.goto("/?quick=1#/lesson/why-parallel");
  const predict = page.locator("[data-predict]", { has: page.getByRole("spinbutton") });
  await expect(predict).not.toHaveAttribute("data-guess");
  await predict.getByRole("spinbutton").fill("1.5");
  await predict.getByRole("button", { name: "Commit my guess" }).click();
  await expect(predict).toHaveAttribute("data-guess", "1.5");

  await page.reload();
  await expect(predict).toHaveAttribute("data-guess", "1.5");
  await expect(predict).toContainText("Your guess: 1.5 × faster than one worker");

  const cell = experimentCell(page, "count-primes");
  expect(await runCell(cell)).toBe("done");
  const results = await downloadResults(cell);
  const n = largestX(results);
  const pool = `pool of ${results.environment.hardwareConcurrency}`;
  const measured = (medianAt(results, "1 worker", n) ?? 0) / (medianAt(results, pool, n) ?? 1);
  const beside = cell.locator("[data-guess-compared]");
  await expect(beside).toContainText("You guessed 1.5 × faster than one worker; this run measured");
  const close = measured >= 1.5 / 1.5 && measured <= 1.5 * 1.5;
  await expect(beside).toHaveAttribute("data-guess-compared", close ? "close" : "far");
});

test("a question a formula answers reveals its answer on request", async ({ page }) => {
  await page.goto("/?quick=1#/lesson/why-parallel");
  const amdahl = page.locator("[data-predict]", { hasText: "10 % serial work" });
  await expect(amdahl).not.toContainText("4.71");
  await amdahl.getByRole("button", { name: "Show the answer" }).click();
  await expect(amdahl).toContainText("1 / (0.1 + 0.9 / 8) = 4.71");
  await expect(amdahl).toContainText("8.77");
});

// One closing Predict per lesson of the GIL, pools and chunk-size: the committed guess is shown
// beside what the reader's run measured.
const GUESSES = [
  {
    lesson: "gil",
    id: "io-bound",
    asks: "Four threads share the records",
    choice: "clearly faster than serial",
  },
  { lesson: "pools", id: "map-variants", asks: "first result soonest", choice: "imap_unordered" },
  { lesson: "chunk-size", id: "uneven-tasks", asks: "sit idle", number: "30" },
];

for (const { lesson, id, asks, choice, number } of GUESSES) {
  test(`${lesson}: a guess on ${id} is shown beside the run's answer`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/?quick=1#/lesson/${lesson}`);
    const predict = page.locator("[data-predict]", { hasText: asks });
    if (choice) await predict.getByLabel(choice).check();
    if (number) await predict.getByRole("spinbutton").fill(number);
    await predict.getByRole("button", { name: "Commit my guess" }).click();
    await expect(predict).toHaveAttribute("data-guess", (choice ?? number) as string);

    const cell = experimentCell(page, id);
    expect(await runCell(cell, 90_000)).toBe("done");
    const beside = cell.locator("[data-guess-compared]");
    await expect(beside).toContainText(`You guessed ${choice ? `“${choice}”` : number}`);
  });
}

test("a choice guessed in the pitfalls lesson is shown beside what the run shows", async ({
  page,
}) => {
  await page.goto("/?quick=1#/lesson/pitfalls");
  const predict = page.locator("[data-predict]", { hasText: "Which of the five will work?" });
  await predict.getByRole("radio", { name: "2 ways work" }).check();
  await predict.getByRole("button", { name: "Commit my guess" }).click();
  await expect(predict).toHaveAttribute("data-guess", "2 ways work");

  await page.reload();
  await expect(predict).toHaveAttribute("data-guess", "2 ways work");
  const cell = experimentCell(page, "pickling");
  expect(await runCell(cell)).toBe("done");
  // Which ways work does not depend on the machine: the guess is right.
  const beside = cell.locator("[data-guess-compared]");
  await expect(beside).toContainText(
    "You guessed “2 ways work”; this run shows “2 ways work”: right.",
  );
  await expect(beside).toHaveAttribute("data-guess-compared", "close");
});

test("a number guessed in the vectorization lesson is shown beside the run's answer", async ({
  page,
}) => {
  await page.goto("/?quick=1#/lesson/vectorization");
  const predict = page.locator("[data-predict]", { hasText: "With no memory traffic" });
  await predict.getByRole("spinbutton").fill("4");
  await predict.getByRole("button", { name: "Commit my guess" }).click();
  await expect(predict).toHaveAttribute("data-guess", "4");

  await page.reload();
  await expect(predict).toHaveAttribute("data-guess", "4");
  const cell = experimentCell(page, "monte-carlo");
  expect(await runCell(cell)).toBe("done");
  await expect(cell.locator("[data-guess-compared]")).toContainText(
    "You guessed 4 × faster (WASM SIMD than WASM scalar, at the most points); this run measured",
  );
});

test("a guess in the GPU lesson is shown beside the run's answer, on any adapter", async ({
  page,
}) => {
  await page.goto("/?quick=1#/lesson/gpus");
  const predict = page.locator("[data-predict]", { hasText: 'the "submit() only" time' });
  await predict.getByRole("spinbutton").fill("100");
  await predict.getByRole("button", { name: "Commit my guess" }).click();
  await expect(predict).toHaveAttribute("data-guess", "100");

  await page.reload();
  await expect(predict).toHaveAttribute("data-guess", "100");
  const cell = experimentCell(page, "async-trap");
  expect(await runCell(cell, 120_000)).toBe("done");
  await expect(cell.locator("[data-guess-compared]")).toContainText(
    "You guessed 100 × longer (the work than the timer around submit() alone, at the largest array); this run measured",
  );
});
