import { useEffect, useRef } from 'react';

/**
 * Moves the focus to the screen's h1 when the screen (or the record it shows) changes, so that keyboard and
 * screen-reader users start at the top of the new content. The h1 needs tabIndex={-1}.
 */
export function useHeadingFocus(key?: string) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref;
}

/** Classes for a focusable h1: no ring for the programmatic focus, as on the account screen. */
export const headingClass = 'text-std-32B-150 text-solid-gray-900 focus:outline-none focus-visible:shadow-none';
