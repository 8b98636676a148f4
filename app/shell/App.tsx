import { type MouseEvent, useId, useState } from "react";
import { findLesson } from "../../lessons";
import { useCapabilities } from "../cells/useCapabilities";
import { useRoute } from "../route/useRoute";
import { ContentsPage } from "./ContentsPage";
import { EnvironmentPanel } from "./EnvironmentPanel";
import { ForgetAllButton } from "./ForgetAllButton";
import { LessonPage } from "./LessonPage";
import { PresenterPage } from "./presenter/PresenterPage";
import { ThemeSwitch } from "./ThemeSwitch";

export function App() {
  const route = useRoute();
  const capabilities = useCapabilities();
  const [showEnvironment, setShowEnvironment] = useState(false);
  const panelId = useId();
  const found = route.page === "lesson" || route.page === "present" ? findLesson(route.slug) : null;

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
      {showEnvironment && (
        <section id={panelId} className="environment-panel" aria-label="Your environment">
          <h2>Your environment</h2>
          <EnvironmentPanel capabilities={capabilities} />
          <ForgetAllButton />
        </section>
      )}
      {route.page === "contents" && <ContentsPage />}
      {found && route.page === "lesson" && (
        <LessonPage lesson={found.lesson} index={found.index} cell={route.cell} />
      )}
      {found && route.page === "present" && (
        <PresenterPage lesson={found.lesson} slide={route.slide} />
      )}
      {(route.page === "not-found" || (route.page !== "contents" && !found)) && (
        <main className="page" id="main" tabIndex={-1}>
          <h1>Not found</h1>
          <p>
            There is no page at this address. <a href="#/">Go to the contents.</a>
          </p>
        </main>
      )}
    </>
  );
}

/** The skip link moves focus without touching the hash, which holds the route. */
function skipToContent(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById("main")?.focus();
}
