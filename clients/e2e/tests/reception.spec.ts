import { type Page, chromium } from '@playwright/test';
import { axeViolations } from './axe';
import { gql, openReception, specimen, tabTo, unreadablePNG } from './counter-api';
import { expect, logIn, test } from './fixtures';

type NotificationNode = { node: { reason: string; status: string; reception: { id: string } | null; persons: { id: string }[] } };

async function notificationOf(page: Page, baseURL: string, url: string) {
  const id = /\/notifications\/(\d+)$/.exec(url)?.[1] ?? '';
  expect(id).not.toBe('');
  return gql<NotificationNode>(
    page,
    baseURL,
    'query($id: ID!) { node(id: $id) { ... on Notification { reason status reception { id } persons { id } } } }',
    { id },
  );
}

function documentItem(page: Page, filename: string) {
  return page.getByTestId('source-document').filter({ hasText: filename });
}

test('intake: a 転出証明書 uploaded by file input is read, and leads to its review (A1)', async ({ page, server }) => {
  test.setTimeout(90_000);
  const spec = specimen('moveout-standard', 1);
  await logIn(page, server);
  await page.getByRole('button', { name: '新しい受付' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^受付 \d{4}$/ })).toBeFocused();
  await expect(page).toHaveTitle(/^受付 \d{4}｜書かない窓口$/);

  await page.getByLabel('書類の種類').selectOption({ label: '転出証明書' });
  await page.getByLabel('書類のファイル').setInputFiles(spec.path);
  await expect(page.getByRole('status').filter({ hasText: '1件の書類を受け付けました' })).toBeVisible();

  const item = documentItem(page, 'moveout-standard-0001-clean.png');
  await expect(item).toBeVisible();
  await expect(item.getByTestId('document-status')).toHaveText(/読取待ち|読取中|読取済み/);
  await expect(item.getByTestId('document-status')).toHaveText('読取済み', { timeout: 60_000 });
  await expect(item).toContainText('転出証明書');
  await expect(page.getByTestId('reading-progress')).toHaveText('読取待ち 0件、読取中 0件、読取済み 1件、読取失敗 0件');

  await item.getByRole('link', { name: /読取結果を確認/ }).click();
  await expect(page).toHaveURL(/\/documents\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: '読取結果の確認' })).toBeFocused();
});

test('intake: several files at once, and a file dropped on the drop zone, are each listed', async ({ page, server }) => {
  await logIn(page, server);
  const r = await openReception(page, server.url);
  await page.goto(`${server.url}/receptions/${r.id}`);

  const png = specimen('moveout-standard', 1).buffer;
  await page.getByLabel('書類のファイル').setInputFiles([
    { name: 'first.png', mimeType: 'image/png', buffer: png },
    { name: 'second.png', mimeType: 'image/png', buffer: png },
  ]);
  await expect(page.getByRole('status').filter({ hasText: '2件の書類を受け付けました' })).toBeVisible();
  await expect(documentItem(page, 'first.png')).toBeVisible();
  await expect(documentItem(page, 'second.png')).toBeVisible();

  // Drag and drop: a drop event carrying a file, as the browser fires it.
  const dataTransfer = await page.evaluateHandle((bytes) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], 'dropped.png', { type: 'image/png' }));
    return dt;
  }, [...png.subarray(0, 64)]);
  const zone = page.getByTestId('drop-zone');
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
  await expect(documentItem(page, 'dropped.png')).toBeVisible();

  // A file of another kind is refused before it is sent, naming the file.
  await page.getByLabel('書類のファイル').setInputFiles({ name: 'memo.txt', mimeType: 'text/plain', buffer: Buffer.from('メモ') });
  await expect(page.getByRole('alert')).toContainText('「memo.txt」：読み取れるのは JPEG・PNG・TIFF・PDF のファイルです。');
});

