import { createContext, use } from "react";

/**
 * Whether the cells are shown on slides (presenter mode) rather than in a lesson. A cell may lay
 * itself out for a screen on a slide: an experiment then keeps its code one toggle away.
 *
 * @example
 * <Presenting value={true}><Deck /></Presenting>
 */
export const Presenting = createContext(false);

export function usePresenting(): boolean {
  return use(Presenting);
}
