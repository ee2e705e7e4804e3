import { createDecipheriv } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { x25519 } from '@noble/curves/ed25519.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { encodeCbor } from '../../citizen/src/qr/cbor';
import { makeCode } from '../../citizen/src/qr/code';
import { type QrPayload, payloadToCbor } from '../../citizen/src/qr/payload';
import { gql } from './counter-api';
import { expect, test } from './fixtures';
import { answerMainPath, citizenConfig, openStart, residentCode } from './citizen-api';

// The QR code is byte-exact between the browser (clients/citizen, TypeScript) and the server (internal/navi, Go)
// (N-t, N-v). The Go side's test vector fixes the plaintext bytes and a code Go sealed; this spec opens both
// codes with its own decoder (Node's crypto and zlib, not the app's code) and, end to end, lets the server open a
// code the app made and evaluate it.

const here = dirname(fileURLToPath(import.meta.url));

type Vector = {
  privateKeyHex: string;
  publicKey: string;
  keyId: number;
  now: number;
  expiry: number;
  plaintextCborHex: string;
  code: string;
  payload: {
    flow: string;
    made: number;
    answers: Record<string, string>;
    household: Omit<NonNullable<QrPayload['household']>, 'persons'> & {
      persons: (Partial<NonNullable<QrPayload['household']>['persons'][number]> & { sex: 1 | 2 })[];
    };
  };
};

const vector = JSON.parse(readFileSync(join(here, '../../../internal/navi/testdata/vector.json'), 'utf8')) as Vector;

function fromBase32(s: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of s.toUpperCase().replace(/\s/g, '')) {
    const i = alphabet.indexOf(ch);
    if (i < 0) throw new Error(`not base32: ${ch}`);
    value = (value << 5) | i;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** The contract's v1 format, opened independently of the app: returns the header fields and the CBOR plaintext. */
function open(code: string, privateKey: Uint8Array) {
  const bin = fromBase32(code);
  expect(bin[0]).toBe(1);
  const keyId = bin.readUInt32BE(1);
  const expiry = bin.readUInt32BE(5);
  const ephemeral = bin.subarray(9, 41);
  const nonce = bin.subarray(41, 53);
  const sealed = bin.subarray(53);
  const tenantPublic = x25519.getPublicKey(privateKey);
  const shared = x25519.getSharedSecret(privateKey, ephemeral);
  const key = hkdf(sha256, shared, Buffer.concat([ephemeral, tenantPublic]), Buffer.from('kakanai citizen qr v1'), 32);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAAD(bin.subarray(0, 53));
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  const compressed = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]);
  return { keyId, expiry, cbor: inflateRawSync(compressed) };
}

function vectorPayload(): QrPayload {
  const h = vector.payload.household;
  return {
    flow: vector.payload.flow,
    made: vector.payload.made,
    answers: vector.payload.answers,
    household: {
      ...h,
      otherKatagaki: h.otherKatagaki ?? '',
      persons: h.persons.map((p) => ({
        familyName: p.familyName ?? '',
        givenName: p.givenName ?? '',
        familyNameKana: p.familyNameKana ?? '',
        givenNameKana: p.givenNameKana ?? '',
        birthDate: p.birthDate ?? '',
        sex: p.sex,
        relationship: p.relationship ?? '',
        nationality: p.nationality ?? '',
        romajiName: p.romajiName ?? '',
      })),
    },
  };
}

test('N-t: the app\'s CBOR of the Go test vector\'s payload is byte for byte the vector\'s plaintext', () => {
  expect(Buffer.from(encodeCbor(payloadToCbor(vectorPayload()))).toString('hex')).toBe(vector.plaintextCborHex);
});

test('N-v: the independent decoder opens the code Go sealed (checks the decoder against the vector)', () => {
  const opened = open(vector.code, Buffer.from(vector.privateKeyHex, 'hex'));
  expect(opened.keyId).toBe(vector.keyId);
  expect(opened.expiry).toBe(vector.expiry);
  expect(opened.cbor.toString('hex')).toBe(vector.plaintextCborHex);
});

test('N-v: a code the app seals opens to the same plaintext, with the key id and min(now+days, key expiry)', async () => {
  const now = vector.now * 1000;
  const made = await makeCode(vectorPayload(), { id: vector.keyId, publicKey: vector.publicKey, expiresAt: '2099-01-01T00:00:00Z' }, 30, now);
  const opened = open(made.code, Buffer.from(vector.privateKeyHex, 'hex'));
  expect(opened.keyId).toBe(vector.keyId);
  expect(opened.expiry).toBe(vector.now + 30 * 86400);
  expect(opened.cbor.toString('hex')).toBe(vector.plaintextCborHex);
  expect(made.code).toMatch(/^[A-Z2-7]+$/);
  // The city's key expiring sooner caps the code's expiry.
  const capped = await makeCode(vectorPayload(), { id: 7, publicKey: vector.publicKey, expiresAt: new Date(now + 86400_000).toISOString() }, 30, now);
  expect(open(capped.code, Buffer.from(vector.privateKeyHex, 'hex')).expiry).toBe(vector.now + 86400);
});

test('N-t N-a: the server opens a code the app made and evaluates the same procedures the result screen listed', async ({ page, server }) => {
  await page.setViewportSize({ width: 1280, height: 1000 });
  const code = await residentCode(page, server.url);
  await gql(page, server.url, 'mutation($p: String!) { login(loginId: "admin", password: $p) { __typename } }', {
    p: server.adminPassword,
  });
  const imported = await gql<{ importCitizenCode: { flowId: string; persons: number; procedures: string[]; bring: string[] } }>(
    page,
    server.url,
    'mutation($c: String!) { importCitizenCode(code: $c) { flowId persons procedures bring } }',
    { c: code },
  );
  expect(imported.importCitizenCode.flowId).toBe('tennyu');
  expect(imported.importCitizenCode.persons).toBe(2);
  expect(imported.importCitizenCode.procedures.length).toBeGreaterThan(0);
  // Walk the same answers again in the app and compare the lists.
  const config = await citizenConfig(page, server.url);
  const tennyu = config.flows.find((f) => f.id === 'tennyu');
  if (!tennyu) throw new Error('no tennyu');
  await openStart(page, server.url);
  await answerMainPath(page, tennyu);
  const shown = await page.getByTestId('procedures').getByRole('heading', { level: 3 }).allInnerTexts();
  expect(shown).toEqual(imported.importCitizenCode.procedures);
  const bring = await page.getByTestId('bring').locator('li').allInnerTexts();
  expect(bring.map((b) => b.trim())).toEqual(imported.importCitizenCode.bring);
});

test('N-t: without CompressionStream (Safari before 16.4) the app still makes a code the counter opens', async ({ page, server }) => {
  await page.addInitScript(() => {
    Reflect.deleteProperty(window, 'CompressionStream');
  });
  await page.setViewportSize({ width: 390, height: 844 });
  const code = await residentCode(page, server.url);
  expect(await page.evaluate(() => typeof window.CompressionStream)).toBe('undefined');
  await gql(page, server.url, 'mutation($p: String!) { login(loginId: "admin", password: $p) { __typename } }', {
    p: server.adminPassword,
  });
  const imported = await gql<{ importCitizenCode: { flowId: string; persons: number } }>(
    page,
    server.url,
    'mutation($c: String!) { importCitizenCode(code: $c) { flowId persons } }',
    { c: code },
  );
  expect(imported.importCitizenCode).toEqual({ flowId: 'tennyu', persons: 2 });
});
