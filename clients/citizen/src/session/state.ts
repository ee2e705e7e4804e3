import type { Channel } from '../api/types';
import { channels } from '../api/types';
import type { HouseholdForm } from '../household/model';
import type { Answers } from '../navi/evaluate';

// What the resident has done so far. sessionStorage keeps it so that a reload does not lose the work; the tab's
// storage dies with the tab, and the idle wipe (N-x) and the QR (N-w) erase it earlier. localStorage is never
// used for any of it.

export type Screen = 'start' | 'question' | 'result' | 'household' | 'qr';

export type MadeQr = { code: string; expiresAt: string; flowId: string; answers: Answers };

export type AppState = {
  screen: Screen;
  flowId: string | null;
  answers: Answers;
  /** The question on screen; back and next walk the visible questions in order from it. */
  questionId: string | null;
  household: HouseholdForm | null;
  qr: MadeQr | null;
};

export const initialState: AppState = { screen: 'start', flowId: null, answers: {}, questionId: null, household: null, qr: null };

const stateKey = (lg: string) => `kakanai.citizen.state.${lg}`;
const channelKey = 'kakanai.citizen.channel';
const langKey = 'kakanai.citizen.lang';

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function loadState(lg: string): AppState {
  const raw = storage()?.getItem(stateKey(lg));
  if (!raw) return initialState;
  try {
    const s = JSON.parse(raw) as Partial<AppState>;
    return { ...initialState, ...s };
  } catch {
    return initialState;
  }
}

export function saveState(lg: string, s: AppState) {
  const st = storage();
  if (!st) return;
  if (s.screen === 'start' && s.flowId === null) st.removeItem(stateKey(lg));
  else st.setItem(stateKey(lg), JSON.stringify(s));
}

/** Erases everything the resident entered, here and in every tab-scoped and persistent store of this origin's app. */
export function wipeStorage() {
  const st = storage();
  if (st) {
    for (const k of Object.keys(st)) if (k.startsWith('kakanai.citizen.state.')) st.removeItem(k);
  }
  try {
    for (const k of Object.keys(window.localStorage)) if (k.startsWith('kakanai.citizen.')) window.localStorage.removeItem(k);
  } catch {
    // storage blocked: nothing stored there either
  }
}

/** ?ch= names where the resident came from (N-z); kept for the tab so that later events count the same. */
export function channelFor(search: URLSearchParams, inLine: boolean): Channel {
  const st = storage();
  const fromUrl = search.get('ch');
  if (fromUrl && (channels as readonly string[]).includes(fromUrl)) {
    st?.setItem(channelKey, fromUrl);
    return fromUrl as Channel;
  }
  if (inLine) {
    st?.setItem(channelKey, 'line');
    return 'line';
  }
  const kept = st?.getItem(channelKey);
  if (kept && (channels as readonly string[]).includes(kept)) return kept as Channel;
  return 'web';
}

export function keptLang(): string | null {
  return storage()?.getItem(langKey) ?? null;
}

export function keepLang(lang: string) {
  storage()?.setItem(langKey, lang);
}
