import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CDPSession, type Page, expect } from '@playwright/test';

// Helpers for the citizen app's specs (issue 8): the public config, walking a flow's main path, and the resident's
// whole 転入 path to the QR code, which the counter's specs reuse to turn the code into a draft.

export const lgCode = '402168';
export const cityName = '小郡市';

type L = { ja: string; en?: string };
export type Choice = { id: string; label: L; questions?: Question[] };
export type Question = { id: string; text: L; terms?: string[]; choices: Choice[] };
export type Flow = { id: string; order: number; title: L; household: 'none' | 'optional'; addressCheck: string; questions: Question[] };
export type CitizenConfig = { lgCode: string; name: string; prefecture: string; flows: Flow[]; liffId: string | null };

export function citizenURL(baseURL: string, query = ''): string {
  return `${baseURL}/citizen/${lgCode}/${query ? `?${query}` : ''}`;
}

/**
 * Opens the app on its start screen. The tab keeps an unfinished session across reloads (sessionStorage), so a
 * spec that starts again in the same page forgets it first, as 「最初から」 would.
 */
export async function openStart(page: Page, baseURL: string, query = ''): Promise<void> {
  await page.goto(citizenURL(baseURL, query));
  await expect(async () => {
    await page.evaluate(() => {
      for (const k of Object.keys(sessionStorage)) if (k.startsWith('kakanai.citizen.state.')) sessionStorage.removeItem(k);
    });
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'どの手続きですか' })).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 15_000 });
}

export async function citizenConfig(page: Page, baseURL: string): Promise<CitizenConfig> {
  const res = await page.request.get(`${baseURL}/api/citizen/${lgCode}/config`);
  expect(res.status()).toBe(200);
  return (await res.json()) as CitizenConfig;
}

/** The first-choice path: the question texts answered, in order. */
export function mainPath(flow: Flow): { question: Question; choice: Choice }[] {
  const out: { question: Question; choice: Choice }[] = [];
  const walk = (qs: readonly Question[]) => {
    for (const q of qs) {
      const c = q.choices[0];
      if (!c) continue;
      out.push({ question: q, choice: c });
      walk(c.questions ?? []);
    }
  };
  walk(flow.questions);
  return out;
}

export function lifeEventButton(page: Page, flow: Flow) {
  return page.getByRole('button', { name: flow.title.ja, exact: true });
}

/** From the start screen: picks the life event and answers the first choice of every question up to the result. */
export async function answerMainPath(page: Page, flow: Flow): Promise<void> {
  await lifeEventButton(page, flow).click();
  for (const { question, choice } of mainPath(flow)) {
    await expect(page.getByRole('heading', { level: 1, name: question.text.ja })).toBeVisible();
    await page.getByRole('button', { name: choice.label.ja, exact: true }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: '必要な手続き' })).toBeVisible();
}

/**
 * Types text through the IME the way a Japanese keyboard does: the reading is composed first (compositionupdate
 * carries the hiragana), then the conversion is committed.
 */
export async function typeWithIme(cdp: CDPSession, reading: string, converted: string): Promise<void> {
  await cdp.send('Input.imeSetComposition', { text: reading, selectionStart: reading.length, selectionEnd: reading.length });
  await cdp.send('Input.imeSetComposition', { text: converted, selectionStart: converted.length, selectionEnd: converted.length });
  await cdp.send('Input.insertText', { text: converted });
}

export type ResidentPerson = {
  family: [kanji: string, reading: string];
  given: [kanji: string, reading: string];
  birth: { era: string; year: string; month: string; day: string };
  sex: '男' | '女';
  relationship?: string;
};

export const defaultHousehold: { postalCode: string; street: string; katagaki: string; otherAddress: string; persons: ResidentPerson[] } = {
  postalCode: '8380141',
  street: '1234番地',
  katagaki: 'コーポ小郡101',
  otherAddress: '東京都千代田区千代田1番1号',
  persons: [
    { family: ['山田', 'やまだ'], given: ['太郎', 'たろう'], birth: { era: '昭和', year: '60', month: '4', day: '12' }, sex: '男' },
    { family: ['山田', 'やまだ'], given: ['花子', 'はなこ'], birth: { era: '平成', year: '2', month: '1', day: '31' }, sex: '女', relationship: '妻' },
  ],
};

