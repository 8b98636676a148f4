/** One line of a code listing, as `CodeBlock` draws it. */
export interface CodeLine {
  /** The line as written, leading spaces kept, without its newline. */
  text: string;
  /** How far the line is indented, in columns (a tab reaches the next multiple of four). */
  indent: number;
  /** Whether a newline follows it in the source. */
  newline: boolean;
}

const TAB_COLUMNS = 4;

/**
 * A source split into its lines. A final newline ends the last line rather than starting an
 * empty one, so the lines joined again (each with its newline) give back the source exactly.
 */
export function codeLines(source: string): CodeLine[] {
  const texts = source.split("\n");
  const endsWithNewline = texts.length > 1 && texts.at(-1) === "";
  if (endsWithNewline) texts.pop();
  return texts.map((text, i) => ({
    text,
    indent: indentOf(text),
    newline: endsWithNewline || i < texts.length - 1,
  }));
}

function indentOf(text: string): number {
  let columns = 0;
  for (const character of text) {
    if (character === " ") columns++;
    else if (character === "\t") columns += TAB_COLUMNS - (columns % TAB_COLUMNS);
    else break;
  }
  return columns;
}
