import { useCallback, useState } from 'react';
import { useViewer } from '../shell/viewer';

const prefix = 'kakanai:draft:';

function read(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null; // storage disabled: the draft simply lives in memory
  }
}

function write(key: string, value: string): void {
  try {
    if (value === '') window.sessionStorage.removeItem(key);
    else window.sessionStorage.setItem(key, value);
  } catch {
    // Full or disabled storage: keep working without the copy.
  }
}

/**
 * A text the user is still writing (a pasted layout, a CSV), kept in this tab's sessionStorage so that a reload
 * does not lose it. Keyed by the signed-in user, so the next person at a shared counter PC does not get it; set
 * it to '' when the work is done. Not for personal data: the tab keeps it after logout.
 */
export function useKeptDraft(name: string): [string, (value: string) => void] {
  const viewer = useViewer();
  const key = `${prefix}${viewer.id}:${name}`;
  const [value, setValue] = useState(() => read(key) ?? '');
  const set = useCallback(
    (v: string) => {
      setValue(v);
      write(key, v);
    },
    [key],
  );
  return [value, set];
}
