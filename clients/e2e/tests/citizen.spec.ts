import { expect, test } from './fixtures';
import { answerMainPath, citizenConfig, citizenURL, lifeEventButton, mainPath } from './citizen-api';

// The citizen app's navigation (issue 8): every life event (N-k) from the first question to the result (N-a) on a
// phone, a tablet and a desktop (N-e), with the progress in % (N-l), nesting (N-p), the glossary (N-m), printing
// (N-s) and the access count per channel (N-z).

const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 820, height: 1180 },
  { name: 'desktop', width: 1280, height: 800 },
];

for (const vp of viewports) {
  test(`N-k N-e: every life event's main path reaches its result on a ${vp.name} (${vp.width}×${vp.height})`, async ({ page, server }) => {
    await page.setViewportSize({ width: vp.width, height: vp.height });
    const config = await citizenConfig(page, server.url);
    const ids = config.flows.map((f) => f.id).sort();
    expect(ids).toEqual(['konin', 'rikon', 'shibou', 'shimei', 'shomei', 'shussei', 'tenkyo', 'tennyu', 'tenshutsu']);
    await page.goto(citizenURL(server.url));
    for (const flow of config.flows) {
      await expect(page.getByRole('heading', { level: 1, name: `${config.name} 手続きナビ` })).toBeVisible();
      await answerMainPath(page, flow);
      await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
      await expect(page.getByRole('heading', { level: 2, name: '手続き' })).toBeVisible();
      // Nothing sideways: the layout fits the screen's width.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${flow.id} scrolls sideways`).toBeLessThanOrEqual(0);
      const tap = await printButtonTapSize(page);
      expect(tap).toBeGreaterThanOrEqual(44);
      // The tab keeps the session's state across reloads, so a new life event starts from 最初から.
      await page.getByRole('button', { name: '最初から', exact: true }).click();
    }
  });
}

async function printButtonTapSize(page: import('@playwright/test').Page): Promise<number> {
  const box = await page.getByRole('button', { name: '印刷する' }).boundingBox();
  return box ? Math.min(box.height, box.width) : 0;
}

test('N-l N-p: progress is floor(100·answered/visible), a nested question is asked after its choice, back returns', async ({ page, server }) => {
  const config = await citizenConfig(page, server.url);
  const tennyu = config.flows.find((f) => f.id === 'tennyu');
  if (!tennyu) throw new Error('no tennyu');
  const path = mainPath(tennyu);
  expect(path.length).toBeGreaterThanOrEqual(3);
  await page.goto(citizenURL(server.url));
  await lifeEventButton(page, tennyu).click();
  const bar = page.getByRole('progressbar', { name: '進み具合' });
  await expect(bar).toHaveAttribute('aria-valuenow', '0');
  await expect(page.getByTestId('progress-text')).toHaveText('0%');

  const first = path[0];
  const second = path[1];
  if (!first || !second) throw new Error('short path');
  await page.getByRole('button', { name: first.choice.label.ja, exact: true }).click();
  // Level 2 comes right after its parent's answer.
  await expect(page.getByRole('heading', { level: 1, name: second.question.text.ja })).toBeVisible();
  await expect(page.locator('[data-level="2"]')).toBeVisible();
  const now = Number(await bar.getAttribute('aria-valuenow'));
  expect(now).toBeGreaterThan(0);
  expect(now).toBeLessThan(100);
  await expect(page.getByTestId('progress-text')).toHaveText(`${now}%`);
  await expect(bar).toHaveAttribute('aria-valuetext', `${now}%`);

  // The focus lands on the new question, for screen readers.
  await expect(page.getByRole('heading', { level: 1, name: second.question.text.ja })).toBeFocused();

  await page.getByRole('button', { name: '戻る' }).click();
  await expect(page.getByRole('heading', { level: 1, name: first.question.text.ja })).toBeVisible();
  await expect(page.getByRole('button', { name: first.choice.label.ja, exact: true })).toHaveAttribute('aria-pressed', 'true');
});

