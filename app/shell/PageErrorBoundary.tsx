import { Component, type ReactNode } from "react";
import { PageHeading } from "../cells/PageHeading";
import { isLoadFailure } from "./loadFailure";
import { pageTitle, useDocumentTitle } from "./useDocumentTitle";

interface Props {
  children: ReactNode;
}

interface State {
  /** What the page threw while rendering; `null` while it renders fine. */
  failure: { error: unknown } | null;
}

/**
 * Catches what a page throws while it renders, so the header, the environment panel and every
 * other page keep working. The shell gives it a key per page: another page starts afresh.
 */
export class PageErrorBoundary extends Component<Props, State> {
  state: State = { failure: null };

  static getDerivedStateFromError(error: unknown): State {
    return { failure: { error } };
  }

  render() {
    const { failure } = this.state;
    if (!failure) return this.props.children;
    if (isLoadFailure(failure.error)) return <LoadFailed />;
    return <RenderFailed error={failure.error} tryAgain={() => this.setState({ failure: null })} />;
  }
}

/** A lazy chunk did not arrive: nothing is wrong with the page, and a reload usually fixes it. */
function LoadFailed() {
  useDocumentTitle(pageTitle("Could not load this page"));
  return (
    <main className="page page-failed" id="main" tabIndex={-1}>
      <PageHeading>This page could not be loaded</PageHeading>
      <p>
        Part of Corelab did not arrive. The network may be down, or a new version of Corelab has
        replaced the files this page came from. Your saved work is kept.
      </p>
      <p className="page-failed-actions">
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          Reload
        </button>
        <a href="#/">Go to the contents</a>
      </p>
    </main>
  );
}

function RenderFailed({ error, tryAgain }: { error: unknown; tryAgain: () => void }) {
  useDocumentTitle(pageTitle("Something went wrong"));
  return (
    <main className="page page-failed" id="main" tabIndex={-1}>
      <PageHeading>Something went wrong on this page</PageHeading>
      <p>
        Corelab hit an error while showing it: <code>{messageOf(error)}</code>. The rest of the
        notebook still works, and your saved work is kept.
      </p>
      <p className="page-failed-actions">
        <button type="button" onClick={tryAgain}>
          Try again
        </button>
        <a href="#/">Go to the contents</a>
      </p>
    </main>
  );
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
