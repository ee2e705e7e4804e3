import type { Locator, Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect, logIn, test } from './fixtures';
import {
  completeMoveIn,
  createBlankNotification,
  gql,
  japanDate,
  readNotification,
  saveDraft,
} from './notification-api';

// The 住民異動届 editor (/notifications/:id) against the real server: autosave, local copy, conflicts, the
// household with a foreign member, the 住基 rules' errors beside the fields, 単漢字検索, 定型文, history, workflow.

/** The input of a path of the form (persons.0.familyName), as the editor names its ids. */
function field(page: Page, path: string): Locator {
  return page.locator(`#f-${path.replace(/[^A-Za-z0-9]+/g, '-')}`);
}

function person(page: Page, n: number): Locator {
  return page.getByRole('region', { name: new RegExp(`^${n}人目`) });
}

async function openEditor(page: Page, url: string, id: string) {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${url}/notifications/${id}`);
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toContainText('住民異動届');
  return h1;
}

const saved = (page: Page) => expect(page.getByTestId('save-status')).toHaveText(/^保存しました \d{2}:\d{2}$/);

test('転入 of a 3-person household with a foreign spouse: errors beside the fields, submit refused until complete, then approved and archived as PDF', async ({
  page,
  server,
}) => {
  test.setTimeout(90_000);
  await logIn(page, server);
  const n = await createBlankNotification(page, server);
  const h1 = await openEditor(page, server.url, n.id);
  // The new screen's heading names the reason and the status, and has the focus.
  await expect(h1).toHaveText(/住民異動届\s*転入\s*下書き/);
  await expect(h1).toBeFocused();
  await expect(page.getByTestId('confirmation-number')).toHaveText(n.confirmationNumber);

  // K-b: the blank 届出 lists what is missing, and 確認へ進む is refused but stays focusable and says why.
  const summary = page.getByRole('alert').filter({ hasText: '入力に誤りがあります' });
  await expect(summary).toContainText('届出日：届出日を入力してください');
  await expect(summary).toContainText('異動者を1人以上入力してください');
  const submit = page.getByRole('button', { name: '確認へ進む' });
  await expect(submit).toHaveAttribute('aria-disabled', 'true');
  await expect(submit).toHaveAccessibleDescription(/確認へ進めません/);
  // Playwright will not click an aria-disabled button; a person can, and so can Enter.
  await submit.focus();
  await page.keyboard.press('Enter');
  await expect(summary).toBeFocused();
  await expect(h1).toContainText('下書き');

  // Header of the 届出, the date typed in 和暦 and read back by the server.
  const [y = 2026, m, d] = japanDate(-3).split('-').map(Number);
  await field(page, 'notifiedOn').fill(japanDate());
  await field(page, 'movedOn').fill(`令和${y - 2018}年${m}月${d}日`);
  await expect(page.locator('#f-movedOn-reading')).toHaveText(`→ 令和${y - 2018}年${m}月${d}日（${y}年${m}月${d}日）`);
  await expect(field(page, 'movedOn')).toHaveAccessibleDescription(new RegExp(`令和${y - 2018}年`));
  await field(page, 'notifier').selectOption('世帯主');

  // 新住所 from the postal code, then the 番地 typed after it; 旧住所 typed.
  await page.getByLabel('新住所の郵便番号').fill('838-0141');
  await page.getByRole('button', { name: '郵便番号から住所を入力' }).first().click();
  await expect(field(page, 'newAddress.line')).toHaveValue('福岡県小郡市小郡');
  await expect(field(page, 'newAddress.line')).toBeFocused();
  await page.keyboard.type('123番地');
  await field(page, 'newAddress.katagaki').fill('小郡ハイツ101');
  // 旧住所 through the lists (K-i): 都道府県 → 市区町村 → 町域.
  const oldAddress = page.getByRole('group', { name: '旧住所' });
  await oldAddress.getByText('旧住所を一覧・頭文字から選ぶ').click();
  await oldAddress.getByLabel('都道府県').selectOption('福岡県');
  await oldAddress.getByLabel('市区町村').selectOption({ label: '久留米市' });
  await oldAddress.getByLabel('大字・町丁目').selectOption({ label: '城南町' });
  await expect(field(page, 'oldAddress.line')).toHaveValue('福岡県久留米市城南町');
  await field(page, 'oldAddress.line').press('End');
  await page.keyboard.type('15番地3');

  // Person 1: the 世帯主, Japanese. An empty person first shows its required fields' errors beside them.
  await page.getByRole('button', { name: '異動者を追加' }).click();
  await expect(field(page, 'persons.0.familyName')).toBeFocused();
  await saved(page);
  await expect(field(page, 'persons.0.familyName')).toHaveAccessibleDescription(/氏を入力してください/);
  await expect(field(page, 'persons.0.familyName')).toHaveAttribute('aria-invalid', 'true');
  await expect(summary.getByRole('link', { name: '1人目の氏：氏を入力してください' })).toBeVisible();

  const p1 = person(page, 1);
  await field(page, 'persons.0.familyName').fill('髙橋');
  await field(page, 'persons.0.givenName').fill('一郎');
  await field(page, 'persons.0.familyNameKana').fill('たかはし');
  await field(page, 'persons.0.givenNameKana').fill('いちろう');
  await field(page, 'persons.0.birthDate').fill('昭和60年4月12日');
  // K-n: the age helper beside 生年月日.
  await expect(p1.getByText(/昭和60年4月12日\(1985年\)\(\d+歳\)/)).toBeVisible();
  await field(page, 'persons.0.sex').selectOption('男');
  await field(page, 'persons.0.relationship').fill('世帯主');
  await p1.getByLabel('この方が世帯主').check();
  await field(page, 'persons.0.residentCode').fill('12345678903');
  await field(page, 'persons.0.domicile').fill('福岡県久留米市城南町15番地');
  await field(page, 'persons.0.domicileHead').fill('髙橋一郎');

  // Person 2: the foreign spouse. The switch hides the Japanese-only fields (K-c) and shows the 30条の45 items.
  await page.getByRole('button', { name: '異動者を追加' }).click();
  const p2 = person(page, 2);
  await expect(field(page, 'persons.1.domicile')).toBeVisible();
  await p2.getByRole('radio', { name: '外国人住民' }).check();
  await expect(field(page, 'persons.1.domicile')).toHaveCount(0);
  await expect(field(page, 'persons.1.domicileHead')).toHaveCount(0);
  await expect(p2.getByText('本籍')).toHaveCount(0);
  await field(page, 'persons.1.romajiName').fill('SMITH EMILY');
  await field(page, 'persons.1.nationality').fill('米国');
  await field(page, 'persons.1.birthDate').fill('1988-07-03');
  await field(page, 'persons.1.sex').selectOption('女');
  await field(page, 'persons.1.relationship').fill('妻');
  await field(page, 'persons.1.residentCode').fill('00000000019');
  await field(page, 'persons.1.residenceCategory').selectOption('中長期在留者');
  await field(page, 'persons.1.residenceStatus').fill('日本人の配偶者等');
  await field(page, 'persons.1.periodOfStay').fill('0300000');
  // K-m: the 在留期間 in Japanese beside its code.
  await expect(p2.getByText('→ 0300000 (3年)')).toBeVisible();
  await field(page, 'persons.1.periodExpiry').fill('2028-03-31');
  await field(page, 'persons.1.cardNumber').fill('AB12345678CD');

  // Person 3: a child, with a 個人番号 whose check digit is wrong (K-a).
  await page.getByRole('button', { name: '異動者を追加' }).click();
  await field(page, 'persons.2.familyName').fill('髙橋');
  await field(page, 'persons.2.givenName').fill('葵');
  await field(page, 'persons.2.familyNameKana').fill('たかはし');
  await field(page, 'persons.2.givenNameKana').fill('あおい');
  await field(page, 'persons.2.birthDate').fill('令和2年5月1日');
  await field(page, 'persons.2.sex').selectOption('女');
  await field(page, 'persons.2.relationship').fill('子');
  await field(page, 'persons.2.residentCode').fill('24727059608');
  await field(page, 'persons.2.myNumber').fill('123456789019');
  await field(page, 'persons.2.domicile').fill('福岡県久留米市城南町15番地');
  await field(page, 'persons.2.domicileHead').fill('髙橋一郎');

  await saved(page);
  await expect(field(page, 'persons.2.myNumber')).toHaveAccessibleDescription(/検査用数字|チェックデジット|誤り/);
  await expect(submit).toHaveAttribute('aria-disabled', 'true');
  await submit.click({ force: true });
  await expect(h1).toContainText('下書き');
  // The summary links to the field; following it puts the cursor there.
  await summary.getByRole('link', { name: /3人目の個人番号/ }).click();
  await expect(field(page, 'persons.2.myNumber')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('123456789018');
  await saved(page);
  await expect(summary).toHaveCount(0);
  await expect(submit).not.toHaveAttribute('aria-disabled');

  // What the server stored: every person, the foreigner without 本籍, the 個人番号 sealed.
  const stored = await readNotification(page, server, n.id);
  expect(stored.persons.map((p) => p.familyName ?? p.romajiName)).toEqual(['髙橋', '', '髙橋']);
  expect(stored.persons[1]?.romajiName).toBe('SMITH EMILY');
  expect(stored.persons[1]?.domicile).toBe('');
  expect(stored.persons[2]?.hasMyNumber).toBe(true);
  expect(stored.newAddress).toBe('福岡県小郡市小郡123番地');

  await submit.click();
  await expect(h1).toContainText('確認待ち');
  await expect(page.getByRole('status').filter({ hasText: '確認待ちにしました。' })).toBeVisible();
  // 確認待ち is frozen: the inputs are read-only.
  await expect(field(page, 'persons.0.familyName')).toHaveAttribute('readonly', '');

  await page.getByRole('button', { name: '完了', exact: true }).click();
  await expect(h1).toContainText('完了');
  const pdfLinks = page.getByRole('region', { name: '保管された届出書（PDF）' }).getByRole('link');
  await expect(pdfLinks.first()).toBeVisible();
  const count = await pdfLinks.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < count; i++) {
    const href = await pdfLinks.nth(i).getAttribute('href');
    expect(href).toMatch(/^\/files\/archives\/\d+$/);
    const res = await page.request.get(`${server.url}${href ?? ''}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
  }
  // Clicking one opens the PDF in a new tab.
  const [popup] = await Promise.all([page.waitForEvent('popup'), pdfLinks.first().click()]);
  await popup.close();
});

