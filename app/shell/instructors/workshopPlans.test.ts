import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { slugify } from "../../cells/mdxComponents";
import { WORKSHOP_RUN_SECONDS } from "./runTimes";
import { startMinutes, totalMinutes, WORKSHOP_PLANS } from "./workshopPlans";

const LESSONS = join(import.meta.dirname, "../../../lessons");

/** A lesson's slide ids as presenter mode cuts them: one per `##` section, and the recap. */
function slidesOf(lesson: string): string[] {
  const mdx = readFileSync(join(LESSONS, lesson, "index.mdx"), "utf8");
  const headings = [...mdx.matchAll(/^## (.+)$/gm)].map((match) => slugify(match[1] ?? ""));
  return [...headings, "recap"];
}

/** The ids of the experiments defined in a lesson's folder. */
function experimentsOf(lesson: string): string[] {
  return readdirSync(join(LESSONS, lesson))
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .flatMap((file) =>
      [...readFileSync(join(LESSONS, lesson, file), "utf8").matchAll(/^\s+id: "([^"]+)"/gm)].map(
        (match) => match[1] ?? "",
      ),
    );
}

describe("workshop plans", () => {
  it("last one hour and three hours", () => {
    expect(WORKSHOP_PLANS.map(totalMinutes)).toEqual([60, 180]);
  });

  it("start each step when the one before ends", () => {
    const [plan] = WORKSHOP_PLANS;
    if (!plan) throw new Error("no plan");
    expect(startMinutes(plan).slice(0, 3)).toEqual([0, 5, 10]);
  });

  it("show each slide once", () => {
    for (const plan of WORKSHOP_PLANS) {
      const slides = plan.steps.map(({ lesson, slide }) => `${lesson}/${slide}`);
      expect(new Set(slides).size, plan.id).toBe(slides.length);
    }
  });

  it("give every live run its measured time, each under the workshop's 10 s", () => {
    for (const plan of WORKSHOP_PLANS) {
      for (const { lesson, cells } of plan.steps) {
        for (const cell of cells)
          expect(WORKSHOP_RUN_SECONDS[`${lesson}/${cell}`]).toBeLessThan(10);
      }
    }
  });

  it("name only slides and cells that exist", () => {
    for (const plan of WORKSHOP_PLANS) {
      for (const { lesson, slide, cells } of plan.steps) {
        expect(slidesOf(lesson), `${plan.id}: ${lesson}`).toContain(slide);
        for (const cell of cells) expect(experimentsOf(lesson), `${lesson}`).toContain(cell);
      }
    }
  });
});
