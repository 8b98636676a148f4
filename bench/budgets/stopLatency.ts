import { expect, type Page } from "@playwright/test";
import type { Row } from "../benchmarks/row";

const TRIALS = 7;
const EXPERIMENT = "count-primes";

/**
 * `stop-latency-ms`: from a real click on Stop (the click event's timestamp, taken when the
 * browser received the input, so time spent waiting behind a busy main thread counts) until the
 * cell's `data-state` leaves `running`; the median of 7 stops of why-parallel's count-primes at
 * its defaults, each half a second into the run.
 */
export async function stopLatency(page: Page, app: string): Promise<Row[]> {
  await page.goto(`${app}/#/lesson/why-parallel`);
  const cell = page.locator(`[data-experiment="${EXPERIMENT}"]`);
  const latencies: number[] = [];
  for (let trial = 0; trial < TRIALS; trial++) {
    await cell.getByRole("button", { name: "Run", exact: true }).click();
    await expect(cell).toHaveAttribute("data-state", "running");
    await page.waitForTimeout(500);
    const measured = cell.evaluate(
      (node) =>
        new Promise<number>((resolve) => {
          let clickedAt = 0;
          node.addEventListener("click", (event) => (clickedAt = event.timeStamp), {
            capture: true,
            once: true,
          });
          const observer = new MutationObserver(() => {
            if (node.getAttribute("data-state") === "running") return;
            observer.disconnect();
            resolve(performance.now() - clickedAt);
          });
          observer.observe(node, { attributeFilter: ["data-state"] });
        }),
    );
    await cell.getByRole("button", { name: "Stop", exact: true }).click();
    latencies.push(await measured);
    await expect(cell).toHaveAttribute("data-state", "stopped");
  }
  latencies.sort((a, b) => a - b);
  const median = latencies[Math.floor(TRIALS / 2)] ?? Number.NaN;
  return [
    {
      metric: "stop-latency-ms",
      subject: `why-parallel/${EXPERIMENT} (median of ${TRIALS})`,
      value: median,
      unit: "ms",
    },
  ];
}
