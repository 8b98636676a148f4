import { expect, test } from "../support/fixtures";

// The instructors' page: reached from the contents, two plans whose slides open in presenter mode,
// and each live run with the time it took at workshop sizes.

test("the instructors' page gives two plans whose slides open in presenter mode", async ({
  page,
}) => {
  await page.goto("/#/");
  await page.getByRole("link", { name: "For instructors" }).click();
  await expect(page).toHaveURL(/#\/instructors$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("For instructors");
  await expect(page).toHaveTitle(/For instructors/);

  const oneHour = page.getByRole("region", { name: /One hour/ });
  await expect(oneHour).toContainText("60 minutes in all");
  await expect(page.getByRole("region", { name: /Three hours/ })).toContainText(
    "180 minutes in all",
  );
  await expect(oneHour.getByRole("row").nth(3)).toContainText("count-primes");

  await oneHour.getByRole("link", { name: "CPU-bound: threads take turns" }).click();
  await expect(page).toHaveURL(/#\/present\/gil\/cpu-bound-threads-take-turns$/);
  await expect(page.locator("section.slide:not([hidden])")).toContainText("CPU-bound");
  // Presenter mode opened from the plan is on workshop sizes.
  await expect(page.getByRole("combobox", { name: "Sizes" })).toHaveValue("auto");
});
