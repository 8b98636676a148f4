import { describe, expect, it } from "vitest";
import { compileCell } from "../../../workers/scratch/compile";
import { SCRATCH_EXAMPLE } from "./example";

describe("the scratch example", () => {
  it("compiles the example every scratch cell starts with", async () => {
    await expect(
      compileCell(SCRATCH_EXAMPLE, [
        "pool",
        "measure",
        "sweep",
        "summarize",
        "geometricSizes",
        "gpu",
        "plot",
        "Plot",
      ]),
    ).resolves.toBeTypeOf("function");
  });
});
