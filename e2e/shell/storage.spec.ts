import type { Page } from "@playwright/test";
import { expect, test } from "../support/fixtures";

/** Counts the page's calls to `navigator.storage.persist()`, from before its first script. */
async function countPersistCalls(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const persist = StorageManager.prototype.persist;
    const counter = window as unknown as { persistCalls: number };
    counter.persistCalls = 0;
    StorageManager.prototype.persist = function (this: StorageManager) {
      counter.persistCalls++;
      return persist.call(this);
    };
  });
  return () => page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls);
}

/** Saved work: a parameter the reader changed, once the cell has kept it in IndexedDB. */
async function changeTrials(page: Page): Promise<void> {
  const trials = page
    .locator("[data-experiment='count-primes']")
    .getByRole("slider", { name: "Trials per point" });
  await trials.focus();
  await page.keyboard.press("ArrowRight");
  const shown = Number(await trials.inputValue());
  await expect.poll(() => savedTrials(page)).toBe(shown);
}

function savedTrials(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open("corelab");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("saved-work")) return resolve(undefined);
          const read = db
            .transaction("saved-work")
            .objectStore("saved-work")
            .get("params:why-parallel/count-primes");
          read.onsuccess = () => resolve((read.result as { trials?: number } | undefined)?.trials);
        };
      }),
  );
}

const storageFact = (page: Page) =>
  page.getByRole("region", { name: "Your environment" }).locator(".storage-persistence");

test("the browser is asked to keep storage once, after the first saved work", async ({ page }) => {
  const persistCalls = await countPersistCalls(page);
  await page.goto("/?quick=1#/lesson/why-parallel");
  await page.getByRole("button", { name: "Environment" }).click();
  await expect(storageFact(page)).toContainText("Storage: best effort");
  expect(await persistCalls()).toBe(0);

  await changeTrials(page);
  await expect.poll(persistCalls).toBe(1);
  await changeTrials(page);
  await changeTrials(page);
  expect(await persistCalls()).toBe(1);

  // Nor again on a later visit: Firefox asks the reader, who should be asked once.
  await page.reload();
  await changeTrials(page);
  expect(await persistCalls()).toBe(0);
});

test("the environment panel says when the browser keeps the storage", async ({ page }) => {
  // Chromium grants persistence by its own heuristics (not to a test's fresh profile); the test
  // grants it outright, for the page's own browser context.
  await page.goto("/?quick=1#/lesson/why-parallel");
  const { targetInfo } = await (await page.context().newCDPSession(page)).send(
    "Target.getTargetInfo",
  );
  const browser = await page.context().browser()?.newBrowserCDPSession();
  await browser?.send("Browser.grantPermissions", {
    permissions: ["durableStorage"],
    origin: new URL(page.url()).origin,
    ...(targetInfo.browserContextId ? { browserContextId: targetInfo.browserContextId } : {}),
  });
  await page.getByRole("button", { name: "Environment" }).click();
  await expect(storageFact(page)).toContainText("Storage: persistent");
});
