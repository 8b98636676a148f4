import { expect, test } from "../support/fixtures";

test("the environment panel shows what this browser offers, and stays open across pages", async ({
  page,
}) => {
  await page.goto("/#/");
  const toggle = page.getByRole("button", { name: "Environment" });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const panel = page.getByRole("region", { name: "Your environment" });
  const fact = (name: string) => panel.locator(".fact", { hasText: name });

  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  await expect(fact("Logical cores")).toContainText(String(cores));
  await expect(fact("Cross-origin isolation")).toContainText("yes");
  await expect(fact("Shared memory")).toContainText("yes");
  // Chromium gives cross-origin-isolated pages a 5 µs clock.
  await expect(fact("Timer resolution")).toContainText("5 µs");
  await expect(fact("WebAssembly SIMD")).toContainText("yes");
  await expect(fact("WebAssembly threads")).toContainText("yes");
  // The test browser's adapter is SwiftShader: software on the CPU, labelled as such.
  await expect(fact("WebGPU")).toContainText("CPU-emulated GPU");

  await page.getByRole("link", { name: "Why parallel?" }).click();
  await expect(page.locator("[data-experiment='count-primes']")).toBeVisible();
  await expect(panel).toBeVisible();
  await toggle.click();
  await expect(panel).toBeHidden();
});
