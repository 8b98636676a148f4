import type { MDXComponents } from "mdx/types";
import { Children, isValidElement, type ReactNode } from "react";
import { cellHref } from "../route/route";
import { sectionId } from "../route/sectionId";
import { ExperimentCell } from "./experiment/ExperimentCell";
import { useLessonSlug } from "./lessonContext";
import { PageHeading } from "./PageHeading";
import { PythonProgram } from "./python/PythonProgram";
import { ShaderCell } from "./shader/ShaderCell";
import { AmdahlExplorer } from "./teaching/AmdahlExplorer";
import { Challenge } from "./teaching/Challenge";
import { Notes } from "./teaching/Notes";
import { PageHeartbeat } from "./teaching/PageHeartbeat";
import { Predict } from "./teaching/Predict";
import { Term } from "./teaching/Term";
import {
  HowThisPageDoesIt,
  Intro,
  Objectives,
  Pitfall,
  Recap,
  Takeaway,
} from "./teaching/teaching";

/** Section headings get an id and a link, so every part of a lesson has a deep link. */
export function AnchoredHeading({ children }: { children?: ReactNode }) {
  const lesson = useLessonSlug();
  const id = slugify(textOf(children));
  return (
    <h2 id={id}>
      {children}{" "}
      <a className="cell-link" href={cellHref(lesson, id)}>
        <span aria-hidden="true">#</span>
        <span className="visually-hidden">Link to this section</span>
      </a>
    </h2>
  );
}

export function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  return Children.toArray(node)
    .map((child) =>
      isValidElement<{ children?: ReactNode }>(child)
        ? textOf(child.props.children)
        : textOf(child),
    )
    .join("");
}

/** A heading's id: see `sectionId`, which the glossary's links to sections use too. */
export const slugify = sectionId;

export const mdxComponents: MDXComponents = {
  h1: PageHeading,
  h2: AnchoredHeading,
  Experiment: ExperimentCell,
  AmdahlExplorer,
  PageHeartbeat,
  ShaderCell,
  PythonProgram,
  HowThisPageDoesIt,
  Intro,
  Objectives,
  Term,
  Predict,
  Takeaway,
  Pitfall,
  Recap,
  Challenge,
  Notes,
};
