import { StreamLanguage } from "@codemirror/language";
import type { Extension } from "@codemirror/state";

export type EditorLanguage = "javascript" | "typescript" | "wgsl" | "python";

/** Each language's highlighting is fetched only when an editor of that language opens. */
export async function loadLanguage(language: EditorLanguage): Promise<Extension> {
  switch (language) {
    case "javascript":
    case "typescript": {
      const { javascript } = await import("@codemirror/lang-javascript");
      return javascript({ typescript: language === "typescript" });
    }
    case "python": {
      const { python } = await import("@codemirror/legacy-modes/mode/python");
      return StreamLanguage.define(python);
    }
    case "wgsl": {
      const { wgsl } = await import("./wgsl");
      return StreamLanguage.define(wgsl);
    }
  }
}
