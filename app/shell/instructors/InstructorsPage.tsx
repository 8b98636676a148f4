import { lessons } from "../../../lessons";
import { PageHeading } from "../../cells/PageHeading";
import { presentHref } from "../../route/route";
import { pageTitle, useDocumentTitle } from "../useDocumentTitle";
import { RUN_TIMES_MEASURED, WORKSHOP_RUN_SECONDS } from "./runTimes";
import { type PlanStep, startMinutes, totalMinutes, WORKSHOP_PLANS } from "./workshopPlans";
import "./instructors.css";

/** For instructors: how to run a workshop from the notebook, and two plans with measured runs. */
export function InstructorsPage() {
  useDocumentTitle(pageTitle("For instructors"));
  return (
    <main className="page instructors" id="main" tabIndex={-1}>
      <PageHeading>For instructors</PageHeading>
      <p className="lede">
        Run a workshop from the slides: every cell runs live on the room's screen, at sizes that
        keep each run short.
      </p>
      <h2>Before the room arrives</h2>
      <ul>
        <li>
          Open a lesson's slides with its Present link. Presenter mode starts on workshop sizes (the
          header's Sizes switch): every run below takes seconds, not minutes.
        </li>
        <li>
          Open the Speaker view from the slides' navigation on your own screen: your notes, the next
          slide and a clock. Both windows move together.
        </li>
        <li>
          Run each cell you will show once. The first run loads its workers; Python loads only when
          a Run Python button is pressed, and takes a few seconds the first time.
        </li>
        <li>Print the cheat-sheet as a one-page handout.</li>
      </ul>
      {WORKSHOP_PLANS.map((plan) => (
        <section key={plan.id} aria-labelledby={`plan-${plan.id}`}>
          <h2 id={`plan-${plan.id}`}>{plan.title}</h2>
          <p>
            {plan.summary} {totalMinutes(plan)} minutes in all.
          </p>
          <table className="plan">
            <thead>
              <tr>
                <th scope="col">Start</th>
                <th scope="col">Slide</th>
                <th scope="col">What to do</th>
                <th scope="col">Live runs (workshop sizes)</th>
              </tr>
            </thead>
            <tbody>
              {plan.steps.map((planned, index) => (
                <PlanRow
                  key={`${planned.lesson}/${planned.slide}`}
                  step={planned}
                  start={startMinutes(plan)[index] ?? 0}
                />
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <p className="measured-on">
        Run times: {RUN_TIMES_MEASURED.machine}, measured {RUN_TIMES_MEASURED.on} with{" "}
        <code>{RUN_TIMES_MEASURED.command}</code>. Your laptop will differ: run each cell once
        before the workshop to see its time.
      </p>
    </main>
  );
}

function PlanRow({ step, start }: { step: PlanStep; start: number }) {
  const lesson = lessons.find((entry) => entry.slug === step.lesson);
  return (
    <tr>
      <td>{clock(start)}</td>
      <td>
        <a href={presentHref(step.lesson, step.slide)}>{step.title}</a>
        <br />
        <span className="plan-minutes">
          {lesson?.title ?? step.lesson} · {step.minutes} min
        </span>
      </td>
      <td>{step.what}</td>
      <td>
        {step.cells.length === 0
          ? "—"
          : step.cells.map((cell) => (
              <span key={cell} className="plan-run">
                {cell}: {runTime(`${step.lesson}/${cell}`)}
              </span>
            ))}
      </td>
    </tr>
  );
}

/** "1:05" for 65 minutes. */
function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;
}

function runTime(cell: string): string {
  const seconds = WORKSHOP_RUN_SECONDS[cell];
  if (seconds === undefined) return "not measured";
  return seconds < 1
    ? "under 1 s"
    : `${seconds.toLocaleString("en", { maximumFractionDigits: 1 })} s`;
}