test('autosave keeps every change on the server, and a reload before the save restores the local copy without the 個人番号', async ({
  page,
  server,
}) => {
  test.setTimeout(60_000);
  await logIn(page, server);
  const n = await createBlankNotification(page, server);
  await saveDraft(page, server, n.id, n.version, completeMoveIn());
  await openEditor(page, server.url, n.id);

  // Typed, saved by itself ~1.5 s later (「保存しました HH:MM」 in a live region), then a reload shows it. The save is
  // held until the status has been seen, so that a slow machine cannot skip past the unsaved state.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/graphql', async (route) => {
    if (route.request().postData()?.includes('saveNotificationDraft')) await held;
    await route.continue();
  });
  await page.locator('#f-remarks').fill('電話で本人確認済み');
  await expect(page.getByTestId('save-status')).toHaveText(/^(未保存の変更があります|保存しています…)$/);
  release();
  await saved(page);
  await page.unroute('**/graphql');
  await expect(page.getByTestId('save-status')).toHaveAttribute('role', 'status');
  expect((await readNotification(page, server, n.id)).remarks).toBe('電話で本人確認済み');
  await page.reload();
  await expect(page.locator('#f-remarks')).toHaveValue('電話で本人確認済み');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kakanai:notification-draft:')))).toEqual([]);

  // The server cannot be reached for saves: what was typed is only in the local copy. A second tab stands in for
  // the browser after a crash (same storage, nothing saved).
  await page.route('**/graphql', async (route) => {
    if (route.request().postData()?.includes('saveNotificationDraft')) await route.abort();
    else await route.continue();
  });
  await field(page, 'persons.0.givenName').fill('一朗');
  await field(page, 'persons.2.myNumber').fill('123456789018');
  const stored = await page.evaluate(() =>
    Object.entries(localStorage)
      .filter(([k]) => k.startsWith('kakanai:notification-draft:'))
      .map(([, v]) => v)
      .join('\n'),
  );
  expect(stored).toContain('一朗');
  // 特定個人情報 never goes to localStorage.
  expect(stored).not.toContain('123456789018');
  const again = await page.context().newPage();
  await openEditor(again, server.url, n.id);
  await expect(again.getByText('保存されていなかった入力を復元しました。')).toBeVisible();
  await expect(field(again, 'persons.0.givenName')).toHaveValue('一朗');
  await expect(field(again, 'persons.2.myNumber')).toHaveValue('');
  // The restored copy is saved by itself, and the local copy removed.
  await saved(again);
  expect((await readNotification(again, server, n.id)).persons[0]?.givenName).toBe('一朗');
  expect(await again.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kakanai:notification-draft:')))).toEqual([]);

  // A reload before the autosave fired: the save sent as the page goes away, or else the local copy, keeps it.
  await field(again, 'persons.0.givenNameKana').fill('いちろ');
  await again.reload();
  await expect(field(again, 'persons.0.givenNameKana')).toHaveValue('いちろ');
});

