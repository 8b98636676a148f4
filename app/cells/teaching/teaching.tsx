import type { ReactNode } from "react";

/**
 * The small set of teaching blocks a lesson uses, after react.dev's: an introduction, a
 * question to predict before a run, the takeaway after it, a pitfall, a recap, and a collapsed
 * aside on how the page builds its models, kept off the lesson's main path.
 */
export function Intro({ children }: { children: ReactNode }) {
  return <div className="teach intro">{children}</div>;
}

/**
 * What the reader can do after the lesson: a short list, placed right after the lesson's Intro.
 * Test contract: `data-objectives`.
 *
 * @example
 * <Objectives>
 *
 * - Compute the speedup Amdahl's law allows for a given serial fraction.
 *
 * </Objectives>
 */
export function Objectives({ children }: { children: ReactNode }) {
  return (
    <section className="teach objectives" aria-label="Learning objectives" data-objectives="">
      <p className="teach-label">By the end of this lesson you can</p>
      {children}
    </section>
  );
}

export function Takeaway({ children }: { children: ReactNode }) {
  return (
    <aside className="teach takeaway" aria-label="Takeaway">
      <p className="teach-label">Takeaway</p>
      {children}
    </aside>
  );
}

export function Pitfall({ children }: { children: ReactNode }) {
  return (
    <aside className="teach pitfall" aria-label="Pitfall">
      <p className="teach-label">Pitfall</p>
      {children}
    </aside>
  );
}

export function Recap({ children }: { children: ReactNode }) {
  return (
    <section className="teach recap" aria-label="Recap">
      <h2>Recap</h2>
      {children}
    </section>
  );
}

/**
 * How the page builds a model (V8's tiers, AssemblyScript, a GIL over Atomics): collapsed, so
 * the lesson's main path is about Python and a curious reader opens it.
 *
 * @example
 * <HowThisPageDoesIt>The GIL here is one integer in shared memory…</HowThisPageDoesIt>
 */
export function HowThisPageDoesIt({ children }: { children: ReactNode }) {
  return (
    <details className="teach how-this-page">
      <summary className="teach-label">How this page does it</summary>
      {children}
    </details>
  );
}
