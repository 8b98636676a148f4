import { useState } from "react";
import { usePresenting } from "./presenting";

/**
 * On a slide, an experiment's code waits behind a "Show code" button, so the question, the
 * controls and the chart fit the screen; in a lesson the code is always shown, with no button.
 *
 * @example
 * const code = useCodeToggle("count-primes");
 * <CodePanel hidden={code.hidden} id={code.id} … /> {code.button}
 */
export function useCodeToggle(experimentId: string) {
  const presenting = usePresenting();
  const [shown, setShown] = useState(false);
  const id = `${experimentId}-code`;
  const button = presenting && (
    <button
      type="button"
      className="code-toggle"
      aria-expanded={shown}
      aria-controls={id}
      onClick={() => setShown((was) => !was)}
    >
      {shown ? "Hide code" : "Show code"}
    </button>
  );
  return { id, button, hidden: presenting && !shown, shown: presenting && shown };
}
