import type { Page } from "@playwright/test";
import { LAB_PORT } from "../../playwright.config";

/** Opens the lab page (lab/), which exposes the engine as `window.corelab`, once it is ready. */
export async function openLab(page: Page): Promise<void> {
  await page.goto(`http://localhost:${LAB_PORT}/`);
  await page.waitForFunction(() => document.body.dataset.ready === "true");
}
