import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "../support/fixtures";
import { serveStatic } from "../support/staticServer";

test("a new build is announced, not swapped under the open tab, and applied by Reload", async ({
  page,
}) => {
  const root = await mkdtemp(join(tmpdir(), "corelab-update-"));
  await cp("dist", root, { recursive: true });
  // A header-less host serving a copy of the build, which the test changes into a "new build".
  const host = await serveStatic(root);
  try {
    await page.goto(`${host.origin}/?quick=1#/lesson/why-parallel`);
    // The first worker takes over at once; the page reloads once, isolated by its headers.
    await page.waitForFunction(() => globalThis.crossOriginIsolated === true, null, {
      timeout: 30_000,
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const cacheNames = () => page.evaluate(() => caches.keys());
    const [oldCache] = await cacheNames();
    expect(oldCache).toMatch(/^corelab-[0-9a-f]{16}$/);
    const notice = page
      .getByRole("status")
      .filter({ hasText: "A new version of Corelab is ready" });
    await expect(notice).toHaveCount(0);

    // A new build changes the worker's bytes (its version), and the page's.
    const worker = join(root, "coi-sw.js");
    const code = await readFile(worker, "utf8");
    await writeFile(worker, code.replace(/"version": "[0-9a-f]+"/, '"version": "next-build"'));
    const html = join(root, "index.html");
    const builtPage = await readFile(html, "utf8");
    await writeFile(
      html,
      builtPage.replace("<title>", '<meta name="corelab-build" content="next" />\n<title>'),
    );

    // The reader has work in progress on the page, which an update must not pull away.
    await page.evaluate(() => {
      (window as unknown as { beforeUpdate: boolean }).beforeUpdate = true;
    });
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await expect(notice).toBeVisible({ timeout: 30_000 });
    await expect(notice.getByRole("button", { name: "Reload" })).toBeVisible();
    // Installed and waiting: the old worker still serves this tab from the old cache.
    expect(
      await page.evaluate(
        async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state,
      ),
    ).toBe("installed");
    expect((await cacheNames()).sort()).toEqual(["corelab-next-build", oldCache].sort());
    expect(await page.evaluate(() => "beforeUpdate" in window)).toBe(true);

    let loads = 0;
    page.on("load", () => loads++);
    await notice.getByRole("button", { name: "Reload" }).click();
    // The page reloads once, under the new worker, which has deleted the old cache.
    await expect(page.locator('meta[name="corelab-build"]')).toHaveCount(1);
    await expect.poll(cacheNames, { timeout: 30_000 }).toEqual(["corelab-next-build"]);
    expect(await page.evaluate(() => "beforeUpdate" in window)).toBe(false);
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return {
          waiting: registration?.waiting ?? null,
          controlledByActive:
            navigator.serviceWorker.controller?.scriptURL === registration?.active?.scriptURL,
          isolated: globalThis.crossOriginIsolated,
        };
      }),
    ).toEqual({ waiting: null, controlledByActive: true, isolated: true });
    await expect(page.locator("[data-experiment='count-primes']")).toBeVisible();
    await expect(notice).toHaveCount(0);
    expect(loads).toBe(1);
  } finally {
    await host.close();
    await rm(root, { recursive: true, force: true });
  }
});
