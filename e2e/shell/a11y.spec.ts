import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { lessons } from "../../lessons";
import { expect, runCell, test } from "../support/fixtures";

/** axe's serious and critical findings on the page as it is now, with where each one is. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(" "))
          .join(", ")}`,
    );
}

for (const scheme of ["light", "dark"] as const) {
  test.describe(`in the ${scheme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
    });

    test("axe finds nothing serious on the contents page and the environment panel", async ({
      page,
    }) => {
      await page.goto("/?quick=1#/");
      await page.getByRole("button", { name: "Environment" }).click();
      await expect(page.getByRole("region", { name: "Your environment" })).toContainText("cores");
      expect(await seriousViolations(page)).toEqual([]);
    });

    for (const { slug } of lessons) {
      test(`axe finds nothing serious on the lesson ${slug}, with a chart drawn`, async ({
        page,
      }) => {
        await page.goto(`/?quick=1#/lesson/${slug}`);
        const cell = page.locator("[data-experiment]").first();
        expect(await runCell(cell), `${slug} ran`).toBe("done");
        await cell.getByText("The numbers behind the chart").click();
        expect(await seriousViolations(page)).toEqual([]);
      });
    }

    test("axe finds nothing serious in presenter mode, with a run on the slide", async ({
      page,
    }) => {
      await page.goto("/?quick=1#/present/why-parallel/your-cores-measured-2");
      const cell = page.locator("[data-experiment='count-primes']");
      expect(await runCell(cell)).toBe("done");
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

test("a keyboard reaches the content through the skip link, and every chart has a name and a table", async ({
  page,
}) => {
  await page.goto("/?quick=1#/lesson/why-parallel");
  await expect(page.locator("[data-experiment='count-primes']")).toBeVisible();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  await expect(page).toHaveURL(/#\/lesson\/why-parallel$/);

  // The run, from the keyboard alone.
  const cell = page.locator("[data-experiment='count-primes']");
  const run = cell.getByRole("button", { name: "Run", exact: true });
  // Run is enabled once the browser's capabilities are read, a moment after the page loads.
  await expect(run).toBeEnabled();
  await run.focus();
  await page.keyboard.press("Enter");
  await expect(cell).toHaveAttribute("data-state", "done", { timeout: 60_000 });

  const charts = page.locator(".plot svg[aria-label]");
  await expect(charts).toHaveCount(3);
  for (const figure of await page.locator("figure.chart").all()) {
    await expect(figure.locator("svg[role=img]")).toHaveAccessibleName(/.+/);
    const numbers = figure.locator("summary");
    await numbers.focus();
    await page.keyboard.press("Enter");
    await expect(figure.getByRole("table")).toHaveCount(1);
    await expect(figure.getByRole("table").locator("tbody tr").first()).toBeVisible();
  }
  await expect(page.locator("figure.chart")).toHaveCount(3);
});