test('a save after someone else changed the 届出 is a conflict: nothing is overwritten and the newest version can be loaded', async ({
  page,
  server,
}) => {
  await logIn(page, server);
  const n = await createBlankNotification(page, server);
  const v2 = await saveDraft(page, server, n.id, n.version, completeMoveIn());
  await openEditor(page, server.url, n.id);
  await expect(page.getByTestId('notification-version')).toHaveText(String(v2));

  // Another member of staff saves meanwhile.
  await saveDraft(page, server, n.id, v2, { ...completeMoveIn(), remarks: '他の職員の変更' });
  await page.locator('#f-remarks').fill('この画面での変更');
  const alert = page.getByRole('alert').filter({ hasText: '他の職員が先に更新しました' });
  await expect(alert).toBeVisible();
  await expect(page.getByRole('button', { name: '確認へ進む' })).toHaveAttribute('aria-disabled', 'true');
  expect((await readNotification(page, server, n.id)).remarks).toBe('他の職員の変更');

  await alert.getByRole('button', { name: '最新の内容を読み込む' }).click();
  await expect(page.locator('#f-remarks')).toHaveValue('他の職員の変更');
  await expect(page.getByTestId('notification-version')).toHaveText(String(v2 + 1));
  await expect(alert).toHaveCount(0);
  // Editing goes on from the newest version.
  await page.locator('#f-remarks').fill('他の職員の変更。確認済み');
  await saved(page);
  expect((await readNotification(page, server, n.id)).remarks).toBe('他の職員の変更。確認済み');
});

