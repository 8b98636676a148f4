import type { Page } from "@playwright/test";
import { largestX, samplesOf } from "../../kit/queries";
import { FREE_THREADS, GIL_THREADS, SERIAL } from "../../lessons/gil/series";
import { downloadResults, expect, experimentCell, runCell, test } from "../support/fixtures";

// The GIL lesson's corrected facts, read from the page: what it says about Python, and the
// free-threaded series' single-thread cost, read from a run's results.

/** The lesson's text once it has loaded (its recap is drawn), with runs of whitespace as one space. */
async function lessonText(page: Page): Promise<string> {
  await expect(page.locator(".teach.recap")).toBeVisible();
  return ((await page.locator("main").first().textContent()) ?? "").replace(/\s+/g, " ");
}

test.describe("The GIL lesson's facts", () => {
  test("it opens with what the reader sees, and keeps how the page models the GIL aside", async ({
    page,
  }) => {
    await page.goto("/#/lesson/gil");
    const intro = page.locator(".teach.intro");
    await expect(intro).toContainText("finishes no sooner than one thread");
    await expect(intro).toContainText("Start four processes, and it does");
    // The first section is the experiment, before the GIL is explained.
    const headings = await page.locator("article h2, main h2").allInnerTexts();
    const first = headings.findIndex((h) => h.includes("CPU-bound: threads take turns"));
    const why = headings.findIndex((h) => h.includes("Why: the GIL"));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(why).toBeGreaterThan(first);

    // The model (an integer over Atomics, V8) lives in collapsed asides, not on the main path.
    const asides = page.locator("details.how-this-page");
    await expect(asides.first()).not.toHaveAttribute("open", "");
    await expect(asides.first()).toContainText("Atomics");
    await expect(asides.first()).toContainText("V8");
    const mainPath = await page.evaluate(() => {
      const article = document.querySelector("main") ?? document.body;
      const copy = article.cloneNode(true) as HTMLElement;
      for (const aside of copy.querySelectorAll("details, [data-experiment]")) aside.remove();
      return (copy.textContent ?? "").replace(/\s+/g, " ");
    });
    expect(mainPath).not.toContain("SharedArrayBuffer");
    expect(mainPath).not.toContain("Atomics");
  });

  test("it names 3.14t under PEP 779, PyPy's GIL, and the switch interval without 'at least once'", async ({
    page,
  }) => {
    await page.goto("/#/lesson/gil");
    const text = await lessonText(page);
    expect(text).toContain("python3.14t");
    expect(text).toMatch(/PEP 779 made it officially supported/);
    expect(text).toMatch(/experimental in 3\.13/);
    expect(text).toMatch(/10–15 %/);
    expect(text).toMatch(/PyPy[^.]*has a GIL too/);
    expect(text).toContain("about once per switch interval");
    expect(text).not.toMatch(/at least once/);
    expect(text).toContain(
      "Serially the job took 12 s, in threads 8 s, and in a process pool 3.5 s",
    );
    expect(text).toContain("Those are the video's numbers");
    // nth_prime.py searches far enough for processes to win on two cores (20,000, not 10,000).
    await expect(
      experimentCell(page, "threads-vs-processes").locator(".python-twin code"),
    ).toContainText("N = 20_000");
  });

  test("the thread programs are shown as runs-on-your-machine twins", async ({ page }) => {
    await page.goto("/#/lesson/gil");
    for (const file of ["race.py", "threadpool_vs_pool.py"]) {
      const program = page.locator(`[data-python-program="${file}"]`);
      await expect(program).toContainText("This one runs on your machine, not here");
      await expect(program.getByRole("button", { name: "Run Python", exact: true })).toHaveCount(0);
    }
    await expect(page.locator('[data-python-program="race.py"]')).toContainText("with_lock");
  });

  test("free threads pay the build's single-thread cost: an extra eighth per search", async ({
    page,
  }) => {
    await page.goto("/?quick=1#/lesson/gil");
    const cell = experimentCell(page, "threads-vs-processes");
    expect(await runCell(cell)).toBe("done");
    await expect(cell.locator(".headline")).toContainText("12.5 % single-thread cost");
    const results = await downloadResults(cell);
    const n = largestX(results);
    const searches = (series: string) =>
      samplesOf(results, series, n).map((sample) => Number(sample.searches));
    // Four searches for serial and the GIL threads; the free threads do one extra, smaller
    // search (a quarter of N, an eighth of the work) before each of theirs.
    for (const count of searches(SERIAL)) expect(count).toBe(4);
    for (const count of searches(GIL_THREADS)) expect(count).toBe(4);
    for (const count of searches(FREE_THREADS)) expect(count).toBe(8);
  });
});
