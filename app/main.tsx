import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./shell/App";
import { watchChunkLoadFailures } from "./shell/loadFailure";
import { registerServiceWorker } from "./shell/serviceWorker";
// In the order of the cascade: tokens and base elements first, then the pages, then the cells.
import "./styles.css";
import "./shell/shell.css";
import "./shell/reference/reference.css";
import "./cells/teaching/teaching.css";
import "./cells/experiment/cell.css";
import "./cells/experiment/results.css";
import "./cells/teaching/heartbeat.css";
import "./cells/experiment/keep.css";
import "./cells/shader/shader.css";
// Paper: light colours and no controls, over every rule above.
import "./print.css";
// Last: the system's colours win over every rule above when the reader forces them.
import "./forcedColors.css";

watchChunkLoadFailures();
registerServiceWorker();

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
