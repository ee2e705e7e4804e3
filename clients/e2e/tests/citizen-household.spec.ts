import { expect, test } from './fixtures';
import {
  answerMainPath,
  citizenConfig,
  citizenURL,
  decodeQr,
  defaultHousehold,
  residentCode,
  shownCode,
  typeWithIme,
} from './citizen-api';

// The household entry before the visit and its encrypted QR code (issue 8): postal code → address (N-o), the
// in-city check (N-y), kanji → kana (N-n), impossible dates (N-r), required-item alerts (N-q), the code itself
// (N-t, N-u, N-v) and the erasure afterwards (N-w).

async function openHousehold(page: import('@playwright/test').Page, baseURL: string, flowId = 'tennyu') {
  const config = await citizenConfig(page, baseURL);
  const flow = config.flows.find((f) => f.id === flowId);
  if (!flow) throw new Error(`no ${flowId}`);
  await page.goto(citizenURL(baseURL));
  await answerMainPath(page, flow);
  await page.getByRole('button', { name: /世帯の情報を入力する/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '世帯の情報の入力' })).toBeVisible();
}

test('N-t N-u N-v N-w: 転入 through the household to a QR code that zbarimg reads back as the code shown', async ({ page, server }) => {
  await page.setViewportSize({ width: 1280, height: 1000 });
  const code = await residentCode(page, server.url);
  expect(code).toMatch(/^[A-Z2-7]+$/);
  // 53 header bytes + at least the GCM tag, in base32.
  expect(code.length).toBeGreaterThan(Math.ceil(((53 + 16) * 8) / 5));

  const qr = page.getByRole('img', { name: /窓口で読み取るQRコード/ });
  await expect(qr).toBeVisible();
  const decoded = decodeQr(await qr.screenshot());
  expect(decoded).toBe(code);

  // The text alternative is the same code, grouped for reading aloud or typing.
  await page.getByText('QRコードを読み取れないときの文字').click();
  expect((await page.getByTestId('qr-text').innerText()).replace(/\s/g, '')).toBe(code);
  await expect(page.getByTestId('qr-expires')).toContainText('有効期限');

  // N-w: nothing of the household is left in the page's storage; the screen keeps only the sealed code.
  const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }));
  for (const word of ['山田', 'やまだ', '太郎', '1234番地', 'コーポ小郡', '千代田']) expect(stored).not.toContain(word);
  await expect(page.getByText('山田')).toHaveCount(0);

  await page.getByRole('button', { name: 'やり直す（最初から）' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'どの手続きですか' })).toBeVisible();
});

test('N-t: a six-person household still fits one QR code that zbarimg reads', async ({ page, server }) => {
  await page.setViewportSize({ width: 1280, height: 1000 });
  const persons = [...defaultHousehold.persons];
  const kids: [string, string][] = [
    ['一郎', 'いちろう'],
    ['次郎', 'じろう'],
    ['三郎', 'さぶろう'],
    ['四郎', 'しろう'],
  ];
  for (const [kanji, reading] of kids) {
    persons.push({ family: ['山田', 'やまだ'], given: [kanji, reading], birth: { era: '令和', year: '2', month: '3', day: '4' }, sex: '男', relationship: '子' });
  }
  const code = await residentCode(page, server.url, { ...defaultHousehold, persons });
  const qr = page.getByRole('img', { name: /窓口で読み取るQRコード/ });
  const decoded = decodeQr(await qr.screenshot());
  expect(decoded).toBe(code);
  // The contract: a six-person household fits version 25 or lower (the SVG has a 4-module quiet zone each side).
  const viewBox = (await qr.getAttribute('viewBox')) ?? '';
  const modules = Number(viewBox.split(' ')[2]) - 8;
  const version = (modules - 17) / 4;
  console.log(`six persons: ${code.length} base32 characters, QR version ${version}`);
  expect(version).toBeLessThanOrEqual(25);
});

