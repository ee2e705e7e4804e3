// The public citizen API's JSON, as in the issue 8 contract. The Go side (internal/navi, server) is the source.

/** Localised text: Japanese always, other languages where the city wrote them. */
export type L = { ja: string; en?: string };

export type Adds = {
  procedures?: string[];
  bring?: string[];
  counters?: string[];
  notes?: L[];
};

export type Choice = {
  id: string;
  label: L;
  adds?: Adds;
  questions?: Question[];
};

export type Question = {
  id: string;
  text: L;
  help?: L;
  terms?: string[];
  choices: Choice[];
};

export type Procedure = { id: string; title: L; text?: L; counter?: string };
export type BringItem = { id: string; text: L };

export type Flow = {
  id: string;
  order: number;
  title: L;
  summary: L;
  household: 'none' | 'optional';
  addressCheck: 'none' | 'new' | 'current';
  reason?: string;
  questions: Question[];
  procedures: Procedure[];
  bring: BringItem[];
  always?: Adds;
};

export type Term = { id: string; term: L; reading?: string; text: L };
export type Counter = { id: string; name: L; place: L; hours: L; phone?: string };

export const themeColors = ['blue', 'red', 'green', 'yellow', 'purple'] as const;
export type ThemeColor = (typeof themeColors)[number];

export type CitizenConfig = {
  lgCode: string;
  name: string;
  prefecture: string;
  look: { color: ThemeColor; emblemUrl: string | null; imageUrl: string | null; welcome: L | null };
  idleMinutes: number;
  idleWarningSeconds: number;
  liffId: string | null;
  qrKey: { id: number; publicKey: string; expiresAt: string };
  codeValidDays: number;
  flows: Flow[];
  glossary: Term[];
  counters: Counter[];
};

export type Tenant = { lgCode: string; name: string };

export type PostalEntry = {
  postalCode: string;
  prefecture: string;
  city: string;
  town: string;
  lgCode: string;
  inCity: boolean;
};

export type Channel = 'web' | 'line' | 'site' | 'poster' | 'other';
export const channels: readonly Channel[] = ['web', 'line', 'site', 'poster', 'other'];
