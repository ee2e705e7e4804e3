import type { Locator } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { axeViolations } from './axe';
import { expect, logIn, test } from './fixtures';
import { gql } from './notification-api';

// 管理 › 見本から定義体を作成 (B2): a scan of the 旧様式B 転出証明書 (the specimen generator's moveout-legacy-b) is
// uploaded, boxes are drawn with the mouse, moved with the keyboard and set exactly in the numeric inputs, and the
// server builds the city's template from them. The boxes are the shared library's own moveout-legacy-b, in pixels of
// the 300 dpi sample; the template gets an ID no other test uses. The file sorts after admin.spec.ts on purpose:
// admin.spec.ts's OCR定義体 test takes the first 転出証明書 row for a shared one, which a city template would precede.

const here = dirname(fileURLToPath(import.meta.url));
const bin = () => resolve(here, '..', process.env.KAKANAI_BIN || '../../bin/kakanai');

/** A clean 300 dpi scan of the 旧様式B, written by the server binary's specimen generator. */
function legacySample(): { name: string; data: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'kakanai-sample-'));
  try {
    execFileSync(bin(), ['bench', 'ocr', '--write', dir, '--layouts', 'moveout-legacy-b', '--conditions', 'clean', '--seed', '3'], {
      stdio: 'pipe',
    });
    const png = readdirSync(dir).find((f) => f.endsWith('.png'));
    if (!png) throw new Error('the specimen generator wrote no PNG');
    return { name: png, data: readFileSync(join(dir, png)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type MM = { x: number; y: number; w: number; h: number };
type Shared = {
  frame: { x: number; y: number };
  title: { text: string; box: MM };
  persons: { slots: number; dx: number; dy: number };
  fields: { key: string; kind: string; person: number; box: MM; label?: string }[];
};

const px = (mm: number) => Math.round((mm / 25.4) * 300);
/** A box of the shared template (millimetres from its frame) in pixels of the sample, as the Go test draws it. */
function pixels(t: Shared, b: MM) {
  const x = t.frame.x + b.x;
  const y = t.frame.y + b.y;
  return { x: px(x), y: px(y), w: px(x + b.w) - px(x), h: px(y + b.h) - px(y) };
}

async function setBox(box: Locator, r: { x: number; y: number; w: number; h: number }) {
  // Width and height first: the position is kept inside the image for the size the box has.
  await box.getByLabel('幅', { exact: true }).fill(String(r.w));
  await box.getByLabel('高さ', { exact: true }).fill(String(r.h));
  await box.getByLabel('左端（x）').fill(String(r.x));
  await box.getByLabel('上端（y）').fill(String(r.y));
}

async function value(box: Locator, label: string): Promise<number> {
  return Number(await box.getByLabel(label, { exact: true }).inputValue());
}

test('見本から定義体を作成: boxes drawn with the mouse, moved with the keyboard and typed exactly build a template that is listed', async ({
  page,
  server,
}) => {
  test.setTimeout(90_000);
  const sample = legacySample();
  await logIn(page, server);
  const lib = await gql<{ ocrTemplates: { templateID: string; own: boolean; definition: string }[] }>(
    page,
    server,
    '{ ocrTemplates(documentType: "moveOutCertificate") { templateID own definition } }',
  );
  const sharedDef = lib.ocrTemplates.find((t) => t.templateID === 'moveout-legacy-b' && !t.own)?.definition;
  expect(sharedDef, 'the shared library lists moveout-legacy-b').toBeTruthy();
  const shared = JSON.parse(sharedDef ?? '{}') as Shared;
  const want = (key: string) => {
    const f = shared.fields.find((x) => x.key === key);
    if (!f) throw new Error(`moveout-legacy-b has no ${key}`);
    return { ...f, px: pixels(shared, f.box) };
  };

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: '管理' }).click();
  await page.getByRole('navigation', { name: '管理メニュー' }).getByRole('link', { name: '見本から定義体を作成' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '見本から定義体を作成' })).toBeFocused();
  await expect(page).toHaveTitle('見本から定義体を作成（管理）｜書かない窓口');

  // 1. The sample: uploaded here, then chosen and shown.
  const upload = page.getByRole('form', { name: '見本を取り込む' });
  await upload.getByRole('button', { name: '取り込む', exact: true }).click();
  await expect(upload.getByText('見本の画像ファイルを選んでください（PNG・JPEG）。')).toBeVisible();
  await upload.getByLabel('見本の画像ファイル').setInputFiles({ name: sample.name, mimeType: 'image/png', buffer: sample.data });
  await upload.getByRole('button', { name: '取り込む', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '見本にしました' })).toHaveText(`${sample.name} を取り込み、見本にしました。`);
  const image = page.getByRole('img', { name: `見本の画像（${sample.name}）` });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((el) => (el instanceof HTMLImageElement ? el.naturalWidth : 0))).toBe(2150);

  // 2. A box drawn with the mouse over the 住所 lands where it was drawn, and its 項目 takes the focus.
  const area = page.getByTestId('sample-draw-area');
  const address = want('address');
  await image.scrollIntoViewIfNeeded();
  const ab = await area.boundingBox();
  if (!ab) throw new Error('no drawing area');
  const scale = ab.width / 2150;
  await page.mouse.move(ab.x + address.px.x * scale, ab.y + address.px.y * scale);
  await page.mouse.down();
  await page.mouse.move(ab.x + (address.px.x + address.px.w / 2) * scale, ab.y + (address.px.y + address.px.h / 2) * scale, { steps: 4 });
  await page.mouse.move(ab.x + (address.px.x + address.px.w) * scale, ab.y + (address.px.y + address.px.h) * scale, { steps: 4 });
  await page.mouse.up();
  const boxes = page.getByTestId('sample-box');
  await expect(boxes).toHaveCount(1);
  const first = boxes.nth(0);
  await expect(first.getByRole('combobox', { name: '項目' })).toBeFocused();
  const slack = 2 / scale + 2;
  expect(Math.abs((await value(first, '左端（x）')) - address.px.x)).toBeLessThan(slack);
  expect(Math.abs((await value(first, '上端（y）')) - address.px.y)).toBeLessThan(slack);
  expect(Math.abs((await value(first, '幅')) - address.px.w)).toBeLessThan(2 * slack);
  await first.getByRole('combobox', { name: '項目' }).selectOption('address');
  await expect(first.getByRole('combobox', { name: '読み方' })).toHaveValue('address');
  await expect(first.getByRole('textbox', { name: '印字された見出し' })).toHaveValue('住所');

  // The keyboard moves (arrows, 10 px; with Alt 1 px) and resizes (Shift) the box on the image.
  await setBox(first, address.px);
  const onImage = page.getByRole('button', { name: /^枠1（住所）：左/ });
  await onImage.focus();
  await page.keyboard.press('ArrowRight');
  await expect(first.getByLabel('左端（x）')).toHaveValue(String(address.px.x + 10));
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(first.getByLabel('左端（x）')).toHaveValue(String(address.px.x + 9));
  await page.keyboard.press('Shift+ArrowDown');
  await expect(first.getByLabel('高さ', { exact: true })).toHaveValue(String(address.px.h + 10));
  await expect(page.getByTestId('sample-box-said')).toHaveText(
    `枠1（住所）：左${address.px.x + 9}・上${address.px.y}・幅${address.px.w}・高さ${address.px.h + 10}ピクセル`,
  );
  await setBox(first, address.px);

  // Every other box from 「枠を追加」 and the numeric inputs only.
  const rest = ['destinationAddress', 'moveOutDate', 'headOfHousehold', 'fullName', 'fullNameKana', 'birthDate'];
  for (const [i, key] of rest.entries()) {
    const f = want(key);
    await page.getByRole('button', { name: '枠を追加' }).click();
    const box = boxes.nth(i + 1);
    await expect(box.getByRole('combobox', { name: '項目' })).toBeFocused();
    await box.getByRole('combobox', { name: '項目' }).selectOption(key);
    await box.getByRole('combobox', { name: '読み方' }).selectOption(f.kind);
    await box.getByRole('combobox', { name: '欄' }).selectOption(String(f.person));
    await setBox(box, f.px);
  }
  // The title, which tells this layout from others.
  await page.getByRole('button', { name: '枠を追加' }).click();
  const titleBox = boxes.nth(rest.length + 1);
  await titleBox.getByRole('combobox', { name: '使い方' }).selectOption('title');
  await setBox(titleBox, pixels(shared, shared.title.box));

  // Missing items are named, each linked to its field.
  const templateID = `e2e-legacy-b-${randomBytes(3).toString('hex')}`;
  await page.getByRole('button', { name: '定義体を作成' }).click();
  const summary = page.getByRole('alert').filter({ hasText: '定義体を作成できませんでした' });
  await expect(summary).toContainText('定義体のID：定義体のIDを入力してください。');
  await expect(summary).toContainText('定義体の名前：定義体の名前を入力してください。');
  await summary.getByRole('link', { name: /^定義体のID：/ }).click();
  await expect(page.getByLabel('定義体のID')).toBeFocused();
  await page.getByLabel('定義体のID').fill(templateID);
  await page.getByLabel('定義体の名前').fill('鳥栖市の転出証明書（見本から作成）');
  await page.getByLabel('発行団体（団体コード）').fill('401340');
  await page.getByLabel('用紙の幅（mm）').fill('182');
  await page.getByLabel('表題の文字').fill(shared.title.text);
  await page.getByLabel('人の欄の数').fill(String(shared.persons.slots));
  await page.getByLabel('次の人の欄までの横のずれ').fill(String(px(shared.persons.dx)));
  await page.getByLabel('次の人の欄までの縦のずれ').fill(String(px(shared.persons.dy)));

  // Nothing is lost on a reload: the sample, the boxes and the form come back.
  await page.reload();
  await expect(boxes).toHaveCount(rest.length + 2);
  await expect(boxes.nth(4).getByRole('combobox', { name: '項目' })).toHaveValue('fullName');
  await expect(boxes.nth(4).getByLabel('左端（x）')).toHaveValue(String(want('fullName').px.x));
  await expect(page.getByLabel('定義体のID')).toHaveValue(templateID);
  await expect(image).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: '定義体を作成' }).click();
  const done = page.getByRole('status').filter({ hasText: 'として作成しました' });
  await expect(done).toContainText(`定義体「鳥栖市の転出証明書（見本から作成）」（転出証明書）を ${templateID}@1 として作成しました。`, {
    timeout: 30_000,
  });

  // The server found the table's rulings and placed every field; the city's list holds it.
  const mine = await gql<{ ocrTemplates: { ref: string; own: boolean; issuers: string[]; definition: string }[] }>(
    page,
    server,
    '{ ocrTemplates(documentType: "moveOutCertificate") { ref own issuers definition } }',
  );
  const built = mine.ocrTemplates.find((t) => t.ref === `${templateID}@1`);
  expect(built?.own).toBe(true);
  expect(built?.issuers).toEqual(['401340']);
  const def = JSON.parse(built?.definition ?? '{}') as {
    frame: { kind: string };
    title: { text: string };
    persons: { slots: number };
    fields: { key: string; person: number }[];
  };
  expect(def.frame.kind).toBe('table');
  expect(def.title.text).toBe(shared.title.text);
  expect(def.persons.slots).toBe(shared.persons.slots);
  expect(def.fields.map((f) => f.key)).toEqual(['address', ...rest]);
  await done.getByRole('link', { name: 'OCR定義体の一覧へ' }).click();
  await expect(page.getByTestId('admin-ocr-row').filter({ hasText: `${templateID}@1` })).toBeVisible();
});