test('N-o N-y: the postal code fills the address; an address outside the city is refused beside the field', async ({ page, server }) => {
  await openHousehold(page, server.url);
  await page.locator('#hh-postal').fill('1000001');
  await expect(page.locator('#hh-address')).toHaveValue('東京都千代田区千代田');
  await page.locator('#hh-address').blur();
  const error = page.locator('#hh-address-error');
  await expect(error).toContainText('小郡市の住所ではありません');
  await expect(error).toContainText('新しい住所');
  await expect(page.locator('#hh-address')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#hh-address')).toHaveAttribute('aria-describedby', /hh-address-error/);

  await page.locator('#hh-postal').fill('8380141');
  await expect(page.locator('#hh-address')).toHaveValue('福岡県小郡市小郡');
  await expect(error).toBeHidden();

  // Typed by hand without the postal code: the city's name decides.
  await page.locator('#hh-postal').fill('');
  await page.locator('#hh-address').fill('福岡県久留米市城南町15番地3');
  await page.locator('#hh-address').blur();
  await expect(error).toContainText('小郡市の住所ではありません');
  await page.locator('#hh-address').fill('小郡市小郡255番地1');
  await expect(error).toBeHidden();
});

test('N-y: for 転出 the address being left must be in the city', async ({ page, server }) => {
  await openHousehold(page, server.url, 'tenshutsu');
  await expect(page.locator('label[for="hh-address"]')).toContainText('今の住所');
  await page.locator('#hh-address').fill('東京都千代田区千代田1番1号');
  await page.locator('#hh-address').blur();
  await expect(page.locator('#hh-address-error')).toContainText('今の住所には小郡市の住所を入力してください');
});

test('N-q: missing items are listed in a summary that takes the focus and links to each field', async ({ page, server }) => {
  await openHousehold(page, server.url);
  await page.getByRole('button', { name: 'QRコードを作る' }).click();
  const summary = page.getByRole('alert').filter({ hasText: '入力内容を確かめてください' });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: /新しい住所：入力してください/ })).toBeVisible();
  await expect(summary.getByRole('link', { name: /1人目 氏（漢字）：入力してください/ })).toBeVisible();
  await summary.getByRole('link', { name: /1人目 生年月日/ }).click();
  await expect(page.locator('#person-1-birth-year')).toBeFocused();
  await expect(page.locator('#person-1-familyName')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#person-1-familyName-error')).toHaveText(/入力してください/);
});

test('N-r: impossible dates are refused: 2月30日, 平成32年, 令和元年4月, the future', async ({ page, server }) => {
  await openHousehold(page, server.url);
  const error = page.locator('#person-1-birth-error');
  const enter = async (era: string, y: string, m: string, d: string) => {
    await page.locator('#person-1-birth-era').selectOption(era);
    await page.locator('#person-1-birth-year').fill(y);
    await page.locator('#person-1-birth-month').fill(m);
    await page.locator('#person-1-birth-day').fill(d);
    await page.locator('#person-1-birth-day').blur();
  };
  await enter('seireki', '2023', '2', '30');
  await expect(error).toContainText('2023年2月30日はありません');
  await enter('平成', '32', '1', '1');
  await expect(error).toContainText('平成は1989年1月8日から2019年4月30日までです');
  await enter('令和', '1', '4', '1');
  await expect(error).toContainText('令和は2019年5月1日からです');
  await enter('seireki', String(new Date().getFullYear() + 1), '1', '1');
  await expect(error).toContainText('未来の日付は入力できません');
  await enter('平成', '31', '4', '30');
  await expect(error).toBeHidden();
  await enter('昭和', '64', '1', '7');
  await expect(error).toBeHidden();
});

test('N-n: typing the name through the IME fills the kana; a pasted name gets its kana from the dictionary', async ({ page, server }) => {
  await openHousehold(page, server.url);
  const cdp = await page.context().newCDPSession(page);
  await page.locator('#person-1-familyName').click();
  await typeWithIme(cdp, 'やまだ', '山田');
  await expect(page.locator('#person-1-familyName')).toHaveValue('山田');
  await expect(page.locator('#person-1-familyNameKana')).toHaveValue('やまだ');
  // Romaji still being typed (やまだt) is not part of the reading.
  await page.locator('#person-1-givenName').click();
  await cdp.send('Input.imeSetComposition', { text: 'たろ', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.imeSetComposition', { text: 'たろう', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.imeSetComposition', { text: '太郎', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.insertText', { text: '太郎' });
  await expect(page.locator('#person-1-givenNameKana')).toHaveValue('たろう');
  await cdp.detach();

  // Added person: the name pasted (no composition) → the server's reading on leaving the field.
  await page.getByRole('button', { name: '人を追加する' }).click();
  await expect(page.locator('#person-2-familyName')).toBeFocused();
  await page.locator('#person-2-familyName').fill('山田');
  await page.locator('#person-2-givenName').focus();
  await expect(page.locator('#person-2-familyNameKana')).toHaveValue('やまだ');
  await page.getByRole('button', { name: '2人目を削除する' }).click();
  await expect(page.locator('#person-2-familyName')).toHaveCount(0);
});

test('N-w: a reload keeps the form being entered (sessionStorage), never localStorage', async ({ page, server }) => {
  await openHousehold(page, server.url);
  await page.locator('#hh-katagaki').fill('テストハイツ202');
  await page.reload();
  await expect(page.locator('#hh-katagaki')).toHaveValue('テストハイツ202');
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain('テストハイツ');
});

test('N-t: the QR screen survives printing with the code visible', async ({ page, server }) => {
  await page.setViewportSize({ width: 1280, height: 1000 });
  await residentCode(page, server.url);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('img', { name: /窓口で読み取るQRコード/ })).toBeVisible();
  await expect(page.getByRole('button', { name: '印刷する' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  expect(await shownCode(page)).toMatch(/^[A-Z2-7]+$/);
});