test('単漢字検索 inserts 髙 at the cursor and an IVS character exactly, in a modal dialog that Esc closes', async ({ page, server }) => {
  await logIn(page, server);
  const n = await createBlankNotification(page, server);
  await openEditor(page, server.url, n.id);
  await page.getByRole('button', { name: '異動者を追加' }).click();
  const family = field(page, 'persons.0.familyName');
  await family.fill('橋');
  await family.press('Home');

  const open = page.getByRole('button', { name: '氏に単漢字を入力' });
  await open.click();
  const dialog = page.getByRole('dialog', { name: '単漢字検索' });
  await expect(dialog).toBeVisible();
  const search = dialog.getByLabel('読みまたは漢字');
  await expect(search).toBeFocused();
  // The focus stays in the dialog.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();

  await family.press('Home');
  await open.click();
  await search.fill('たか');
  await search.press('Enter');
  await expect(dialog.getByRole('status')).toContainText('字見つかりました');
  await dialog.getByRole('button', { name: /^髙 を入力（MJ028902/ }).click();
  await expect(dialog).toBeHidden();
  await expect(family).toHaveValue('髙橋');
  await expect(family).toBeFocused();
  expect(await family.evaluate((el) => (el as HTMLInputElement).selectionStart)).toBe(1);

  // 葛󠄂 (U+845B U+E0102) into 本籍, by its reading.
  await page.getByRole('button', { name: '本籍に単漢字を入力' }).click();
  await search.fill('くず');
  await search.press('Enter');
  await dialog.getByRole('button', { name: /MJ022335/ }).click();
  await expect(field(page, 'persons.0.domicile')).toHaveValue('葛\u{E0102}');
  await field(page, 'persons.0.domicile').press('End');
  await page.keyboard.type('飾区');
  await saved(page);
  expect((await readNotification(page, server, n.id)).persons[0]?.domicile).toBe('葛\u{E0102}飾区');
});

