import { expect, experimentCell, test } from "../support/fixtures";
import { scratchWith } from "../support/scratchCell";

/**
 * Issue 15, fault 10: two tabs editing the same cell, and the last write won without a word.
 * Now the tab whose copy went stale says so in the cell.
 */
const LESSON = "/?quick=1#/lesson/why-parallel";
const STALE = "Changed in another tab: what this tab shows is out of date";

test("a tab whose copy of a cell is stale says so; editing there tells the other tab", async ({
  context,
}) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(LESSON);
  await second.goto(LESSON);
  const inFirst = experimentCell(first, "count-primes");
  const inSecond = experimentCell(second, "count-primes");
  await expect(inSecond.getByLabel("Largest n")).toHaveValue("100000");

  await inFirst.getByLabel("Largest n").fill("300000");
  await expect(inSecond.locator(".cell-notices")).toContainText(STALE);
  await expect(inFirst.getByText(STALE)).toHaveCount(0);
  // Only the cell that changed: the scratch cell below it is not stale.
  await expect(experimentCell(second, "scratch").getByText(STALE)).toHaveCount(0);

  // The stale tab edits anyway: its version is saved, it is current again, and the first is told.
  await inSecond.getByLabel("Largest n").fill("200000");
  await expect(inSecond.getByText(STALE)).toHaveCount(0);
  await expect(inFirst.locator(".cell-notices")).toContainText(STALE);
  await first.reload();
  await expect(inFirst.getByLabel("Largest n")).toHaveValue("200000");
  await expect(inFirst.getByText(STALE)).toHaveCount(0);

  // The scratch cell's code too.
  const scratchFirst = await scratchWith(first, "return 1;");
  await expect(experimentCell(second, "scratch").locator(".message.notice")).toContainText(STALE);
  await expect(scratchFirst.getByText(STALE)).toHaveCount(0);
});

test("messages of the wrong shape on the channel are ignored", async ({ page }) => {
  await page.goto(LESSON);
  const primes = experimentCell(page, "count-primes");
  const scratch = experimentCell(page, "scratch");
  await expect(primes.getByLabel("Largest n")).toHaveValue("100000");
  await page.evaluate(() => {
    const channel = new BroadcastChannel("corelab saved work");
    const key = "params:why-parallel/count-primes";
    for (const forged of [null, key, { type: "deleted", key }, { type: "saved", key: [key] }]) {
      channel.postMessage(forged);
    }
    // A message of the right shape, after them: once it is heard, so were they.
    channel.postMessage({ type: "saved", key: "code:why-parallel/scratch" });
    channel.close();
  });
  await expect(scratch.getByText(STALE)).toBeVisible();
  await expect(primes.getByText(STALE)).toHaveCount(0);
});
