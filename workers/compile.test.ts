import { describe, expect, it } from "vitest";
import { CompileError } from "../common/errors";
import { encodeFailure } from "../common/wire";
import { compileTask } from "./compile";
import polyFile from "./kernels/poly.ts?raw";
import primesFile from "./kernels/primes.ts?raw";
import { stripTypes } from "./strip/strip";

/** What a worker does with an edited kernel file, which the page stripped of its types first. */
const compileKernelFile = (file: string, entry: string) => compileTask(stripTypes(file), entry);

async function failureOf(promise: Promise<unknown>): Promise<CompileError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(CompileError);
  return error as CompileError;
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
    let thrown: unknown;
    try {
      countPrimes({ from: 0, to: 10 });
    } catch (error) {
      thrown = error;
    }
    expect(encodeFailure(thrown)).toMatchObject({ type: "threw", message: "seven", line: at + 1 });
  });

  it("says which export it needs when the reader renamed it", async () => {
    const renamed = primesFile.replace("function countPrimes", "function countThem");
    const failure = await failureOf(compileKernelFile(renamed, "countPrimes"));
    expect(failure.compilerMessage).toMatch(/export a function named countPrimes/);
  });

  it("refuses a runtime import: kernels run on their own", async () => {
    const failure = await failureOf(
      compileKernelFile('import { x } from "./other";\nexport const f = () => x;', "f"),
    );
    expect(failure.compilerMessage).toMatch(/cannot import "\.\/other"/);
  });
});

describe("encodeFailure on the reader's compiled file", () => {
  const LOOP_LINE = "    output[i] = x + x * x + x * x * x;";

  /** poly.ts's polyLoop with its loop's line replaced, run once: what it threw, and that line. */
  async function throwFromLoop(replacement: string): Promise<{ error: unknown; line: number }> {
    const lines = polyFile.split("\n");
    const at = lines.indexOf(LOOP_LINE);
    lines[at] = replacement;
    const polyLoop = await compileTask(stripTypes(lines.join("\n")), "polyLoop");
    try {
      (polyLoop as (...args: unknown[]) => void)(new Float32Array(4), new Float32Array(4), 0, 4);
    } catch (error) {
      return { error, line: at + 1 };
    }
    throw new Error("It did not throw.");
  }

  it("sends a throw from the reader's code with its line", async () => {
    const { error, line } = await throwFromLoop('    throw new Error("boom");');
    expect(encodeFailure(error)).toMatchObject({ type: "threw", message: "boom", line });
  });

  it("marks an undefined name in the reader's code at its line", async () => {
    const { error, line } = await throwFromLoop("    output[i] = y;");
    expect(encodeFailure(error)).toMatchObject({
      type: "threw",
      name: "ReferenceError",
      message: "y is not defined",
      line,
    });
  });
});
