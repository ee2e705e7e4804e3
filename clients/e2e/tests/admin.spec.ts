import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strongPassword } from '../password';
import { axeViolations } from './axe';
import { expect, logIn, loginForm, test } from './fixtures';

// 管理 (/admin): 利用者, 定型文 (K-l), 様式 (K-k), 住所マスタ, マスキング設定 (K-u), OCR定義体 (B2).
// Everything a test adds is named uniquely, and what would change other tests' results (an active mask, an OCR
// template, a layout that prints differently) is either left inactive or is the built-in one renamed.

const suffix = () => randomBytes(3).toString('hex');

async function openAdmin(page: Page, section: string) {
  await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: '管理' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '管理' })).toBeFocused();
  await page
    .getByRole('navigation', { name: '管理メニュー' })
    .getByRole('link', { name: section, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: section, exact: true })).toBeFocused();
}

test('利用者: a new 窓口職員 is listed, logs in elsewhere, must change the password, and sees no 管理', async ({
  page,
  server,
  browser,
}) => {
  await logIn(page, server);
  await openAdmin(page, '利用者');
  await expect(page).toHaveTitle('利用者（管理）｜書かない窓口');
  const form = page.getByRole('form', { name: '利用者を追加' });

  // Missing items are named; the server's password policy is shown beside the field.
  await form.getByRole('button', { name: '利用者を追加' }).click();
  await expect(page.getByRole('alert')).toContainText('ログインID：ログインIDを入力してください。');
  await expect(form.getByLabel('ログインID')).toBeFocused();
  const loginId = `clerk-${suffix()}`;
  await form.getByLabel('ログインID').fill(loginId);
  await form.getByLabel('氏名').fill('窓口 花子');
  await form.getByLabel('初期パスワード').fill('short');
  await form.getByRole('group', { name: '役割' }).getByLabel('窓口職員').check();
  await form.getByRole('button', { name: '利用者を追加' }).click();
  await expect(page.getByRole('alert')).toContainText('初期パスワード：パスワードは12文字以上にしてください。');
  await expect(form.getByLabel('初期パスワード')).toBeFocused();
  await expect(form.getByLabel('初期パスワード')).toHaveAttribute('aria-invalid', 'true');
  expect(await axeViolations(page)).toEqual([]);

  const password = strongPassword();
  await form.getByLabel('初期パスワード').fill(password);
  await form.getByRole('button', { name: '利用者を追加' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'を追加しました' })).toHaveText(
    `窓口 花子（${loginId}）を追加しました。初回ログイン時にパスワードの変更を求めます。`,
  );
  const row = page.getByTestId('admin-user-row').filter({ hasText: loginId });
  await expect(row).toContainText('窓口職員');
  await expect(row).toContainText('初回パスワード変更待ち');

  const context = await browser.newContext();
  try {
    const clerk = await context.newPage();
    await clerk.goto(server.url);
    const login = loginForm(clerk);
    await login.loginId.fill(loginId);
    await login.password.fill(password);
    await login.submit.click();
    // The first thing a new account does is to change the password; 管理 is not offered to a 窓口職員.
    await expect(clerk.getByRole('heading', { level: 1, name: 'アカウント' })).toBeVisible();
    const nav = clerk.getByRole('navigation', { name: 'メイン' });
    await expect(nav.getByRole('link', { name: '届出の検索' })).toBeVisible();
    await expect(nav.getByRole('link', { name: '管理' })).toHaveCount(0);
    const newPassword = strongPassword();
    await clerk.getByLabel('現在のパスワード').fill(password);
    await clerk.getByLabel('新しいパスワード', { exact: false }).first().fill(newPassword);
    await clerk.getByLabel('新しいパスワード（確認）').fill(newPassword);
    await clerk.getByRole('button', { name: 'パスワードを変更' }).click();
    await expect(clerk.getByRole('status')).toHaveText('パスワードを変更しました。');
    await clerk.goto(`${server.url}/admin/users`);
    await expect(clerk.getByRole('heading', { level: 1, name: '管理' })).toBeVisible();
    await expect(clerk.getByText('管理の権限がありません。')).toBeVisible();
    await expect(nav.getByRole('link', { name: '管理' })).toHaveCount(0);
  } finally {
    await context.close();
  }

  // The administrator sees the first login and may rename, reset and stop the account.
  await page.reload();
  await expect(row).toContainText('利用中');
  await row.getByRole('link', { name: loginId }).click();
  await expect(page.getByRole('heading', { level: 2, name: '利用者：窓口 花子' })).toBeFocused();
  await page.getByRole('textbox', { name: /^氏名/ }).fill('窓口 春子');
  await page.getByRole('button', { name: '氏名を変更' }).click();
  await expect(page.getByRole('status').filter({ hasText: '氏名を変更しました。' })).toBeVisible();
  await page.getByRole('group', { name: 'この利用者の役割' }).getByLabel('審査者').check();
  await page.getByRole('button', { name: '役割を保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '役割を' })).toHaveText(
    '役割を「審査者、窓口職員」にしました。',
  );
  await page.getByRole('textbox', { name: /^新しいパスワード/ }).fill('short');
  await page.getByRole('button', { name: 'パスワードを再設定' }).click();
  await expect(page.getByText('パスワードは12文字以上にしてください。')).toBeVisible();
  await page.getByRole('textbox', { name: /^新しいパスワード/ }).fill(strongPassword());
  await page.getByRole('button', { name: 'パスワードを再設定' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'パスワードを再設定しました。' })).toBeVisible();
  await page.getByRole('button', { name: '利用を停止する' }).click();
  await expect(page.getByTestId('admin-user-state')).toHaveText('利用停止');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('link', { name: '利用者の一覧へ戻る' }).click();
  const renamed = page.getByTestId('admin-user-row').filter({ hasText: loginId });
  await expect(renamed).toContainText('窓口 春子');
  await expect(renamed).toContainText('審査者、窓口職員');
  await expect(renamed).toContainText('利用停止');
});

