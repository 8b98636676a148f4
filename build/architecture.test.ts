import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The layers of docs/ARCHITECTURE.md, checked on every import in the tree (type-only imports,
 * `?raw` files and `new URL(…)` worker entries included): each top-level folder may import only
 * the folders listed for it, so no two folders import each other.
 */
const MAY_IMPORT: Record<string, string[]> = {
  common: [],
  workers: ["common"],
  engine: ["common", "workers"],
  kit: ["common", "workers", "engine"],
  lessons: ["kit", "workers/kernels", "workers/shaders", "workers/wasm"],
  app: ["common", "workers", "engine", "kit", "lessons"],
  lab: ["common", "workers", "engine", "kit"],
  bench: [
    "common",
    "workers",
    "engine",
    "kit",
    "lab",
    "e2e/support",
    "lessons/index.ts",
    "playwright.config",
    "build",
  ],
  e2e: [
    "common",
    "workers",
    "engine",
    "kit",
    "lab",
    "app/route",
    "lessons",
    "playwright.config",
    // A test's static host sends the policy `npm run preview` sends.
    "build/contentSecurityPolicy",
  ],
  build: [],
};

const ROOT = join(import.meta.dirname, "..");
const SOURCE = /\.(ts|tsx|mdx)$/;
const SPECIFIER =
  /(from\s*|import\s*\(\s*|import\s+|new URL\(\s*|vi\.mock\(\s*)["'](\.{1,2}\/[^"'?]+)(\?raw)?(?:\?[^"']*)?["']/g;

interface Arrow {
  from: string;
  to: string;
  /** `new URL(…)`: the importer starts that file as a worker, as a host does. */
  starts: boolean;
}

function filesUnder(folder: string): string[] {
  const path = join(ROOT, folder);
  if (!existsSync(path)) return [];
  return readdirSync(path).flatMap((name) => {
    const child = join(folder, name);
    if (name === "node_modules" || name === "build" || name === "results") return [];
    return statSync(join(ROOT, child)).isDirectory() ? filesUnder(child) : [child];
  });
}

/** A specifier as a path from the project's root; a folder stands for its index.ts. */
function target(file: string, specifier: string): string {
  const path = normalize(join(dirname(file), specifier));
  const isFolder = existsSync(join(ROOT, path)) && statSync(join(ROOT, path)).isDirectory();
  return isFolder ? `${path}/index.ts` : path;
}

/**
 * Every relative import in the tree. A lesson's `?raw` import is text it shows the reader (the
 * code that runs), not a dependency; a specifier that leaves the tree is an example in a comment.
 */
function importArrows(): Arrow[] {
  return Object.keys(MAY_IMPORT)
    .flatMap(filesUnder)
    .filter((file) => SOURCE.test(file))
    .flatMap((file) =>
      [...readFileSync(join(ROOT, file), "utf8").matchAll(SPECIFIER)]
        .filter(([, , , raw]) => !(raw && topFolder(file) === "lessons"))
        .map(([, how, specifier]) => ({
          from: file,
          to: target(file, specifier as string),
          starts: (how as string).startsWith("new URL"),
        }))
        .filter(({ to }) => !to.startsWith("..")),
    );
}

const topFolder = (path: string) => path.split("/")[0] as string;
const within = (path: string, folder: string) =>
  path === folder || path.startsWith(`${folder}/`) || path.startsWith(`${folder}.`);

const arrows = importArrows();
const isTest = (path: string) => path.endsWith(".test.ts");
const broken = (rule: (arrow: Arrow) => boolean) =>
  arrows.filter((arrow) => !rule(arrow)).map(({ from, to }) => `${from} → ${to}`);

describe("the layers (docs/ARCHITECTURE.md)", () => {
  it("finds the imports it checks", () => {
    expect(arrows.length).toBeGreaterThan(500);
  });

  it("lets each folder import only the folders below it", () => {
    expect(
      broken(({ from, to }) => {
        const folder = topFolder(from);
        if (topFolder(to) === folder) return true;
        return (MAY_IMPORT[folder] ?? []).some((allowed) => within(to, allowed));
      }),
    ).toEqual([]);
  });

  it("keeps each lesson to its own folder", () => {
    expect(
      broken(({ from, to }) => {
        if (topFolder(from) !== "lessons" || topFolder(to) !== "lessons") return true;
        if (from === "lessons/index.ts") return /^lessons\/[^/]+\/index\.mdx$/.test(to);
        // The files beside index.ts (the glossary, the cheat-sheet) are data about every lesson.
        const topLevel = (path: string) => /^lessons\/[^/]+$/.test(path);
        if (topLevel(from) && topLevel(to)) return true;
        return from.split("/")[1] === to.split("/")[1];
      }),
    ).toEqual([]);
  });

  it("keeps a worker kind's thread code to that kind; other threads reach it through its host/", () => {
    const shared = ["workers/kernels", "workers/shaders", "workers/wasm"];
    const harness = (path: string) => isTest(path) || ["lab", "bench"].includes(topFolder(path));
    const kindOf = (path: string) => path.split("/")[1];
    expect(
      broken(({ from, to, starts }) => {
        if (topFolder(to) !== "workers" || starts || harness(from)) return true;
        if (shared.some((folder) => within(to, folder))) return true;
        if (to.split("/")[2] === "host") return true;
        if (/^workers\/[^/]+$/.test(to)) return topFolder(from) === "workers";
        return topFolder(from) === "workers" && kindOf(from) === kindOf(to);
      }),
    ).toEqual([]);
  });

  it("keeps the cells and the links below the shell", () => {
    expect(
      broken(({ from, to }) => {
        if (within(from, "app/cells")) return !within(to, "app/shell");
        if (within(from, "app/route")) return !within(to, "app/shell") && !within(to, "app/cells");
        return true;
      }),
    ).toEqual([]);
  });
});
