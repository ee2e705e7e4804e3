import { x25519 } from '@noble/curves/ed25519.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { base32, base64urlDecode } from './base32';
import { encodeCbor } from './cbor';
import { payloadToCbor, type QrPayload } from './payload';

// The encrypted code of the issue 8 contract (N-t, N-v): CBOR → raw DEFLATE → AES-256-GCM under a key agreed by
// ephemeral X25519 with the city's public key. Only the city's server holds the private key, so the code can be
// shown, printed or photographed without exposing the household; nothing is sent anywhere to make it.

const formatVersion = 1;
const headerLength = 53;
const info = new TextEncoder().encode('kakanai citizen qr v1');

export type QrKey = { id: number; publicKey: string; expiresAt: string };

export type MadeCode = { code: string; expiresAt: Date };

// Raw DEFLATE by the browser's own CompressionStream; Safari before 16.4 (iOS 15 and older, still on elderly
// residents' phones) has none, so fflate (8 KB) is fetched only there.
async function deflateRaw(data: Uint8Array): Promise<Uint8Array> {
  if (typeof CompressionStream === 'undefined') {
    const { deflateSync } = await import('fflate');
    return deflateSync(data, { level: 9 });
  }
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function putUint32(buf: Uint8Array, at: number, n: number) {
  new DataView(buf.buffer, buf.byteOffset, buf.byteLength).setUint32(at, n >>> 0, false);
}

/** Seals the payload; `made` defaults to now. */
export async function makeCode(
  payload: Omit<QrPayload, 'made'> & { made?: number },
  key: QrKey,
  codeValidDays: number,
  now = Date.now(),
): Promise<MadeCode> {
  const tenantPublic = base64urlDecode(key.publicKey);
  if (tenantPublic.length !== 32) throw new Error('qrKey.publicKey is not a 32-byte X25519 key');
  const plain = await deflateRaw(encodeCbor(payloadToCbor({ ...payload, made: payload.made ?? Math.floor(now / 1000) })));

  const ephemeralSecret = x25519.utils.randomSecretKey();
  const ephemeralPublic = x25519.getPublicKey(ephemeralSecret);
  const shared = x25519.getSharedSecret(ephemeralSecret, tenantPublic);
  const salt = new Uint8Array(64);
  salt.set(ephemeralPublic, 0);
  salt.set(tenantPublic, 32);
  const keyBytes = hkdf(sha256, shared, salt, info, 32);
  ephemeralSecret.fill(0);
  shared.fill(0);

  const nowSeconds = Math.floor(now / 1000);
  const keyExpiry = Math.floor(Date.parse(key.expiresAt) / 1000);
  const expiry = Math.min(nowSeconds + codeValidDays * 86400, Number.isFinite(keyExpiry) ? keyExpiry : Infinity);

  const header = new Uint8Array(headerLength);
  header[0] = formatVersion;
  putUint32(header, 1, key.id);
  putUint32(header, 5, expiry);
  header.set(ephemeralPublic, 9);
  const nonce = crypto.getRandomValues(new Uint8Array(12));
  header.set(nonce, 41);

  const aesKey = await crypto.subtle.importKey('raw', keyBytes as BufferSource, 'AES-GCM', false, ['encrypt']);
  keyBytes.fill(0);
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: nonce as BufferSource, additionalData: header as BufferSource, tagLength: 128 },
      aesKey,
      plain as BufferSource,
    ),
  );
  plain.fill(0);

  const out = new Uint8Array(headerLength + sealed.length);
  out.set(header, 0);
  out.set(sealed, headerLength);
  return { code: base32(out), expiresAt: new Date(expiry * 1000) };
}
