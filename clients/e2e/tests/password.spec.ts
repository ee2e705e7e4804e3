import type { Page } from '@playwright/test';
import { strongPassword } from '../password';
import { gql } from './counter-api';
import { expect, logIn, loginForm, test } from './fixtures';

async function openAccount(page: Page) {
  await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: 'アカウント' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'アカウント' })).toBeVisible();
}

async function logInAs(page: Page, url: string, loginId: string, password: string) {
  await page.goto(url);
  const form = loginForm(page);
  await form.loginId.fill(loginId);
  await form.password.fill(password);
  await form.submit.click();
}

test("パスワード変更 shows the server's error beside the form, naming the field", async ({ page, server }) => {
  await logIn(page, server);
  await openAccount(page);
  const current = page.getByLabel('現在のパスワード');
  await current.fill(`${server.adminPassword}-wrong`);
  await page.getByLabel('新しいパスワード', { exact: false }).first().fill(strongPassword());
  await page.getByLabel('新しいパスワード（確認）').fill(await page.getByLabel('新しいパスワード', { exact: false }).first().inputValue());
  await page.getByRole('button', { name: 'パスワードを変更' }).click();

  await expect(page.getByRole('alert')).toContainText('現在のパスワード：現在のパスワードが正しくありません');
  await expect(current).toHaveAttribute('aria-invalid', 'true');
  await expect(current).toBeFocused();
});

// A new account (the admin's password stays as it is for the other specs): the first login forces a change,
// and only the account screen is offered until it is done; then the new password logs in and the old one not.
test('a forced パスワード変更 shows only the account screen; the new password logs in, the old one no longer does', async ({
  browser,
  page,
  server,
}) => {
  await logIn(page, server);
  const loginId = `clerk${Date.now().toString(36)}`;
  const initial = strongPassword();
  await gql(page, server.url, 'mutation($in: CreateUserInput!) { createUser(input: $in) { id } }', {
    in: { loginId, displayName: '窓口 花子', password: initial, roles: ['clerk'] },
  });

  const fresh = await browser.newContext();
  try {
    const clerk = await fresh.newPage();
    await logInAs(clerk, server.url, loginId, initial);
    await expect(clerk.getByRole('heading', { level: 1, name: 'アカウント' })).toBeVisible();
    await expect(clerk.getByText('管理者がパスワードを設定しました。')).toBeVisible();
    await expect(clerk.getByLabel('現在のパスワード')).toBeFocused();
    // Any address still shows the account screen.
    await clerk.goto(`${server.url}/search`);
    await expect(clerk.getByRole('heading', { level: 1, name: 'アカウント' })).toBeVisible();
    await clerk.goto(server.url);
    await expect(clerk.getByRole('heading', { level: 1, name: 'アカウント' })).toBeVisible();
    await expect(clerk.getByRole('heading', { level: 1, name: '本日の受付' })).toHaveCount(0);

    const next = strongPassword();
    await clerk.getByLabel('現在のパスワード').fill(initial);
    await clerk.getByLabel('新しいパスワード', { exact: false }).first().fill(next);
    await clerk.getByLabel('新しいパスワード（確認）').fill(next);
    await clerk.getByRole('button', { name: 'パスワードを変更' }).click();
    await expect(clerk.getByRole('status').filter({ hasText: 'パスワードを変更しました。' })).toBeVisible();
    await clerk.reload();
    await expect(clerk.getByRole('heading', { level: 1, name: '本日の受付' })).toBeVisible();

    await clerk.getByRole('button', { name: 'ログアウト' }).click();
    await expect(loginForm(clerk).heading).toBeVisible();
    await logInAs(clerk, server.url, loginId, initial);
    await expect(clerk.getByRole('alert')).toContainText('ログインIDまたはパスワードが正しくありません');
    await loginForm(clerk).password.fill(next);
    await loginForm(clerk).submit.click();
    await expect(clerk.getByRole('heading', { level: 1, name: '本日の受付' })).toBeVisible();
  } finally {
    await fresh.close();
  }
});
