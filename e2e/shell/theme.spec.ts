import { expect, runCell, test } from "../support/fixtures";

const theme = (page: import("@playwright/test").Page) => page.locator("html");

// One test holds the app's scripts back with Playwright's routing, which cannot see requests a
// service worker answers from its cache; the theme does not depend on the service worker.
test.use({ serviceWorkers: "block" });

test("the theme follows the system until the reader chooses, and the choice is remembered", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/#/");
  await expect(theme(page)).toHaveAttribute("data-theme", "light");
  const select = page.getByRole("combobox", { name: "Theme" });
  await expect(select).toHaveValue("system");

  // Following the system: it switches live, without a reload.
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(theme(page)).toHaveAttribute("data-theme", "dark");
  const background = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  );
  expect(background).toBe("rgb(13, 17, 23)");

  // A choice overrides the system, and outlives a reload.
  await select.selectOption("light");
  await expect(theme(page)).toHaveAttribute("data-theme", "light");
  await page.reload();
  await expect(select).toHaveValue("light");
  await expect(theme(page)).toHaveAttribute("data-theme", "light");
  await page.emulateMedia({ colorScheme: "light" });
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(theme(page)).toHaveAttribute("data-theme", "light");

  // Back to "System": the stored choice is gone and the system rules again.
  await select.selectOption("system");
  await expect(theme(page)).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await expect(select).toHaveValue("system");
  await expect(theme(page)).toHaveAttribute("data-theme", "dark");
});

test("a chosen theme is on <html> before the app's code has even loaded", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/#/");
  await page.getByRole("combobox", { name: "Theme" }).selectOption("dark");

  // Hold back every module script: only the tiny blocking head script can set the theme now.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.reload({ waitUntil: "commit" });
  await expect(page.locator("#root")).toBeEmpty();
  await expect(theme(page)).toHaveAttribute("data-theme", "dark");
  release();
  await expect(page.getByRole("heading", { name: "Lessons" })).toBeVisible();
});

test("charts draw in the page's colours in the dark theme", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/?quick=1#/lesson/why-parallel");
  const cell = page.locator("[data-experiment='count-primes']");
  expect(await runCell(cell)).toBe("done");
  const chart = cell.locator(".plot svg").first();
  const colours = await chart.evaluate((svg) => ({
    text: getComputedStyle(svg).color,
    tipBackground: getComputedStyle(svg).getPropertyValue("--plot-background").trim(),
  }));
  // Axes and labels are drawn in currentColor: the dark theme's light text.
  expect(colours.text).toBe("rgb(230, 237, 243)");
  // Plot would put its tooltips on white; here they sit on the page's own background.
  expect(colours.tipBackground).toBe("#0d1117");
});
