import { writeFileSync } from 'node:fs';
import { type Page, chromium } from '@playwright/test';
import qrcode from 'qrcode-generator';
import { createCipheriv, createPublicKey, diffieHellman, generateKeyPairSync, hkdfSync, randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { type CitizenConfig, type Flow, citizenConfig, defaultHousehold, mainPath, residentCode } from './citizen-api';
import { axeViolations } from './axe';
import { gql, openReception } from './counter-api';
import { expect, logIn, test } from './fixtures';

// The counter's side of the residents' QR code (N-t, N-u): a USB reader in keyboard mode types the code into
// 「二次元コード読取」 and presses Enter; the console opens the draft 届出 or shows what the resident prepared.

type QrConfig = CitizenConfig & { qrKey: { id: number; publicKey: string; expiresAt: string } };

// ---- A code sealed here, independently of the citizen app, byte for byte as the issue 8 contract writes it.

function cborHead(major: number, n: number): Buffer {
  if (n < 24) return Buffer.from([(major << 5) | n]);
  if (n < 0x100) return Buffer.from([(major << 5) | 24, n]);
  if (n < 0x10000) return Buffer.from([(major << 5) | 25, n >> 8, n & 0xff]);
  const b = Buffer.alloc(5);
  b[0] = (major << 5) | 26;
  b.writeUInt32BE(n, 1);
  return b;
}

type Cbor = number | string | Cbor[] | Map<number | string, Cbor>;

function cbor(v: Cbor): Buffer {
  if (typeof v === 'number') return cborHead(0, v);
  if (typeof v === 'string') {
    const bytes = Buffer.from(v, 'utf8');
    return Buffer.concat([cborHead(3, bytes.length), bytes]);
  }
  if (Array.isArray(v)) return Buffer.concat([cborHead(4, v.length), ...v.map(cbor)]);
  const parts: Buffer[] = [cborHead(5, v.size)];
  for (const [k, x] of v) parts.push(cbor(k), cbor(x));
  return Buffer.concat(parts);
}

function base32(bytes: Buffer): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
}

/** Seals a payload to a tenant key (X25519 + HKDF-SHA256 + AES-256-GCM over raw DEFLATE). */
function sealCode(payload: Cbor, key: { id: number; publicKey: string }, expiry: number): string {
  const tenantPub = Buffer.from(key.publicKey, 'base64url');
  const tenant = createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: key.publicKey }, format: 'jwk' });
  const eph = generateKeyPairSync('x25519');
  const ephPub = Buffer.from(eph.publicKey.export({ format: 'jwk' }).x ?? '', 'base64url');
  const shared = diffieHellman({ privateKey: eph.privateKey, publicKey: tenant });
  const aesKey = Buffer.from(hkdfSync('sha256', shared, Buffer.concat([ephPub, tenantPub]), 'kakanai citizen qr v1', 32));
  const nonce = randomBytes(12);
  const header = Buffer.alloc(53);
  header[0] = 1;
  header.writeUInt32BE(key.id, 1);
  header.writeUInt32BE(expiry, 5);
  ephPub.copy(header, 9);
  nonce.copy(header, 41);
  const cipher = createCipheriv('aes-256-gcm', aesKey, nonce);
  cipher.setAAD(header);
  const sealed = Buffer.concat([cipher.update(deflateRawSync(cbor(payload))), cipher.final(), cipher.getAuthTag()]);
  return base32(Buffer.concat([header, sealed]));
}

function answersOf(flow: Flow): Map<string, string> {
  return new Map(mainPath(flow).map(({ question, choice }) => [question.id, choice.id]));
}

async function qrConfig(page: Page, baseURL: string): Promise<QrConfig> {
  return (await citizenConfig(page, baseURL)) as QrConfig;
}

function flowOf(config: CitizenConfig, id: string): Flow {
  const f = config.flows.find((x) => x.id === id);
  if (!f) throw new Error(`no ${id} flow`);
  return f;
}

