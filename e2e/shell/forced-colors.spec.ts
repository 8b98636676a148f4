import type { Locator, Page } from "@playwright/test";
import { expect, experimentCell, runCell, test } from "../support/fixtures";

/**
 * Forced colours (Windows High Contrast): the browser drops background colours and paints the
 * page in the system's palette. Each key element must keep a visible edge: a border, an outline
 * or a fill that differs from the page's background.
 */
interface Edge {
  border: string;
  borderWidth: number;
  outline: string;
  outlineWidth: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
  canvas: string;
}

function edgeOf(locator: Locator): Promise<Edge> {
  return locator.evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      border: style.borderTopStyle === "none" ? "none" : style.borderTopColor,
      borderWidth: Number.parseFloat(style.borderTopWidth),
      outline: style.outlineStyle === "none" ? "none" : style.outlineColor,
      outlineWidth: Number.parseFloat(style.outlineWidth),
      fill: style.backgroundColor,
      stroke: style.stroke,
      strokeWidth: Number.parseFloat(style.strokeWidth),
      canvas: getComputedStyle(document.documentElement).backgroundColor,
    };
  });
}

async function expectBorder(locator: Locator, minWidth = 1): Promise<void> {
  const edge = await edgeOf(locator);
  expect(edge.border, "a border").not.toBe("none");
  expect(edge.border, "a border unlike the background").not.toBe(edge.canvas);
  expect(edge.borderWidth).toBeGreaterThanOrEqual(minWidth);
}

const ranCell = async (page: Page, path: string, id: string) => {
  await page.goto(`/?quick=1#/${path}`);
  const cell = experimentCell(page, id);
  expect(await runCell(cell)).toBe("done");
  return cell;
};

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`forced colours, ${colorScheme} system palette`, () => {
    test.use({ forcedColors: "active", colorScheme });

    test("buttons, focus rings, state badges, teaching boxes and chart lines stay visible", async ({
      page,
    }) => {
      const cell = await ranCell(page, "lesson/why-parallel", "count-primes");
      const run = cell.getByRole("button", { name: "Run", exact: true });
      await expectBorder(run);
      await expectBorder(cell.getByRole("button", { name: "Stop", exact: true }));

      // A keyboard focus ring in the system's highlight, at least 2 px.
      await run.focus();
      await page.keyboard.press("Shift+Tab");
      await page.keyboard.press("Tab");
      await expect(run).toBeFocused();
      const ring = await edgeOf(run);
      expect(ring.outline).not.toBe("none");
      expect(ring.outline).not.toBe(ring.canvas);
      expect(ring.outlineWidth).toBeGreaterThanOrEqual(2);

      // The state, which colour alone told, gets a frame.
      await expectBorder(cell.locator(".state-badge"), 2);

      // Every series line is drawn, in a colour unlike the background, and thick enough.
      const lines = cell.locator(".plot svg g[aria-label='line']");
      await expect(lines.first()).toBeVisible();
      for (const line of await lines.all()) {
        const edge = await edgeOf(line);
        expect(edge.strokeWidth).toBeGreaterThanOrEqual(2);
        for (const path of await line.locator("path").all()) {
          const { stroke, canvas } = await edgeOf(path);
          expect(stroke).not.toMatch(/^(none|transparent)$/);
          expect(stroke).not.toBe(canvas);
        }
      }

      // Predict and Takeaway were boxes by their background alone.
      await expectBorder(page.locator(".predict").first());
      await expectBorder(page.locator(".takeaway").first());
    });

    test("the presenter's state badge and the heartbeat's dot stay visible", async ({ page }) => {
      const cell = await ranCell(
        page,
        "present/why-parallel/your-cores-measured-2",
        "count-primes",
      );
      await expectBorder(cell.locator(".state-badge"), 2);

      await page.goto("/?quick=1#/lesson/gil");
      const dot = page.locator(".heartbeat-dot");
      await dot.scrollIntoViewIfNeeded();
      const { fill, canvas } = await edgeOf(dot);
      expect(fill).not.toMatch(/^rgba\(0, 0, 0, 0\)$/);
      expect(fill).not.toBe(canvas);
      await expectBorder(page.locator(".heartbeat-track"));
    });
  });
}
