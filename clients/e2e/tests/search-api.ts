import { randomInt } from 'node:crypto';
import type { Page } from '@playwright/test';
import type { KakanaiServer } from './fixtures';

/**
 * GraphQL calls made with the browser context's session, for seeding data the way the console would:
 * the same cookie and the X-Kakanai-CSRF header the console sends.
 */
export async function gql<T = Record<string, unknown>>(
  page: Page,
  server: KakanaiServer,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const cookies = await page.context().cookies(server.url);
  const csrf = cookies.find((c) => c.name === 'kakanai_csrf')?.value ?? '1';
  const res = await page.request.post(`${server.url}/graphql`, {
    headers: { 'X-Kakanai-CSRF': decodeURIComponent(csrf), 'Content-Type': 'application/json' },
    data: { query, variables },
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new Error(`GraphQL ${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

const hiragana = 'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ';

/** A given name in hiragana no other test uses, so searches find exactly what a test seeded. */
export function uniqueGivenName(length = 5): string {
  let s = '';
  for (let i = 0; i < length; i++) s += hiragana[randomInt(hiragana.length)];
  return s;
}

export type SeedPerson = {
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  birthDate: string;
  head?: boolean;
};

export type SeedNotification = {
  reason?: string;
  movedOn?: string;
  sourceLgCode?: string;
  persons: SeedPerson[];
  /** Opens a reception first, so the 届出 has a 確認番号. */
  withReception?: boolean;
};

export type Seeded = { id: string; version: number; confirmationNumber: string | null; completable: boolean };

/** Creates a 届出 as a draft (saved as staff work), complete enough to submit when its persons are. */
export async function seedNotification(page: Page, server: KakanaiServer, n: SeedNotification): Promise<Seeded> {
  let receptionID: string | null = null;
  let confirmationNumber: string | null = null;
  if (n.withReception ?? true) {
    const r = await gql<{ openReception: { id: string; confirmationNumber: string } }>(
      page,
      server,
      'mutation{openReception(input:{department:"市民課"}){id confirmationNumber}}',
    );
    receptionID = r.openReception.id;
    confirmationNumber = r.openReception.confirmationNumber;
  }
  const reason = n.reason ?? 'move_in';
  const movingOut = reason === 'move_out';
  const content = {
    reason,
    notifiedOn: '2026-11-20',
    movedOn: n.movedOn ?? '2026-11-15',
    ...(movingOut ? { plannedMoveOn: n.movedOn ?? '2026-11-15' } : {}),
    notifier: '世帯主',
    newAddress: { line: '福岡県小郡市小郡123番地' },
    oldAddress: { line: '福岡県久留米市城南町15番地3' },
    persons: n.persons.map((p, i) => ({
      familyName: p.familyName,
      givenName: p.givenName,
      familyNameKana: p.familyNameKana,
      givenNameKana: p.givenNameKana,
      birthDate: p.birthDate,
      sex: '女',
      relationship: (p.head ?? i === 0) ? '世帯主' : '子',
      isHeadOfHousehold: p.head ?? i === 0,
      residentCode: '12345678903',
      domicile: '福岡県久留米市城南町15番地',
      domicileHead: `${n.persons[0]?.familyName ?? ''}${n.persons[0]?.givenName ?? ''}`,
    })),
  };
  const d = await gql<{
    createNotification: { notification: { id: string; version: number }; completable: boolean };
  }>(
    page,
    server,
    `mutation($r:ID,$in:NotificationDraftInput!){createNotification(receptionID:$r,input:$in){
      notification{id version} completable}}`,
    { r: receptionID, in: { content, sourceLgCode: n.sourceLgCode ?? '402036' } },
  );
  return {
    id: d.createNotification.notification.id,
    version: d.createNotification.notification.version,
    confirmationNumber,
    completable: d.createNotification.completable,
  };
}

/** 確認待ち, then 完了 (which archives the PDFs) when approve is set. */
export async function advance(page: Page, server: KakanaiServer, s: Seeded, approve: boolean): Promise<void> {
  const sub = await gql<{ submitNotification: { notification: { version: number } } }>(
    page,
    server,
    'mutation($id:ID!,$v:Int!){submitNotification(id:$id,version:$v){notification{version}}}',
    { id: s.id, v: s.version },
  );
  if (!approve) return;
  await gql(page, server, 'mutation($id:ID!,$v:Int!){approveNotification(id:$id,version:$v){notification{id}}}', {
    id: s.id,
    v: sub.submitNotification.notification.version,
  });
}
