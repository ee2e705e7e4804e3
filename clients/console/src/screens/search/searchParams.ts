import type { NotificationSearch, NotificationStatus } from '../../gql/graphql';
import { isStatus } from './labels';

/** The filters as typed in the form; every one lives in the URL so a search can be shared and the back button works. */
export type SearchFilters = {
  name: string;
  birthDate: string;
  movedFrom: string;
  movedTo: string;
  reasons: string[];
  statuses: NotificationStatus[];
  confirmationNumber: string;
  receptionDate: string;
  sourceLgCode: string;
  createdByID: string;
};

/** Where the result list stands: Relay cursors, and the page number for 「21〜40件目」. */
export type SearchPage = {
  after: string;
  before: string;
  page: number;
};

export const emptyFilters: SearchFilters = {
  name: '',
  birthDate: '',
  movedFrom: '',
  movedTo: '',
  reasons: [],
  statuses: [],
  confirmationNumber: '',
  receptionDate: '',
  sourceLgCode: '',
  createdByID: '',
};

// Short, readable parameter names: the URL is read aloud on the phone to a colleague now and then.
const keys = {
  name: 'name',
  birthDate: 'birth',
  movedFrom: 'movedFrom',
  movedTo: 'movedTo',
  reasons: 'reason',
  statuses: 'status',
  confirmationNumber: 'no',
  receptionDate: 'received',
  sourceLgCode: 'from',
  createdByID: 'by',
} as const satisfies { [key in keyof SearchFilters]: string };

type TextKey = Exclude<keyof SearchFilters, 'reasons' | 'statuses'>;
const textKeys: readonly TextKey[] = [
  'name',
  'birthDate',
  'movedFrom',
  'movedTo',
  'confirmationNumber',
  'receptionDate',
  'sourceLgCode',
  'createdByID',
];

export function filtersFromURL(params: URLSearchParams): SearchFilters {
  const f: SearchFilters = { ...emptyFilters, reasons: [], statuses: [] };
  for (const key of textKeys) f[key] = params.get(keys[key]) ?? '';
  f.reasons = params.getAll(keys.reasons).filter((r) => r !== '');
  f.statuses = params.getAll(keys.statuses).filter(isStatus);
  return f;
}

export function pageFromURL(params: URLSearchParams): SearchPage {
  const page = Number(params.get('page') ?? '1');
  return {
    after: params.get('after') ?? '',
    before: params.get('before') ?? '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** The query string of a search; empty filters are left out, paging only when given. */
export function searchToURL(f: SearchFilters, page?: Partial<SearchPage>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of textKeys) {
    const value = f[key].trim();
    if (value !== '') params.set(keys[key], value);
  }
  for (const r of f.reasons) params.append(keys.reasons, r);
  for (const s of f.statuses) params.append(keys.statuses, s);
  if (page?.after) params.set('after', page.after);
  if (page?.before) params.set('before', page.before);
  if (page?.page && page.page > 1) params.set('page', String(page.page));
  return params;
}

/** The API's NotificationSearch: only what was filled in. */
export function toNotificationSearch(f: SearchFilters): NotificationSearch {
  const s: NotificationSearch = {};
  const name = f.name.trim();
  if (name) s.name = name;
  if (f.birthDate.trim()) s.birthDate = f.birthDate.trim();
  if (f.movedFrom) s.movedFrom = f.movedFrom;
  if (f.movedTo) s.movedTo = f.movedTo;
  if (f.reasons.length > 0) s.reasons = f.reasons;
  if (f.statuses.length > 0) s.statuses = f.statuses;
  if (f.confirmationNumber.trim()) s.confirmationNumber = f.confirmationNumber.trim();
  if (f.receptionDate) s.receptionDate = f.receptionDate;
  if (f.sourceLgCode.trim()) s.sourceLgCode = f.sourceLgCode.trim();
  if (f.createdByID) s.createdByID = f.createdByID;
  return s;
}

export function hasFilters(f: SearchFilters): boolean {
  return textKeys.some((k) => f[k].trim() !== '') || f.reasons.length > 0 || f.statuses.length > 0;
}
