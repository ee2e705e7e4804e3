import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { gql } from './counter-api';
import { expect, test } from './fixtures';
import { answerMainPath, citizenConfig, citizenURL, fillHousehold, openStart } from './citizen-api';

// N-d, N-g: every screen of the citizen app in every base colour passes axe with wcag2a, wcag2aa and wcag2aaa
// (text contrast 7:1, 4.5:1 for large text).

const themes = ['blue', 'red', 'green', 'yellow', 'purple'] as const;

async function checkScreens(page: Page, baseURL: string, query: string, theme: string) {
  const config = await citizenConfig(page, baseURL);
  const tennyu = config.flows.find((f) => f.id === 'tennyu');
  if (!tennyu) throw new Error('no tennyu');
  await page.goto(citizenURL(baseURL, query));
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  await expect(page.getByRole('heading', { level: 2, name: 'どの手続きですか' })).toBeVisible();
  expect(await axeViolations(page), `start (${theme})`).toEqual([]);

  await page.getByRole('button', { name: tennyu.title.ja, exact: true }).click();
  expect(await axeViolations(page), `first question (${theme})`).toEqual([]);
  // The next question explains its words: open the first explanation too.
  await page.locator('[data-choice]').first().click();
  await page.locator('details summary').first().click();
  expect(await axeViolations(page), `question (${theme})`).toEqual([]);

  await openStart(page, baseURL, query);
  await answerMainPath(page, tennyu);
  expect(await axeViolations(page), `result (${theme})`).toEqual([]);

  await page.getByRole('button', { name: /世帯の情報を入力する/ }).click();
  await page.getByRole('button', { name: 'QRコードを作る' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  expect(await axeViolations(page), `household with errors (${theme})`).toEqual([]);

  await openStart(page, baseURL, query);
  await answerMainPath(page, tennyu);
  await fillHousehold(page);
  await page.getByRole('button', { name: 'QRコードを作る' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'QRコードができました' })).toBeVisible();
  expect(await axeViolations(page), `QR (${theme})`).toEqual([]);
}

for (const theme of themes) {
  test(`N-d N-g: the ${theme} theme passes axe (wcag2a/aa/aaa) on start, question, result, household and QR`, async ({ page, server }) => {
    await checkScreens(page, server.url, `theme=${theme}`, theme);
  });
}

test('N-g: the base colour the city saves in its settings is the app\'s colour', async ({ page, server }) => {
  // Through the API, as the admin screen would: this spec needs no console build.
  await gql(page, server.url, 'mutation($p: String!) { login(loginId: "admin", password: $p) { __typename } }', {
    p: server.adminPassword,
  });
  const save = (color: string) =>
    gql(page, server.url, 'mutation($c: String) { saveCitizenSettings(input: { color: $c }) { __typename } }', { c: color });
  await save('purple');
  try {
    await page.goto(citizenURL(server.url));
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'purple');
    const bg = await page.locator('header').evaluate((el) => getComputedStyle(el).borderBottomColor);
    expect(bg).toBe('rgb(81, 9, 173)');
  } finally {
    await save('blue');
  }
});
