import type { Results } from "../../common/results";
import { downloadResults, expect, experimentCell, runCell, test } from "../support/fixtures";
import { PYTHON_RUN_MS, pythonOutput, pythonScratchWith, runPython } from "../support/pythonCell";

// The Python scratch cell and Run Python: a link never runs code; Stop interrupts; offline.

test.describe.configure({ timeout: 2 * PYTHON_RUN_MS });

test("a link's Python sits in the cell unrun and unsaved, and Python loads only when asked", async ({
  page,
}) => {
  const python: string[] = [];
  page.on("request", (request) => {
    if (/pyodide|python-worker/.test(request.url())) python.push(request.url());
  });
  const cell = await pythonScratchWith(page, 'print("from a link")');
  await expect(cell.getByText("This script came from a link. It has not run")).toBeVisible();
  await expect(cell).toHaveAttribute("data-state", "idle");
  await expect(pythonOutput(cell)).toHaveAttribute("data-python-state", "idle");
  await expect(pythonOutput(cell)).toHaveText("");
  expect(python, "nothing of Python was fetched before Run").toEqual([]);
  // Not saved: the lesson opened again shows the cell's own example.
  await page.goto("/#/lesson/pools");
  await page.reload();
  await expect(experimentCell(page, "python-scratch")).toContainText(
    "import multiprocessing as mp",
  );
  await expect(experimentCell(page, "python-scratch")).not.toContainText("from a link");
});

test("Stop interrupts a program whose worker loops forever, and the next Run starts clean", async ({
  page,
}) => {
  const cell = await pythonScratchWith(
    page,
    `import multiprocessing as mp

def spin(_):
    print("spinning", flush=True)
    while True:
        pass

if __name__ == "__main__":
    leftover = "from the first run"
    with mp.Pool(2) as pool:
        pool.apply(spin, (1,))
`,
  );
  const output = pythonOutput(cell);
  await cell.getByRole("button", { name: "Run", exact: true }).click();
  await expect(output).toContainText("spinning", { timeout: PYTHON_RUN_MS });
  await cell.getByRole("button", { name: "Stop", exact: true }).click();
  await expect(output).toHaveAttribute("data-python-state", "stopped");
  await expect(cell).toHaveAttribute("data-state", "stopped");
  await expect(output).toContainText("KeyboardInterrupt");

  const editor = cell.getByRole("textbox", { name: "Python scratch code" });
  await editor.fill('print("leftover" in globals(), __name__)');
  const again = await runPython(cell);
  expect(again.output.trim()).toBe("False __main__");
  expect(again.state).toBe("done");
});

test("Run Python runs an experiment's twin as printed, sizes scaled and said", async ({ page }) => {
  await page.goto("/#/lesson/why-parallel");
  const cell = experimentCell(page, "count-primes");
  await expect(cell.getByText("n = 200,000 (not 1_000_000)")).toBeVisible();
  const { state, output } = await runPython(cell, "Run Python");
  expect(output).toMatch(/main thread: 17984 primes in \d+ ms/);
  expect(output).toMatch(/1 process: 17984 primes in \d+ ms/);
  expect(output).toMatch(/pool of \d+: 17984 primes in \d+ ms/);
  expect(state).toBe("done");
  // The experiment's own run is untouched by the Python one.
  await expect(cell).toHaveAttribute("data-state", "idle");
});

test("a twin's printed timings join its cell's chart and results file, and stay after a reload", async ({
  page,
}) => {
  await page.goto("/?quick=1#/lesson/why-parallel");
  const cell = experimentCell(page, "count-primes");
  await expect(cell.getByText(/Its timings join this cell's chart/)).toBeVisible();
  expect(await runCell(cell)).toBe("done");
  const { state, output } = await runPython(cell, "Run Python");
  expect(state).toBe("done");
  const printed = [...output.matchAll(/^\s*(.+?): 17984 primes in (\d+) ms$/gm)].map((m) => ({
    series: `CPython 3.14 (WebAssembly): ${m[1]}`,
    ms: Number(m[2]),
  }));
  expect(printed).toHaveLength(3);
  const fromPython = (results: Results) =>
    results.samples
      .filter((sample) => sample.series.startsWith("CPython 3.14 (WebAssembly)"))
      .map(({ series, x, ms }) => ({ series, x, ms }));
  const expected = printed.map((point) => ({ ...point, x: 200_000 }));
  await expect.poll(async () => fromPython(await downloadResults(cell))).toEqual(expected);
  // The page's own series are still there, and the headline still reads them.
  const results = await downloadResults(cell);
  expect(results.samples.some((sample) => sample.series === "1 worker")).toBe(true);
  await expect(cell.locator(".plot").first()).toContainText(
    "CPython 3.14 (WebAssembly): 1 process",
  );

  await page.reload();
  await expect(cell).toHaveAttribute("data-state", "done");
  expect(fromPython(await downloadResults(cell))).toEqual(expected);
  // A new run of the cell keeps the twin's last timings on its chart.
  expect(await runCell(cell)).toBe("done");
  expect(fromPython(await downloadResults(cell))).toEqual(expected);
});

test("after its first run, Python works offline", async ({ page, context }) => {
  await page.goto("/#/lesson/pools");
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 30_000,
  });
  const hello = 'import sys\nprint("offline", sys.version_info[:2])';
  const first = await runPython(await pythonScratchWith(page, hello));
  expect(first.output.trim()).toBe("offline (3, 14)");
  await context.setOffline(true);
  await page.reload();
  const second = await runPython(await pythonScratchWith(page, hello));
  expect(second.output.trim()).toBe("offline (3, 14)");
  expect(second.state).toBe("done");
});
