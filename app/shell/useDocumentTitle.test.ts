import { describe, expect, it } from "vitest";
import { pageTitle } from "./useDocumentTitle";

describe("pageTitle", () => {
  it("puts the page's own name first and the notebook's last", () => {
    expect(pageTitle("Why parallel?")).toBe("Why parallel? · Corelab");
    expect(pageTitle("Amdahl's law", "Why parallel?", "Slides")).toBe(
      "Amdahl's law · Why parallel? · Slides · Corelab",
    );
  });

  it("leaves out the parts a page does not have", () => {
    expect(pageTitle()).toBe("Corelab");
    expect(pageTitle(false, "Why parallel?", "Slides")).toBe("Why parallel? · Slides · Corelab");
  });
});
