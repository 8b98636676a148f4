import { expect, experimentCell, test } from "../support/fixtures";

/**
 * Issue 15, fault 1: a malformed escape in the address (`%ZZ`) threw a URIError during render,
 * which blanked the whole app, and no valid address brought it back.
 */
test("a malformed escape in the address shows Not found, and a valid address works again", async ({
  page,
}) => {
  await page.goto("/?quick=1#/lesson/%ZZ");
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();

  await page.evaluate(() => {
    window.location.hash = "#/lesson/why-parallel";
  });
  await expect(page.getByRole("heading", { level: 1, name: "Why parallel?" })).toBeVisible();
});

test("a malformed escape set while a run goes on does not blank the app", async ({ page }) => {
  await page.goto("/#/lesson/why-parallel");
  const cell = experimentCell(page, "count-primes");
  await cell.getByRole("button", { name: "Run", exact: true }).click();
  await expect(cell).toHaveAttribute("data-state", "running");

  await page.evaluate(() => {
    window.location.hash = "#/lesson/why-parallel/%E0%A4%A";
  });
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();

  await page.evaluate(() => {
    window.location.hash = "#/lesson/pools";
  });
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Pools");
});
