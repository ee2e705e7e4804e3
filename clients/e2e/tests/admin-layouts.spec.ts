import type { Download, Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { axeViolations } from './axe';
import { expect, logIn, test } from './fixtures';
import { gql } from './notification-api';

// 管理 › 様式 (K-k, G1): the layout that prints now and every registered version download as JSON, so that a city
// edits the real layout rather than starting from nothing. What a test registers is the current layout renamed: it
// prints the same, so other tests are unaffected.

async function openLayouts(page: Page) {
  await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: '管理' }).click();
  await page.getByRole('navigation', { name: '管理メニュー' }).getByRole('link', { name: '様式', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: '様式', exact: true })).toBeFocused();
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { download, text: await readFile(path, 'utf8') };
}

test('様式: what prints now and each version download as JSON; the edited download registers and then prints', async ({
  page,
  server,
}) => {
  await logIn(page, server);
  await openLayouts(page);
  const saved = page.getByRole('status').filter({ hasText: '保存しました' });

  // The layout that prints now, as the server has it, indented for editing.
  const current = await downloaded(page, () =>
    page.getByRole('button', { name: '現在の様式をダウンロード：住民異動届', exact: true }).click(),
  );
  expect(current.download.suggestedFilename()).toBe('form-layout-move-current.json');
  const api = await gql<{ activeFormLayout: string }>(page, server, '{ activeFormLayout(kind: move) }');
  const layout = JSON.parse(current.text) as Record<string, unknown>;
  expect(layout).toEqual(JSON.parse(api.activeFormLayout));
  expect(layout['paper']).toBeTruthy();
  expect(current.text).toMatch(/^\{\n {2}"/);
  await expect(saved).toHaveText('住民異動届の現在の様式を form-layout-move-current.json として保存しました。');

  // The city edits the download (here: its name) and registers it from the file.
  const name = `小郡市 住民異動届（${randomBytes(3).toString('hex')}）`;
  const form = page.getByRole('form', { name: '様式を登録' });
  await form.getByLabel('ファイルから読み込む').setInputFiles({
    name: 'edited.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...layout, name }, null, 2)),
  });
  await form.getByRole('button', { name: '様式を登録' }).click();
  await expect(page.getByRole('status').filter({ hasText: '登録しました' })).toContainText(`住民異動届の様式「${name}」を第`);
  const row = page.getByTestId('admin-layout-row').filter({ hasText: name });
  await expect(row).toContainText('使用中');
  const versionText = (await row.getByRole('cell').nth(1).textContent()) ?? '';
  const v = /第(\d+)版/.exec(versionText)?.[1] ?? 'none';

  // It is now what prints: the current download says so, and its version downloads the same JSON.
  const move = page.getByTestId('admin-layout-current').filter({ hasText: '住民異動届' });
  await expect(move).toContainText(`第${v}版「${name}」`);
  const after = await downloaded(page, () =>
    page.getByRole('button', { name: '現在の様式をダウンロード：住民異動届', exact: true }).click(),
  );
  expect((JSON.parse(after.text) as Record<string, unknown>)['name']).toBe(name);
  const one = await downloaded(page, () =>
    row.getByRole('button', { name: `ダウンロード：住民異動届 第${v}版「${name}」`, exact: true }).click(),
  );
  expect(one.download.suggestedFilename()).toBe(`form-layout-move-v${v}.json`);
  expect(JSON.parse(one.text)).toEqual(JSON.parse(after.text));
  await expect(saved).toHaveText(`住民異動届の第${v}版「${name}」を form-layout-move-v${v}.json として保存しました。`);

  // 「これを元に作る」 puts a layout into the box, with its kind, and moves the focus there.
  await page.getByRole('button', { name: 'これを元に作る：職権記載書', exact: true }).click();
  const box = form.getByLabel('様式定義（JSON）');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(/"paper"/);
  await expect(form.getByLabel('様式の種類')).toHaveValue('ex_officio');
  const exOfficio = await gql<{ activeFormLayout: string }>(page, server, '{ activeFormLayout(kind: ex_officio) }');
  expect(JSON.parse(await box.inputValue())).toEqual(JSON.parse(exOfficio.activeFormLayout));
  await expect(form.getByText('職権記載書の現在の様式を下の「様式定義（JSON）」欄に写しました。')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await box.fill('');
});

test('様式: keyboard only — Tab reaches 「現在の様式をダウンロード」 and Enter saves the file', async ({ page, server }) => {
  await logIn(page, server);
  await openLayouts(page);
  const button = page.getByRole('button', { name: '現在の様式をダウンロード：住民異動届', exact: true });
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await button.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(button).toBeFocused();
  const { download, text } = await downloaded(page, () => page.keyboard.press('Enter'));
  expect(download.suggestedFilename()).toBe('form-layout-move-current.json');
  expect(JSON.parse(text)).toHaveProperty('paper');
});
