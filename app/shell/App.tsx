import { lazy, type MouseEvent, Suspense, useId, useState } from "react";
import { findLesson } from "../../lessons";
import { ArrivedByNavigation, PageHeading } from "../cells/PageHeading";
import { RunSizesContext } from "../cells/runSizes";
import { useCapabilities } from "../cells/useCapabilities";
import { isQuickMode, type Route } from "../route/route";
import { useRoute } from "../route/useRoute";
import { ContentsPage } from "./ContentsPage";
import { EnvironmentPanel } from "./EnvironmentPanel";
import { ForgetAllButton } from "./ForgetAllButton";
import { LessonPage } from "./LessonPage";
import { loadChunk } from "./loadFailure";
import { PageErrorBoundary } from "./PageErrorBoundary";
import { PresenterPage } from "./presenter/PresenterPage";
import { SpeakerPage } from "./presenter/SpeakerPage";
import {
  resolveSizes,
  type SizesPreference,
  storedSizesPreference,
  storeSizesPreference,
} from "./runSizes";
import { SizesSwitch } from "./SizesSwitch";
import { ThemeSwitch } from "./ThemeSwitch";
import { UpdateNotice } from "./UpdateNotice";
import { pageTitle, useDocumentTitle } from "./useDocumentTitle";

// The reference pages carry the glossary's, the cheat-sheet's and the workshop plans' text: loaded
// when opened, not with the notebook.
const InstructorsPage = lazy(() =>
  loadChunk(() => import("./instructors/InstructorsPage")).then((module) => ({
    default: module.InstructorsPage,
  })),
);
const GlossaryPage = lazy(() =>
  loadChunk(() => import("./reference/GlossaryPage")).then((module) => ({
    default: module.GlossaryPage,
  })),
);
const CheatSheetPage = lazy(() =>
  loadChunk(() => import("./reference/CheatSheetPage")).then((module) => ({
    default: module.CheatSheetPage,
  })),
);

export function App() {
  const route = useRoute();
  const capabilities = useCapabilities();
  const [showEnvironment, setShowEnvironment] = useState(false);
  const panelId = useId();
  const found = "slug" in route ? findLesson(route.slug) : null;
  const page = pageOf(route);
  const arrived = useArrivedByNavigation(page);
  const [sizesPreference, setSizesPreference] = useState(storedSizesPreference);
  const sizes = resolveSizes(sizesPreference, {
    presenting: route.page === "present",
    quick: isQuickMode(),
  });
  const chooseSizes = (chosen: SizesPreference) => {
    storeSizesPreference(chosen);
    setSizesPreference(chosen);
  };

  return (
    <>
      {/* biome-ignore lint/a11y/useValidAnchor: the hash holds the route, so the skip link moves focus itself and stays a link for assistive technology. */}
      <a className="skip-link" href="#main" onClick={skipToContent}>
        Skip to content
      </a>
      <header className="site-header">
        <a className="brand" href="#/">
          Corelab
        </a>
        <SizesSwitch preference={sizesPreference} onChange={chooseSizes} />
        <ThemeSwitch />
        <button
          type="button"
          aria-expanded={showEnvironment}
          aria-controls={panelId}
          onClick={() => setShowEnvironment((shown) => !shown)}
        >
          Environment
        </button>
      </header>
      <UpdateNotice />
      {showEnvironment && (
        <section id={panelId} className="environment-panel" aria-label="Your environment">
          <h2>Your environment</h2>
          <EnvironmentPanel capabilities={capabilities} />
          <ForgetAllButton />
        </section>
      )}
      <ArrivedByNavigation value={arrived}>
        <RunSizesContext value={sizes}>
          <PageErrorBoundary key={page}>
            {route.page === "contents" && <ContentsPage />}
            <Suspense fallback={<LoadingPage />}>
              {route.page === "instructors" && <InstructorsPage />}
              {route.page === "glossary" && <GlossaryPage term={route.term} />}
              {route.page === "cheat-sheet" && <CheatSheetPage />}
            </Suspense>
            {found && route.page === "lesson" && (
              <LessonPage lesson={found.lesson} index={found.index} cell={route.cell} />
            )}
            {found && route.page === "present" && (
              <PresenterPage lesson={found.lesson} slide={route.slide} />
            )}
            {found && route.page === "speaker" && (
              <SpeakerPage lesson={found.lesson} slide={route.slide} />
            )}
            {(route.page === "not-found" || ("slug" in route && !found)) && <NotFoundPage />}
          </PageErrorBoundary>
        </RunSizesContext>
      </ArrivedByNavigation>
    </>
  );
}

/** The skip link moves focus without touching the hash, which holds the route. */
function skipToContent(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById("main")?.focus();
}

function LoadingPage() {
  return (
    <main className="page" id="main" tabIndex={-1}>
      <p className="loading">Loading…</p>
    </main>
  );
}

function NotFoundPage() {
  useDocumentTitle(pageTitle("Not found"));
  return (
    <main className="page" id="main" tabIndex={-1}>
      <PageHeading>Not found</PageHeading>
      <p>
        There is no page at this address. <a href="#/">Go to the contents.</a>
      </p>
    </main>
  );
}

/** Which page a route shows: a cell or a slide of the same lesson is the same page. */
function pageOf(route: Route): string {
  return "slug" in route ? `${route.page}/${route.slug}` : route.page;
}

/** Whether the reader has moved from the page the notebook opened on to another one. */
function useArrivedByNavigation(page: string): boolean {
  const [firstPage] = useState(page);
  const [navigated, setNavigated] = useState(false);
  // Derived state, kept once set: coming back to the first page is a navigation too.
  if (!navigated && page !== firstPage) setNavigated(true);
  return navigated || page !== firstPage;
}
