import type { Page } from '@playwright/test';
import type { KakanaiServer } from './fixtures';

// GraphQL calls the tests make beside the browser, with the browser's own session (cookie + CSRF header).

type GqlError = { message: string; extensions?: { code?: string; field?: string } };
type GqlResponse<T> = { data?: T | null; errors?: GqlError[] };

export class GqlFailure extends Error {
  constructor(readonly errors: GqlError[]) {
    super(errors.map((e) => `${e.extensions?.code ?? ''}: ${e.message}`).join('; '));
  }
}

/** Runs a query as the user logged in in page's context; throws GqlFailure on errors. */
export async function gql<T>(page: Page, server: KakanaiServer, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const cookies = await page.context().cookies(server.url);
  const csrf = cookies.find((c) => c.name === 'kakanai_csrf')?.value;
  const res = await page.request.post(`${server.url}/graphql`, {
    headers: { 'Content-Type': 'application/json', 'X-Kakanai-CSRF': csrf ? decodeURIComponent(csrf) : '1' },
    data: { query, variables },
  });
  const body = (await res.json()) as GqlResponse<T>;
  if (body.errors && body.errors.length > 0) throw new GqlFailure(body.errors);
  if (!body.data) throw new Error(`no data (HTTP ${res.status()})`);
  return body.data;
}

export type Created = { id: string; version: number; confirmationNumber: string };

/** Opens a reception and creates a blank 届出 in it (what the intake screen does before the editor opens). */
export async function createBlankNotification(page: Page, server: KakanaiServer, reason = 'move_in'): Promise<Created> {
  const rc = await gql<{ openReception: { id: string; confirmationNumber: string } }>(
    page,
    server,
    `mutation { openReception(input: { department: "市民課" }) { id confirmationNumber } }`,
  );
  const cr = await gql<{ createNotification: { notification: { id: string; version: number } } }>(
    page,
    server,
    `mutation($r: ID, $in: NotificationDraftInput!) {
      createNotification(receptionID: $r, input: $in) { notification { id version } }
    }`,
    { r: rc.openReception.id, in: { content: { reason, persons: [] } } },
  );
  return {
    id: cr.createNotification.notification.id,
    version: cr.createNotification.notification.version,
    confirmationNumber: rc.openReception.confirmationNumber,
  };
}

export type StoredNotification = {
  version: number;
  status: string;
  remarks: string | null;
  newAddress: string | null;
  persons: { familyName: string | null; givenName: string | null; romajiName: string | null; domicile: string | null; hasMyNumber: boolean }[];
};

export async function readNotification(page: Page, server: KakanaiServer, id: string): Promise<StoredNotification> {
  const d = await gql<{ node: StoredNotification }>(
    page,
    server,
    `query($id: ID!) { node(id: $id) { ... on Notification {
      version status remarks newAddress persons { familyName givenName romajiName domicile hasMyNumber }
    } } }`,
    { id },
  );
  return d.node;
}

/** Today in Japan as YYYY-MM-DD, shifted by days. */
export function japanDate(days = 0): string {
  const t = new Date(Date.now() + 9 * 3600_000 + days * 86400_000);
  return t.toISOString().slice(0, 10);
}

/** A complete 3-person 転入 (Japanese head and child, a foreign spouse) as the API takes it. */
export function completeMoveIn(): Record<string, unknown> {
  return {
    content: {
      reason: 'move_in',
      notifiedOn: japanDate(),
      movedOn: japanDate(-3),
      notifier: '世帯主',
      newAddress: { line: '福岡県小郡市小郡123番地', katagaki: '小郡ハイツ101' },
      oldAddress: { line: '福岡県久留米市城南町15番地3', katagaki: '' },
      persons: [
        {
          familyName: '髙橋', givenName: '一郎', familyNameKana: 'たかはし', givenNameKana: 'いちろう',
          birthDate: '昭和60年4月12日', sex: '男', relationship: '世帯主', isHeadOfHousehold: true,
          residentCode: '12345678903', domicile: '福岡県久留米市城南町15番地', domicileHead: '髙橋一郎',
        },
        {
          romajiName: 'SMITH EMILY', familyName: 'スミス', givenName: 'エミリー', birthDate: '1988-07-03', sex: '女',
          relationship: '妻', residentCode: '00000000019', nationality: '米国', residenceCategory: '中長期在留者',
          residenceStatus: '日本人の配偶者等', periodOfStay: '0300000', periodExpiry: '2028-03-31', cardNumber: 'AB12345678CD',
        },
        {
          familyName: '髙橋', givenName: '葵', familyNameKana: 'たかはし', givenNameKana: 'あおい', birthDate: '令和2年5月1日',
          sex: '女', relationship: '子', residentCode: '24727059608', domicile: '福岡県久留米市城南町15番地', domicileHead: '髙橋一郎',
        },
      ],
    },
    remarks: '',
  };
}

export async function saveDraft(page: Page, server: KakanaiServer, id: string, version: number, input: Record<string, unknown>): Promise<number> {
  const d = await gql<{ saveNotificationDraft: { notification: { version: number } } }>(
    page,
    server,
    `mutation($id: ID!, $v: Int!, $in: NotificationDraftInput!) {
      saveNotificationDraft(id: $id, version: $v, input: $in) { notification { version } }
    }`,
    { id, v: version, in: input },
  );
  return d.saveNotificationDraft.notification.version;
}
