import { describe, expect, it } from "vitest";
import { CompileError } from "../../common/errors";
import { compileCell, lineOffset } from "./compile";
import { failureOf } from "./faults";

const NAMES = ["pool", "plot"];

describe("compileCell", () => {
  it("runs the code as an async function body: await works, return gives the value", async () => {
    const cell = await compileCell("const x = await Promise.resolve(pool);\nreturn x * 2;", NAMES);
    await expect(cell(21, null)).resolves.toBe(42);
  });

  it("gives a syntax error's line and column (1-based)", async () => {
    const failure = await compileCell("const a = 1;\nconst b = ;", NAMES).catch((e) => e);
    expect(failure).toBeInstanceOf(CompileError);
    expect(failure).toMatchObject({ compilerMessage: "Unexpected token", line: 2, column: 11 });
  });

  it("maps a runtime error to its line in the reader's code", async () => {
    const cell = await compileCell("const a = 1;\n\nnull.b;", NAMES);
    const error = await cell().catch((e) => e);
    expect(failureOf(error, await lineOffset(NAMES))).toMatchObject({ type: "threw", line: 3 });
  });
});
