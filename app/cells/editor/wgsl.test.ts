import { StringStream } from "@codemirror/language";
import { describe, expect, it } from "vitest";
import { wgsl } from "./wgsl";

/** Each token of one line with its style, as the editor would colour it. */
function tokens(line: string, state = wgsl.startState?.(2) ?? { inComment: false }) {
  const stream = new StringStream(line, 2, 2);
  const found: [string, string | null][] = [];
  while (!stream.eol()) {
    const style = wgsl.token(stream, state);
    const text = stream.current();
    if (text.trim()) found.push([text, style]);
    stream.start = stream.pos;
  }
  return { found, state };
}

describe("the WGSL highlighter", () => {
  it("tells attributes, keywords, types, functions and numbers apart", () => {
    const { found } = tokens(
      "@compute @workgroup_size(64) fn main(id: vec3u) { let x: f32 = 1.5e3f; }",
    );
    const style = (text: string) => found.find(([t]) => t === text)?.[1];
    expect(style("@compute")).toBe("meta");
    expect(style("fn")).toBe("keyword");
    expect(style("main")).toBe("variableName.function");
    expect(style("vec3u")).toBe("typeName");
    expect(style("f32")).toBe("typeName");
    expect(style("1.5e3f")).toBe("number");
    expect(style("x")).toBe("variableName");
  });

  it("carries a block comment across lines", () => {
    const { state } = tokens("let a = 1; /* starts here");
    expect(state.inComment).toBe(true);
    const next = tokens("still a comment */ let b = 2;", state);
    expect(next.found[0]).toEqual(["still a comment */", "comment"]);
    expect(next.found[1]).toEqual(["let", "keyword"]);
  });
});
