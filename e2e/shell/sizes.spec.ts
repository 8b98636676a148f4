import { expect, experimentCell, test } from "../support/fixtures";

// The header's Sizes switch: lessons start at their own sizes, presenter mode at the workshop's,
// and a value the reader set stays theirs until they choose the page's sizes.

const largestN = (page: import("@playwright/test").Page) =>
  experimentCell(page, "count-primes").getByRole("spinbutton", { name: "Largest n" });

test("workshop sizes: switched in the header, remembered, on by default in presenter mode", async ({
  page,
}) => {
  await page.goto("/#/lesson/why-parallel");
  const sizes = page.getByRole("combobox", { name: "Sizes" });
  await expect(sizes).toHaveValue("auto");
  await expect(largestN(page)).toHaveValue("2000000");

  // Presenter mode starts on workshop sizes while the switch says "Auto".
  await page.goto("/#/present/why-parallel/your-cores-measured-2");
  await expect(largestN(page)).toHaveValue("100000");

  // Chosen in the header, the lesson's sizes hold in presenter mode too, and after a reload.
  await sizes.selectOption("lesson");
  await expect(largestN(page)).toHaveValue("2000000");
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Sizes" })).toHaveValue("lesson");
  await expect(largestN(page)).toHaveValue("2000000");

  await page.getByRole("combobox", { name: "Sizes" }).selectOption("workshop");
  await page.goto("/#/lesson/why-parallel");
  await expect(largestN(page)).toHaveValue("100000");
});

test("a value the reader set stays when the sizes change, until they choose the page's", async ({
  page,
}) => {
  await page.goto("/#/lesson/why-parallel");
  const cell = experimentCell(page, "count-primes");
  await largestN(page).fill("500000");
  await expect(largestN(page)).toHaveValue("500000");
  await expect(cell.locator("[data-own-params]")).toContainText("not the lesson's sizes");

  await page.getByRole("combobox", { name: "Sizes" }).selectOption("workshop");
  await page.reload();
  await expect(largestN(page)).toHaveValue("500000");
  await cell.getByRole("button", { name: "Use the workshop sizes" }).click();
  await expect(largestN(page)).toHaveValue("100000");
  await expect(cell.locator("[data-own-params]")).toHaveCount(0);
});
