import type { Channel, CitizenConfig, PostalEntry, Tenant } from './types';

/** An error answer of the API: {"error":{"code","message","field"?}}, the message in Japanese. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly field: string | undefined;

  constructor(status: number, code: string, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

type ErrorBody = { error?: { code?: unknown; message?: unknown; field?: unknown } };

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    const headers = new Headers(init?.headers);
    headers.set('Accept', 'application/json');
    res = await fetch(path, { ...init, headers });
  } catch {
    throw new ApiError(0, 'OFFLINE', '通信できませんでした。インターネットへの接続を確かめてください。');
  }
  if (res.status === 204) return undefined as T;
  if (!res.ok) {
    let body: ErrorBody = {};
    try {
      body = (await res.json()) as ErrorBody;
    } catch {
      // not JSON: keep the generic message
    }
    const e = body.error ?? {};
    throw new ApiError(
      res.status,
      typeof e.code === 'string' ? e.code : 'HTTP_' + String(res.status),
      typeof e.message === 'string' ? e.message : 'エラーが起きました。しばらくしてからもう一度お試しください。',
      typeof e.field === 'string' ? e.field : undefined,
    );
  }
  return (await res.json()) as T;
}

const base = '/api/citizen';

export const api = {
  tenants: () => request<Tenant[]>(`${base}/tenants`),
  config: (lg: string) => request<CitizenConfig>(`${base}/${encodeURIComponent(lg)}/config`),
  postal: (lg: string, code: string) =>
    request<{ entries: PostalEntry[] }>(`${base}/${encodeURIComponent(lg)}/postal/${encodeURIComponent(code)}`, {
      cache: 'no-store',
    }),
  kana: (lg: string, text: string, part: 'family' | 'given') =>
    request<{ readings: string[] }>(
      `${base}/${encodeURIComponent(lg)}/kana?text=${encodeURIComponent(text)}&part=${part}`,
      { cache: 'no-store' },
    ),
  visit: (lg: string, event: string, channel: Channel) =>
    request<undefined>(`${base}/${encodeURIComponent(lg)}/visits`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ event, channel }),
      keepalive: true,
    }),
  linePush: (
    lg: string,
    body: { idToken: string; flowId: string; answers: Record<string, string>; code: string | null; lang: 'ja' | 'en' },
  ) =>
    request<undefined>(`${base}/${encodeURIComponent(lg)}/line/push`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      cache: 'no-store',
    }),
};