test('N-m: an administrative word in a question opens its plain explanation', async ({ page, server }) => {
  const config = await citizenConfig(page, server.url) as Awaited<ReturnType<typeof citizenConfig>> & {
    glossary: { id: string; term: { ja: string }; text: { ja: string } }[];
  };
  const tennyu = config.flows.find((f) => f.id === 'tennyu');
  if (!tennyu) throw new Error('no tennyu');
  const withTerm = mainPath(tennyu).findIndex((s) => (s.question.terms ?? []).length > 0);
  expect(withTerm).toBeGreaterThanOrEqual(0);
  await page.goto(citizenURL(server.url));
  await lifeEventButton(page, tennyu).click();
  for (const step of mainPath(tennyu).slice(0, withTerm)) {
    await page.getByRole('button', { name: step.choice.label.ja, exact: true }).click();
  }
  const termId = mainPath(tennyu)[withTerm]?.question.terms?.[0];
  const term = config.glossary.find((g) => g.id === termId);
  if (!term) throw new Error(`no glossary entry ${termId}`);
  await expect(page.getByRole('heading', { name: '言葉の説明' })).toBeVisible();
  const text = page.getByText(term.text.ja);
  await expect(text).toBeHidden();
  await page.locator('summary', { hasText: term.term.ja }).click();
  await expect(text).toBeVisible();
});

test('N-a N-s: the result lists procedures, a checklist of things to bring and counters, and prints without buttons', async ({ page, server }) => {
  const config = await citizenConfig(page, server.url);
  const tennyu = config.flows.find((f) => f.id === 'tennyu');
  if (!tennyu) throw new Error('no tennyu');
  await page.goto(citizenURL(server.url));
  await answerMainPath(page, tennyu);
  await expect(page.getByTestId('procedures').locator('li').first()).toBeVisible();
  const bring = page.getByTestId('bring').getByRole('checkbox').first();
  await bring.check();
  await expect(bring).toBeChecked();
  const counters = page.getByTestId('counters');
  await expect(counters.getByRole('heading', { level: 3 }).first()).toBeVisible();
  await expect(counters.getByText('受付時間').first()).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '印刷する' })).toBeHidden();
  await expect(page.getByTestId('procedures')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  await page.emulateMedia({ media: 'screen' });
});

test('N-z: starting a life event counts one visit with the channel from ?ch=, kept for the session', async ({ page, server }) => {
  const config = await citizenConfig(page, server.url);
  const shussei = config.flows.find((f) => f.id === 'shussei');
  const konin = config.flows.find((f) => f.id === 'konin');
  if (!shussei || !konin) throw new Error('flows missing');
  await page.goto(citizenURL(server.url, 'ch=poster'));
  const first = page.waitForRequest((r) => r.url().endsWith(`/api/citizen/402168/visits`) && r.method() === 'POST');
  await lifeEventButton(page, shussei).click();
  const req = await first;
  expect(req.postDataJSON()).toEqual({ event: 'shussei', channel: 'poster' });
  expect((await req.response())?.status()).toBe(204);

  // A later start in the same tab, without ?ch=, keeps the channel.
  await page.goto(citizenURL(server.url));
  await page.getByRole('button', { name: '最初から', exact: true }).click();
  const second = page.waitForRequest((r) => r.url().endsWith('/visits') && r.method() === 'POST');
  await lifeEventButton(page, konin).click();
  expect((await second).postDataJSON()).toEqual({ event: 'konin', channel: 'poster' });
});

test('N-c: English is the second language; flows show their English text and the app its own words', async ({ page, server }) => {
  const config = await citizenConfig(page, server.url);
  const tennyu = config.flows.find((f) => f.id === 'tennyu');
  if (!tennyu?.title.en) throw new Error('tennyu has no English title');
  await page.goto(citizenURL(server.url));
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'What is your procedure?' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: tennyu.title.en, exact: true }).click();
  const q = tennyu.questions[0];
  await expect(page.getByRole('heading', { level: 1, name: q?.text.en ?? q?.text.ja ?? '' })).toBeVisible();
  await page.getByRole('button', { name: '日本語' }).click();
  await expect(page.getByRole('heading', { level: 1, name: q?.text.ja ?? '' })).toBeVisible();
});
