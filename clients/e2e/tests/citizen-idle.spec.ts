import { expect, test } from './fixtures';
import { citizenConfig, citizenURL, lifeEventButton } from './citizen-api';

// N-x: after a while without input, a warning, then everything entered is erased and the start screen returns.
// ?idleSeconds= / ?idleWarningSeconds= shorten the city's timing (they can never lengthen it).

test('N-x: idle → warning → 続ける keeps the work; idle again → the data is erased from memory and storage', async ({ page, server }) => {
  const config = await citizenConfig(page, server.url);
  const tennyu = config.flows.find((f) => f.id === 'tennyu');
  if (!tennyu) throw new Error('no tennyu');
  const first = tennyu.questions[0];
  if (!first?.choices[0]) throw new Error('no question');

  await page.goto(citizenURL(server.url, 'idleSeconds=6&idleWarningSeconds=4'));
  await lifeEventButton(page, tennyu).click();
  await page.getByRole('button', { name: first.choices[0].label.ja, exact: true }).click();
  expect(await page.evaluate(() => Object.keys(sessionStorage).some((k) => k.startsWith('kakanai.citizen.state.')))).toBe(true);

  const dialog = page.getByRole('dialog', { name: 'まだ続けますか？' });
  await expect(dialog).toBeVisible({ timeout: 8_000 });
  await expect(dialog.getByRole('button', { name: '続ける' })).toBeFocused();
  await dialog.getByRole('button', { name: '続ける' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('progressbar')).toBeVisible();

  await expect(dialog).toBeVisible({ timeout: 8_000 });
  await expect(page.getByText('しばらく操作がなかったため、入力した内容を消去しました。')).toBeVisible({ timeout: 8_000 });
  await expect(page.getByRole('heading', { level: 2, name: 'どの手続きですか' })).toBeVisible();
  const left = await page.evaluate(() => ({
    session: Object.keys(sessionStorage).filter((k) => k.startsWith('kakanai.citizen.state.')),
    local: Object.keys(localStorage),
  }));
  expect(left).toEqual({ session: [], local: [] });

  // A reload does not bring anything back.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'どの手続きですか' })).toBeVisible();
});

test('N-x: the household form being typed is erased too', async ({ page, server }) => {
  const config = await citizenConfig(page, server.url);
  const tenkyo = config.flows.find((f) => f.id === 'tenkyo');
  if (!tenkyo) throw new Error('no tenkyo');
  await page.goto(citizenURL(server.url, 'idleSeconds=5&idleWarningSeconds=2'));
  await lifeEventButton(page, tenkyo).click();
  // Keep answering until the result, then open the form and type a name.
  for (;;) {
    const result = page.getByRole('heading', { level: 1, name: '必要な手続き' });
    if (await result.isVisible()) break;
    await page.locator('[data-choice]').first().click();
  }
  await page.getByRole('button', { name: /世帯の情報を入力する/ }).click();
  await page.locator('#person-1-familyName').fill('鈴木');
  await expect(page.getByText('しばらく操作がなかったため、入力した内容を消去しました。')).toBeVisible({ timeout: 10_000 });
  expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }))).not.toContain('鈴木');
});
