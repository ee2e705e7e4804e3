import { axeViolations } from './axe';
import { openReception } from './counter-api';
import { expect, logIn, test } from './fixtures';

test('本日の受付 lists a new reception with its waiting time, refreshed each minute', async ({ page, server }) => {
  // A fake clock (starting now) lets the test move the minutes on; the server keeps its real time.
  await page.clock.install();
  await logIn(page, server);
  await expect(page).toHaveTitle('本日の受付｜書かない窓口');
  await expect(page.getByRole('heading', { level: 1, name: '本日の受付' })).toBeFocused();

  await page.getByRole('button', { name: '新しい受付' }).click();
  const heading = page.getByRole('heading', { level: 1, name: /^受付 \d{4}$/ });
  await expect(heading).toBeVisible();
  const number = ((await heading.textContent()) ?? '').replace('受付 ', '');
  const receptionURL = page.url();
  expect(receptionURL).toMatch(/\/receptions\/\d+$/);

  await page.getByRole('link', { name: '本日の受付', exact: true }).click();
  const row = page.getByTestId(`reception-row-${number}`);
  await expect(row).toBeVisible();
  await expect(row.getByRole('rowheader')).toHaveText(number);
  await expect(row.getByTestId('waiting')).toHaveText('0分');
  await expect(row).toContainText('窓口');
  await expect(row).toContainText('受付中');
  await expect(row).toContainText('なし');
  const openRows = await page.getByRole('row').filter({ hasText: '受付中' }).count();
  await expect(page.getByTestId('today-summary')).toHaveText(new RegExp(`^受付中 ${openRows}件`));

  // Three minutes later, without a reload.
  await page.clock.fastForward('03:00');
  await expect(row.getByTestId('waiting')).toHaveText('3分');

  // Another counter opens a reception: the list picks it up by itself (every 15 s).
  const other = await openReception(page, server.url);
  await page.clock.fastForward('00:16');
  await expect(page.getByTestId(`reception-row-${other.confirmationNumber}`)).toBeVisible();
  await expect(page.getByTestId('today-summary')).toHaveText(new RegExp(`^受付中 ${openRows + 1}件`));

  // The row leads back to the reception.
  await row.getByRole('link', { name: `受付 ${number} を続ける` }).click();
  await expect(page).toHaveURL(receptionURL);
  await expect(page.getByRole('heading', { level: 1, name: `受付 ${number}` })).toBeFocused();
});

test('本日の受付 lists the 届出 of a reception with links to them', async ({ page, server }) => {
  await logIn(page, server);
  const r = await openReception(page, server.url);
  await page.goto(`${server.url}/receptions/${r.id}`);
  await page.getByLabel('異動事由').selectOption({ label: '転居' });
  await page.getByRole('button', { name: 'OCRをせずに入力' }).click();
  await expect(page).toHaveURL(/\/notifications\/\d+$/);
  const notificationURL = page.url();

  await page.goto(server.url);
  const row = page.getByTestId(`reception-row-${r.confirmationNumber}`);
  const link = row.getByRole('link', { name: '転居（下書き）' });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(notificationURL);
});

test('本日の受付 says so when there is no reception yet', async ({ page, server }) => {
  // Earlier specs opened receptions today: answer the list query with an empty day.
  await page.route('**/graphql', async (route) => {
    const body = route.request().postData() ?? '';
    if (!body.includes('TodayReceptions')) {
      await route.fallback();
      return;
    }
    await route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ data: { receptions: { __typename: 'ReceptionConnection', totalCount: 0, edges: [] } } }),
    });
  });
  await logIn(page, server);
  await expect(page.getByText('本日の受付はまだありません。「新しい受付」から始めてください。')).toBeVisible();
  await expect(page.getByTestId('today-summary')).toHaveText('受付中 0件（本日 0件）');
  await expect(page.getByRole('table')).toHaveCount(0);
});

test('the today screen has no WCAG 2 A/AA/AAA violations with receptions listed', async ({ page, server }) => {
  await logIn(page, server);
  await openReception(page, server.url);
  await page.reload();
  await expect(page.getByRole('table')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
