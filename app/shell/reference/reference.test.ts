import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lessons } from "../../../lessons";
import { cheatSheet } from "../../../lessons/cheatSheet";
import { glossary, type TaughtIn } from "../../../lessons/glossary";
import { sectionId } from "../../route/sectionId";

const ROOT = join(import.meta.dirname, "../../..");
const mdxOf = (slug: string) => readFileSync(join(ROOT, "lessons", slug, "index.mdx"), "utf8");

/** A lesson's section ids, as AnchoredHeading gives its `##` headings (code spans as text). */
const sectionsOf = (slug: string) =>
  [...mdxOf(slug).matchAll(/^## (.+)$/gm)].map(([, heading]) =>
    sectionId((heading as string).replaceAll("`", "").replaceAll("*", "")),
  );

const termIdsIn = (slug: string) =>
  [...mdxOf(slug).matchAll(/<Term id="([^"]+)">/g)].map(([, id]) => id as string);

const placeOf = ({ lesson, section }: TaughtIn) =>
  lessons.some((entry) => entry.slug === lesson) && sectionsOf(lesson).includes(sectionId(section))
    ? "found"
    : `${lesson}: ${section}`;

describe("the glossary (lessons/glossary.ts)", () => {
  it("holds the terms the lessons rely on, each id once and usable as an anchor", () => {
    const ids = glossary.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toBe(sectionId(id));
    expect(ids).toEqual(
      expect.arrayContaining([
        "gil",
        "thread",
        "process",
        "pool",
        "task",
        "chunk",
        "pickling",
        "spawn-fork-forkserver",
        "main-guard",
        "oversubscription",
        "speedup",
        "parallel-efficiency",
        "amdahls-law",
        "cpu-bound",
        "io-bound",
        "shared-memory",
        "race-condition",
        "vectorization",
        "simd",
        "webassembly",
        "web-worker",
        "gpu",
        "shader",
        "workgroup",
        "free-threading",
      ]),
    );
  });

  it("defines each term in one to three sentences and says where it is taught", () => {
    for (const entry of glossary) {
      const sentences = entry.definition.split(/[.!?](?:\s|$)/).filter((part) => part.trim());
      expect(sentences.length, entry.id).toBeGreaterThanOrEqual(1);
      expect(sentences.length, entry.id).toBeLessThanOrEqual(3);
      expect(entry.taught.length, entry.id).toBeGreaterThan(0);
    }
  });

  it("links only to lesson sections that exist", () => {
    const places = glossary.flatMap((entry) => entry.taught).map(placeOf);
    expect(places.filter((place) => place !== "found")).toEqual([]);
  });
});

describe("term links in the lessons (<Term id>)", () => {
  it("name only terms the glossary has", () => {
    const known = new Set(glossary.map((entry) => entry.id));
    const unknown = lessons.flatMap(({ slug }) =>
      termIdsIn(slug)
        .filter((id) => !known.has(id))
        .map((id) => `${slug}: ${id}`),
    );
    expect(unknown).toEqual([]);
  });

  it("link each term at most once per lesson, at its first use", () => {
    const repeated = lessons.flatMap(({ slug }) =>
      termIdsIn(slug)
        .filter((id, index, all) => all.indexOf(id) !== index)
        .map((id) => `${slug}: ${id}`),
    );
    expect(repeated).toEqual([]);
  });

  it("appear in every lesson", () => {
    for (const { slug } of lessons) expect(termIdsIn(slug).length, slug).toBeGreaterThan(0);
  });
});

describe("learning objectives", () => {
  it("open every lesson, right after its Intro, with three or four items", () => {
    for (const { slug } of lessons) {
      const block = /<\/Intro>\s*<Objectives>\n([\s\S]*?)<\/Objectives>/.exec(mdxOf(slug));
      expect(block, slug).not.toBeNull();
      const items = (block?.[1] ?? "").match(/^- /gm) ?? [];
      expect(items.length, slug).toBeGreaterThanOrEqual(3);
      expect(items.length, slug).toBeLessThanOrEqual(4);
    }
  });
});

describe("the cheat-sheet (lessons/cheatSheet.ts)", () => {
  it("links only to lesson sections that exist", () => {
    const places = cheatSheet.flatMap((row) => row.lessons).map(placeOf);
    expect(places.filter((place) => place !== "found")).toEqual([]);
  });
});
