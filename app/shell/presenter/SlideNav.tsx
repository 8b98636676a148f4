import type { ReactNode } from "react";

interface Props {
  title: string;
  /** 0-based. */
  index: number;
  count: number;
  previousHref: string | null;
  nextHref: string | null;
  leaveHref: string;
  /** The button that opens the speaker view. */
  speakerView: ReactNode;
}

/** The deck's bar: previous, where we are, next, the keys, the speaker view, and the way out. */
export function SlideNav({
  title,
  index,
  count,
  previousHref,
  nextHref,
  leaveHref,
  speakerView,
}: Props) {
  return (
    <nav className="slide-nav" aria-label="Slides">
      {previousHref ? (
        <a href={previousHref} rel="prev">
          ← Previous
        </a>
      ) : (
        <span />
      )}
      <span className="slide-count" aria-live="polite">
        <span className="slide-lesson">{title}</span> · {index + 1} / {count}
      </span>
      {nextHref ? (
        <a href={nextHref} rel="next">
          Next →
        </a>
      ) : (
        <span />
      )}
      <span className="slide-keys">Keys: ← → move, Esc leaves</span>
      {speakerView}
      <a href={leaveHref}>Leave presenter mode</a>
    </nav>
  );
}