const now = () => Math.floor(Date.now() / 1000);

// ---- The field, as a wedge reader uses it.

function codeField(page: Page) {
  return page.getByRole('textbox', { name: '二次元コード読取' });
}

/** What a keyboard-wedge reader does: types every character, then presses Enter. */
async function scan(page: Page, text: string) {
  await codeField(page).focus();
  await page.keyboard.type(text, { delay: 0 });
  await page.keyboard.press('Enter');
}

type ReceptionNode = { node: { channel: string; confirmationNumber: string } };

async function receptionOf(page: Page, baseURL: string, notificationURL: string) {
  const id = /\/notifications\/(\d+)$/.exec(notificationURL)?.[1] ?? '';
  expect(id).not.toBe('');
  const n = await gql<{ node: { reception: { id: string } | null } }>(
    page,
    baseURL,
    'query($id: ID!) { node(id: $id) { ... on Notification { reception { id } } } }',
    { id },
  );
  const rid = n.node.reception?.id ?? '';
  expect(rid).not.toBe('');
  const r = await gql<ReceptionNode>(
    page,
    baseURL,
    'query($id: ID!) { node(id: $id) { ... on Reception { channel confirmationNumber } } }',
    { id: rid },
  );
  return { id: rid, ...r.node };
}

// ---- The tablet's camera: Chromium's fake camera playing a picture of a QR code.

/**
 * One frame of YUV 4:2:0 video showing `text` as a QR code (alphanumeric, level M, as the resident's app draws it)
 * in the middle of a white 640×480 picture; Chromium's fake camera loops it.
 */
function qrVideo(text: string): string {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Alphanumeric');
  qr.make();
  const n = qr.getModuleCount();
  const [w, h] = [640, 480];
  // Whole pixels per module with at least four modules of quiet zone, as ISO/IEC 18004 asks.
  const px = Math.floor(h / (n + 8));
  const left = Math.floor((w - n * px) / 2);
  const top = Math.floor((h - n * px) / 2);
  const luma = Buffer.alloc(w * h, 255);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (!qr.isDark(r, c)) continue;
      for (let y = 0; y < px; y++) {
        const row = (top + r * px + y) * w + left;
        luma.fill(0, row + c * px, row + (c + 1) * px);
      }
    }
  }
  const chroma = Buffer.alloc((w / 2) * (h / 2) * 2, 128);
  const file = test.info().outputPath('qr.y4m');
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${w} H${h} F10:1 Ip A1:1 C420jpeg\nFRAME\n`), luma, chroma]));
  return file;
}

/** A browser of its own whose camera shows the file: the suite's browser has no camera. */
function cameraBrowser(video: string) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
}

function editorField(page: Page, path: string) {
  return page.locator(`#f-${path.replace(/[^A-Za-z0-9]+/g, '-')}`);
}

test('N-t: an unreadable, expired or foreign code is named in Japanese beside the field, which stays focused and empty', async ({
  page,
  server,
}) => {
  await logIn(page, server);
  const config = await qrConfig(page, server.url);
  const field = codeField(page);

  await scan(page, 'NOT A CODE 1234');
  await expect(page.getByText('Kakanaiの二次元コードではありません')).toBeVisible();
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/Kakanaiの二次元コードではありません/);
  expect(await axeViolations(page)).toEqual([]);

  const payload = new Map<number, Cbor>([
    [1, 1],
    [2, 'shomei'],
    [3, now()],
  ]);
  await scan(page, sealCode(payload, config.qrKey, now() - 60));
  await expect(page.getByText('二次元コードの有効期限が切れています')).toBeVisible();
  await expect(field).toBeFocused();

  // Sealed to a key this city never had: another city's code.
  const other = generateKeyPairSync('x25519').publicKey.export({ format: 'jwk' }).x ?? '';
  await scan(page, sealCode(payload, { id: 0x1234567, publicKey: other }, now() + 3600));
  await expect(page.getByText('この二次元コードの暗号鍵は使えません')).toBeVisible();
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('');

  // No reception was opened for the failed reads.
  await expect(page.getByRole('heading', { level: 1, name: '本日の受付' })).toBeVisible();
});

