import { expect, experimentCell, runCell, test } from "../support/fixtures";
import { scratchWith } from "../support/scratchCell";

/**
 * Issue 15, fault 2: code from a reader or a link ran where the reader's saved work was within
 * reach, and a kernel that opened IndexedDB `corelab` from its pool worker overwrote it. Every
 * worker that runs such code locks storage away first (workers/lockDownStorage.ts).
 */

/** Tries every way in it knows; returns, per way, what it reached or the error it met. */
const ATTACK = `
const tries = {};
const attempt = async (name, reach) => {
  try { tries[name] = "reached: " + (await reach()); } catch (error) { tries[name] = error.message; }
};
const clearSavedWork = () => new Promise((resolve, reject) => {
  const open = indexedDB.open("corelab");
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const names = [...open.result.objectStoreNames];
    const clearing = open.result.transaction(names, "readwrite");
    for (const name of names) clearing.objectStore(name).clear();
    clearing.oncomplete = () => resolve("cleared " + names.join(", "));
  };
});
await attempt("kernel indexedDB", clearSavedWork);
await attempt("kernel caches", async () => (await caches.keys()).join(", "));
await attempt("kernel prototype", () => {
  for (let o = Object.getPrototypeOf(self); o; o = Object.getPrototypeOf(o)) {
    const found = Object.getOwnPropertyDescriptor(o, "indexedDB");
    if (found) return found.get.call(self).open("corelab") && "opened";
  }
  throw new Error("no indexedDB on any prototype");
});
await attempt("nested blob worker", () => {
  new Worker(URL.createObjectURL(new Blob(["1"], { type: "text/javascript" })));
  return "started";
});
const workers = await pool(1);
const inPool = (way) => {
  try {
    return "reached: " + (way === "indexedDB" ? indexedDB.open("corelab") : caches);
  } catch (error) {
    return error.message;
  }
};
const pooled = await workers.map({ source: inPool.toString() }, ["indexedDB", "caches"]);
tries["pool indexedDB"] = pooled[0];
tries["pool caches"] = pooled[1];
return tries;
`;

test("code a reader runs cannot read or write IndexedDB or Cache Storage; saved work is intact", async ({
  page,
}) => {
  await page.goto("/?quick=1#/lesson/why-parallel");
  // The reader's saved work: a param of the experiment above.
  const primes = experimentCell(page, "count-primes");
  await primes.getByLabel("Largest n").fill("300000");

  const scratch = await scratchWith(page, ATTACK);
  expect(await runCell(scratch)).toBe("done");
  const said = await scratch.locator(".scratch-value pre").textContent();
  expect(said).not.toContain("reached");
  for (const way of ["kernel indexedDB", "pool indexedDB"]) {
    expect(said).toMatch(
      new RegExp(
        `"${way}": "Corelab keeps reader code away from your saved work: indexedDB is not available to this code."`,
      ),
    );
  }
  for (const way of ["kernel caches", "pool caches"]) {
    expect(said).toMatch(new RegExp(`"${way}": "Corelab keeps .*caches is not available`));
  }
  expect(said).toContain('"kernel prototype": "no indexedDB on any prototype"');
  expect(said).toMatch(/"nested blob worker": ".*may start only from this site's own scripts/);

  await page.reload();
  await expect(experimentCell(page, "count-primes").getByLabel("Largest n")).toHaveValue("300000");
});
