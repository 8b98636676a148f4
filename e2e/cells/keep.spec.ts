import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import {
  chartMarks,
  downloadResults,
  expect,
  experimentCell,
  runCell,
  test,
} from "../support/fixtures";
import { openTaskEditor, replaceTaskCode } from "../support/taskEditor";

/**
 * Keeping work: params and results saved in this browser survive a reload, a stop and broken
 * storage. Sharing work (imports, downloads, links) is in share.spec.ts.
 */

const LESSON = "/?quick=1#/lesson/why-parallel";
const CELL = "count-primes";

/** Writes a value straight into the notebook's IndexedDB store, as a broken disk or another app might. */
async function writeStorage(page: Page, key: string, value: unknown) {
  await page.evaluate(
    ({ key, value }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open("corelab");
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction("saved-work", "readwrite");
          transaction.objectStore("saved-work").put(value, key);
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    { key, value },
  );
}

/** Reads a value straight from the notebook's IndexedDB store. */
async function readStorage(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (key) =>
      new Promise<unknown>((resolve, reject) => {
        const request = indexedDB.open("corelab");
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const read = db.transaction("saved-work").objectStore("saved-work").get(key);
          read.onsuccess = () => {
            db.close();
            resolve(read.result);
          };
          read.onerror = () => reject(read.error);
        };
      }),
    key,
  );
}

