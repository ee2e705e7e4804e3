import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { strongPassword } from '../password';
import { axeViolations } from './axe';
import { expect, logIn, loginForm, test } from './fixtures';
import { advance, gql, seedNotification, uniqueGivenName } from './search-api';

// 届出の検索 (F1, K-p, K-q, K-v). Every test seeds its own 届出 under a given name no other test uses, and
// searches with that name, so the counts hold whatever else the run has created.

function screen(page: Page) {
  return {
    heading: page.getByRole('heading', { level: 1, name: '届出の検索' }),
    name: page.getByLabel('氏名', { exact: true }),
    birthDate: page.getByLabel('生年月日', { exact: true }),
    search: page.getByRole('button', { name: '検索', exact: true }),
    count: page.getByTestId('search-result-count'),
    rows: page.getByTestId('search-result-row'),
    reason: (label: string) => page.getByRole('group', { name: '異動事由' }).getByLabel(label, { exact: true }),
    status: (label: string) => page.getByRole('group', { name: '状態' }).getByLabel(label, { exact: true }),
    /** The folded filters (異動日, 異動事由, 転出元, 受付者). */
    advanced: page.locator('summary').filter({ hasText: '詳しい条件' }),
  };
}

async function openSearch(page: Page) {
  await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: '届出の検索' }).click();
  await expect(screen(page).heading).toBeFocused();
}

