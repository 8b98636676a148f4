import { RangeSetBuilder } from "@codemirror/state";
import {
  Decoration,
  type DecorationSet,
  type EditorView,
  ViewPlugin,
  type ViewUpdate,
} from "@codemirror/view";

/** How much further than its own indent a wrapped line's next rows start. */
const HANG_COLUMNS = 2;

/**
 * Wrapped rows start past their line's indent, as in the read-only code (`CodeBlock`): a long
 * line reads as one line going on, not as code at the margin. Only the lines in view are styled.
 */
export const hangingIndent = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;

    constructor(view: EditorView) {
      this.decorations = indentsInView(view);
    }

    update(update: ViewUpdate) {
      if (update.docChanged || update.viewportChanged) {
        this.decorations = indentsInView(update.view);
      }
    }
  },
  { decorations: (plugin) => plugin.decorations },
);

const byColumns = new Map<number, Decoration>();

function indentsInView(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  const { doc } = view.state;
  const tabSize = view.state.tabSize;
  for (const { from, to } of view.visibleRanges) {
    for (let position = from; position <= to; ) {
      const line = doc.lineAt(position);
      builder.add(line.from, line.from, decorationFor(leadingColumns(line.text, tabSize)));
      position = line.to + 1;
    }
  }
  return builder.finish();
}

function decorationFor(columns: number): Decoration {
  let decoration = byColumns.get(columns);
  if (!decoration) {
    const hang = columns + HANG_COLUMNS;
    decoration = Decoration.line({
      attributes: { style: `padding-left: calc(${hang}ch + 6px); text-indent: -${hang}ch` },
    });
    byColumns.set(columns, decoration);
  }
  return decoration;
}

function leadingColumns(text: string, tabSize: number): number {
  let columns = 0;
  for (const character of text) {
    if (character === " ") columns++;
    else if (character === "\t") columns += tabSize - (columns % tabSize);
    else break;
  }
  return columns;
}
