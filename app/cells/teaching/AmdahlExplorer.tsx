import type { PlotOptions } from "@observablehq/plot";
import { useId, useMemo, useRef, useState } from "react";
import { amdahlSpeedup } from "../../../engine/amdahl";
import { formatTick } from "../../../kit/format";
import { cellHref } from "../../route/route";
import { useLessonSlug } from "../lessonContext";
import { ChartFigure } from "../plot/ChartFigure";
import { usePlot, useSeen } from "../plot/usePlot";
import { amdahlCurves } from "./amdahlCurves";

const MAX_CORES = 64;
const CHART_HEIGHT = 280;
const CELL_ID = "amdahl";

/** Amdahl's law as a curve you can move: a formula, computed here, not a measurement. */
export function AmdahlExplorer() {
  const lesson = useLessonSlug();
  const [serialPercent, setSerialPercent] = useState(10);
  const [cores, setCores] = useState(8);
  const serialId = useId();
  const coresId = useId();
  const serial = serialPercent / 100;
  const speedup = amdahlSpeedup(serial, cores);
  const limit = serial > 0 ? 1 / serial : Number.POSITIVE_INFINITY;

  // Plot is fetched when the chart scrolls into view: reading the lesson's opening needs none.
  const chartArea = useRef<HTMLDivElement>(null);
  const plot = usePlot(useSeen(chartArea));

  const options = useMemo<PlotOptions | null>(() => {
    if (plot.status !== "ready") return null;
    const { Plot } = plot;
    // Both lines pass through every core count, so perfect scaling is never drawn below Amdahl.
    const { amdahl: curve, perfect } = amdahlCurves(serial, MAX_CORES);
    return {
      ariaLabel: `Amdahl's law: speedup against cores for ${serialPercent} percent serial work`,
      height: CHART_HEIGHT,
      x: { label: "cores →", domain: [1, MAX_CORES], grid: true, tickFormat: formatTick },
      y: {
        label: "↑ speedup (×)",
        domain: [1, MAX_CORES],
        type: "log",
        grid: true,
        tickFormat: formatTick,
      },
      marks: [
        Plot.line(perfect, {
          x: "cores",
          y: "speedup",
          strokeDasharray: "4 4",
          strokeOpacity: 0.5,
          className: "perfect-scaling",
        }),
        Plot.text([{ cores: 40, speedup: 40 }], {
          x: "cores",
          y: "speedup",
          text: () => "perfect scaling",
          dy: -8,
          rotate: 0,
          fillOpacity: 0.6,
        }),
        Plot.line(curve, {
          x: "cores",
          y: "speedup",
          stroke: "var(--accent)",
          strokeWidth: 2.5,
          className: "amdahl-curve",
        }),
        Number.isFinite(limit) && limit <= MAX_CORES
          ? Plot.ruleY([limit], { stroke: "var(--accent)", strokeOpacity: 0.4 })
          : null,
        Plot.dot([{ cores, speedup }], {
          x: "cores",
          y: "speedup",
          r: 6,
          fill: "var(--accent)",
        }),
      ],
    };
  }, [plot, serial, serialPercent, cores, speedup, limit]);

  return (
    <section className="cell widget" id={CELL_ID} aria-labelledby={`${CELL_ID}-title`}>
      <header className="cell-header">
        <h3 id={`${CELL_ID}-title`}>Amdahl's law: speedup = 1 / (s + (1 − s) / p)</h3>
        <a className="cell-link" href={cellHref(lesson, CELL_ID)} title="Link to this cell">
          <span aria-hidden="true">#</span>
          <span className="visually-hidden">Link to Amdahl's law</span>
        </a>
      </header>
      <div className="params">
        <div className="param">
          <label htmlFor={serialId}>Serial fraction s</label>
          <input
            id={serialId}
            type="range"
            min={0}
            max={50}
            step={1}
            value={serialPercent}
            onChange={(event) => setSerialPercent(event.currentTarget.valueAsNumber)}
          />
          <output htmlFor={serialId}>{serialPercent} %</output>
        </div>
        <div className="param">
          <label htmlFor={coresId}>Cores p</label>
          <input
            id={coresId}
            type="range"
            min={1}
            max={MAX_CORES}
            step={1}
            value={cores}
            onChange={(event) => setCores(event.currentTarget.valueAsNumber)}
          />
          <output htmlFor={coresId}>{cores}</output>
        </div>
      </div>
      <p className="headline" data-testid="amdahl-reading">
        With {serialPercent} % serial work, {cores} {cores === 1 ? "core gives" : "cores give"} a
        speedup of {speedup.toFixed(2)}×
        {Number.isFinite(limit)
          ? `; no number of cores can give more than ${formatLimit(limit)}×.`
          : "; with no serial part, speedup grows with every core."}
      </p>
      <div ref={chartArea}>
        <ChartFigure
          plot={plot}
          options={options}
          placeholderHeight={CHART_HEIGHT}
          table={() => <AmdahlTable serial={serial} serialPercent={serialPercent} />}
        />
      </div>
      <p className="note">
        Computed from the formula, not measured. The experiment below measures.
      </p>
    </section>
  );
}

const TABLE_CORES = [1, 2, 4, 8, 16, 32, 64];

function AmdahlTable({ serial, serialPercent }: { serial: number; serialPercent: number }) {
  return (
    <table>
      <caption>Speedup from the formula with {serialPercent} % serial work.</caption>
      <thead>
        <tr>
          <th scope="col">cores p</th>
          <th scope="col">speedup (×)</th>
        </tr>
      </thead>
      <tbody>
        {TABLE_CORES.map((p) => (
          <tr key={p}>
            <th scope="row">{p}</th>
            <td>{amdahlSpeedup(serial, p).toFixed(2)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const formatLimit = (limit: number) => (Number.isInteger(limit) ? String(limit) : limit.toFixed(1));