test('高橋 finds 髙橋, kana finds the same 届出, and 和暦 生年月日, 事由 and 状態 narrow the search', async ({
  page,
  server,
}) => {
  await logIn(page, server);
  const given = uniqueGivenName();
  const older = await seedNotification(page, server, {
    persons: [
      {
        familyName: '髙橋',
        givenName: given,
        familyNameKana: 'たかはし',
        givenNameKana: given,
        birthDate: '昭和60年4月12日',
      },
      {
        familyName: '髙橋',
        givenName: 'あおい',
        familyNameKana: 'たかはし',
        givenNameKana: 'あおい',
        birthDate: '令和2年5月1日',
        head: false,
      },
    ],
  });
  await seedNotification(page, server, {
    reason: 'move_out',
    movedOn: '2026-10-01',
    persons: [
      {
        familyName: '髙橋',
        givenName: given,
        familyNameKana: 'タカハシ',
        givenNameKana: given,
        birthDate: '1990-01-02',
      },
    ],
  });
  await advance(page, server, older, false);

  await openSearch(page);
  const s = screen(page);
  await s.name.fill(`高橋 ${given}`);
  await s.name.press('Enter');
  await expect(s.count).toHaveText('2件見つかりました。1〜2件目を表示しています。');
  await expect(s.rows).toHaveCount(2);
  // The variant kanji is shown as stored, with the kana and the 和暦 birth date.
  const olderRow = s.rows.filter({ hasText: '確認待ち' });
  await expect(olderRow).toContainText(`髙橋 ${given}（世帯主）`);
  await expect(olderRow).toContainText(`たかはし ${given}`);
  await expect(olderRow).toContainText('昭和60年4月12日（1985年）');
  await expect(olderRow).toContainText('転入');
  await expect(olderRow).toContainText('2026年11月15日');
  await expect(olderRow).toContainText(older.confirmationNumber ?? 'no confirmation number');
  await expect(page).toHaveURL(/name=/);

  await s.name.fill(`たかはし${given}`);
  await s.search.click();
  await expect(s.count).toHaveText('2件見つかりました。1〜2件目を表示しています。');

  // 和暦 in any form staff type: read back before searching.
  await s.birthDate.fill('S60.4.12');
  await s.birthDate.press('Tab');
  await expect(page.getByTestId('search-birth-date-reading')).toHaveText(
    '昭和60年4月12日（1985年4月12日）として検索します',
  );
  await s.birthDate.press('Enter');
  await expect(s.count).toHaveText('1件見つかりました。1〜1件目を表示しています。');
  await expect(s.rows).toContainText('確認待ち');

  await s.birthDate.fill('');
  await s.advanced.click();
  await s.reason('転出').check();
  await s.search.click();
  await expect(s.count).toHaveText('1件見つかりました。1〜1件目を表示しています。');
  await expect(s.rows).toContainText('転出');
  await expect(s.rows).toContainText('下書き');

  await s.reason('転出').uncheck();
  await s.status('確認待ち').check();
  await s.status('下書き').check();
  await s.search.click();
  await expect(s.count).toHaveText('2件見つかりました。1〜2件目を表示しています。');
  await s.status('下書き').uncheck();
  await s.search.click();
  await expect(s.count).toHaveText('1件見つかりました。1〜1件目を表示しています。');
  await expect(s.rows).toContainText('確認待ち');
  await s.status('確認待ち').uncheck();

  // 異動日 from a date on; 受付者; 確認番号 with the 受付日 (the number restarts every day).
  await page.getByLabel('異動日（から）').fill('2026-11-01');
  await s.search.click();
  await expect(s.count).toHaveText('1件見つかりました。1〜1件目を表示しています。');
  await expect(s.rows).toContainText('2026年11月15日');
  await page.getByLabel('異動日（から）').fill('');
  await page.getByLabel('受付者').selectOption({ label: '自分（システム管理者）' });
  await s.search.click();
  await expect(s.count).toHaveText('2件見つかりました。1〜2件目を表示しています。');
  await page.getByLabel('受付者').selectOption({ label: '指定しない' });
  await page.getByRole('textbox', { name: '確認番号', exact: true }).fill(older.confirmationNumber ?? '');
  await page.getByLabel('受付日').fill(new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' }));
  await s.search.click();
  await expect(s.count).toHaveText('1件見つかりました。1〜1件目を表示しています。');
  await expect(s.rows).toContainText('確認待ち');
  await page.getByRole('textbox', { name: '確認番号', exact: true }).fill('12a');
  await s.search.click();
  await expect(page.getByRole('alert')).toContainText('確認番号：確認番号は数字で入力してください');
  await page.getByRole('textbox', { name: '確認番号', exact: true }).fill('');
  await page.getByLabel('受付日').fill('');

  // An impossible date: the server's message beside the field, and in the summary naming it.
  await s.birthDate.fill('平成2年2月30日');
  await s.search.click();
  await expect(page.getByRole('alert')).toContainText('生年月日：');
  await expect(s.birthDate).toHaveAttribute('aria-invalid', 'true');
  await expect(s.rows).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('異動事由 are the server\'s (moveReasons), in its order; should that list fail, the built-in one still filters', async ({
  page,
  server,
}) => {
  await logIn(page, server);
  const given = uniqueGivenName();
  await seedNotification(page, server, {
    reason: 'move_within',
    persons: [{ familyName: '髙橋', givenName: given, familyNameKana: 'たかはし', givenNameKana: given, birthDate: '1985-04-12' }],
  });
  const api = await gql<{ moveReasons: { code: string; label: string }[] }>(page, server, '{moveReasons{code label}}');
  expect(api.moveReasons.length).toBeGreaterThan(5);

  await openSearch(page);
  const s = screen(page);
  await s.advanced.click();
  const group = page.getByRole('group', { name: '異動事由' });
  await expect(group.getByRole('checkbox')).toHaveCount(api.moveReasons.length);
  const labels = await group.locator('label').allTextContents();
  expect(labels).toEqual(api.moveReasons.map((r) => r.label));
  for (const r of api.moveReasons) {
    await expect(page.locator(`#search-reasons-${r.code}`)).toHaveAccessibleName(r.label);
  }
  await expect(group).not.toContainText('読み込めなかった');

  // The screen takes what the server says, not a list of its own: a renamed 事由 shows renamed.
  let answer: 'renamed' | 'failed' = 'renamed';
  await page.route('**/graphql', async (route) => {
    const body: unknown = route.request().postDataJSON();
    if (typeof body !== 'object' || body === null || !('operationName' in body) || body.operationName !== 'MoveReasons') {
      await route.fallback();
      return;
    }
    const json =
      answer === 'renamed'
        ? { data: { moveReasons: [{ __typename: 'MoveReasonInfo', code: 'move_within', label: '転居（市内）' }] } }
        : { errors: [{ message: 'unavailable', extensions: { code: 'internal' } }] };
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(json) });
  });
  await page.goto(`${server.url}/search?reason=move_within`);
  await expect(page.getByRole('group', { name: '異動事由' }).getByRole('checkbox')).toHaveCount(1);
  await expect(s.reason('転居（市内）')).toBeChecked();

  // The list cannot be read: the built-in list is offered, the fold says so, and searching by 事由 works.
  answer = 'failed';
  await page.goto(`${server.url}/search?name=${encodeURIComponent(`高橋${given}`)}&reason=move_within`);
  const fallback = page.getByRole('group', { name: '異動事由' });
  await expect(fallback).toContainText('組み込みの一覧を表示しています');
  await expect(s.reason('転居')).toBeChecked();
  await expect(s.count).toHaveText('1件見つかりました。1〜1件目を表示しています。');
  await s.reason('転居').uncheck();
  await s.reason('転入').check();
  await s.search.click();
  await expect(s.count).toHaveText('条件に合う届出はありません。');
  expect(await axeViolations(page)).toEqual([]);
});

test('paging: 20 a page with the total, next and previous pages, the back button', async ({ page, server }) => {
  test.setTimeout(60_000);
  await logIn(page, server);
  const given = uniqueGivenName();
  for (let i = 0; i < 23; i++) {
    await seedNotification(page, server, {
      withReception: false,
      persons: [
        {
          familyName: '髙橋',
          givenName: given,
          familyNameKana: 'たかはし',
          givenNameKana: given,
          birthDate: '1985-04-12',
        },
      ],
    });
  }
  await openSearch(page);
  const s = screen(page);
  await s.name.fill(`たかはし${given}`);
  await s.name.press('Enter');
  await expect(s.count).toHaveText('23件見つかりました。1〜20件目を表示しています。');
  await expect(s.rows).toHaveCount(20);
  const pages = page.getByRole('navigation', { name: '検索結果のページ' });
  await expect(pages.getByRole('link', { name: '前の20件' })).toHaveCount(0);

  await pages.getByRole('link', { name: '次の20件' }).click();
  await expect(s.count).toHaveText('23件見つかりました。21〜23件目を表示しています。');
  await expect(s.rows).toHaveCount(3);
  await expect(page.getByRole('heading', { level: 2, name: /検索結果/ })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: /検索結果/ })).toContainText('全23件中 21〜23件目');
  await expect(pages.getByRole('link', { name: '次の20件' })).toHaveCount(0);

  await pages.getByRole('link', { name: '前の20件' }).click();
  await expect(s.count).toHaveText('23件見つかりました。1〜20件目を表示しています。');
  await expect(s.rows).toHaveCount(20);

  await page.goBack();
  await expect(s.count).toHaveText('23件見つかりました。21〜23件目を表示しています。');
  await expect(s.name).toHaveValue(`たかはし${given}`);
});