test('グループ: a group with a role, its members, and deletion', async ({ page, server }) => {
  await logIn(page, server);
  await openAdmin(page, 'グループ');
  const name = `市民課窓口-${suffix()}`;
  const form = page.getByRole('form', { name: 'グループを作成' });
  await form.getByLabel('グループ名').fill(name);
  await form.getByRole('group', { name: 'グループの役割' }).getByLabel('閲覧者').check();
  await form.getByRole('button', { name: 'グループを作成' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'を作成しました' })).toHaveText(
    `グループ「${name}」を作成しました。`,
  );
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 2, name: `グループ：${name}` })).toBeFocused();
  await expect(page.getByRole('group', { name: 'グループの役割' }).getByLabel('閲覧者')).toBeChecked();
  await page
    .getByRole('group', { name: '所属する利用者' })
    .getByLabel(/（admin）$/)
    .check();
  await page.getByRole('button', { name: '所属を保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '所属する利用者を保存しました' })).toHaveText(
    '所属する利用者を保存しました（1人）。',
  );
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'グループを削除' }).click();
  await expect(page.getByRole('button', { name: 'やめる' })).toBeFocused();
  await page.getByRole('button', { name: '削除する' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'グループ', exact: true })).toBeFocused();
  await expect(page.getByRole('link', { name })).toHaveCount(0);
});

test('定型文: add one at a position, then delete it after confirming', async ({ page, server }) => {
  await logIn(page, server);
  await openAdmin(page, '定型文');
  const text = `転出証明書により受付（${suffix()}）`;
  const form = page.getByRole('form', { name: '定型文を追加' });
  await form.getByRole('button', { name: '定型文を追加' }).click();
  await expect(form.getByText('定型文を入力してください。')).toBeVisible();
  await expect(form.getByLabel('定型文')).toBeFocused();
  await form.getByLabel('定型文').fill(text);
  await form.getByLabel('表示順').fill('-1');
  await form.getByRole('button', { name: '定型文を追加' }).click();
  await expect(form.getByText('表示順は0以上の整数で入力してください。')).toBeVisible();
  await form.getByLabel('表示順').fill('７'); // full-width digits are read too
  await form.getByRole('button', { name: '定型文を追加' }).click();
  await expect(page.getByRole('status').first()).toHaveText(`定型文「${text}」を追加しました。`);
  const row = page.getByTestId('admin-phrase-row').filter({ hasText: text });
  await expect(row).toContainText('7');
  expect(await axeViolations(page)).toEqual([]);

  await page.reload();
  await row.getByRole('button', { name: `削除：${text}` }).click();
  await expect(row.getByRole('button', { name: 'やめる' })).toBeFocused();
  await row.getByRole('button', { name: '削除する' }).click();
  await expect(page.getByRole('status').first()).toHaveText(`定型文「${text}」を削除しました。`);
  await expect(page.getByTestId('admin-phrase-row').filter({ hasText: text })).toHaveCount(0);
});

const here = dirname(fileURLToPath(import.meta.url));
/** The built-in 住民異動届 as JSON, from the server binary: the starting point a city edits (K-k). */
function builtinLayout(): Record<string, unknown> {
  const bin = resolve(here, '..', process.env.KAKANAI_BIN || '../../bin/kakanai');
  return JSON.parse(execFileSync(bin, ['render', '--print-layout', 'juki-ido'], { encoding: 'utf8' })) as Record<
    string,
    unknown
  >;
}

