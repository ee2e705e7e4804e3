import type { Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { lgCode } from './citizen-api';
import { axeViolations } from './axe';
import { gql } from './counter-api';
import { expect, logIn, test } from './fixtures';

// 管理 of the residents' app (issue 8): its look (N-g), its navigations (N-a, N-p, N-aa), the QR keys (N-v) and
// the access report (N-z). What a test changes is put back, so the citizen app's specs see the standard set.

type Config = {
  look: { color: string };
  qrKey: { id: number };
  flows: { id: string; summary: { ja: string } }[];
};

async function config(page: Page, baseURL: string): Promise<Config> {
  const res = await page.request.get(`${baseURL}/api/citizen/${lgCode}/config`);
  expect(res.status()).toBe(200);
  return (await res.json()) as Config;
}

async function openAdmin(page: Page, section: string) {
  await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: '管理' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '管理' })).toBeFocused();
  await page.getByRole('navigation', { name: '管理メニュー' }).getByRole('link', { name: section, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: section, exact: true })).toBeFocused();
}

function flowRow(page: Page, id: string) {
  return page.getByTestId('citizen-flow-row').filter({ has: page.getByText(id, { exact: true }) });
}

const editor = (page: Page) => page.getByRole('textbox', { name: 'ナビの定義（JSON）' });

