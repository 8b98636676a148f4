interface Props {
  title: string;
  /** 0-based. */
  index: number;
  count: number;
  previousHref: string | null;
  nextHref: string | null;
  leaveHref: string;
}

/** The deck's bar: previous, where we are, next, the keys, and the way out. */
export function SlideNav({ title, index, count, previousHref, nextHref, leaveHref }: Props) {
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
      <a href={leaveHref}>Leave presenter mode</a>
    </nav>
  );
}
