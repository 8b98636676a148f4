import { describe, expect, it } from "vitest";
import { parseSlideMessage } from "./speakerSync";

describe("speaker sync messages", () => {
  it("reads the two messages and nothing else", () => {
    expect(parseSlideMessage({ type: "moved", slug: "gil", slide: "recap" })).toEqual({
      type: "moved",
      slug: "gil",
      slide: "recap",
    });
    expect(parseSlideMessage({ type: "where", slug: "gil" })).toEqual({
      type: "where",
      slug: "gil",
    });
    expect(parseSlideMessage({ type: "moved", slug: "gil" })).toBeNull();
    expect(parseSlideMessage({ type: "where" })).toBeNull();
    expect(parseSlideMessage({ type: "other", slug: "gil" })).toBeNull();
    expect(parseSlideMessage("moved")).toBeNull();
    expect(parseSlideMessage(null)).toBeNull();
  });
});
