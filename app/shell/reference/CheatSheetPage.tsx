import { cheatSheet } from "../../../lessons/cheatSheet";
import { PageHeading } from "../../cells/PageHeading";
import { glossaryHref } from "../../route/route";
import { pageTitle, useDocumentTitle } from "../useDocumentTitle";
import { TaughtInLinks, WithCode } from "./TaughtInLinks";

const COLUMNS = ["Situation", "Python tool", "Watch for", "In Corelab", "Lessons"] as const;

/**
 * "Which tool when", from `lessons/cheatSheet.ts`: one table that prints on one A4 or Letter
 * sheet (reference.css's print rules). On a phone each row is a card.
 */
export function CheatSheetPage() {
  useDocumentTitle(pageTitle("Cheat-sheet"));
  return (
    <main className="page cheat-sheet" id="main" tabIndex={-1}>
      <PageHeading>Which tool when</PageHeading>
      <p className="lede">
        Measure first: find the serial part and what the time goes on. Then pick the tool for the
        situation, and its browser twin to try it here. Words are defined in the{" "}
        <a href={glossaryHref()}>glossary</a>.
      </p>
      <table>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cheatSheet.map((row) => (
            <tr key={row.situation}>
              <th scope="row">{row.situation}</th>
              <td data-label={COLUMNS[1]}>
                <WithCode text={row.python} />
              </td>
              <td data-label={COLUMNS[2]}>
                <WithCode text={row.pitfall} />
              </td>
              <td data-label={COLUMNS[3]}>
                <WithCode text={row.browser} />
              </td>
              <td data-label={COLUMNS[4]}>
                <TaughtInLinks taught={row.lessons} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="cheat-sheet-rule">
        Amdahl: with a serial fraction <i>s</i>, no number of cores gives more than 1 / <i>s</i>.
        Processes × threads per process ≤ cores.
      </p>
    </main>
  );
}
