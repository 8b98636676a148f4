import { expect, experimentCell, runCell, test } from "../support/fixtures";

test("a lesson prints light, with its chart and without a button, whatever the theme", async ({
  page,
}, testInfo) => {
  await page.goto("/?quick=1#/lesson/why-parallel");
  const cell = experimentCell(page, "count-primes");
  expect(await runCell(cell, 120_000)).toBe("done");
  const chart = cell.locator(".plot svg").first();
  await expect(chart).toBeVisible();
  // The reader opened the chart's table: it prints too.
  await cell.getByText("The numbers behind the chart").click();
  const table = cell.locator("table").first();
  await expect(table).toBeVisible();
  await page.getByRole("combobox", { name: "Theme" }).selectOption("dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");

  await page.emulateMedia({ media: "print" });
  await expect(page.locator("button:visible")).toHaveCount(0);
  await expect(page.locator("input:visible, select:visible, textarea:visible")).toHaveCount(0);
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(chart).toBeVisible();
  await expect(table).toBeVisible();
  // A closed disclosure cannot be opened on paper.
  await expect(page.locator("details:not([open])").first()).toBeHidden();
  // A Predict's question prints; its guess form does not.
  await expect(page.locator("[data-predict]").first()).toBeVisible();
  const background = await page.evaluate(() => ({
    page: getComputedStyle(document.documentElement).backgroundColor,
    body: getComputedStyle(document.body).backgroundColor,
    text: getComputedStyle(document.body).color,
  }));
  expect(background.page).toBe("rgb(255, 255, 255)");
  expect(background.body).toMatch(/^rgba\(0, 0, 0, 0\)$|^rgb\(255, 255, 255\)$/);
  expect(background.text).toBe("rgb(28, 33, 40)");
  await page.screenshot({ path: testInfo.outputPath("print-dark.png"), fullPage: true });

  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.length).toBeGreaterThan(10_000);
  expect(pdf.subarray(0, 4).toString("latin1")).toBe("%PDF");
});
