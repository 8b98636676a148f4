import { useId, useState } from "react";
import { findLesson } from "../../lessons";
import { ContentsPage } from "./ContentsPage";
import { EnvironmentPanel } from "./EnvironmentPanel";
import { ForgetAllButton } from "./ForgetAllButton";
import { LessonPage } from "./LessonPage";
import { useCapabilities } from "./useCapabilities";
import { useRoute } from "./useRoute";

export function App() {
  const route = useRoute();
  const capabilities = useCapabilities();
  const [showEnvironment, setShowEnvironment] = useState(false);
  const panelId = useId();
  const found = route.page === "lesson" ? findLesson(route.slug) : null;

  return (
    <>
      <header className="site-header">
        <a className="brand" href="#/">
          Corelab
        </a>
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
      {(route.page === "not-found" || (route.page === "lesson" && !found)) && (
        <main className="page">
          <h1>Not found</h1>
          <p>
            There is no page at this address. <a href="#/">Go to the contents.</a>
          </p>
        </main>
      )}
    </>
  );
}
