import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect, logIn, test } from './fixtures';
import { completeMoveIn, createBlankNotification, gql, saveDraft } from './notification-api';

// The 印刷プレビュー (/notifications/:id/paper): the 届出 in its paper layout as the server draws it (K-d, K-e).

async function prepared(page: Page, server: { url: string; adminPassword: string }) {
  await logIn(page, server);
  const n = await createBlankNotification(page, server);
  const version = await saveDraft(page, server, n.id, n.version, { ...completeMoveIn(), remarks: '転出証明書あり' });
  await page.setViewportSize({ width: 1366, height: 768 });
  return { ...n, version };
}

test('the preview draws the 届出 in its layout, and a click or Enter on an item puts the cursor in its input (K-d)', async ({
  page,
  server,
}) => {
  const n = await prepared(page, server);
  await page.goto(`${server.url}/notifications/${n.id}`);
  await page.getByRole('link', { name: '印刷プレビューを開く' }).click();
  await expect(page).toHaveURL(new RegExp(`/notifications/${n.id}/paper$`));
  await expect(page).toHaveTitle('印刷プレビュー｜書かない窓口');
  const h1 = page.getByRole('heading', { level: 1, name: '印刷プレビュー' });
  await expect(h1).toBeFocused();

  const paper = page.locator('#kakanai-paper svg');
  await expect(paper).toBeVisible();
  const family = paper.locator('[data-field="persons.0.familyName"]');
  await expect(family).toContainText('髙橋');
  await expect(family).toHaveAttribute('role', 'button');
  await expect(paper.locator('[data-field="remarks"]')).toContainText('転出証明書あり');
  await expect(paper.locator('[data-field="receiptNumber"]')).toContainText(n.confirmationNumber);

  await family.click();
  await expect(page).toHaveURL(new RegExp(`/notifications/${n.id}#field=persons\\.0\\.familyName$`));
  await expect(page.locator('#f-persons-0-familyName')).toBeFocused();

  // By keyboard: Tab to an item of the paper and press Enter.
  await page.getByRole('link', { name: '印刷プレビューを開く' }).click();
  await expect(h1).toBeFocused();
  const oldAddress = paper.locator('[data-field="oldAddress.line"]');
  await oldAddress.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#f-oldAddress-line')).toBeFocused();
  await expect(page.locator('#f-oldAddress-line')).toHaveValue('福岡県久留米市城南町15番地3');

  // An item the editor has no input for (転出先 of a 転入) says so instead of failing silently.
  await page.goto(`${server.url}/notifications/${n.id}/paper`);
  await paper.locator('[data-field="destination.line"]').click();
  await expect(page.getByRole('status').filter({ hasText: '転出先' })).toContainText('この画面では入力しない項目です');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  // And back from the editor to the preview and again to the editor by its links.
  await page.getByRole('link', { name: '印刷プレビューを開く' }).click();
  await page.getByRole('link', { name: '入力画面へ戻る' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('住民異動届');
});

test('印刷 prints the paper alone; a mask hides the 個人番号 and more; after completion the archived PDFs open', async ({ page, server }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  const n = await prepared(page, server);
  await page.goto(`${server.url}/notifications/${n.id}/paper`);
  const paper = page.locator('#kakanai-paper svg');
  await expect(paper).toBeVisible();
  await page.getByRole('button', { name: '印刷', exact: true }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  // The print stylesheet leaves only the sheets, each at the size of the paper (A4 landscape, in mm).
  const sheets = page.locator('.kakanai-print svg');
  await expect(sheets).toHaveCount(1);
  await expect(sheets).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(sheets).toBeVisible();
  await expect(sheets).toHaveAttribute('width', '297mm');
  await expect(sheets).toHaveAttribute('height', '210mm');
  await expect(sheets.locator('[data-field="persons.0.familyName"]')).toContainText('髙橋');
  await expect(paper).toBeHidden();
  await expect(page.getByRole('button', { name: '印刷', exact: true })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'メイン' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  await page.getByLabel('マスク').selectOption('public');
  await expect(paper).toHaveAttribute('data-mask', 'public');
  await expect(paper.locator('[data-field="persons.0.domicile"]')).toHaveAttribute('data-masked', 'true');
  await expect(paper.locator('[data-field="persons.0.domicile"]')).not.toContainText('城南町');

  // Completed: the archived PDFs are offered beside 印刷.
  await gql(page, server, `mutation($id: ID!, $v: Int!) { submitNotification(id: $id, version: $v) { notification { id } } }`, {
    id: n.id,
    v: n.version,
  });
  await gql(page, server, `mutation($id: ID!, $v: Int!) { approveNotification(id: $id, version: $v) { notification { id } } }`, {
    id: n.id,
    v: n.version + 1,
  });
  await page.reload();
  const pdfs = page.getByRole('list', { name: '保管されたPDF' }).getByRole('link');
  await expect(pdfs.first()).toBeVisible();
  const href = await pdfs.first().getAttribute('href');
  const res = await page.request.get(`${server.url}${href ?? ''}`);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
});

test('the preview has no WCAG 2 A/AA/AAA violations', async ({ page, server }) => {
  const n = await prepared(page, server);
  await page.goto(`${server.url}/notifications/${n.id}/paper`);
  await expect(page.locator('#kakanai-paper svg')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
