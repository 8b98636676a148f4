import { expect, experimentCell, runCell, test } from "../support/fixtures";

/**
 * Fault injection (issue 8): each case breaks something on purpose, checks the cell says what
 * happened in a student's words, and then checks that a follow-up Run succeeds.
 */
test.describe("faults", () => {
  // Playwright's routing cannot see requests a service worker answers from its cache, so these
  // faults are injected with none installed.
  test.use({ expectedConsole: [/Failed to load resource/], serviceWorkers: "block" });

  /** A worker script (or module) to break, the cell that needs it, and what the cell must say. */
  const missingFiles = [
    [
      "pool worker",
      /pool-worker[^/]*\.js$/,
      "why-parallel",
      "count-primes",
      "A pool worker failed to start",
    ],
    [
      "Python-thread worker",
      /gil-worker[^/]*\.js$/,
      "gil",
      "threads-vs-processes",
      "A thread worker stopped: its script could not be loaded",
    ],
    [
      "vectorization worker",
      /poly-worker[^/]*\.js$/,
      "vectorization",
      "vectorize",
      "A worker stopped: its script could not be loaded",
    ],
    [
      "matmul worker",
      /matmul-worker[^/]*\.js$/,
      "vectorization",
      "matmul",
      "A worker stopped: its script could not be loaded",
    ],
    [
      "WebAssembly module",
      /\.wasm$/,
      "vectorization",
      "vectorize",
      /Could not load the WebAssembly module poly-\w+\.wasm/,
    ],
  ] as const;

  for (const [what, file, lesson, id, message] of missingFiles) {
    test(`a ${what} that cannot load is reported, and the next Run works`, async ({ page }) => {
      await page.route(file, (route) => route.abort("failed"));
      await page.goto(`/?quick=1#/lesson/${lesson}`);
      const cell = experimentCell(page, id);
      expect(await runCell(cell)).toBe("error");
      await expect(cell.getByRole("alert")).toContainText(message);

      await page.unroute(file);
      expect(await runCell(cell)).toBe("done");
    });
  }
});

test.describe("parameters", () => {
  for (const [typed, why] of [
    ["-5", "negative"],
    ["", "not a number"],
    ["1e12", "huge"],
    ["2.5", "not whole"],
  ] as const) {
    test(`a ${why} value is refused with the valid range`, async ({ page }) => {
      await page.goto("/?quick=1#/lesson/why-parallel");
      const cell = experimentCell(page, "count-primes");
      const field = cell.getByLabel("Largest n");
      await field.fill(typed);
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await expect(cell.locator(".hint.error")).toContainText("100,000 to 10,000,000 numbers");
      await expect(cell.getByRole("button", { name: "Run", exact: true })).toBeDisabled();

      await field.fill("100000");
      await expect(field).toHaveAttribute("aria-invalid", "false");
      expect(await runCell(cell)).toBe("done");
    });
  }
});

test.describe("memory", () => {
  // A small device: the browser reports 1 GiB, so one experiment may hold 256 MiB.
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, "deviceMemory", { value: 1 }));
  });

  test("a size the device cannot hold is refused before anything is allocated", async ({
    page,
  }) => {
    await page.goto("/?quick=1#/lesson/vectorization");
    const cell = experimentCell(page, "vectorize");
    const run = cell.getByRole("button", { name: "Run", exact: true });
    await cell.getByLabel("Largest N").fill("4096");
    await expect(cell.getByRole("alert")).toHaveText(
      "These settings need about 512 MiB of memory at once. This device reports 1 GiB, and the notebook keeps one experiment under a quarter of that (256 MiB): choose a smaller size.",
    );
    await expect(run).toBeDisabled();

    await cell.getByLabel("Largest N").fill("256");
    await expect(cell.getByRole("alert")).toHaveCount(0);
    expect(await runCell(cell)).toBe("done");
  });
});
