import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { guardLoops, LOOP_LIMIT_CONSTANT, loopStepLimit } from "./loopGuard";

const CHECK = " if (corelab_loop_guard()) { break; }";

describe("loopStepLimit", () => {
  it("shares 10⁸ steps among a dispatch's invocations, at least 10 each", () => {
    expect(loopStepLimit(1_000_000)).toBe(100);
    expect(loopStepLimit(1_000)).toBe(100_000);
    expect(loopStepLimit(64_000_000)).toBe(10);
  });
});

describe("guardLoops", () => {
  it("leaves a shader without loops as written", () => {
    expect(guardLoops(readFileSync("workers/shaders/poly.wgsl", "utf8"))).toBeNull();
  });

  it("checks the step count first in each loop, for and while body", () => {
    const code = [
      "fn main() {",
      "  loop { if (x < 0.0) { break; } }",
      "  for (var k = 0u; k < n(1u); k++) { y += 1.0; }",
      "  while (y > 0.0) { y -= 1.0; }",
      "}",
    ].join("\n");
    const guarded = guardLoops(code) as string;
    const lines = guarded.split("\n");
    expect(lines[1]).toBe(`  loop {${CHECK} if (x < 0.0) { break; } }`);
    expect(lines[2]).toBe(`  for (var k = 0u; k < n(1u); k++) {${CHECK} y += 1.0; }`);
    expect(lines[3]).toBe(`  while (y > 0.0) {${CHECK} y -= 1.0; }`);
    // The reader's lines keep their numbers: compile errors still point at them.
    expect(lines.slice(0, 5).map((line) => line.replace(CHECK, ""))).toEqual(code.split("\n"));
    expect(guarded).toContain(`override ${LOOP_LIMIT_CONSTANT}: u32;`);
  });

  it("ignores loop words in comments and inside longer names", () => {
    const code = "// loop {\n/* for { /* while { */ } */\nfn loops() { let for_all = 1; }";
    expect(guardLoops(code)).toBeNull();
  });

  it("guards a nested loop and a loop with a continuing block once each", () => {
    const code = "loop {\n  for (;;) { break; }\n  continuing { break if true; }\n}";
    const guarded = guardLoops(code) as string;
    expect(guarded.split(CHECK)).toHaveLength(3);
    expect(guarded.startsWith(`loop {${CHECK}\n  for (;;) {${CHECK} break; }`)).toBe(true);
  });
});
