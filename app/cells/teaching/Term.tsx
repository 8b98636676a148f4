import type { ReactNode } from "react";
import { findTerm } from "../../../lessons/glossary";
import { glossaryHref } from "../../route/route";

/**
 * A term's first use in a lesson, linked to its glossary entry. The link keeps the lesson's
 * words as its name; the definition is its description and tooltip. An unknown id renders the
 * words alone (a unit test checks every id the lessons use).
 *
 * @example
 * Python's <Term id="gil">global interpreter lock</Term> lets one thread run at a time.
 */
export function Term({ id, children }: { id: string; children: ReactNode }) {
  const entry = findTerm(id);
  if (!entry) return <>{children}</>;
  return (
    <a className="term" href={glossaryHref(id)} title={plainText(entry.definition)} data-term={id}>
      {children}
    </a>
  );
}

/** The glossary's text without the backticks that mark code. */
export const plainText = (text: string) => text.replaceAll("`", "");
