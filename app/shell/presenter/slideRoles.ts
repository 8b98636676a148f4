import type { ReactElement, ReactNode } from "react";
import { ExperimentCell } from "../../cells/experiment/ExperimentCell";
import { AnchoredHeading, slugify, textOf } from "../../cells/mdxComponents";
import { PythonProgram } from "../../cells/python/PythonProgram";
import { ShaderCell } from "../../cells/shader/ShaderCell";
import { AmdahlExplorer } from "../../cells/teaching/AmdahlExplorer";
import { Notes } from "../../cells/teaching/Notes";
import { PageHeartbeat } from "../../cells/teaching/PageHeartbeat";
import { Predict } from "../../cells/teaching/Predict";
import { Recap } from "../../cells/teaching/teaching";
import type { Role } from "./slides";

/** The live cells: each gets a slide of its own, with the Predict before it. */
const STAGES: readonly unknown[] = [ExperimentCell, PythonProgram, ShaderCell, AmdahlExplorer];

/** What joins the live cell after it: its question, and the heartbeat its run is watched with. */
const LEAD_INS: readonly unknown[] = [Predict, PageHeartbeat];

/** What a lesson's element is to the deck (see `Role`): a section heading and the Recap open a section. */
export function roleOf(element: ReactElement): Role {
  if (element.type === AnchoredHeading) {
    const title = textOf((element.props as { children?: ReactNode }).children);
    return { kind: "section", id: slugify(title), title };
  }
  if (element.type === Recap) return { kind: "section", id: "recap", title: "Recap" };
  if (STAGES.includes(element.type)) return { kind: "stage" };
  if (LEAD_INS.includes(element.type)) return { kind: "lead-in" };
  if (element.type === Notes) return { kind: "notes" };
  return { kind: "block" };
}
