import { useEffect, useRef } from "react";
import { parseRoute } from "../../route/route";
import { isField, slideKeyAction } from "./presenterKeys";
import { slideIndex } from "./slides";

/**
 * The deck's keys: → and PageDown go to the next screen, ← and PageUp back, Escape leaves.
 * `go` is given the id of the screen to show; `leave` the id of the one shown.
 */
export function useSlideKeys(
  ids: readonly string[],
  go: (id: string) => void,
  leave: (id: string | undefined) => void,
) {
  const latest = useRef({ ids, go, leave });
  useEffect(() => {
    latest.current = { ids, go, leave };
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = slideKeyAction(event, isField(event.target));
      if (!action) return;
      const { ids, go, leave } = latest.current;
      // Where we are comes from the hash, not from this render: a second key press can arrive
      // after the hash has changed and before React has drawn the new slide.
      const route = parseRoute(window.location.hash);
      const at = slideIndex(
        ids.map((id) => ({ id })),
        route.page === "present" ? route.slide : null,
      );
      const target = ids[action === "next" ? at + 1 : at - 1];
      if (action === "leave") leave(ids[at]);
      else if (target) go(target);
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