test('the URL keeps the filters: a reload and the back button show the same search', async ({ page, server }) => {
  await logIn(page, server);
  const given = uniqueGivenName();
  await seedNotification(page, server, {
    reason: 'move_within',
    persons: [
      { familyName: '山田', givenName: given, familyNameKana: 'やまだ', givenNameKana: given, birthDate: '1990-01-02' },
    ],
  });
  await openSearch(page);
  const s = screen(page);
  await s.name.fill(`山田${given}`);
  await s.advanced.click();
  await s.reason('転居').check();
  await s.status('下書き').check();
  await page.getByLabel('転出元の団体コード').fill('402036');
  await s.search.click();
  await expect(s.count).toHaveText('1件見つかりました。1〜1件目を表示しています。');
  const url = new URL(page.url());
  expect(url.pathname).toBe('/search');
  expect(url.searchParams.getAll('reason')).toEqual(['move_within']);
  expect(url.searchParams.getAll('status')).toEqual(['draft']);
  expect(url.searchParams.get('from')).toBe('402036');

  await page.reload();
  await expect(s.count).toHaveText('1件見つかりました。1〜1件目を表示しています。');
  await expect(s.name).toHaveValue(`山田${given}`);
  await expect(s.reason('転居')).toBeChecked();
  await expect(s.status('下書き')).toBeChecked();
  await expect(page.getByLabel('転出元の団体コード')).toHaveValue('402036');

  // A different search, then back: the form and the results return to the first one.
  await s.reason('転居').uncheck();
  await s.reason('転入').check();
  await s.search.click();
  await expect(s.count).toHaveText('条件に合う届出はありません。');
  await page.goBack();
  await expect(s.count).toHaveText('1件見つかりました。1〜1件目を表示しています。');
  await expect(s.reason('転居')).toBeChecked();
  await expect(s.reason('転入')).not.toBeChecked();

  // A link shared with a colleague opens the same search in a fresh tab.
  const other = await page.context().newPage();
  await other.goto(page.url());
  await expect(screen(other).count).toHaveText('1件見つかりました。1〜1件目を表示しています。');
  await other.close();
});

// A 1×1 PNG: the server sniffs the content, so it must be a real picture.
const png = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c49444154789c63f80f00000101000518d84e0000000049454e44ae426082',
  'hex',
);

