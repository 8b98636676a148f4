import type { Locator, Page } from "@playwright/test";
import { expect, test } from "../support/fixtures";
import { PYTHON_RUN_MS, pythonOutput, runPython } from "../support/pythonCell";

/** The points of the SVG path of a chart's line, drawn by the mark with `className`. */
async function linePoints(widget: Locator, className: string): Promise<[number, number][]> {
  const d = (await widget.locator(`.plot svg g.${className} path`).first().getAttribute("d")) ?? "";
  return [...d.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
}

/** The lesson's text once it has loaded (its recap is drawn), with runs of whitespace as one space. */
async function lessonText(page: Page): Promise<string> {
  await expect(page.locator(".teach.recap")).toBeVisible();
  return ((await page.locator("main").first().textContent()) ?? "").replace(/\s+/g, " ");
}

test.describe("Why parallel? facts", () => {
  test("perfect scaling is the curve speedup = p, never below Amdahl's at any core count", async ({
    page,
  }) => {
    await page.goto("/#/lesson/why-parallel/amdahl");
    const widget = page.locator("#amdahl");
    for (const percent of [0, 1, 10, 50]) {
      await widget.getByLabel("Serial fraction s").fill(String(percent));
      await expect(
        widget.getByRole("img", { name: new RegExp(`${percent} percent`) }),
      ).toBeVisible();
      const perfect = await linePoints(widget, "perfect-scaling");
      const amdahl = await linePoints(widget, "amdahl-curve");
      // One point per core count, 1 to 64, on both lines, at the same x.
      expect(perfect).toHaveLength(64);
      expect(amdahl).toHaveLength(64);
      perfect.forEach(([x, y], i) => {
        const [ax, ay] = amdahl[i] ?? [Number.NaN, Number.NaN];
        expect(Math.abs(x - ax)).toBeLessThan(0.01);
        // SVG y grows downwards: perfect scaling is drawn at or above Amdahl's curve.
        expect(y).toBeLessThanOrEqual(ay + 0.01);
      });
    }
  });

  test("it answers the Amdahl question with its numbers, and sorts problems", async ({ page }) => {
    await page.goto("/#/lesson/why-parallel");
    const text = await lessonText(page);
    expect(text).toContain("8 cores give 1 / (0.1 + 0.9 / 8) = 4.7×");
    expect(text).toContain("64 cores give 1 / (0.1 + 0.9 / 64) = 8.8×");
    for (const kind of ["Embarrassingly parallel", "Partly parallel", "Inherently serial"]) {
      expect(text).toContain(kind);
    }
    expect(text).toContain("message passing");
    expect(text).toContain("shared memory");
    // The widget agrees: 10 % serial on 8 and on 64 cores.
    const widget = page.locator("#amdahl");
    await widget.getByLabel("Serial fraction s").fill("10");
    await widget.getByLabel("Cores p").fill("8");
    await expect(widget.getByTestId("amdahl-reading")).toContainText("speedup of 4.71×");
    await widget.getByLabel("Cores p").fill("64");
    await expect(widget.getByTestId("amdahl-reading")).toContainText("speedup of 8.77×");
  });

  test("timing.py runs here: both clocks, a warmed-up Pool, map_async waited for", async ({
    page,
  }) => {
    test.setTimeout(PYTHON_RUN_MS + 60_000);
    await page.goto("/#/lesson/why-parallel");
    const program = page.locator('[data-python-program="timing.py"]');
    await expect(program.getByText("N = 100,000 (not 400_000)")).toBeVisible();
    const { state, output } = await runPython(program, "Run Python");
    expect(state).toBe("done");
    // In the tab, WebAssembly has no CPU clock: process_time reads clock(), as the lesson says.
    expect(output).toContain("process_time reads clock()");
    for (const label of [
      "in this process",
      "time.sleep(0.5)",
      "Pool(2).map",
      "map_async, not waited for",
      "waiting for its result",
    ]) {
      expect(output).toMatch(
        new RegExp(
          `${label.replace(/[().]/g, "\\$&")}: perf_counter +[\\d.]+ s, process_time +[\\d.]+ s`,
        ),
      );
    }
    expect(output).toContain("9592 primes below 100000");
    await expect(pythonOutput(program)).toHaveAttribute("data-python-state", "done");
  });
});
