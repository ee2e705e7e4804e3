import type { Liff } from '@line/liff';
import type { LiffMockApi } from '@line/liff-mock';

// LINE's LIFF SDK is large, so it is loaded only when the app runs as the city's LIFF app (N-h, N-j); the mock
// used by the browser tests is loaded only with ?liffMock=1, so neither is in the first screen's bundle.

export type LiffSession = {
  /** The initialised SDK (or its mock). */
  liff: Liff;
  inClient: boolean;
};

/** Whether this page load should start LIFF: ?liff=1, the /citizen/{lg}/liff route, or LINE's in-app browser. */
export function wantsLiff(path: string, search: URLSearchParams, userAgent: string): boolean {
  return search.get('liff') === '1' || /^\/citizen\/[^/]+\/liff\/?$/.test(path) || / Line\//.test(userAgent);
}

export async function startLiff(liffId: string, mock: boolean): Promise<LiffSession> {
  const { default: liff } = await import('@line/liff');
  if (mock) {
    const { LiffMockPlugin } = await import('@line/liff-mock');
    liff.use(new LiffMockPlugin());
    // The mock adds `mock` to init's options and `$mock` to the SDK; LIFF's own types know neither.
    await (liff.init as (config: { liffId: string; mock: boolean }) => Promise<void>)({ liffId, mock: true });
    // As if opened from the city's LINE menu by a logged-in resident (N-i).
    (liff as unknown as { $mock: LiffMockApi }).$mock.set((prev) => ({ ...prev, isInClient: true, isLoggedIn: true }));
  } else {
    await liff.init({ liffId });
  }
  return { liff, inClient: liff.isInClient() };
}

/**
 * The resident's LIFF ID token, which the server verifies with LINE before it pushes anything. Outside LINE the
 * resident must log in first: LIFF then reloads this page (the session's state survives in sessionStorage).
 */
export function idToken(session: LiffSession): string | null {
  const { liff } = session;
  if (!liff.isLoggedIn()) {
    liff.login({ redirectUri: window.location.href });
    if (!liff.isLoggedIn()) return null;
  }
  return liff.getIDToken();
}
