import { expect, test } from './fixtures';
import { answerMainPath, citizenConfig, citizenURL, fillHousehold, shownCode } from './citizen-api';

// N-h, N-j: inside LINE the app runs as a LIFF app and 「LINEに送る」 asks the server to push the result (and the QR
// code) to the resident's chat. @line/liff-mock stands in for LINE (?liffMock=1); the push request is checked
// here and answered by the test, since the server would ask LINE to verify the mock's ID token.

test('N-j: LINEに送る posts the ID token, the flow, the answers and the code; the visit counts as line', async ({ page, server }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const config = await citizenConfig(page, server.url);
  const tennyu = config.flows.find((f) => f.id === 'tennyu');
  if (!tennyu) throw new Error('no tennyu');

  const pushes: unknown[] = [];
  await page.route('**/api/citizen/402168/line/push', async (route) => {
    pushes.push(route.request().postDataJSON());
    await route.fulfill({ status: 204 });
  });
  const visit = page.waitForRequest((r) => r.url().endsWith('/visits') && r.method() === 'POST');

  await page.goto(citizenURL(server.url, 'liff=1&liffMock=1'));
  await answerMainPath(page, tennyu);
  expect((await visit).postDataJSON()).toEqual({ event: 'tennyu', channel: 'line' });

  await page.getByRole('button', { name: 'LINEに送る' }).click();
  await expect(page.getByText('LINEのトークに送りました。')).toBeVisible();
  expect(pushes[0]).toMatchObject({ idToken: 'id_token', flowId: 'tennyu', code: null, lang: 'ja' });
  expect(Object.keys((pushes[0] as { answers: Record<string, string> }).answers).length).toBeGreaterThan(0);

  await fillHousehold(page);
  await page.getByRole('button', { name: 'QRコードを作る' }).click();
  const code = await shownCode(page);
  await page.getByRole('button', { name: 'LINEに送る' }).click();
  await expect(page.getByText('LINEのトークに送りました。')).toBeVisible();
  expect(pushes[1]).toMatchObject({ idToken: 'id_token', flowId: 'tennyu', code });
});

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