test('定型文 registered by the administration are appended to 備考 with one press', async ({ page, server }) => {
  await logIn(page, server);
  const phrase = `転出証明書により受付（${Date.now().toString(36)}）`;
  await gql(page, server, `mutation($t: String!) { addStockPhrase(text: $t) { id } }`, { t: phrase });
  const n = await createBlankNotification(page, server);
  await openEditor(page, server.url, n.id);
  const remarks = page.getByRole('textbox', { name: '備考', exact: true });
  await remarks.fill('本人確認済み');
  await page.getByRole('button', { name: `備考に「${phrase}」を追加` }).click();
  await expect(remarks).toHaveValue(`本人確認済み\n${phrase}`);
  await saved(page);
  expect((await readNotification(page, server, n.id)).remarks).toBe(`本人確認済み\n${phrase}`);
});

test('memos (A7, K-q) and attachments (E1) are added beside the 届出 and kept with it; a scanned document links to its review', async ({ page, server }) => {
  await logIn(page, server);
  const n = await createBlankNotification(page, server);
  await openEditor(page, server.url, n.id);

  const memos = page.getByRole('region', { name: 'メモ' });
  await memos.getByRole('button', { name: 'メモを追加' }).click();
  await expect(memos.getByText('メモを入力してください。')).toBeVisible();
  await memos.getByLabel('新しいメモ').fill('久留米市へ照会済み');
  await memos.getByRole('button', { name: 'メモを追加' }).click();
  await expect(memos.getByRole('status')).toHaveText('メモを追加しました。');
  await expect(memos.getByRole('listitem').filter({ hasText: '久留米市へ照会済み' })).toBeVisible();
  // Who wrote it (Memo.authorName), beside when.
  await expect(memos.getByRole('listitem').filter({ hasText: '久留米市へ照会済み' })).toContainText('システム管理者・');

  const files = page.getByRole('region', { name: '添付書類' });
  await files.getByLabel('書類の種類').selectOption('power_of_attorney');
  const png = Buffer.from(
    '89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415478' +
      '9c63f80f00000101000518d84e0000000049454e44ae426082',
    'hex',
  );
  await files.getByLabel(/ファイル/).setInputFiles({ name: '委任状.png', mimeType: 'image/png', buffer: png });
  await files.getByRole('button', { name: '添付する' }).click();
  await expect(files.getByRole('status')).toHaveText('「委任状.png」を添付しました。');
  const link = files.getByRole('link', { name: /委任状\.png/ });
  await expect(link).toBeVisible();
  const res = await page.request.get(`${server.url}${(await link.getAttribute('href')) ?? ''}`);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('image/png');

  // Not a picture or a PDF: refused with the server's Japanese message, nothing listed.
  await files.getByLabel(/ファイル/).setInputFiles({ name: 'x.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ not a document') });
  await files.getByRole('button', { name: '添付する' }).click();
  await expect(files.getByLabel(/ファイル/)).toHaveAttribute('aria-invalid', 'true');
  await expect(files.getByLabel(/ファイル/)).toHaveAccessibleDescription(/\S/);
  await expect(files.getByRole('listitem')).toHaveCount(1);

  // A document scanned for this 届出 is linked to its review screen.
  // The multipart spec wants operations first: a FormData keeps the order.
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({ query: 'mutation($n: ID, $f: Upload!) { scanDocument(notificationID: $n, file: $f) { id } }', variables: { n: n.id, f: null } }),
  );
  form.append('map', JSON.stringify({ '0': ['variables.f'] }));
  form.append('0', new File([png], '転出証明書.png', { type: 'image/png' }));
  const scanned = await page.request.post(`${server.url}/graphql`, {
    headers: { 'X-Kakanai-CSRF': decodeURIComponent((await page.context().cookies()).find((c) => c.name === 'kakanai_csrf')?.value ?? '') },
    multipart: form,
  });
  const scanBody = await scanned.text();
  const docId = (JSON.parse(scanBody) as { data: { scanDocument: { id: string } } | null }).data?.scanDocument.id;
  expect(docId, scanBody).toBeTruthy();

  await page.reload();
  const source = page.getByRole('region', { name: '読み取った書類' }).getByRole('link', { name: '転出証明書.png' });
  await expect(source).toHaveAttribute('href', `/documents/${docId ?? ''}`);
  await expect(page.getByRole('region', { name: 'メモ' }).getByText('久留米市へ照会済み')).toBeVisible();
  await expect(page.getByRole('region', { name: 'メモ' }).getByRole('listitem')).toContainText('システム管理者・');
  await expect(page.getByRole('region', { name: '添付書類' }).getByRole('link', { name: /委任状\.png/ })).toBeVisible();
});

