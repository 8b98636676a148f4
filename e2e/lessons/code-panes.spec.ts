import { lessons } from "../../lessons/index";
import { expect, test } from "../support/fixtures";

// Code shown to read (app/cells/code/CodeBlock.tsx) shows whole lines: they wrap inside their
// box, none runs past its edge, and copying a listing gives back the file as written.

const WIDTHS = [
  { name: "a 1280 px window", width: 1280, height: 800 },
  { name: "a phone", width: 390, height: 844 },
];

for (const { name, width, height } of WIDTHS) {
  test(`on ${name}, every lesson's code wraps in its box and copies as written`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    for (const { slug } of lessons) {
      await page.goto(`/#/lesson/${slug}`);
      await expect(page.locator("h1")).toBeVisible();
      await expect(page.locator("pre.code-block").first()).toBeAttached();
      const listings = await page.evaluate(() => {
        for (const details of document.querySelectorAll("details")) details.open = true;
        return [...document.querySelectorAll<HTMLElement>("pre.code-block")].map((pre) => {
          getSelection()?.selectAllChildren(pre);
          const copied = getSelection()?.toString() ?? "";
          return {
            start: (pre.textContent ?? "").split("\n")[0],
            overflow: pre.scrollWidth - pre.clientWidth,
            copiedAsWritten: copied.trimEnd() === (pre.textContent ?? "").trimEnd(),
          };
        });
      });
      for (const { start, overflow, copiedAsWritten } of listings) {
        expect.soft(overflow, `${slug}: "${start}" runs past its box`).toBeLessThanOrEqual(0);
        expect.soft(copiedAsWritten, `${slug}: "${start}" copies as written`).toBe(true);
      }
      // Cells wider than the text at 1280 px still fit the window.
      const pageOverflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect.soft(pageOverflow, `${slug} scrolls sideways`).toBeLessThanOrEqual(0);
    }
  });
}
