import { type Page, expect, test as base } from '@playwright/test';

export type KakanaiServer = {
  /** e.g. http://127.0.0.1:43123, set by global-setup.ts. */
  url: string;
  adminPassword: string;
};

export const adminLoginId = 'admin';

export const test = base.extend<{ server: KakanaiServer }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their dependencies.
  server: async ({}, use) => {
    const url = process.env.KAKANAI_E2E_URL;
    const adminPassword = process.env.KAKANAI_E2E_ADMIN_PASSWORD;
    if (!url || !adminPassword) throw new Error('global-setup.ts did not start the server');
    await use({ url, adminPassword });
  },
});

export { expect };

/** The login form's fields and button, found the way a person finds them: by their labels. */
export function loginForm(page: Page) {
  return {
    heading: page.getByRole('heading', { level: 1, name: 'ログイン' }),
    loginId: page.getByLabel('ログインID'),
    password: page.getByLabel('パスワード'),
    submit: page.getByRole('button', { name: 'ログイン', exact: true }),
  };
}

export async function logIn(page: Page, server: KakanaiServer, password = server.adminPassword): Promise<void> {
  await page.goto(server.url);
  const form = loginForm(page);
  await form.loginId.fill(adminLoginId);
  await form.password.fill(password);
  await form.submit.click();
  await expect(page.getByRole('heading', { level: 1, name: '本日の受付' })).toBeVisible();
}