test('N-u: a code typed by a wedge reader (lower case, spaces, a line break) opens a certificate reception with its procedures', async ({
  page,
  server,
}) => {
  await logIn(page, server);
  const config = await qrConfig(page, server.url);
  const shomei = flowOf(config, 'shomei');
  const code = sealCode(
    new Map<number, Cbor>([
      [1, 1],
      [2, 'shomei'],
      [3, now()],
      [4, answersOf(shomei)],
    ]),
    config.qrKey,
    now() + 86_400,
  );
  const r = await openReception(page, server.url);
  await page.goto(`${server.url}/receptions/${r.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `受付 ${r.confirmationNumber}` })).toBeFocused();
  const wedged = `${code.slice(0, 40).toLowerCase()} ${code.slice(40, 90)}\n${code.slice(90)}`;
  await codeField(page).focus();
  await page.keyboard.insertText(wedged);
  await page.keyboard.press('Enter');

  const summary = page.getByTestId('citizen-import');
  await expect(summary).toContainText(`読み取った手続き：${shomei.title.ja}`);
  await expect(page.getByRole('status').filter({ hasText: 'の二次元コードを読み込みました' })).toBeVisible();
  await expect(codeField(page)).toBeFocused();
  await expect(codeField(page)).toHaveValue('');
  await expect(summary.getByRole('heading', { name: '必要な手続き' })).toBeVisible();
  await expect(summary.getByRole('heading', { name: '持ち物' })).toBeVisible();
  await expect(page.getByTestId('reception-channel')).toHaveText('・市民のQRコード');
  const reception = await gql<ReceptionNode>(
    page,
    server.url,
    'query($id: ID!) { node(id: $id) { ... on Reception { channel confirmationNumber } } }',
    { id: r.id },
  );
  expect(reception.node.channel).toBe('citizen_qr');
  expect(await axeViolations(page)).toEqual([]);
});

test('N-u: the resident’s 転入 code read at 本日の受付 opens the draft with the household’s names, kana, birth dates and address', async ({
  page,
  server,
  browser,
}) => {
  test.setTimeout(120_000);
  const resident = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  let code: string;
  try {
    code = await residentCode(await resident.newPage(), server.url);
  } finally {
    await resident.close();
  }

  await logIn(page, server);
  await scan(page, code);
  await expect(page).toHaveURL(/\/notifications\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('住民異動届');
  await expectDefaultHousehold(page);

  const reception = await receptionOf(page, server.url, page.url());
  expect(reception.channel).toBe('citizen_qr');

  // The same code read into an open reception joins it rather than opening another.
  const open = await openReception(page, server.url);
  await page.goto(`${server.url}/receptions/${open.id}`);
  await scan(page, code.toLowerCase());
  await expect(page).toHaveURL(/\/notifications\/\d+$/);
  const joined = await receptionOf(page, server.url, page.url());
  expect(joined.id).toBe(open.id);
  expect(joined.channel).toBe('citizen_qr');
});

test('N-t: the tablet camera names a QR code that is not the navigation’s once, keeps scanning, and closes back to its button', async ({
  server,
}) => {
  const browser = await cameraBrowser(qrVideo('HTTPS://EXAMPLE.JP/KAKANAI'));
  try {
    const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo', permissions: ['camera'] });
    const page = await context.newPage();
    await logIn(page, server);
    await page.getByRole('button', { name: 'カメラで読み取る' }).click();
    const camera = page.getByTestId('citizen-camera');
    const close = camera.getByRole('button', { name: 'カメラを閉じる' });
    await expect(close).toBeFocused();
    await expect(camera.getByRole('status')).toHaveText(/^手続きナビの二次元コードではありません。/);
    expect(await axeViolations(page)).toEqual([]);

    // Still scanning: the view stays open, and nothing was sent to the server.
    await page.waitForTimeout(1_000);
    await expect(camera.getByLabel('カメラの映像')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: '本日の受付' })).toBeVisible();

    await close.press('Enter');
    await expect(camera).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'カメラで読み取る' })).toBeFocused();

    // Without a camera API (a PC, or plain http to another host) the button is not offered.
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'mediaDevices', { value: undefined, configurable: true });
    });
    await page.reload();
    await expect(codeField(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'カメラで読み取る' })).toHaveCount(0);
  } finally {
    await browser.close();
  }
});

test('N-u: a 転入 code read by the tablet camera at 本日の受付 opens the draft with the household’s names', async ({ server, page }) => {
  test.setTimeout(60_000);
  const config = await qrConfig(page, server.url);
  const tennyu = flowOf(config, 'tennyu');
  const person = (name: [string, string, string, string], birth: string, sex: number, relationship: string) =>
    new Map<number, Cbor>([...name.map((v, i): [number, Cbor] => [i + 1, v]), [5, birth], [6, sex], [7, relationship]]);
  const code = sealCode(
    new Map<number, Cbor>([
      [1, 1],
      [2, 'tennyu'],
      [3, now()],
      [4, answersOf(tennyu)],
      [
        5,
        new Map<number, Cbor>([
          [1, defaultHousehold.postalCode],
          [2, `福岡県小郡市小郡${defaultHousehold.street}`],
          [3, defaultHousehold.katagaki],
          [4, defaultHousehold.otherAddress],
          [6, new Date().toISOString().slice(0, 10)],
          [
            7,
            [
              person(['山田', '太郎', 'やまだ', 'たろう'], '1985-04-12', 1, '世帯主'),
              person(['山田', '花子', 'やまだ', 'はなこ'], '1990-01-31', 2, '妻'),
            ],
          ],
        ]),
      ],
    ]),
    config.qrKey,
    now() + 86_400,
  );

  const browser = await cameraBrowser(qrVideo(code));
  try {
    const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo', permissions: ['camera'] });
    const tablet = await context.newPage();
    await logIn(tablet, server);
    await tablet.getByRole('button', { name: 'カメラで読み取る' }).click();
    await expect(tablet).toHaveURL(/\/notifications\/\d+$/, { timeout: 20_000 });
    await expect(tablet.getByRole('heading', { level: 1 })).toContainText('住民異動届');
    await expectDefaultHousehold(tablet);
    const reception = await receptionOf(tablet, server.url, tablet.url());
    expect(reception.channel).toBe('citizen_qr');
  } finally {
    await browser.close();
  }
});

/** The draft 届出 the editor shows holds the resident's default household (citizen-api.ts). */
async function expectDefaultHousehold(page: Page): Promise<void> {
  await expect(editorField(page, 'persons.0.familyName')).toHaveValue('山田');
  await expect(editorField(page, 'persons.0.givenName')).toHaveValue('太郎');
  await expect(editorField(page, 'persons.0.familyNameKana')).toHaveValue('やまだ');
  await expect(editorField(page, 'persons.0.givenNameKana')).toHaveValue('たろう');
  await expect(editorField(page, 'persons.0.birthDate')).toHaveValue(/1985-04-12|昭和60年4月12日/);
  await expect(editorField(page, 'persons.1.givenName')).toHaveValue('花子');
  await expect(editorField(page, 'persons.1.givenNameKana')).toHaveValue('はなこ');
  await expect(editorField(page, 'persons.1.birthDate')).toHaveValue(/1990-01-31|平成2年1月31日/);
  await expect(editorField(page, 'newAddress.line')).toHaveValue(new RegExp(`^福岡県小郡市.*${defaultHousehold.street}$`));
}
