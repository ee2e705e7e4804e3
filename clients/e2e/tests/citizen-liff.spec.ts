import type { Page } from '@playwright/test';
import { answerMainPath, citizenConfig, citizenURL, decodeQr, fillHousehold, shownCode } from './citizen-api';
import { gql } from './counter-api';
import { expect, test } from './fixtures';

// N-h, N-j: inside LINE the app runs as a LIFF app and 「LINEに送る」 asks the server to push the result (and the QR
// code) to the resident's chat. @line/liff-mock stands in for LINE (?liffMock=1); the server's real LINE client
// (line-bot-sdk-go) verifies the mock's ID token with, and pushes to, the fake LINE API global-setup.ts started.

const lineUser = `U${'0'.repeat(31)}7`;

type FakeState = { pushes: { to: string; messages: { type: string; text?: string; originalContentUrl?: string }[] }[] };

async function fakeState(page: Page, lineURL: string): Promise<FakeState> {
  const state = (await (await page.request.get(`${lineURL}/__fake/state`)).json()) as { pushes: FakeState['pushes'] | null };
  return { pushes: state.pushes ?? [] }; // Go writes an empty list as null
}

test('N-j: LINEに送る pushes the result, then the QR picture, to the chat of the user the ID token names; the visit counts as line', async ({
  page,
  server,
}) => {
  const lineURL = process.env.KAKANAI_E2E_LINE_URL;
  test.skip(!lineURL, 'no fake LINE API (a server started elsewhere)');
  if (!lineURL) return;
  await page.setViewportSize({ width: 390, height: 844 });
  // The city's LINE channel, as 管理 → 手続きナビの設定 saves it; the fake accepts its token and channel.
  await gql(page, server.url, 'mutation($p: String!) { login(loginId: "admin", password: $p) { __typename } }', { p: server.adminPassword });
  const saveLine = (i: Record<string, string>) =>
    gql(page, server.url, 'mutation($i: CitizenSettingsInput!) { saveCitizenSettings(input: $i) { lineConfigured } }', { i });
  await saveLine({ lineChannelSecret: 'e2e-secret', lineChannelAccessToken: 'fake-channel-access-token', lineLoginChannelId: '2000000001', liffId: '2000000001-e2e' });
  // Other specs expect a city without LINE: the settings are removed again whatever happens.
  try {
    await pushThroughLine(page, server.url, lineURL);
  } finally {
    await saveLine({ lineChannelSecret: '', lineChannelAccessToken: '', lineLoginChannelId: '', liffId: '' });
  }
});

async function pushThroughLine(page: Page, serverURL: string, lineURL: string): Promise<void> {
  // liff-mock's getIDToken() answers "id_token": tell the fake whose token that is.
  await page.request.post(`${lineURL}/__fake/id-tokens`, { data: { token: 'id_token', userId: lineUser } });
  const before = (await fakeState(page, lineURL)).pushes.length;

  const config = await citizenConfig(page, serverURL);
  const tennyu = config.flows.find((f) => f.id === 'tennyu');
  if (!tennyu) throw new Error('no tennyu');
  const visit = page.waitForRequest((r) => r.url().endsWith('/visits') && r.method() === 'POST');
  await page.goto(citizenURL(serverURL, 'liff=1&liffMock=1'));
  await answerMainPath(page, tennyu);
  expect((await visit).postDataJSON()).toEqual({ event: 'tennyu', channel: 'line' });

  await page.getByRole('button', { name: 'LINEに送る' }).click();
  await expect(page.getByText('LINEのトークに送りました。')).toBeVisible();
  const [result] = (await fakeState(page, lineURL)).pushes.slice(before);
  if (!result) throw new Error('nothing was pushed');
  expect(result.to).toBe(lineUser);
  const text = result.messages.map((m) => m.text ?? '').join('\n');
  expect(text).toContain(tennyu.title.ja);
  expect(text).toContain('必要な手続き');
  expect(result.messages.some((m) => m.type === 'image')).toBe(false);

  await fillHousehold(page);
  await page.getByRole('button', { name: 'QRコードを作る' }).click();
  const code = await shownCode(page);
  await page.getByRole('button', { name: 'LINEに送る' }).click();
  await expect(page.getByText('LINEのトークに送りました。')).toHaveCount(1);
  await expect.poll(async () => (await fakeState(page, lineURL)).pushes.length - before).toBe(2);
  const [, withCode] = (await fakeState(page, lineURL)).pushes.slice(before);
  if (!withCode) throw new Error('the code was not pushed');
  expect(withCode.to).toBe(lineUser);
  const image = withCode.messages.find((m) => m.type === 'image');
  expect(image?.originalContentUrl).toBe(`https://navi.example.lg.jp/api/citizen/qr.png?c=${code}`);
  // The chat gets the code as a picture, never the household in words (N-w).
  expect(withCode.messages.map((m) => m.text ?? '').join('\n')).not.toContain('山田');
  // The picture the image message points at is that code.
  const png = await page.request.get(`${serverURL}/api/citizen/qr.png?c=${code}`);
  expect(png.headers()['content-type']).toBe('image/png');
  expect(decodeQr(await png.body())).toBe(code);
}

test('N-h: the web app does not load the LIFF SDK', async ({ page, server }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto(citizenURL(server.url));
  await expect(page.getByRole('heading', { level: 2, name: 'どの手続きですか' })).toBeVisible();
  expect(scripts.filter((s) => s.includes('/assets/line-'))).toEqual([]);
  await expect(page.getByRole('button', { name: 'LINEに送る' })).toHaveCount(0);
});
