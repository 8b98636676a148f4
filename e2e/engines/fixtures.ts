import { test as base, expect } from "@playwright/test";
import { serveStatic } from "../support/staticServer";
import { consoleProbeScript } from "./consoleProbe";
import type { Engine, EnginePage } from "./enginePage";
import { launchFirefox } from "./firefox";
import { launchWebKit } from "./webkit";

export type EngineName = "firefox" | "webkit";

/**
 * The cross-engine suite's fixtures: per worker, the built site (`dist/`) served with the
 * headers `npm run preview` sends, and the engine; per test, a fresh tab whose console must stay
 * silent (DESIGN.md, test contract).
 */
export const test = base.extend<
  { tab: EnginePage },
  { engineName: EngineName; engine: Engine; site: string }
>({
  engineName: ["firefox", { option: true, scope: "worker" }],
  site: [
    async ({ engineName }, use) => {
      const host = await serveStatic("dist", {
        isolated: true,
        ...(engineName === "webkit"
          ? { headScript: { path: "/console-probe.js", code: consoleProbeScript } }
          : {}),
      });
      await use(host.origin);
      await host.close();
    },
    { scope: "worker" },
  ],
  engine: [
    async ({ engineName }, use) => {
      const engine = engineName === "firefox" ? await launchFirefox() : await launchWebKit();
      await use(engine);
      await engine.close();
    },
    { scope: "worker", timeout: 120_000 },
  ],
  tab: async ({ engine }, use, testInfo) => {
    const tab = await engine.newPage();
    testInfo.annotations.push({ type: "browser", description: tab.browser });
    await use(tab);
    const problems = await tab.problems();
    await tab.close();
    expect(problems, "the page wrote to the console").toEqual([]);
  },
});

export { expect };
