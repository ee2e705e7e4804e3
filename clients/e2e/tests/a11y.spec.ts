import { axeViolations } from './axe';
import { adminLoginId, expect, logIn, loginForm, test } from './fixtures';

test('the login screen has no WCAG 2 A/AA/AAA violations, also while showing an error', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(loginForm(page).heading).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  const form = loginForm(page);
  await page.getByText('自治体を指定してログインする').click();
  await form.loginId.fill(adminLoginId);
  await form.password.fill(`${server.adminPassword}-wrong`);
  await form.submit.click();
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the today screen (the first after login) has no WCAG 2 A/AA/AAA violations', async ({ page, server }) => {
  await logIn(page, server);
  await expect(page.getByTestId('today-summary')).not.toBeEmpty();
  expect(await axeViolations(page)).toEqual([]);
});

test('the account screen has no WCAG 2 A/AA/AAA violations, also while showing an error', async ({ page, server }) => {
  await logIn(page, server);
  await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: 'アカウント' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'アカウント' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'パスワードを変更' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
