import { useEffect } from "react";
import { glossary } from "../../../lessons/glossary";
import { PageHeading } from "../../cells/PageHeading";
import { cheatSheetHref, glossaryHref } from "../../route/route";
import { pageTitle, useDocumentTitle } from "../useDocumentTitle";
import { TaughtInLinks, WithCode } from "./TaughtInLinks";

const byName = [...glossary].sort((a, b) =>
  a.term.replace(/^\W+/, "").localeCompare(b.term.replace(/^\W+/, "")),
);

/** Every term of `lessons/glossary.ts`, A to Z, each at its own anchor (`#/glossary/<id>`). */
export function GlossaryPage({ term }: { term: string | null }) {
  useDocumentTitle(pageTitle("Glossary"));
  useEffect(() => {
    if (term) document.getElementById(term)?.scrollIntoView({ block: "start" });
    else window.scrollTo(0, 0);
  }, [term]);
  return (
    <main className="page glossary" id="main" tabIndex={-1}>
      <PageHeading>Glossary</PageHeading>
      <p className="lede">
        The words the lessons use, each with its Python side, its twin in this browser, and the
        sections that teach it. For which tool to use when, see the{" "}
        <a href={cheatSheetHref}>cheat-sheet</a>.
      </p>
      <nav aria-label="Terms" className="glossary-index">
        <ul>
          {byName.map((entry) => (
            <li key={entry.id}>
              <a href={glossaryHref(entry.id)}>
                <WithCode text={entry.term} />
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {byName.map((entry) => (
        <article
          key={entry.id}
          id={entry.id}
          className="glossary-entry"
          aria-labelledby={`${entry.id}-name`}
          data-current={entry.id === term ? "true" : undefined}
        >
          <h2 id={`${entry.id}-name`}>
            <WithCode text={entry.term} />
          </h2>
          <p>
            <WithCode text={entry.definition} />
          </p>
          <dl>
            {entry.python && (
              <>
                <dt>Python</dt>
                <dd>
                  <WithCode text={entry.python} />
                </dd>
              </>
            )}
            {entry.browser && (
              <>
                <dt>In the browser</dt>
                <dd>
                  <WithCode text={entry.browser} />
                </dd>
              </>
            )}
            <dt>Taught in</dt>
            <dd>
              <TaughtInLinks taught={entry.taught} />
            </dd>
          </dl>
        </article>
      ))}
    </main>
  );
}