async function fillDate(page: Page, stem: string, d: ResidentPerson['birth']) {
  await page.locator(`#${stem}-era`).selectOption(d.era === '西暦' ? 'seireki' : d.era);
  await page.locator(`#${stem}-year`).fill(d.year);
  await page.locator(`#${stem}-month`).fill(d.month);
  await page.locator(`#${stem}-day`).fill(d.day);
}

/** Fills one person of the household form, the names through the IME so that the kana fill themselves. */
export async function fillPerson(page: Page, cdp: CDPSession, n: number, p: ResidentPerson): Promise<void> {
  await page.locator(`#person-${n}-familyName`).click();
  await typeWithIme(cdp, p.family[1], p.family[0]);
  await page.locator(`#person-${n}-givenName`).click();
  await typeWithIme(cdp, p.given[1], p.given[0]);
  await expect(page.locator(`#person-${n}-familyNameKana`)).toHaveValue(p.family[1]);
  await expect(page.locator(`#person-${n}-givenNameKana`)).toHaveValue(p.given[1]);
  await fillDate(page, `person-${n}-birth`, p.birth);
  await page.locator(`#person-${n}-sex-${p.sex === '男' ? 1 : 2}`).check();
  if (p.relationship) await page.locator(`#person-${n}-relationship`).selectOption(p.relationship);
}

/** On the result screen of 転入: opens the household form and fills it for the given household. */
export async function fillHousehold(page: Page, household = defaultHousehold): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await page.getByRole('button', { name: /世帯の情報を入力する/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '世帯の情報の入力' })).toBeVisible();
  await page.locator('#hh-postal').fill(household.postalCode);
  await expect(page.locator('#hh-address')).toHaveValue(/^福岡県小郡市/);
  await page.locator('#hh-address').press('End');
  await page.locator('#hh-address').pressSequentially(household.street);
  await page.locator('#hh-katagaki').fill(household.katagaki);
  await page.locator('#hh-other').fill(household.otherAddress);
  const today = new Date();
  await fillDate(page, 'hh-movedOn', {
    era: '西暦',
    year: String(today.getFullYear()),
    month: String(today.getMonth() + 1),
    day: String(today.getDate()),
  });
  for (const [i, p] of household.persons.entries()) {
    if (i > 0) await page.getByRole('button', { name: '人を追加する' }).click();
    await fillPerson(page, cdp, i + 1, p);
  }
  await cdp.detach();
}

/** The code the QR screen shows, from its DOM. */
export async function shownCode(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { level: 1, name: 'QRコードができました' })).toBeVisible();
  const code = await page.locator('figure[data-code]').getAttribute('data-code');
  if (!code) throw new Error('no data-code on the QR figure');
  return code;
}

/**
 * A resident's whole 転入 path in the citizen app (first choice of every question, the default household) up to
 * the QR code; returns the code's base32 text. The counter's specs feed it to importCitizenCode.
 */
export async function residentCode(page: Page, baseURL: string, household = defaultHousehold): Promise<string> {
  const config = await citizenConfig(page, baseURL);
  const tennyu = config.flows.find((f) => f.id === 'tennyu');
  if (!tennyu) throw new Error('no tennyu flow');
  await openStart(page, baseURL);
  await answerMainPath(page, tennyu);
  await fillHousehold(page, household);
  await page.getByRole('button', { name: 'QRコードを作る' }).click();
  return shownCode(page);
}

/** Decodes the QR code in a PNG with zbarimg (an independent decoder, Debian zbar-tools). */
export function decodeQr(png: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'kakanai-qr-'));
  try {
    const file = join(dir, 'qr.png');
    writeFileSync(file, png);
    return execFileSync('zbarimg', ['--quiet', '--raw', file], { encoding: 'utf8' }).trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