test('N-g: the base colour chosen in 手続きナビの設定 is what the residents’ app is configured with', async ({ page, server }) => {
  await logIn(page, server);
  const before = (await config(page, server.url)).look.color;
  await openAdmin(page, '手続きナビの設定');
  await expect(page).toHaveTitle('手続きナビの設定（管理）｜書かない窓口');
  expect(await axeViolations(page)).toEqual([]);

  const colors = page.getByRole('group', { name: '基調色' });
  await colors.getByRole('radio', { name: '紫' }).check();
  await expect(page.getByRole('link', { name: /選んだ基調色で見る（紫）/ })).toHaveAttribute(
    'href',
    `/citizen/${lgCode}/?theme=purple`,
  );
  await page.getByRole('button', { name: '設定を保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '手続きナビの設定を保存しました。' })).toBeVisible();
  expect((await config(page, server.url)).look.color).toBe('purple');

  // Out-of-range numbers are refused with the field named, and nothing is saved.
  await page.getByLabel('入力内容を消去するまでの時間（分）').fill('0');
  await page.getByRole('button', { name: '設定を保存' }).click();
  await expect(page.getByRole('alert')).toContainText('1〜60分で入力してください');
  await expect(page.getByLabel('入力内容を消去するまでの時間（分）')).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('入力内容を消去するまでの時間（分）').fill('10');

  await colors.getByRole('radio', { name: { blue: '青', red: '赤', green: '緑', yellow: '黄', purple: '紫' }[before] ?? '青' }).check();
  await page.getByRole('button', { name: '設定を保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '手続きナビの設定を保存しました。' })).toBeVisible();
  expect((await config(page, server.url)).look.color).toBe(before);
});

test('N-p, N-aa: a navigation with a bad reference names the path; a valid copy is 変更あり until 標準に戻す', async ({
  page,
  server,
}) => {
  await logIn(page, server);
  await openAdmin(page, '手続きナビの質問');
  await expect(flowRow(page, 'tennyu')).toBeVisible();
  await expect(flowRow(page, 'tennyu').getByTestId('citizen-flow-state')).toHaveText('標準');
  expect(await axeViolations(page)).toEqual([]);

  // A new navigation whose choice adds a procedure the flow does not list.
  const id = `e2e-${randomBytes(3).toString('hex')}`;
  await page.getByRole('button', { name: 'ナビを追加' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'ナビを追加' })).toBeFocused();
  const template = await editor(page).inputValue();
  await editor(page).fill(template.replace('"new-navi"', `"${id}"`).replace('"procedures": ["p1"]', '"procedures": ["nope"]'));
  await page.getByRole('button', { name: 'ナビを保存' }).click();
  const errors = page.getByRole('alert').filter({ hasText: 'ナビを保存できませんでした' });
  await expect(errors).toBeFocused();
  const link = errors.getByRole('link', { name: /questions\.0\.choices\.0\.adds\.procedures\.0/ });
  await expect(link).toContainText('手続き「nope」はこのナビの手続きの一覧にありません');
  await link.click();
  await expect(editor(page)).toBeFocused();
  const selected = await editor(page).evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toBe('"nope"');
  await expect(editor(page)).toHaveAttribute('aria-invalid', 'true');
  expect(await axeViolations(page)).toEqual([]);

  // Fixed, it is added as the city's own navigation, then removed again.
  await editor(page).fill(template.replace('"new-navi"', `"${id}"`));
  await page.getByRole('button', { name: 'ナビを保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'ナビ「新しい手続き」を保存しました。' })).toBeVisible();
  await expect(flowRow(page, id).getByTestId('citizen-flow-state')).toContainText('市独自');
  expect((await config(page, server.url)).flows.map((f) => f.id)).toContain(id);
  await flowRow(page, id).getByRole('button', { name: /^削除：/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('削除しますか');
  await dialog.getByRole('button', { name: '削除する' }).click();
  await expect(flowRow(page, id)).toHaveCount(0);

  // A valid copy of the standard 転入 with a changed summary.
  await flowRow(page, 'tennyu').getByRole('button', { name: /^編集：/ }).click();
  const definition = JSON.parse(await editor(page).inputValue()) as { summary: { ja: string } };
  const summary = `${definition.summary.ja}（市独自の説明）`;
  definition.summary.ja = summary;
  await editor(page).fill(JSON.stringify(definition, null, 2));
  await page.getByRole('button', { name: 'ナビを保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'を保存しました。' })).toBeVisible();
  await expect(flowRow(page, 'tennyu').getByTestId('citizen-flow-state')).toContainText('変更あり');
  expect((await config(page, server.url)).flows.find((f) => f.id === 'tennyu')?.summary.ja).toBe(summary);

  // 標準に戻す asks first; やめる leaves it changed.
  await flowRow(page, 'tennyu').getByRole('button', { name: /^標準に戻す：/ }).click();
  await expect(page.getByRole('dialog')).toContainText('標準に戻しますか');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('dialog').getByRole('button', { name: 'やめる' }).click();
  await expect(flowRow(page, 'tennyu').getByTestId('citizen-flow-state')).toContainText('変更あり');
  await flowRow(page, 'tennyu').getByRole('button', { name: /^標準に戻す：/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: '標準に戻す' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'を標準に戻しました。' })).toBeVisible();
  await expect(flowRow(page, 'tennyu').getByTestId('citizen-flow-state')).toHaveText('標準');
  expect((await config(page, server.url)).flows.find((f) => f.id === 'tennyu')?.summary.ja).not.toBe(summary);

  // N-m: the glossary is checked as a whole; a duplicate id is named and selected, and nothing is saved.
  const glossary = page.getByRole('textbox', { name: '用語集（JSON）' });
  const terms = JSON.parse(await glossary.inputValue()) as { id: string }[];
  const [first, second] = terms;
  if (!first || !second) throw new Error('the standard glossary has fewer than two terms');
  second.id = first.id;
  await glossary.fill(JSON.stringify(terms, null, 2));
  await page.getByRole('button', { name: '用語集を保存' }).click();
  const glossaryErrors = page.getByRole('alert').filter({ hasText: '用語集を保存できませんでした' });
  await glossaryErrors.getByRole('link', { name: /glossary\.1\.id/ }).click();
  await expect(glossary).toBeFocused();
  expect(await glossary.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe(
    JSON.stringify(first.id),
  );
  await expect(page.getByText('用語集：')).toContainText('標準');
});

test('N-v: 鍵を更新 gives the residents’ app a new QR key; the retiring renewal asks first', async ({ page, server }) => {
  await logIn(page, server);
  const before = (await config(page, server.url)).qrKey.id;
  await openAdmin(page, '二次元コードの鍵');
  await expect(page.getByTestId('citizen-key-row').first()).toContainText('使用中');
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: '鍵を更新', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /新しい鍵（[0-9A-F]{8}）を作りました/ })).toBeVisible();
  const after = (await config(page, server.url)).qrKey.id;
  expect(after).not.toBe(before);
  await expect(page.getByTestId('citizen-key-row').first()).toContainText(after.toString(16).toUpperCase().padStart(8, '0'));
  await expect(page.getByTestId('citizen-key-row').first()).toContainText('使用中');

  await page.getByRole('button', { name: '鍵を更新して旧鍵を失効' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('すべて窓口で読み取れなくなります');
  await dialog.getByRole('button', { name: 'やめる' }).click();
  await expect(dialog).toBeHidden();
  expect((await config(page, server.url)).qrKey.id).toBe(after);
});

test('N-z: a visit posted by the residents’ app is counted in アクセス数 by life event and channel', async ({ page, server }) => {
  await logIn(page, server);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());
  const counted = async () => {
    const d = await gql<{ accessCounts: { event: string; channel: string; count: number }[] }>(
      page,
      server.url,
      'query($f: String!, $t: String!) { accessCounts(from: $f, to: $t) { event channel count } }',
      { f: today, t: today },
    );
    return d.accessCounts.filter((c) => c.event === 'shimei' && c.channel === 'other').reduce((s, c) => s + c.count, 0);
  };
  const before = await counted();
  for (let i = 0; i < 2; i++) {
    const res = await page.request.post(`${server.url}/api/citizen/${lgCode}/visits`, {
      data: { event: 'shimei', channel: 'other' },
    });
    expect(res.status()).toBe(204);
  }
  expect(await counted()).toBe(before + 2);

  await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: 'アクセス数' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'アクセス数' })).toBeFocused();
  await expect(page).toHaveTitle('アクセス数｜書かない窓口');
  const row = page.getByTestId('access-row').filter({ hasText: 'shimei' });
  await expect(row).toBeVisible();
  // Columns: ウェブ, LINE, 市のサイト, ポスター, その他, 合計.
  await expect(row.getByRole('cell').nth(4)).toHaveText(String(before + 2));
  await expect(page.getByRole('img', { name: /日別のアクセス数の棒グラフ/ })).toBeVisible();
  await page.getByText('日別のアクセス数を表で見る').click();
  const daily = page.getByTestId('access-daily-table');
  await expect(daily.getByRole('row').filter({ hasText: today.replaceAll('-', '/') })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // An end before the start is refused beside the field.
  await page.getByLabel('終了日').fill('2020-01-01');
  await page.getByRole('button', { name: '表示' }).click();
  await expect(page.getByLabel('終了日')).toBeFocused();
  await expect(page.getByLabel('終了日')).toHaveAccessibleDescription(/終了日は開始日以降の日付にしてください/);
});