test('様式: a layout with an unknown paper is refused naming the element; the city’s copy of the built-in one is registered', async ({
  page,
  server,
}) => {
  await logIn(page, server);
  await openAdmin(page, '様式');
  const layout = builtinLayout();
  const form = page.getByRole('form', { name: '様式を登録' });

  await form
    .getByLabel('様式定義（JSON）')
    .fill(JSON.stringify({ ...layout, paper: { size: 'A9', orientation: 'portrait' } }));
  await form.getByRole('button', { name: '様式を登録' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('様式定義（JSON）：用紙「A9 portrait」は使えません');
  await expect(alert).toContainText('（該当箇所: paper）');
  await expect(form.getByLabel('様式定義（JSON）')).toBeFocused();
  await expect(form.getByLabel('様式定義（JSON）')).toHaveAttribute('aria-invalid', 'true');
  expect(await axeViolations(page)).toEqual([]);

  // The built-in layout renamed, loaded from a file: it prints the same, so other tests are unaffected.
  const name = `小郡市 住民異動届（${suffix()}）`;
  await form.getByLabel('ファイルから読み込む').setInputFiles({
    name: 'ogori-ido.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...layout, name }, null, 2)),
  });
  await expect(form.getByText('ogori-ido.json を読み込みました。')).toBeVisible();
  await expect(form.getByLabel('様式定義（JSON）')).toHaveValue(/"format": 1/);
  await form.getByRole('button', { name: '様式を登録' }).click();
  await expect(page.getByRole('status').filter({ hasText: '登録しました' })).toContainText(
    `住民異動届の様式「${name}」を第`,
  );
  const row = page.getByTestId('admin-layout-row').filter({ hasText: name });
  await expect(row).toContainText('住民異動届');
  await expect(row).toContainText('使用中');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('住所マスタ: export the CSV, a line that cannot be read is named with its column, the exported CSV imports', async ({
  page,
  server,
}) => {
  await logIn(page, server);
  await openAdmin(page, '住所マスタ');
  await expect(page.getByTestId('address-master-info')).toContainText('小郡市（402168）');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSVを書き出す' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('address-master-402168.csv');
  const path = await download.path();
  const exported = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  expect(exported.split(/\r?\n/)[0]).toBe('町字,かな,丁目,番地');

  const form = page.getByRole('form', { name: 'CSVを取り込む' });
  const csv = form.getByRole('textbox', { name: /^CSV/ });
  await csv.fill('町字,かな,丁目,番地\n新町,しんまち,1-3,1-100\n東町,ひがしまち,いち,1-10\n');
  await form.getByRole('button', { name: '取り込む' }).click();
  await expect(page.getByRole('alert')).toContainText('CSV：3行目・「丁目」列：3行目の丁目を読めません');
  await expect(page.getByTestId('address-master-error-line')).toHaveText('3行目の内容：東町,ひがしまち,いち,1-10');
  await expect(csv).toBeFocused();
  // The bad line is selected, ready to be retyped.
  expect(await csv.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe(
    '東町,ひがしまち,いち,1-10',
  );
  expect(await axeViolations(page)).toEqual([]);
  // Nothing typed is lost to a reload.
  await page.reload();
  await expect(csv).toHaveValue('町字,かな,丁目,番地\n新町,しんまち,1-3,1-100\n東町,ひがしまち,いち,1-10\n');

  // What was exported goes back in unchanged, read from the file as Excel would save it.
  await form.getByLabel('ファイルから読み込む').setInputFiles(path);
  await expect(csv).toHaveValue(/^町字,かな,丁目,番地/);
  await form.getByRole('button', { name: '取り込む' }).click();
  const towns = exported.trim().split(/\r?\n/).length - 1;
  await expect(page.getByRole('status').filter({ hasText: '取り込みました' })).toHaveText(
    `住所マスタを取り込みました（町字${towns}件）。`,
  );
  await expect(page.getByTestId('address-master-info')).toContainText('市が取り込んだCSV');
});

test('マスキング設定: the 個人番号 must stay masked; a new mask is saved inactive and then deleted', async ({
  page,
  server,
}) => {
  await logIn(page, server);
  await openAdmin(page, 'マスキング設定');
  await expect(page.getByTestId('admin-mask-row').filter({ hasText: /^個人番号マスク/ })).toContainText(
    'mynumber・標準',
  );
  await page.getByRole('button', { name: 'マスクを追加' }).click();
  const form = page.getByRole('form', { name: 'マスクを追加' });
  await expect(page.getByRole('heading', { level: 3, name: 'マスクを追加' })).toBeFocused();
  const key = `tax-${suffix()}`;
  await form.getByLabel('キー').fill(key);
  await form.getByLabel('名前').fill(`税務課提供用 ${key}`);
  await form.getByLabel('隠す項目').fill('persons.*.domicile');
  // Saved inactive: an active mask would add a PDF to every 届出 completed by the other tests.
  await form.getByLabel('届出の完了時にこのマスクのPDFを保管する').uncheck();
  await form.getByRole('button', { name: 'マスクを保存' }).click();
  await expect(page.getByRole('alert')).toContainText('隠す項目：');
  await expect(page.getByRole('alert')).toContainText('個人番号（persons.*.myNumber）は必ず隠してください');
  await expect(form.getByLabel('隠す項目')).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);

  await form.getByLabel('隠す項目').fill('persons.*.myNumber\npersons.*.domicile');
  await form.getByRole('button', { name: 'マスクを保存' }).click();
  await expect(page.getByRole('status').first()).toHaveText(`マスク「税務課提供用 ${key}」を保存しました。`);
  const row = page.getByTestId('admin-mask-row').filter({ hasText: key });
  await expect(row).toContainText('本籍（persons.*.domicile）');
  await expect(row).toContainText('保管しない');
  await expect(row).toContainText('市独自');
  await row.getByRole('button', { name: `削除：税務課提供用 ${key}` }).click();
  await expect(page.getByRole('status').first()).toHaveText(`マスク「税務課提供用 ${key}」を削除しました。`);
  await expect(page.getByTestId('admin-mask-row').filter({ hasText: key })).toHaveCount(0);
});

test('OCR定義体: the shared library is listed, one is copied as a starting point, a broken definition is refused', async ({
  page,
  server,
}) => {
  await logIn(page, server);
  await openAdmin(page, 'OCR定義体');
  const rows = page.getByTestId('admin-ocr-row');
  await expect(rows.first()).toBeVisible();
  await page.getByLabel('書類の種類').selectOption({ label: '転出証明書' });
  await expect(rows.first()).toContainText('転出証明書');
  // A city's own template (another test may have made one) is listed too: take a shared one.
  const shared = rows.filter({ hasText: '共有ライブラリ' }).first();
  await expect(shared).toContainText('転出証明書');
  await shared.getByRole('button', { name: /^これを元に作る/ }).click();
  const definition = page.getByLabel('定義体（JSON）');
  await expect(definition).toBeFocused();
  await expect(definition).toHaveValue(/"documentType": "moveOutCertificate"/);
  expect(await axeViolations(page)).toEqual([]);

  await definition.fill('{"id": ');
  await page.getByRole('button', { name: '定義体を登録' }).click();
  await expect(page.getByRole('alert')).toContainText('定義体（JSON）：定義体のJSONを読み取れません');
  await expect(definition).toBeFocused();
});

test('OCR定義体: the city withdraws its own template, every version, after a confirmation (B2)', async ({ page, server }) => {
  await logIn(page, server);
  await openAdmin(page, 'OCR定義体');
  const rows = page.getByTestId('admin-ocr-row');
  await page.getByLabel('書類の種類').selectOption({ label: '転出証明書' });
  await rows.filter({ hasText: '共有ライブラリ' }).first().getByRole('button', { name: /^これを元に作る/ }).click();
  const definition = page.getByLabel('定義体（JSON）');
  await expect(definition).toHaveValue(/"documentType": "moveOutCertificate"/);
  const id = `e2e-withdraw-${Date.now().toString(36)}`;
  const copy = (await definition.inputValue()).replace(/"id": "[^"]+"/, `"id": "${id}"`).replace(/"name": "[^"]+"/, '"name": "削除の試験用"');
  await definition.fill(copy);
  await page.getByRole('button', { name: '定義体を登録' }).click();
  const own = rows.filter({ hasText: id });
  await expect(own).toContainText('市独自');

  await own.getByRole('button', { name: `削除：削除の試験用（${id} の全版）` }).click();
  const dialog = page.getByRole('dialog', { name: '定義体「削除の試験用」を削除しますか' });
  await expect(dialog).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'やめる' }).click();
  await expect(own).toHaveCount(1);
  await own.getByRole('button', { name: /^削除：/ }).click();
  await dialog.getByRole('button', { name: '削除する' }).click();
  await expect(page.getByRole('status').filter({ hasText: `（${id}）を削除しました` })).toBeVisible();
  await expect(rows.filter({ hasText: id })).toHaveCount(0);
  // Shared templates offer no delete.
  await expect(rows.filter({ hasText: '共有ライブラリ' }).first().getByRole('button', { name: /^削除：/ })).toHaveCount(0);
});
