import { cellHref } from "../../route/route";

interface Props {
  lesson: string;
  /** The cell's id: `scratch` or `python-scratch`. */
  cell: string;
  title: string;
  /** What the link is to, for a screen reader: "the scratch cell". */
  linkTo: string;
}

/** A scratch cell's heading (its id is `${cell}-title`) and its deep link. */
export function ScratchHeader({ lesson, cell, title, linkTo }: Props) {
  return (
    <header className="cell-header">
      <h2 id={`${cell}-title`}>{title}</h2>
      <a className="cell-link" href={cellHref(lesson, cell)} title="Link to this cell">
        <span aria-hidden="true">#</span>
        <span className="visually-hidden">Link to {linkTo}</span>
      </a>
    </header>
  );
}
