// A CBOR (RFC 8949) encoder for the subset the QR payload uses: unsigned integers, text, arrays, maps with
// unsigned-integer or text keys, and booleans. Map keys are written in the deterministic order of RFC 8949 §4.2.1
// (bytewise order of the encoded keys), so the same payload always gives the same bytes.

export type CborValue = number | string | boolean | CborValue[] | CborMap;
export type CborMap = Map<number | string, CborValue>;

const textEncoder = new TextEncoder();

function head(major: number, n: number, out: number[]) {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`CBOR: ${n} is not an unsigned integer`);
  const m = major << 5;
  if (n < 24) out.push(m | n);
  else if (n < 0x100) out.push(m | 24, n);
  else if (n < 0x10000) out.push(m | 25, n >> 8, n & 0xff);
  else if (n < 0x100000000) out.push(m | 26, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
  else {
    const hi = Math.floor(n / 0x100000000);
    const lo = n >>> 0;
    out.push(m | 27, (hi >>> 24) & 0xff, (hi >>> 16) & 0xff, (hi >>> 8) & 0xff, hi & 0xff);
    out.push((lo >>> 24) & 0xff, (lo >>> 16) & 0xff, (lo >>> 8) & 0xff, lo & 0xff);
  }
}

function compareBytes(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

function write(v: CborValue, out: number[]) {
  if (typeof v === 'number') {
    head(0, v, out);
  } else if (typeof v === 'string') {
    const bytes = textEncoder.encode(v);
    head(3, bytes.length, out);
    for (const b of bytes) out.push(b);
  } else if (typeof v === 'boolean') {
    out.push(v ? 0xf5 : 0xf4);
  } else if (Array.isArray(v)) {
    head(4, v.length, out);
    for (const item of v) write(item, out);
  } else {
    const entries = [...v.entries()].map(([k, val]) => {
      const key: number[] = [];
      write(k, key);
      return { key, val };
    });
    entries.sort((a, b) => compareBytes(a.key, b.key));
    head(5, entries.length, out);
    for (const { key, val } of entries) {
      out.push(...key);
      write(val, out);
    }
  }
}

export function encodeCbor(v: CborValue): Uint8Array {
  const out: number[] = [];
  write(v, out);
  return Uint8Array.from(out);
}
