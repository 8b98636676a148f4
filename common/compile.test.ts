import { describe, expect, it } from "vitest";
import primesFile from "../workers/kernels/primes.ts?raw";
import { stripTypes } from "../workers/strip/strip";
import { CompileFailure, compileTask, sourceLine } from "./compile";

/** What a worker does with an edited kernel file, which the page stripped of its types first. */
const compileKernelFile = (file: string, entry: string) => compileTask(stripTypes(file), entry);

async function failureOf(promise: Promise<unknown>): Promise<CompileFailure> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(CompileFailure);
  return error as CompileFailure;
}

describe("compileTask on a kernel's file, its types stripped", () => {
  it("runs the named export of the file as shown, types and all", async () => {
    const countPrimes = await compileKernelFile(primesFile, "countPrimes");
    expect(countPrimes({ from: 0, to: 100 })).toBe(25);
  });

  it("runs the reader's edit", async () => {
    const edited = primesFile.replace("if (isPrime(n)) count++;", "if (isPrime(n)) count += 2;");
    const countPrimes = await compileKernelFile(edited, "countPrimes");
    expect(countPrimes({ from: 0, to: 100 })).toBe(50);
  });

  it("reports an error V8 finds but the type stripper does not at its line", async () => {
    const lines = primesFile.split("\n");
    const at = lines.findIndex((line) => line.includes("let count = 0;"));
    lines[at] = "  let count = 0; let count = 1;";
    const failure = await failureOf(compileKernelFile(lines.join("\n"), "countPrimes"));
    expect(failure.line).toBe(at + 1);
  });

  it("keeps the lines, so a runtime error's stack points at the reader's line", async () => {
    const lines = primesFile.split("\n");
    const at = lines.findIndex((line) => line.includes("if (n < 2) return false;"));
    lines[at] = '  if (n === 7) throw new Error("seven");';
    const countPrimes = await compileKernelFile(lines.join("\n"), "countPrimes");
    let stack = "";
    try {
      countPrimes({ from: 0, to: 10 });
    } catch (error) {
      stack = (error as Error).stack ?? "";
    }
    expect(sourceLine(stack)).toBe(at + 1);
  });

  it("says which export it needs when the reader renamed it", async () => {
    const renamed = primesFile.replace("function countPrimes", "function countThem");
    const failure = await failureOf(compileKernelFile(renamed, "countPrimes"));
    expect(failure.message).toMatch(/export a function named countPrimes/);
  });

  it("refuses a runtime import: kernels run on their own", async () => {
    const failure = await failureOf(
      compileKernelFile('import { x } from "./other";\nexport const f = () => x;', "f"),
    );
    expect(failure.message).toMatch(/cannot import "\.\/other"/);
  });
});
