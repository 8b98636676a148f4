import { Component, type ReactNode } from "react";

/**
 * Results that pass the schema can still hold numbers an experiment's chart or headline cannot
 * draw (a file edited by hand, one from another version). The cell then says so and keeps
 * working, instead of the lesson going blank. Give it a `key` that changes with the results, so
 * a new run or import tries again.
 */
export class ResultsBoundary extends Component<
  { children: ReactNode },
  { failure: string | null }
> {
  override state = { failure: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { failure: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.failure === null) return this.props.children;
    return (
      <p className="message error" role="alert">
        These results could not be drawn ({this.state.failure}). Run the experiment again, or forget
        this cell's results.
      </p>
    );
  }
}
