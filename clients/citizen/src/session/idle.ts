import { useEffect, useRef, useState } from 'react';

// N-x: after a while without input the data being entered is erased. A warning comes first so that a resident
// who is only reading can keep going.

const activityEvents = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart', 'compositionupdate'] as const;

export type IdleTiming = { idleMs: number; warnMs: number };

/**
 * The timing from the city's settings. ?idleSeconds= and ?idleWarningSeconds= (for the browser tests and for
 * showing the behaviour) may only shorten it, never lengthen it, so a link cannot switch the wipe off.
 */
export function idleTiming(idleMinutes: number, idleWarningSeconds: number, search: URLSearchParams): IdleTiming {
  let idleMs = Math.max(1, idleMinutes || 10) * 60_000;
  let warnMs = Math.max(0, idleWarningSeconds || 60) * 1000;
  const o = Number(search.get('idleSeconds'));
  if (Number.isFinite(o) && o >= 2 && o * 1000 < idleMs) idleMs = o * 1000;
  const w = Number(search.get('idleWarningSeconds'));
  if (search.has('idleWarningSeconds') && Number.isFinite(w) && w >= 0 && w * 1000 < warnMs) warnMs = w * 1000;
  if (warnMs >= idleMs) warnMs = Math.floor(idleMs / 2);
  return { idleMs, warnMs };
}

/** Seconds left before the wipe while the warning is due, else null; calls onIdle once the time is up. */
export function useIdle(enabled: boolean, timing: IdleTiming, onIdle: () => void): { secondsLeft: number | null; stillHere: () => void } {
  const last = useRef(0);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    if (!enabled) return;
    last.current = Date.now();
    const touch = () => {
      last.current = Date.now();
      setSecondsLeft(null);
    };
    for (const e of activityEvents) window.addEventListener(e, touch, { capture: true, passive: true });
    const timer = window.setInterval(() => {
      const idle = Date.now() - last.current;
      if (idle >= timing.idleMs) {
        setSecondsLeft(null);
        onIdleRef.current();
      } else if (idle >= timing.idleMs - timing.warnMs) {
        setSecondsLeft(Math.ceil((timing.idleMs - idle) / 1000));
      } else {
        setSecondsLeft(null);
      }
    }, 250);
    return () => {
      window.clearInterval(timer);
      for (const e of activityEvents) window.removeEventListener(e, touch, { capture: true });
    };
  }, [enabled, timing]);

  return {
    secondsLeft: enabled ? secondsLeft : null,
    stillHere: () => {
      last.current = Date.now();
      setSecondsLeft(null);
    },
  };
}