test('intake: a failed reading shows the error, keeps the image, and offers 再読取 and 手で入力 (A6)', async ({ page, server }) => {
  test.setTimeout(60_000);
  await logIn(page, server);
  const r = await openReception(page, server.url);
  await page.goto(`${server.url}/receptions/${r.id}`);

  await page.getByLabel('書類のファイル').setInputFiles(unreadablePNG);
  const item = documentItem(page, unreadablePNG.name);
  await expect(item.getByTestId('document-status')).toHaveText('読取失敗', { timeout: 30_000 });
  await expect(item.getByTestId('document-error')).toContainText('読み取れませんでした');
  await expect(item.getByTestId('document-error')).toContainText('画像は保存されています');

  // The image is kept: its link downloads the very bytes sent.
  const href = await item.getByRole('link', { name: /画像を開く/ }).getAttribute('href');
  expect(href).toMatch(/^\/files\/documents\/\d+$/);
  const file = await page.request.get(`${server.url}${href ?? ''}`);
  expect(file.status()).toBe(200);
  expect(Buffer.compare(await file.body(), unreadablePNG.buffer)).toBe(0);

  await item.getByRole('button', { name: /再読取/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'もう一度読み取っています' })).toBeVisible();
  await expect(item.getByTestId('document-status')).toHaveText('読取失敗', { timeout: 30_000 });

  // 手で入力 needs the 異動事由 first; the error names the field and the cursor goes there.
  await item.getByRole('button', { name: /手で入力/ }).click();
  const reason = page.getByLabel('異動事由');
  await expect(reason).toBeFocused();
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(reason).toHaveAccessibleDescription('＊異動事由：異動事由を選んでください。');
  await reason.selectOption({ label: '転入' });
  await item.getByRole('button', { name: /手で入力/ }).click();
  await expect(page).toHaveURL(/\/notifications\/\d+$/);
  const n = await notificationOf(page, server.url, page.url());
  expect(n.node.reason).toBe('move_in');
  expect(n.node.reception?.id).toBe(r.id);
  // The unread document is kept with the 届出 entered by hand.
  const docs = await gql<{ node: { sourceDocuments: { filename: string }[] } }>(
    page,
    server.url,
    'query($id: ID!) { node(id: $id) { ... on Notification { sourceDocuments { filename } } } }',
    { id: /\/notifications\/(\d+)$/.exec(page.url())?.[1] ?? '' },
  );
  expect(docs.node.sourceDocuments.map((d) => d.filename)).toEqual([unreadablePNG.name]);
});

test('intake: OCRをせずに入力 opens a blank 届出 of the chosen 異動事由 in this reception (K-g)', async ({ page, server }) => {
  await logIn(page, server);
  const r = await openReception(page, server.url);
  await page.goto(`${server.url}/receptions/${r.id}`);
  await expect(page.getByRole('heading', { name: 'この受付の届出' })).toBeVisible();
  await expect(page.getByText('まだ届出はありません。')).toBeVisible();

  await page.getByLabel('異動事由').selectOption({ label: '世帯主変更' });
  await page.getByRole('button', { name: 'OCRをせずに入力' }).click();
  await expect(page).toHaveURL(/\/notifications\/\d+$/);
  const n = await notificationOf(page, server.url, page.url());
  expect(n.node).toMatchObject({ reason: 'head_change', status: 'draft', reception: { id: r.id }, persons: [] });

  // Back at the reception (in the app, not a reload), the 届出 is listed with a link to it.
  await page.goBack();
  await expect(page).toHaveURL(`${server.url}/receptions/${r.id}`);
  await expect(page.getByRole('link', { name: '世帯主変更の届出（下書き）' })).toBeVisible();
});