test('氏名 and 住所 of a completed 届出 are offered as history (K-h) and picked with the keyboard', async ({ page, server }) => {
  await logIn(page, server);
  const done = await createBlankNotification(page, server);
  const v = await saveDraft(page, server, done.id, done.version, completeMoveIn());
  await gql(page, server, `mutation($id: ID!, $v: Int!) { submitNotification(id: $id, version: $v) { notification { id } } }`, { id: done.id, v });
  await gql(page, server, `mutation($id: ID!, $v: Int!) { approveNotification(id: $id, version: $v) { notification { id } } }`, { id: done.id, v: v + 1 });

  const n = await createBlankNotification(page, server);
  await openEditor(page, server.url, n.id);
  await page.getByRole('button', { name: '異動者を追加' }).click();
  const family = field(page, 'persons.0.familyName');
  await family.fill('髙');
  const list = page.getByRole('listbox', { name: '以前の入力' });
  await expect(list.getByRole('option', { name: '髙橋 一郎' })).toBeVisible();
  await expect(family).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(family).toHaveAttribute('aria-activedescendant', /.+/);
  await page.keyboard.press('Enter');
  await expect(family).toHaveValue('髙橋');
  await expect(field(page, 'persons.0.givenName')).toHaveValue('一郎');
  await expect(list).toBeHidden();

  const line = field(page, 'newAddress.line');
  await line.fill('福岡県小郡市');
  await expect(page.getByRole('option', { name: '福岡県小郡市小郡123番地' })).toBeVisible();
  await page.getByRole('option', { name: '福岡県小郡市小郡123番地' }).click();
  await expect(line).toHaveValue('福岡県小郡市小郡123番地');
});

