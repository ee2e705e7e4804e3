import { adminLoginId, expect, logIn, loginForm, test } from './fixtures';

test('logging in through the console shows the user and the municipality 小郡市 (402168)', async ({ page, server }) => {
  const csrfHeaders: (string | undefined)[] = [];
  page.on('request', (req) => {
    if (req.url().endsWith('/graphql') && req.method() === 'POST') csrfHeaders.push(req.headers()['x-kakanai-csrf']);
  });

  await page.goto(server.url);
  await expect(page).toHaveTitle('ログイン｜書かない窓口');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');

  const form = loginForm(page);
  await form.loginId.fill(adminLoginId);
  await form.password.fill(server.adminPassword);
  await form.submit.click();

  await expect(page.getByRole('heading', { level: 1, name: '本日の受付' })).toBeVisible();
  await expect(page).toHaveTitle('本日の受付｜書かない窓口');
  const banner = page.getByRole('banner');
  await expect(banner).toContainText('小郡市');
  await expect(banner).toContainText('402168');
  await expect(banner).toContainText(adminLoginId);
  await expect(banner.getByRole('button', { name: 'ログアウト' })).toBeVisible();

  // The account's roles and permissions are on the アカウント screen.
  await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: 'アカウント' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'アカウント' })).toBeVisible();
  await expect(page).toHaveTitle('アカウント｜書かない窓口');
  await expect(page.getByRole('list', { name: '権限' }).getByRole('listitem').first()).toBeVisible();
  // Roles and permissions are shown by the Japanese names the server gives them.
  await expect(page.getByRole('main')).toContainText('システム管理者、管理者');
  await expect(page.getByRole('list', { name: '権限' })).toContainText('利用者・グループ・権限の管理');

  // Every POST carried the CSRF header; after login it equals the kakanai_csrf cookie.
  expect(csrfHeaders.length).toBeGreaterThan(0);
  expect(csrfHeaders.every((h) => typeof h === 'string' && h !== '')).toBe(true);
  const csrfCookie = (await page.context().cookies()).find((c) => c.name === 'kakanai_csrf');
  expect(csrfCookie?.value, 'the server sets the kakanai_csrf cookie at login').toBeTruthy();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'アカウント' })).toBeVisible();
  expect(csrfHeaders.at(-1)).toBe(decodeURIComponent(csrfCookie?.value ?? ''));
});

test('a wrong password shows the Japanese error as an alert beside the form', async ({ page, server }) => {
  await page.goto(server.url);
  const form = loginForm(page);
  await form.loginId.fill(adminLoginId);
  await form.password.fill(`${server.adminPassword}-wrong`);
  await form.submit.click();

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('ログインIDまたはパスワードが正しくありません');
  await expect(form.heading).toBeVisible();
  await expect(page).toHaveTitle('エラー：ログイン｜書かない窓口');
  await expect(form.password).toBeFocused();
});

test('an empty form names each missing field in Japanese', async ({ page, server }) => {
  await page.goto(server.url);
  const form = loginForm(page);
  await form.submit.click();

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('ログインID：ログインIDを入力してください。');
  await expect(alert).toContainText('パスワード：パスワードを入力してください。');
  await expect(form.loginId).toHaveAttribute('aria-invalid', 'true');
  await expect(form.loginId).toHaveAccessibleDescription(/ログインIDを入力してください/);
  await expect(form.loginId).toBeFocused();
});

test('logging out returns to the login screen and the session is gone', async ({ page, server }) => {
  await logIn(page, server);
  await page.getByRole('button', { name: 'ログアウト' }).click();

  const form = loginForm(page);
  await expect(form.heading).toBeVisible();
  await expect(form.loginId).toBeFocused();
  await page.reload();
  await expect(form.heading).toBeVisible();
});

test('logging in and out works with the keyboard alone (Tab and Enter)', async ({ page, server }) => {
  await page.goto(server.url);
  const form = loginForm(page);

  await expect(form.loginId).toBeFocused();
  // The focus ring is visible (デジタル庁デザインシステム: 4px black outline).
  await expect(form.loginId).toHaveCSS('outline-style', 'solid');
  await expect(form.loginId).toHaveCSS('outline-width', '4px');
  await page.keyboard.type(adminLoginId);
  await page.keyboard.press('Tab');
  await expect(form.password).toBeFocused();
  await page.keyboard.type(server.adminPassword);
  await page.keyboard.press('Enter');

  const today = page.getByRole('heading', { level: 1, name: '本日の受付' });
  await expect(today).toBeVisible();
  await expect(today).toBeFocused();

  // Back from the heading through the main navigation to the header's ログアウト button, then Enter.
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: 'アカウント' })).toBeFocused();
  const logout = page.getByRole('button', { name: 'ログアウト' });
  for (let i = 0; i < 6 && !(await logout.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Shift+Tab');
  }
  await expect(logout).toBeFocused();
  await expect(logout).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Enter');
  await expect(form.heading).toBeVisible();
});

test('パスワード変更 refuses a confirmation that does not match, naming the field', async ({ page, server }) => {
  await logIn(page, server);
  await page.getByRole('link', { name: 'アカウント' }).click();
  await page.getByLabel('現在のパスワード').fill(server.adminPassword);
  await page.getByLabel('新しいパスワード', { exact: false }).first().fill('Another-Passw0rd!2024');
  await page.getByLabel('新しいパスワード（確認）').fill('Different-Passw0rd!2024');
  await page.getByRole('button', { name: 'パスワードを変更' }).click();

  await expect(page.getByRole('alert')).toContainText('新しいパスワード（確認）：新しいパスワードと一致しません。');
  await expect(page.getByLabel('新しいパスワード（確認）')).toBeFocused();
});
