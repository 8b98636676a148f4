import { lessons } from "../lessons";
import { expect, runCell, test } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** How far the page itself scrolls sideways: 0 when everything fits or scrolls in its own box. */
const overflow = (page: import("@playwright/test").Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test("at phone width nothing scrolls the page sideways, with a chart drawn in every lesson", async ({
  page,
}) => {
  await page.goto("/?quick=1#/");
  expect(await overflow(page), "contents page").toBeLessThanOrEqual(0);

  for (const { slug } of lessons) {
    await test.step(slug, async () => {
      await page.goto(`/?quick=1#/lesson/${slug}`);
      const cell = page.locator("[data-experiment]").first();
      await expect(cell).toBeVisible();
      const run = cell.getByRole("button", { name: "Run", exact: true });
      const stop = cell.getByRole("button", { name: "Stop", exact: true });
      for (const button of [run, stop]) {
        const box = await button.boundingBox();
        expect(box?.height, "touch target height").toBeGreaterThanOrEqual(44);
        expect(box?.width, "touch target width").toBeGreaterThanOrEqual(44);
      }
      expect(await runCell(cell), `${slug} ran`).toBe("done");
      await cell.getByText("The numbers behind the chart").click();
      await expect(cell.locator(".plot svg").first()).toBeVisible();
      expect(await overflow(page), `${slug} scrolls sideways`).toBeLessThanOrEqual(0);
    });
  }
});
