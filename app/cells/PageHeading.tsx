import { createContext, type ReactNode, use, useEffect, useRef } from "react";

/**
 * True when the reader reached this page from another page of the notebook, rather than by
 * opening it: the shell provides it. A screen reader then hears the new page's title, and the
 * next Tab starts from it, as after a page load.
 */
export const ArrivedByNavigation = createContext(false);

/**
 * A page's main heading (`#` in a lesson's MDX). It takes focus when the reader navigates to its
 * page, never on the first load; without scrolling, so a link to a cell still shows the cell.
 */
export function PageHeading({ children }: { children?: ReactNode }) {
  const arrived = use(ArrivedByNavigation);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (arrived) heading.current?.focus({ preventScroll: true });
  }, [arrived]);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}
