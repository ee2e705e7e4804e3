import { useEffect, useRef } from 'react';

let shown = 0;

/**
 * Moves focus to a screen's heading when the screen changes, so that screen-reader users hear where they are;
 * not on the page's first screen, where the browser's own start is better.
 */
export function useFocusHeading<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    shown += 1;
    if (shown > 1) ref.current?.focus();
  }, [key]);
  return ref;
}
