import type { StreamParser } from "@codemirror/language";

const KEYWORDS = new Set(
  "alias break case const const_assert continue continuing default diagnostic discard else enable fn for if let loop override requires return struct switch var while".split(
    " ",
  ),
);
const ATOMS = new Set(
  "true false function private workgroup uniform storage read write read_write".split(" "),
);
const TYPE =
  /^(?:bool|f16|f32|i32|u32|vec[234][fhiu]?|mat[234]x[234][fh]?|array|atomic|ptr|sampler(?:_comparison)?|texture_\w+)$/;

/**
 * WGSL for CodeMirror's StreamLanguage: comments, attributes, numbers, keywords and types,
 * enough to read a compute shader. No grammar of WGSL is published for CodeMirror.
 */
export const wgsl: StreamParser<{ inComment: boolean }> = {
  name: "wgsl",
  startState: () => ({ inComment: false }),
  token(stream, state) {
    if (state.inComment) {
      if (stream.skipTo("*/")) {
        stream.match("*/");
        state.inComment = false;
      } else {
        stream.skipToEnd();
      }
      return "comment";
    }
    if (stream.eatSpace()) return null;
    if (stream.match("//")) {
      stream.skipToEnd();
      return "comment";
    }
    if (stream.match("/*")) {
      state.inComment = true;
      return "comment";
    }
    if (stream.match(/^@\w+/)) return "meta";
    if (
      stream.match(/^(?:0[xX][\da-fA-F]+|\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)[iufh]?/)
    ) {
      return "number";
    }
    if (stream.match(/^[A-Za-z_]\w*/)) {
      const word = stream.current();
      if (KEYWORDS.has(word)) return "keyword";
      if (ATOMS.has(word)) return "atom";
      if (TYPE.test(word)) return "typeName";
      return stream.peek() === "(" ? "variableName.function" : "variableName";
    }
    stream.next();
    return null;
  },
  languageData: { commentTokens: { line: "//", block: { open: "/*", close: "*/" } } },
};