test('the household table reorders and removes persons, a stored 個人番号 follows its person, and 「表示」 unmasks it on record', async ({
  page,
  server,
}) => {
  await logIn(page, server);
  const n = await createBlankNotification(page, server);
  const input = completeMoveIn();
  const persons = (input['content'] as { persons: Record<string, unknown>[] }).persons;
  if (persons[0]) persons[0]['myNumber'] = '123456789018';
  await saveDraft(page, server, n.id, n.version, input);
  await openEditor(page, server.url, n.id);

  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('髙橋 一郎');
  await expect(rows.nth(2)).toContainText('スミス エミリー');
  await expect(rows.nth(3)).toContainText('髙橋 葵');

  // The 個人番号 is masked; 「表示」 (mynumber:read) shows it and says that the view is recorded.
  const p1 = person(page, 1);
  await expect(p1.getByText('登録済みです（＊＊＊＊ ＊＊＊＊ ＊＊＊＊）', { exact: false })).toBeVisible();
  await p1.getByRole('button', { name: '個人番号を表示' }).click();
  await expect(p1.getByTestId('unmasked-mynumber')).toHaveText('123456789018');
  await expect(p1.getByText('表示したことは記録されます')).toBeVisible();
  await p1.getByRole('button', { name: '個人番号を隠す' }).click();
  await expect(p1.getByTestId('unmasked-mynumber')).toHaveCount(0);
  const audit = await gql<{ auditEvents: { totalCount: number } }>(
    page,
    server,
    `{ auditEvents(where: { operation: "read.mynumber" }) { totalCount } }`,
  );
  expect(audit.auditEvents.totalCount).toBeGreaterThan(0);
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('123456789018');

  // The person whose number is stored moves down twice: no confirmation, no re-entry; the focus stays on the
  // moved person's button.
  await page.getByRole('button', { name: '1人目（髙橋 一郎）を下へ' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(rows.nth(2)).toContainText('髙橋 一郎');
  await expect(page.getByRole('button', { name: '2人目（髙橋 一郎）を下へ' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(rows.nth(3)).toContainText('髙橋 一郎');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await saved(page);
  let stored = await readNotification(page, server, n.id);
  expect(stored.persons.map((p) => p.givenName)).toEqual(['エミリー', '葵', '一郎']);
  expect(stored.persons.map((p) => p.hasMyNumber)).toEqual([false, false, true]);

  // After a reload the number is still on file with the person, now the 3rd, and 「表示」 shows the same digits.
  await page.reload();
  await expect(rows.nth(3)).toContainText('髙橋 一郎');
  const p3 = person(page, 3);
  await expect(p3.getByText('登録済みです（＊＊＊＊ ＊＊＊＊ ＊＊＊＊）', { exact: false })).toBeVisible();
  await expect(person(page, 1).getByText('登録済みです', { exact: false })).toHaveCount(0);
  await expect(page.getByText('個人番号を引き継げませんでした', { exact: false })).toHaveCount(0);
  await p3.getByRole('button', { name: '個人番号を表示' }).click();
  await expect(p3.getByTestId('unmasked-mynumber')).toHaveText('123456789018');
  await p3.getByRole('button', { name: '個人番号を隠す' }).click();

  // Removing a person before the one with the number keeps the number with its person; undone with one press
  // before the save, everyone is back with what was stored.
  await page.getByRole('button', { name: '1人目（スミス エミリー）を削除' }).click();
  await expect(rows).toHaveCount(3);
  const undo = page.getByRole('button', { name: '削除を元に戻す' });
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('スミス エミリー');
  await saved(page);
  stored = await readNotification(page, server, n.id);
  expect(stored.persons.map((p) => p.givenName)).toEqual(['エミリー', '葵', '一郎']);
  expect(stored.persons[0]?.romajiName).toBe('SMITH EMILY');
  expect(stored.persons.map((p) => p.hasMyNumber)).toEqual([false, false, true]);

  // Removed and saved: the number moves with 一郎 to the 2nd row.
  await page.getByRole('button', { name: '1人目（スミス エミリー）を削除' }).click();
  await expect(rows).toHaveCount(3);
  await saved(page);
  stored = await readNotification(page, server, n.id);
  expect(stored.persons.map((p) => p.givenName)).toEqual(['葵', '一郎']);
  expect(stored.persons.map((p) => p.hasMyNumber)).toEqual([false, true]);
  const um = await gql<{ node: { persons: { myNumber: string | null }[] } }>(
    page,
    server,
    `query($id: ID!) { node(id: $id) { ... on Notification { persons { myNumber(unmasked: true) } } } }`,
    { id: n.id },
  );
  expect(um.node.persons[1]?.myNumber).toBe('123456789018');
});

test('差戻 and 保留 ask for a reason in a dialog; 再開 makes the 届出 editable again (K-p)', async ({ page, server }) => {
  await logIn(page, server);
  const n = await createBlankNotification(page, server);
  const v = await saveDraft(page, server, n.id, n.version, completeMoveIn());
  await gql(page, server, `mutation($id: ID!, $v: Int!) { submitNotification(id: $id, version: $v) { notification { id } } }`, { id: n.id, v });
  const h1 = await openEditor(page, server.url, n.id);
  await expect(h1).toContainText('確認待ち');

  await page.getByRole('button', { name: '差戻', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '差戻の理由' });
  const reason = dialog.getByRole('textbox', { name: /理由/ });
  await expect(reason).toBeFocused();
  await dialog.getByRole('button', { name: '差戻する' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/差戻の理由を入力してください。/);
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await reason.fill('続柄を確認してください');
  await dialog.getByRole('button', { name: '差戻する' }).click();
  await expect(dialog).toBeHidden();
  await expect(h1).toContainText('差戻');
  await expect(page.getByText('差戻の理由：')).toBeVisible();
  await expect(page.getByText('続柄を確認してください')).toBeVisible();
  // Sent back: editable again.
  await expect(field(page, 'persons.0.relationship')).not.toHaveAttribute('readonly');

  await page.getByRole('button', { name: '保留', exact: true }).click();
  const hold = page.getByRole('dialog', { name: '保留の理由' });
  await hold.getByRole('textbox', { name: /理由/ }).fill('戸籍の附票を取り寄せ中');
  await hold.getByRole('button', { name: '保留する' }).click();
  await expect(h1).toContainText('保留');
  await expect(page.getByText('保留の届出は編集できません。')).toBeVisible();
  await expect(field(page, 'persons.0.relationship')).toHaveAttribute('readonly', '');

  await page.getByRole('button', { name: '再開' }).click();
  await expect(h1).toContainText('下書き');
  await expect(field(page, 'persons.0.relationship')).not.toHaveAttribute('readonly');
  const stored = await readNotification(page, server, n.id);
  expect(stored.status).toBe('draft');
});

test('the editor has no WCAG 2 A/AA/AAA violations: with errors, with a foreign person, with the dialog open', async ({ page, server }) => {
  test.setTimeout(60_000);
  await logIn(page, server);
  const n = await createBlankNotification(page, server);
  await openEditor(page, server.url, n.id);
  await page.getByRole('button', { name: '異動者を追加' }).click();
  await saved(page);
  await expect(page.getByRole('alert').filter({ hasText: '入力に誤りがあります' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await person(page, 1).getByRole('radio', { name: '外国人住民' }).check();
  await field(page, 'persons.0.periodOfStay').fill('0500000');
  await expect(page.getByText('→ 0500000 (5年)')).toBeVisible();
  await page.getByRole('group', { name: '新住所' }).getByText('新住所を一覧・頭文字から選ぶ').click();
  await page.getByLabel('頭文字で探す').first().fill('ふくおか,お,お');
  await expect(page.getByRole('button', { name: '福岡県小郡市小郡' })).toBeVisible();
  await field(page, 'persons.0.familyName').fill('髙');
  await saved(page);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: '氏に単漢字を入力' }).click();
  const dialog = page.getByRole('dialog', { name: '単漢字検索' });
  await dialog.getByLabel('読みまたは漢字').fill('高');
  await dialog.getByRole('button', { name: '検索' }).click();
  await expect(dialog.getByRole('button', { name: /^髙 を入力/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('keyboard only: from the error summary to each field, then 確認へ進む and 完了 with Tab and Enter', async ({ page, server }) => {
  test.setTimeout(60_000);
  await logIn(page, server);
  const n = await createBlankNotification(page, server);
  const input = completeMoveIn();
  const content = input['content'] as { notifiedOn?: string; persons: Record<string, unknown>[] };
  delete content.notifiedOn;
  if (content.persons[0]) content.persons[0]['birthDate'] = '';
  await saveDraft(page, server, n.id, n.version, input);
  const h1 = await openEditor(page, server.url, n.id);
  await expect(h1).toBeFocused();

  /** Presses Tab (or Shift+Tab) until target has the focus; fails after max presses. */
  async function tabTo(target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 200) {
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press(key);
    }
    throw new Error(`focus never reached ${target.toString()}`);
  }

  const summary = page.getByRole('alert').filter({ hasText: '入力に誤りがあります' });
  const toNotified = summary.getByRole('link', { name: /届出日/ });
  await tabTo(toNotified);
  await expect(toNotified).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Enter');
  await expect(field(page, 'notifiedOn')).toBeFocused();
  await page.keyboard.type(japanDate());
  await page.keyboard.press('Tab');
  await saved(page);

  const toBirth = summary.getByRole('link', { name: /1人目の生年月日/ });
  await tabTo(toBirth, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(field(page, 'persons.0.birthDate')).toBeFocused();
  await page.keyboard.type('S60.4.12');
  await expect(page.getByText(/昭和60年4月12日\(1985年\)/)).toBeVisible();
  await page.keyboard.press('Tab');
  await saved(page);
  await expect(summary).toHaveCount(0);

  const submit = page.getByRole('button', { name: '確認へ進む' });
  await tabTo(submit, 'Shift+Tab');
  await expect(submit).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Enter');
  await expect(h1).toContainText('確認待ち');

  const approve = page.getByRole('button', { name: '完了', exact: true });
  await approve.focus();
  await page.keyboard.press('Enter');
  await expect(h1).toContainText('完了');
  await expect(page.getByRole('region', { name: '保管された届出書（PDF）' }).getByRole('link').first()).toBeVisible();
});
