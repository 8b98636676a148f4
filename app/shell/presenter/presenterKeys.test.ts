import { describe, expect, it } from "vitest";
import { slideKeyAction } from "./presenterKeys";

const press = (key: string, modifiers: Partial<Record<"altKey" | "shiftKey", boolean>> = {}) => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...modifiers,
});

describe("presenter keys", () => {
  it("moves with the arrows and the page keys, and leaves with Escape", () => {
    expect(slideKeyAction(press("ArrowRight"), false)).toBe("next");
    expect(slideKeyAction(press("PageDown"), false)).toBe("next");
    expect(slideKeyAction(press("ArrowLeft"), false)).toBe("previous");
    expect(slideKeyAction(press("PageUp"), false)).toBe("previous");
    expect(slideKeyAction(press("Escape"), false)).toBe("leave");
    expect(slideKeyAction(press("a"), false)).toBeNull();
  });

  it("leaves keys to fields and to shortcuts with modifiers", () => {
    expect(slideKeyAction(press("ArrowRight"), true)).toBeNull();
    expect(slideKeyAction(press("Escape"), true)).toBeNull();
    expect(slideKeyAction(press("ArrowLeft", { altKey: true }), false)).toBeNull();
    expect(slideKeyAction(press("PageDown", { shiftKey: true }), false)).toBeNull();
  });
});
