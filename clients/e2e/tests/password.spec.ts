import { strongPassword } from '../password';
import { adminLoginId, expect, logIn, loginForm, test } from './fixtures';

test("パスワード変更 shows the server's error beside the form, naming the field", async ({ page, server }) => {
  await logIn(page, server);
  const current = page.getByLabel('現在のパスワード');
  await current.fill(`${server.adminPassword}-wrong`);
  await page.getByLabel('新しいパスワード', { exact: false }).first().fill(strongPassword());
  await page.getByLabel('新しいパスワード（確認）').fill(await page.getByLabel('新しいパスワード', { exact: false }).first().inputValue());
  await page.getByRole('button', { name: 'パスワードを変更' }).click();

  await expect(page.getByRole('alert')).toContainText('現在のパスワード：現在のパスワードが正しくありません');
  await expect(current).toHaveAttribute('aria-invalid', 'true');
  await expect(current).toBeFocused();
});

// Runs last (files run in name order on one worker): it changes the admin password for the rest of the run.
test('パスワード変更 changes the password: the new one logs in, the old one no longer does', async ({ browser, page, server }) => {
  const oldPassword = server.adminPassword;
  const newPassword = strongPassword();

  await logIn(page, server);
  await page.getByLabel('現在のパスワード').fill(oldPassword);
  await page.getByLabel('新しいパスワード', { exact: false }).first().fill(newPassword);
  await page.getByLabel('新しいパスワード（確認）').fill(newPassword);
  await page.getByRole('button', { name: 'パスワードを変更' }).click();
  await expect(page.getByRole('status')).toHaveText('パスワードを変更しました。');
  process.env.KAKANAI_E2E_ADMIN_PASSWORD = newPassword;

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(server.url);
    const form = loginForm(other);
    await form.loginId.fill(adminLoginId);
    await form.password.fill(oldPassword);
    await form.submit.click();
    await expect(other.getByRole('alert')).toContainText('ログインIDまたはパスワードが正しくありません');

    await form.password.fill(newPassword);
    await form.submit.click();
    await expect(other.getByRole('heading', { level: 1, name: 'ホーム' })).toBeVisible();
  } finally {
    await fresh.close();
  }
});