test.describe("Keeping work", () => {
  test("params and results survive a reload; forgetting resets them", async ({ page }) => {
    await page.goto(LESSON);
    const cell = experimentCell(page, CELL);
    await cell.getByLabel("Largest n").fill("150000");
    expect(await runCell(cell)).toBe("done");
    const before = await downloadResults(cell);

    await page.reload();
    await expect(cell).toHaveAttribute("data-state", "done");
    await expect(cell.getByLabel("Largest n")).toHaveValue("150000");
    await expect(cell.locator(".restored")).toContainText("Restored from");
    await expect(cell.getByRole("img", { name: /Runtime against n/ })).toBeVisible();
    expect(await downloadResults(cell)).toEqual(before);

    await cell.getByRole("button", { name: "Forget this cell's results" }).click();
    await expect(cell).toHaveAttribute("data-state", "idle");
    await expect(cell.locator(".results")).toHaveCount(0);
    // Storage forgets a moment later; a reload in that moment could cut the deletion short.
    await expect.poll(() => readStorage(page, `run:why-parallel/${CELL}`)).toBeUndefined();
    await page.reload();
    await expect(cell.getByLabel("Largest n")).toHaveValue("150000");
    await expect(cell).toHaveAttribute("data-state", "idle");

    await page.getByRole("button", { name: "Environment" }).click();
    await page.getByRole("button", { name: "Forget all saved work" }).click();
    await expect(cell.getByLabel("Largest n")).toHaveValue("100000");
    await page.reload();
    await expect(cell.getByLabel("Largest n")).toHaveValue("100000");
  });

  test("a run stopped, or cut short by a reload, keeps its points", async ({ page }) => {
    await page.goto("/#/lesson/why-parallel");
    const cell = experimentCell(page, CELL);
    const run = cell.getByRole("button", { name: "Run", exact: true });
    await run.click();
    await expect(cell.locator(".results")).toBeVisible({ timeout: 30_000 });
    await cell.getByRole("button", { name: "Stop", exact: true }).click();
    await expect(cell).toHaveAttribute("data-state", "stopped");
    const stopped = await downloadResults(cell);
    await page.reload();
    await expect(cell).toHaveAttribute("data-state", "stopped");
    await expect(cell.locator(".state-badge")).toContainText("points measured so far are kept");
    await expect(cell.locator(".restored")).toContainText("Restored from");
    expect(await downloadResults(cell)).toEqual(stopped);

    // A reload in the middle of a run keeps the points measured before it.
    await run.click();
    await expect(cell.locator(".restored")).toHaveCount(0);
    await expect(cell.locator(".results")).toBeVisible({ timeout: 30_000 });
    // The running sweep's points are saved as they come (at most once a second): reload once
    // the first of them is in storage.
    const savedStart = async () => {
      const saved = (await readStorage(page, `run:why-parallel/${CELL}`)) as {
        results?: { startedAt?: string };
      };
      return saved?.results?.startedAt;
    };
    await expect.poll(savedStart, { timeout: 15_000 }).not.toBe(stopped.startedAt);
    await page.reload();
    await expect(cell).toHaveAttribute("data-state", "stopped");
    const cutShort = await downloadResults(cell);
    expect(cutShort.startedAt).not.toBe(stopped.startedAt);
    expect(cutShort.samples.length).toBeGreaterThan(0);
  });

  test("a failed run stays failed after a reload or another lesson, with its points and message", async ({
    page,
  }) => {
    // Issue 15, fault 7: it came back as "Stopped", with fewer points and no error.
    await page.goto(LESSON);
    const cell = experimentCell(page, CELL);
    const primes = readFileSync(
      new URL("../../workers/kernels/primes.ts", import.meta.url),
      "utf8",
    );
    const loop = "  for (let n = from; n < to; n++) {";
    const failing = primes.replace(loop, `  if (to > 40000) throw new Error("too far");\n${loop}`);
    await replaceTaskCode(await openTaskEditor(cell, "Counting primes"), failing);
    expect(await runCell(cell)).toBe("error");
    const alert = cell.locator(".run-status").getByRole("alert");
    await expect(alert).toContainText("too far");
    // The results are drawn afresh once the run has failed: count them once they are.
    await expect(chartMarks(cell).first()).toBeVisible();
    const marks = await chartMarks(cell).count();
    const message = await alert.textContent();

    for (const reopen of [
      () => page.reload(),
      async () => {
        await page.goto("/?quick=1#/lesson/pools");
        await expect(page.getByRole("heading", { level: 1 })).toContainText("Pools");
        await page.goto(LESSON);
      },
    ]) {
      await reopen();
      await expect(cell).toHaveAttribute("data-state", "error");
      await expect(cell.locator(".state-badge")).toHaveText("Failed");
      await expect(cell.locator(".restored")).toContainText("Restored from");
      await expect(alert).toHaveText(message ?? "");
      await expect(chartMarks(cell)).toHaveCount(marks);
    }
  });

  test("leaving a lesson mid-run is reported as a stop, not a crash, and keeps its points", async ({
    page,
  }) => {
    // Issue 15, fault 8. Full sizes, so the run is still going when the reader leaves.
    await page.goto("/#/lesson/why-parallel");
    const cell = experimentCell(page, CELL);
    await cell.getByRole("button", { name: "Run", exact: true }).click();
    await expect(chartMarks(cell).first()).toBeVisible({ timeout: 60_000 });
    await expect(cell).toHaveAttribute("data-state", "running");
    await page.evaluate(() => {
      window.location.hash = "#/lesson/pools";
    });
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Pools");
    await page.evaluate(() => {
      window.location.hash = "#/lesson/why-parallel";
    });
    const notices = cell.locator(".cell-notices");
    await expect(notices).toContainText("was stopped when you left the lesson");
    await expect(notices).not.toContainText("crashed");
    await expect(cell).toHaveAttribute("data-state", "stopped");
    // The chart draws after the restored run arrives (Observable Plot loads when a chart is due).
    await expect(chartMarks(cell).first()).toBeVisible();
  });

  test("a run the reader reloads the moment it ends is kept as finished, with no notice", async ({
    page,
  }) => {
    await page.goto(LESSON);
    const cell = experimentCell(page, CELL);
    await expect(cell).toHaveAttribute("data-state", "idle");
    // Reloads in the very task that shows the run's end, before anything else the page does.
    await page.evaluate((id) => {
      const element = document.querySelector(`[data-experiment="${id}"]`) as Element;
      new MutationObserver(() => {
        if (element.getAttribute("data-state") === "done") location.reload();
      }).observe(element, { attributes: true, attributeFilter: ["data-state"] });
    }, CELL);
    await Promise.all([
      page.waitForEvent("load"),
      cell.getByRole("button", { name: "Run", exact: true }).click(),
    ]);
    await expect(cell).toHaveAttribute("data-state", "done");
    await expect(chartMarks(cell).first()).toBeVisible();
    await expect.poll(() => cell.locator(".cell-notices").allTextContents()).toEqual([]);
  });

  test("params changed in the same moment as a reload are kept", async ({ page }) => {
    await page.goto(LESSON);
    const cell = experimentCell(page, CELL);
    await expect(cell.getByLabel("Largest n")).toHaveValue("100000");
    // Two saves, the second waiting behind the first when the page goes.
    await Promise.all([
      page.waitForEvent("load"),
      cell.evaluate((element) => {
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
        const type = (label: string, value: string) => {
          const input = [...element.querySelectorAll("label")].find(
            (candidate) => candidate.textContent === label,
          )?.control as HTMLInputElement;
          // As typing does: the value through the native setter, then the event React hears.
          setValue?.call(input, value);
          input.dispatchEvent(new Event("input", { bubbles: true }));
        };
        type("Largest n", "300000");
        type("Trials per point", "7");
        location.reload();
      }),
    ]);
    await expect(cell.getByLabel("Largest n")).toHaveValue("300000");
    await expect(cell.getByLabel("Trials per point")).toHaveValue("7");
  });

  test("a run marker storage garbled is dropped, never shown as Invalid Date", async ({ page }) => {
    await page.goto(LESSON);
    const cell = experimentCell(page, CELL);
    await expect(cell.getByRole("button", { name: "Run", exact: true })).toBeEnabled();
    for (const marker of ["garbage", { startedAt: "2026-13-45T99:99:99Z" }]) {
      await writeStorage(page, `active:why-parallel/${CELL}`, marker);
      await page.reload();
      await expect(cell.getByRole("button", { name: "Run", exact: true })).toBeEnabled();
      await expect.poll(() => readStorage(page, `active:why-parallel/${CELL}`)).toBeUndefined();
      await expect(cell).not.toContainText("Invalid Date");
      await expect(cell).not.toContainText("did not finish");
    }
  });

  test("corrupt storage gives a clean start with a message, and Run works", async ({ page }) => {
    await page.goto(LESSON);
    const cell = experimentCell(page, CELL);
    await expect(cell).toHaveAttribute("data-state", "idle");
    await writeStorage(page, `run:why-parallel/${CELL}`, { status: "done", results: "💥" });
    await writeStorage(page, `params:why-parallel/${CELL}`, { maxN: -5, evil: "<img>" });
    await page.reload();

    const notices = cell.locator(".cell-notices");
    await expect(notices).toContainText("Saved results were unreadable and were dropped");
    await expect(notices).toContainText("Parameters: Saved data was unreadable and was dropped");
    await expect(cell).toHaveAttribute("data-state", "idle");
    await expect(cell.getByLabel("Largest n")).toHaveValue("100000");
    expect(await runCell(cell)).toBe("done");

    // The garbage is gone: the next visit restores the new run, without a message.
    await page.reload();
    await expect(cell).toHaveAttribute("data-state", "done");
    // Polling the texts (not the count) puts any notice left into the failure message.
    await expect.poll(() => notices.allTextContents()).toEqual([]);
  });

  test("a foreign database of the same name is replaced, not fatal", async ({ page }) => {
    await page.goto("/#/");
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const request = indexedDB.open("corelab", 3);
          request.onupgradeneeded = () => request.result.createObjectStore("something-else");
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
        }),
    );
    await page.goto(LESSON);
    const cell = experimentCell(page, CELL);
    expect(await runCell(cell)).toBe("done");
    await page.reload();
    await expect(cell).toHaveAttribute("data-state", "done");
  });
});
