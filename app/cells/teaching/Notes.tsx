import type { ReactNode } from "react";

/**
 * Speaker notes: what an instructor says and asks the room at this point of the lesson. Nothing
 * on the lesson page and nothing on the slide; presenter mode collects them per slide
 * (`app/shell/presenter/slides.ts`) and the speaker view, in a second window, shows them.
 *
 * @example
 * <Notes>
 * Ask the room: who has more than four cores? Wait for hands.
 * </Notes>
 */
export function Notes(_props: { children?: ReactNode }) {
  return null;
}
