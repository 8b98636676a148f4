import { describe, expect, it } from "vitest";
import { CompileError } from "../../common/errors";
import primesFile from "../kernels/primes.ts?raw";
import { stripTypes } from "./strip";

function failureOf(strip: () => unknown): CompileError {
  try {
    strip();
  } catch (error) {
    expect(error).toBeInstanceOf(CompileError);
    return error as CompileError;
  }
  throw new Error("stripTypes accepted code it should have refused");
}

describe("stripTypes", () => {
  it("keeps every line where the reader wrote it", () => {
    const lines = primesFile.split("\n");
    const stripped = stripTypes(primesFile).split("\n");
    expect(stripped).toHaveLength(lines.length);
    const at = lines.findIndex((line) => line.includes("if (isPrime(n)) count++;"));
    expect(stripped[at]).toContain("if (isPrime(n)) count++;");
  });

  it("leaves JavaScript: no types, exports assigned to `exports`", () => {
    const stripped = stripTypes("export function double(x: number): number {\n  return 2 * x;\n}");
    expect(stripped).not.toMatch(/: number/);
    expect(stripped).toMatch(/exports\.double = double/);
    expect(stripped.split("\n")[1]).toBe("  return 2 * x;");
  });

  it("reports a syntax error at its line and column in the reader's file", () => {
    const lines = primesFile.split("\n");
    const at = lines.findIndex((line) => line.includes("let count = 0;"));
    lines[at] = "  let count = ;";
    const failure = failureOf(() => stripTypes(lines.join("\n")));
    expect(failure.line).toBe(at + 1);
    expect(failure.column).toBe(15);
    expect(failure.compilerMessage).not.toMatch(/\(\d+:\d+\)$/);
  });
});
