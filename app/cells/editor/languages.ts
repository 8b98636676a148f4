import { StreamLanguage } from "@codemirror/language";
import type { Extension } from "@codemirror/state";

export type EditorLanguage = "javascript" | "typescript" | "wgsl" | "python";

/** Each language's highlighting is fetched only when an editor of that language opens. */
export async function loadLanguage(language: EditorLanguage): Promise<Extension> {
  switch (language) {
    case "javascript":
    case "typescript": {
      // The grammar and its highlighting only: the package's completions are not needed here.
      const { javascriptLanguage, typescriptLanguage } = await import(
        "@codemirror/lang-javascript"
      );
      return language === "typescript" ? typescriptLanguage : javascriptLanguage;
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
