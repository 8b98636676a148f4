import type { Results, SummaryRow } from "../../../common/results";
import { formatMs, quantityLabel } from "../../../kit/format";

/** The chart's numbers: one row per x, one column per series, median and 5–95 % range in ms. */
export function ResultsTable({ results, measured }: { results: Results; measured: string }) {
  const series = [...new Set(results.summary.map((row) => row.series))];
  const xs = [...new Set(results.summary.map((row) => row.x))].sort((a, b) => a - b);
  const cell = new Map<string, SummaryRow>(
    results.summary.map((row) => [`${row.series}\u0000${row.x}`, row]),
  );
  return (
    <table>
      <caption>
        {measured} in ms: median, with the 5th–95th percentile of the kept trials in brackets.
      </caption>
      <thead>
        <tr>
          <th scope="col">{quantityLabel(results.x.name, results.x.unit)}</th>
          {series.map((name) => (
            <th scope="col" key={name}>
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {xs.map((x) => (
          <tr key={x}>
            <th scope="row">{x.toLocaleString("en")}</th>
            {series.map((name) => {
              const row = cell.get(`${name}\u0000${x}`);
              return (
                <td key={name}>
                  {row
                    ? `${formatMs(row.q50)} (${formatMs(row.q05)}–${formatMs(row.q95)}), n=${row.n}`
                    : "–"}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
