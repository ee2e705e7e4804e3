import { useEffect, useState } from 'react';

/**
 * A string kept in sessionStorage under key, so that a reload of the tab keeps what the staff chose or typed.
 * sessionStorage rather than localStorage: the counter PC is shared, and the tab's storage goes with the tab.
 */
export function useSessionState(key: string, initial: string): [string, (value: string) => void] {
  const [state, setState] = useState(() => read(key) ?? initial);
  useEffect(() => {
    write(key, state);
  }, [key, state]);
  return [state, setState];
}

export function read(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

export function write(key: string, value: string | null): void {
  try {
    if (value === null) window.sessionStorage.removeItem(key);
    else window.sessionStorage.setItem(key, value);
  } catch {
    // Storage full or disabled: the screen still works, only a reload forgets.
  }
}
