import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import puppeteer, { type ElementHandle, type Page } from "puppeteer-core";
import type { Engine, EnginePage, Key } from "./enginePage";

export const FIREFOX = "/usr/bin/firefox-esr";

/** Firefox ESR, headless, driven by puppeteer-core over WebDriver BiDi. */
export async function launchFirefox(): Promise<Engine> {
  const downloads = await mkdtemp(join(tmpdir(), "corelab-firefox-downloads-"));
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    // Save every download to a folder of the test's, without asking.
    extraPrefsFirefox: {
      "browser.download.dir": downloads,
      "browser.download.folderList": 2,
      "browser.download.useDownloadDir": true,
      "browser.download.always_ask_before_handling_new_types": false,
    },
  });
  const [name, version] = (await browser.version()).split("/");
  const label = `${name === "firefox" ? "Firefox" : name} ${version}`;
  return {
    async newPage() {
      // A context of its own: no saved work or service worker from an earlier test.
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      page.setDefaultTimeout(60_000);
      const problems: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warn") {
          problems.push(`${message.type()}: ${message.text()}`);
        }
      });
      page.on("pageerror", (error) =>
        problems.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`),
      );
      return { ...firefoxPage(page, label, downloads, problems), close: () => context.close() };
    },
    async close() {
      await browser.close();
      await rm(downloads, { recursive: true, force: true });
    },
  };
}

function firefoxPage(
  page: Page,
  browser: string,
  downloads: string,
  problems: string[],
): EnginePage {
  // Puppeteer's locators and selector waits run injected code through eval, which the page's
  // Content-Security-Policy refuses; these helpers pass plain functions instead.
  const elementAt = (path: string) =>
    page.evaluateHandle(
      (xpath) =>
        document.evaluate(xpath, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null)
          .singleNodeValue as Element | null,
      path,
    );
  return {
    browser,
    downloads,
    async goto(url) {
      await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async click(path) {
      // Where a pointer would press: the middle of the element, once it is there and enabled.
      const middle = await poll(() =>
        page.evaluate((xpath) => {
          const found = document.evaluate(
            xpath,
            document,
            null,
            XPathResult.FIRST_ORDERED_NODE_TYPE,
            null,
          ).singleNodeValue;
          if (!(found instanceof HTMLElement) || (found as HTMLButtonElement).disabled) return null;
          found.scrollIntoView({ block: "center" });
          const box = found.getBoundingClientRect();
          const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
          // Not while something covers it, or the page still moves it (a chart, an editor).
          return found.contains(document.elementFromPoint(middle.x, middle.y)) ? middle : null;
        }, path),
      );
      await page.mouse.click(middle.x, middle.y);
    },
    async press(key: Key) {
      await page.keyboard.press(key);
    },
    async setFiles(path, paths) {
      const input = (await elementAt(path)) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(...paths);
    },
    problems: async () => [...problems],
  };
}

/** Calls `look` until it gives a value, for up to a minute. */
async function poll<Value>(look: () => Promise<Value | null>): Promise<Value> {
  const until = Date.now() + 60_000;
  for (;;) {
    const value = await look();
    if (value !== null) return value;
    if (Date.now() > until) throw new Error("Timed out after 60 s");
    await sleep(250);
  }
}
