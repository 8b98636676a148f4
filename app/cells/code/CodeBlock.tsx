import { type CSSProperties, useMemo } from "react";
import { codeLines } from "./codeLines";
import "./codeBlock.css";

interface Props {
  code: string;
  /** For the `language-…` class of the code element, e.g. "python" or "typescript". */
  language?: string | undefined;
}

/**
 * Code to read: numbered lines that wrap at spaces where the box is narrow, each wrapped part
 * indented past its line's own indent, so a reader sees where a line goes on and never a line cut
 * at the box's edge. The text stays the file's, to copy: the numbers are drawn, not written, and
 * each line keeps its newline (hidden; the line's box shows the break).
 */
export function CodeBlock({ code, language }: Props) {
  const lines = useMemo(() => codeLines(code), [code]);
  const gutter = { "--digits": `${String(lines.length).length}ch` } as CSSProperties;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a long file scrolls in its box, and a keyboard must reach it to scroll it (WCAG 2.1.1; axe's scrollable-region-focusable).
    <pre className="code-block" style={gutter} tabIndex={0}>
      <code className={language ? `language-${language}` : undefined}>
        {lines.map(({ text, indent, newline }, i) => (
          <span
            // Lines are the file's, in order: their number is their identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above.
            key={i}
            className="code-line"
            style={{ "--indent": `${indent}ch` } as CSSProperties}
          >
            {/* An empty line keeps its height, and a copied text keeps it as a blank line. */}
            {text === "" ? <br /> : text}
            {newline && <span className="code-newline">{"\n"}</span>}
          </span>
        ))}
      </code>
    </pre>
  );
}
