import type { TimelineBar } from "./TimelineChart";

/** The timeline's bars as rows, lane by lane in time order: what the Gantt chart draws. */
export function TimelineTable({ bars, label }: { bars: readonly TimelineBar[]; label: string }) {
  const rows = [...bars].sort(
    (a, b) => a.lane.localeCompare(b.lane, "en", { numeric: true }) || a.start - b.start,
  );
  const extras = ["chunk", "items"].filter((name) => bars.some((bar) => bar[name] !== undefined));
  return (
    <table>
      <caption>{label}: each span of time, in ms since the run began.</caption>
      <thead>
        <tr>
          <th scope="col">lane</th>
          <th scope="col">kind</th>
          <th scope="col">start (ms)</th>
          <th scope="col">end (ms)</th>
          {extras.map((name) => (
            <th scope="col" key={name}>
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((bar, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: bars have no id, and their order is fixed for a given timeline.
          <tr key={i}>
            <th scope="row">{bar.lane}</th>
            <td>{bar.kind}</td>
            <td>{bar.start.toFixed(2)}</td>
            <td>{bar.end.toFixed(2)}</td>
            {extras.map((name) => (
              <td key={name}>{String(bar[name] ?? "–")}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
