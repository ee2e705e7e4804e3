import type { Page } from '@playwright/test';
import { axeColourViolations, axeViolations } from './axe';
import { gql } from './counter-api';
import { expect, test } from './fixtures';
import { answerMainPath, citizenConfig, citizenURL, fillHousehold, openStart } from './citizen-api';

// N-d, N-g: every screen of the citizen app in every base colour passes axe with wcag2a, wcag2aa and wcag2aaa
// (text contrast 7:1, 4.5:1 for large text).

const themes = ['blue', 'red', 'green', 'yellow', 'purple'] as const;
type Theme = (typeof themes)[number];

/**
 * Every rule on the screen as it is (the theme the URL chose), then axe's colour rules in each other theme. A theme
 * is the data-theme attribute on <html> and nothing else (CSS custom properties), so switching it in place shows the
 * same screen as a resident who opened the app in that colour sees it, without walking every screen five times.
 */
async function checkScreen(page: Page, screen: string, shown: Theme) {
  expect(await axeViolations(page), `${screen} (${shown})`).toEqual([]);
  const html = page.locator('html');
  try {
    for (const theme of themes) {
      if (theme === shown) continue;
      await html.evaluate((el, t) => {
        el.dataset['theme'] = t;
      }, theme);
      expect(await axeColourViolations(page), `${screen} (${theme})`).toEqual([]);
    }
  } finally {
    await html.evaluate((el, t) => {
      el.dataset['theme'] = t;
    }, shown);
  }
}

test('N-d N-g: every theme passes axe (wcag2a/aa/aaa) on start, question, result, household and QR', async ({ page, server }) => {
  const shown: Theme = 'blue';
  const query = `theme=${shown}`;
  const config = await citizenConfig(page, server.url);
  const tennyu = config.flows.find((f) => f.id === 'tennyu');
  if (!tennyu) throw new Error('no tennyu');
  await page.goto(citizenURL(server.url, query));
  await expect(page.locator('html')).toHaveAttribute('data-theme', shown);
  await expect(page.getByRole('heading', { level: 2, name: 'どの手続きですか' })).toBeVisible();
  await checkScreen(page, 'start', shown);

  await page.getByRole('button', { name: tennyu.title.ja, exact: true }).click();
  await checkScreen(page, 'first question', shown);
  // The next question explains its words: open the first explanation too.
  await page.locator('[data-choice]').first().click();
  await page.locator('details summary').first().click();
  await checkScreen(page, 'question', shown);

  await openStart(page, server.url, query);
  await answerMainPath(page, tennyu);
  await checkScreen(page, 'result', shown);

  await page.getByRole('button', { name: /世帯の情報を入力する/ }).click();
  await page.getByRole('button', { name: 'QRコードを作る' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await checkScreen(page, 'household with errors', shown);

  await openStart(page, server.url, query);
  await answerMainPath(page, tennyu);
  await fillHousehold(page);
  await page.getByRole('button', { name: 'QRコードを作る' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'QRコードができました' })).toBeVisible();
  await checkScreen(page, 'QR', shown);
});

test('N-g: ?theme= opens the app in each base colour, and one it does not know leaves the city\'s', async ({ page, server }) => {
  for (const theme of themes) {
    await page.goto(citizenURL(server.url, `theme=${theme}`));
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(page.getByRole('heading', { level: 2, name: 'どの手続きですか' })).toBeVisible();
  }
  await page.goto(citizenURL(server.url, 'theme=pink'));
  await expect(page.getByRole('heading', { level: 2, name: 'どの手続きですか' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'blue');
});

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