test('from a result: add a memo and an attachment, open the archived PDFs the role allows; all still there after a reload', async ({
  page,
  server,
}) => {
  await logIn(page, server);
  const given = uniqueGivenName();
  const done = await seedNotification(page, server, {
    persons: [
      {
        familyName: '髙橋',
        givenName: given,
        familyNameKana: 'たかはし',
        givenNameKana: given,
        birthDate: '昭和60年4月12日',
      },
    ],
  });
  expect(done.completable).toBe(true);
  await advance(page, server, done, true);

  await openSearch(page);
  const s = screen(page);
  await s.name.fill(`高橋${given}`);
  await s.name.press('Enter');
  await expect(s.rows).toHaveCount(1);
  await expect(s.rows).toContainText('完了');
  const toggle = s.rows.getByRole('button', { name: /^メモ・添付/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');

  // K-v: the administrator may open the original and every masked copy.
  const archives = page.getByRole('region', { name: '保管文書', exact: true });
  await expect(archives.getByRole('link', { name: '原本', exact: true })).toHaveAttribute(
    'href',
    /^\/files\/archives\//,
  );
  const masked = archives.getByRole('link', { name: '個人番号マスク', exact: true });
  await expect(masked).toBeVisible();
  await expect(archives.getByRole('link', { name: '公開用', exact: true })).toBeVisible();
  const pdf = await page.request.get(`${server.url}${await masked.getAttribute('href')}`);
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // An empty memo is refused beside the field.
  const memoForm = page.getByRole('form', { name: `髙橋 ${given}の届出にメモを追加` });
  await memoForm.getByRole('button', { name: 'メモを追加', exact: true }).click();
  await expect(memoForm.getByText('メモを入力してください。')).toBeVisible();
  await expect(memoForm.getByLabel('メモを追加')).toBeFocused();
  await memoForm.getByLabel('メモを追加').fill('久留米市へ照会済み');
  await memoForm.getByRole('button', { name: 'メモを追加', exact: true }).click();
  await expect(memoForm.getByRole('status')).toHaveText('メモを追加しました。');
  const memoItem = page.getByRole('region', { name: 'メモ', exact: true }).getByRole('listitem').filter({ hasText: '久留米市へ照会済み' });
  // Who wrote it (Memo.authorName), beside when.
  await expect(memoItem).toContainText('システム管理者・');

  // Not a picture or a PDF: the server's message beside the file input.
  const attachForm = page.getByRole('form', { name: `髙橋 ${given}の届出にファイルを添付` });
  await attachForm
    .getByLabel('添付するファイル')
    .setInputFiles({
      name: 'x.exe',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('MZ\x90\x00 not a document'),
    });
  await attachForm.getByRole('button', { name: '添付する', exact: true }).click();
  await expect(attachForm.getByText('添付できるのは JPEG・PNG・TIFF・PDF のファイルです。')).toBeVisible();

  await attachForm.getByLabel('添付の種類').selectOption({ label: '委任状' });
  await attachForm
    .getByLabel('添付するファイル')
    .setInputFiles({ name: '委任状.png', mimeType: 'image/png', buffer: png });
  await attachForm.getByRole('button', { name: '添付する', exact: true }).click();
  await expect(attachForm.getByRole('status')).toHaveText('委任状.png を添付しました。');
  const attachments = page.getByRole('region', { name: '添付ファイル', exact: true });
  await expect(attachments.getByRole('link', { name: '委任状.png' })).toBeVisible();
  await expect(attachments).toContainText('（委任状・');
  expect(await axeViolations(page)).toEqual([]);

  await page.reload();
  await expect(s.rows).toHaveCount(1);
  await expect(s.rows).toContainText('メモ1・添付1・文書4');
  await s.rows.getByRole('button', { name: /^メモ・添付/ }).click();
  await expect(page.getByRole('region', { name: 'メモ', exact: true })).toContainText('久留米市へ照会済み');
  await expect(memoItem).toContainText('システム管理者・');
  const download = await page.request.get(
    `${server.url}${await page.getByRole('region', { name: '添付ファイル', exact: true }).getByRole('link', { name: '委任状.png' }).getAttribute('href')}`,
  );
  expect(Buffer.compare(await download.body(), png)).toBe(0);
});

test('keyboard only: Tab to the name, Enter searches, Enter on a checkbox searches, Tab reaches the result and Enter opens it', async ({
  page,
  server,
}) => {
  await logIn(page, server);
  const given = uniqueGivenName();
  const seeded = await seedNotification(page, server, {
    persons: [
      { familyName: '佐藤', givenName: given, familyNameKana: 'さとう', givenNameKana: given, birthDate: '2001-02-03' },
    ],
  });
  await page.goto(`${server.url}/search`);
  const s = screen(page);
  await expect(s.heading).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(s.name).toBeFocused();
  await page.keyboard.type(`さとう${given}`);
  await page.keyboard.press('Enter');
  await expect(s.count).toHaveText('1件見つかりました。1〜1件目を表示しています。');
  // The focus stays where the search started, so the next search is one edit away.
  await expect(s.name).toBeFocused();

  // Enter unfolds the 詳しい条件, Space ticks a checkbox, Enter on it searches.
  await s.advanced.focus();
  await page.keyboard.press('Enter');
  await expect(s.reason('転居')).toBeVisible();
  await s.reason('転居').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(s.count).toHaveText('条件に合う届出はありません。');
  await expect(s.advanced).toContainText('詳しい条件（異動日・異動事由・転出元・受付者）：1件指定中');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(s.count).toHaveText('1件見つかりました。1〜1件目を表示しています。');

  const open = s.rows.getByRole('link', { name: /^開く/ });
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await open.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(open).toBeFocused();
  await expect(open).toHaveAccessibleName(`開く：佐藤 ${given}（確認番号${seeded.confirmationNumber ?? ''}）`);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/notifications/${seeded.id}$`));
});

test('K-v: a 窓口職員 finds the same 届出 but only the masked PDFs, never the original with the 個人番号', async ({
  page,
  server,
  browser,
}) => {
  await logIn(page, server);
  const given = uniqueGivenName();
  const done = await seedNotification(page, server, {
    persons: [
      {
        familyName: '髙橋',
        givenName: given,
        familyNameKana: 'たかはし',
        givenNameKana: given,
        birthDate: '1985-04-12',
      },
    ],
  });
  await advance(page, server, done, true);
  await gql(page, server, 'mutation($id:ID!,$b:String!){addMemo(notificationID:$id,body:$b){id}}', {
    id: done.id,
    b: '原本は管理者が確認済み',
  });
  const loginId = `kv-${randomBytes(4).toString('hex')}`;
  const password = strongPassword();
  await gql(page, server, 'mutation($in:CreateUserInput!){createUser(input:$in){id}}', {
    in: { loginId, displayName: '窓口 三郎', password, roles: ['clerk'] },
  });

  const context = await browser.newContext();
  try {
    const clerk = await context.newPage();
    await clerk.goto(server.url);
    const form = loginForm(clerk);
    await form.loginId.fill(loginId);
    await form.password.fill(password);
    await form.submit.click();
    // A new account changes its password first.
    const newPassword = strongPassword();
    await clerk.getByLabel('現在のパスワード').fill(password);
    await clerk.getByLabel('新しいパスワード', { exact: false }).first().fill(newPassword);
    await clerk.getByLabel('新しいパスワード（確認）').fill(newPassword);
    await clerk.getByRole('button', { name: 'パスワードを変更' }).click();
    await expect(clerk.getByRole('status')).toHaveText('パスワードを変更しました。');

    await clerk.goto(`${server.url}/search?name=${encodeURIComponent(`高橋${given}`)}`);
    const s = screen(clerk);
    await expect(s.count).toHaveText('1件見つかりました。1〜1件目を表示しています。');
    // Without user:admin the 受付者 filter offers only 「自分」.
    await s.advanced.click();
    await expect(clerk.getByLabel('受付者').getByRole('option')).toHaveText(['指定しない', '自分（窓口 三郎）']);
    await s.rows.getByRole('button', { name: /^メモ・添付/ }).click();
    const archives = clerk.getByRole('region', { name: '保管文書', exact: true });
    await expect(archives.getByRole('link', { name: '個人番号マスク', exact: true })).toBeVisible();
    await expect(archives.getByRole('link', { name: '公開用', exact: true })).toBeVisible();
    await expect(archives.getByRole('link', { name: '原本', exact: true })).toHaveCount(0);
    // The memo's author is named although a 窓口職員 may not list users (Memo.authorName).
    const memo = clerk.getByRole('region', { name: 'メモ', exact: true }).getByRole('listitem');
    await expect(memo).toContainText('原本は管理者が確認済み');
    await expect(memo).toContainText('システム管理者・');
    // The same in the 届出 itself.
    await clerk.goto(`${server.url}/notifications/${done.id}`);
    const editorMemo = clerk.getByRole('region', { name: 'メモ', exact: true }).getByRole('listitem');
    await expect(editorMemo).toContainText('原本は管理者が確認済み');
    await expect(editorMemo).toContainText('システム管理者・');
  } finally {
    await context.close();
  }
});
