import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { adminLoginId, expect, logIn, loginForm, test } from './fixtures';

// AA is the legal floor (JIS X 8341-3); AAA is what ARCHITECTURE.md asks of our own screens.
const tags = ['wcag2a', 'wcag2aa', 'wcag2aaa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}

test('the login screen has no WCAG 2 A/AA/AAA violations, also while showing an error', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(loginForm(page).heading).toBeVisible();
  expect(await violations(page)).toEqual([]);

  const form = loginForm(page);
  await page.getByText('自治体を指定してログインする').click();
  await form.loginId.fill(adminLoginId);
  await form.password.fill(`${server.adminPassword}-wrong`);
  await form.submit.click();
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the today screen (the first after login) has no WCAG 2 A/AA/AAA violations', async ({ page, server }) => {
  await logIn(page, server);
  await expect(page.getByTestId('today-summary')).not.toBeEmpty();
  expect(await violations(page)).toEqual([]);
});

test('the account screen has no WCAG 2 A/AA/AAA violations, also while showing an error', async ({ page, server }) => {
  await logIn(page, server);
  await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: 'アカウント' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'アカウント' })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await page.getByRole('button', { name: 'パスワードを変更' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
