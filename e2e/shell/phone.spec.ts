import { lessons } from "../../lessons";
import { expect, runCell, test } from "../support/fixtures";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** How far the page itself scrolls sideways: 0 when everything fits or scrolls in its own box. */
const overflow = (page: import("@playwright/test").Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test("at phone width the contents page fits", async ({ page }) => {
  await page.goto("/?quick=1#/");
  await expect(page.getByRole("heading", { name: "Lessons" })).toBeVisible();
  expect(await overflow(page)).toBeLessThanOrEqual(0);
});

for (const { slug } of lessons) {
  test(`at phone width the lesson ${slug} never scrolls sideways, with a chart drawn`, async ({
    page,
  }) => {
    await page.goto(`/?quick=1#/lesson/${slug}`);
    const cell = page.locator("[data-experiment]").first();
    await expect(cell).toBeVisible();
    for (const name of ["Run", "Stop"]) {
      const box = await cell.getByRole("button", { name, exact: true }).boundingBox();
      expect(box?.height, `${name} height`).toBeGreaterThanOrEqual(44);
      expect(box?.width, `${name} width`).toBeGreaterThanOrEqual(44);
    }
    expect(await runCell(cell)).toBe("done");
    await cell.getByText("The numbers behind the chart").click();
    await expect(cell.locator("figure.chart table").first()).toBeVisible();
    await expect(cell.locator(".plot svg").first()).toBeVisible();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });
}

test("at phone width presenter mode fits too", async ({ page }) => {
  await page.goto("/?quick=1#/present/why-parallel/your-cores-measured-2");
  const cell = page.locator("[data-experiment='count-primes']");
  expect(await runCell(cell)).toBe("done");
  expect(await overflow(page)).toBeLessThanOrEqual(0);
});