test('intake by keyboard alone: open a reception, reach the file chooser and OCRをせずに入力 with Tab and Enter', async ({ page, server }) => {
  await logIn(page, server);
  const open = page.getByRole('button', { name: '新しい受付' });
  await tabTo(page, open);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^受付 \d{4}$/ })).toBeFocused();

  const fileInput = page.getByLabel('書類のファイル');
  await tabTo(page, fileInput);
  await expect(fileInput).toHaveCSS('outline-style', 'solid');
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(specimen('moveout-standard', 1).path);
  await expect(page.getByTestId('source-document')).toHaveCount(1);

  const reason = page.getByLabel('異動事由');
  await tabTo(page, reason);
  await page.keyboard.press('ArrowDown');
  await expect(reason).toHaveValue('move_in');
  const manual = page.getByRole('button', { name: 'OCRをせずに入力' });
  await tabTo(page, manual);
  await expect(manual).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/notifications\/\d+$/);
});

test('intake: the camera button is offered only where the browser has a camera API', async ({ page, server }) => {
  await logIn(page, server);
  const r = await openReception(page, server.url);
  await page.goto(`${server.url}/receptions/${r.id}`);
  await expect(page.getByRole('button', { name: 'カメラで撮影' })).toBeVisible();

  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'mediaDevices', { value: undefined, configurable: true });
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: `受付 ${r.confirmationNumber}` })).toBeVisible();
  await expect(page.getByLabel('書類のファイル')).toBeVisible();
  await expect(page.getByRole('button', { name: 'カメラで撮影' })).toHaveCount(0);
});

test('the intake screen has no WCAG 2 A/AA/AAA violations with read and failed documents listed', async ({ page, server }) => {
  test.setTimeout(60_000);
  await logIn(page, server);
  const r = await openReception(page, server.url);
  await page.goto(`${server.url}/receptions/${r.id}`);
  await page
    .getByLabel('書類のファイル')
    .setInputFiles([{ name: 'tenshutsu.png', mimeType: 'image/png', buffer: specimen('moveout-standard', 1).buffer }, unreadablePNG]);
  await expect(page.getByTestId('reading-progress')).toHaveText('読取待ち 0件、読取中 0件、読取済み 1件、読取失敗 1件', {
    timeout: 45_000,
  });
  expect(await axeViolations(page)).toEqual([]);

  // Also while an error is shown beside the 異動事由.
  await page.getByRole('button', { name: 'OCRをせずに入力' }).click();
  await expect(page.getByLabel('異動事由')).toHaveAttribute('aria-invalid', 'true');
  expect(await axeViolations(page)).toEqual([]);
});

// Chromium's fake camera (a test pattern) in a browser of its own: the suite's browser has no camera.
test('intake: カメラで撮影 shows the preview and a capture is uploaded as a JPEG', async ({ server }) => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  });
  try {
    const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo', permissions: ['camera'] });
    const page = await context.newPage();
    await logIn(page, server);
    const r = await openReception(page, server.url);
    await page.goto(`${server.url}/receptions/${r.id}`);
    await page.getByRole('button', { name: 'カメラで撮影' }).click();
    const camera = page.getByTestId('camera');
    const capture = camera.getByRole('button', { name: '撮影して読み取る' });
    await expect(capture).toBeFocused();
    await expect(camera.getByRole('status')).toHaveText('書類を枠に収めて「撮影して読み取る」を押してください。');
    await capture.click();
    await expect(camera.getByRole('status')).toHaveText('1枚撮影しました。続けて撮影できます。');
    const item = page.getByTestId('source-document').filter({ hasText: /camera-\d{8}T\d{6}\.jpg/ });
    await expect(item).toHaveCount(1);

    const href = await item.getByRole('link', { name: /画像を開く/ }).getAttribute('href');
    const file = await page.request.get(`${server.url}${href ?? ''}`);
    expect(file.headers()['content-type']).toBe('image/jpeg');

    await camera.getByRole('button', { name: 'カメラを閉じる' }).click();
    await expect(page.getByRole('button', { name: 'カメラで撮影' })).toBeFocused();
  } finally {
    await browser.close();
  }
});
