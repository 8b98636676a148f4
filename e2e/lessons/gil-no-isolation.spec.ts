import { ASYNCIO, POOL, PROCESSES } from "../../lessons/gil/series";
import { downloadResults, expect, experimentCell, runCell, test } from "../support/fixtures";
import { plainStaticHost } from "../support/staticServer";

const staticHost = plainStaticHost();

// Without its service worker, a static host cannot make the page cross-origin isolated.
test.use({ serviceWorkers: "block" });

test("without shared memory, the GIL lesson runs what it can and says why the rest did not", async ({
  page,
}) => {
  await page.goto(`${staticHost()}/?quick=1#/lesson/gil`);
  await expect(page.locator("h1")).toHaveText("The GIL: threads versus processes");
  expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(false);

  // CPU-bound: the process series run; the headline says why serial and threads did not.
  const cpu = experimentCell(page, "threads-vs-processes");
  expect(await runCell(cpu)).toBe("done");
  await expect(cpu.locator(".headline")).toContainText("did not run");
  await expect(cpu.locator(".headline")).toContainText("SharedArrayBuffer");
  const cpuResults = await downloadResults(cpu);
  expect(new Set(cpuResults.summary.map((row) => row.series))).toEqual(new Set([PROCESSES, POOL]));
  expect(cpuResults.environment.crossOriginIsolated).toBe(false);
  expect(cpuResults.timeline).toBeUndefined();

  // I/O-bound: asyncio needs no shared memory.
  const io = experimentCell(page, "io-bound");
  expect(await runCell(io)).toBe("done");
  await expect(io.locator(".headline")).toContainText("SharedArrayBuffer");
  const ioResults = await downloadResults(io);
  expect(new Set(ioResults.summary.map((row) => row.series))).toEqual(new Set([ASYNCIO]));

  // Mixed: every series is a thread series, so the cell explains itself instead of running.
  const convoy = experimentCell(page, "convoy");
  await expect(convoy).toHaveAttribute("data-state", "unsupported");
  await expect(convoy.locator(".run-status")).toContainText("not cross-origin isolated");
  await expect(convoy.getByRole("button", { name: "Run", exact: true })).toBeDisabled();

  // The main thread against a worker needs nothing special.
  expect(await runCell(experimentCell(page, "page-thread"))).toBe("done");
});
