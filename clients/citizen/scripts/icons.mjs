// Draws the app's icons (public/icon.svg and the PNGs the manifest names) from one shape description, so that
// they are reproducible without an image editor: `node scripts/icons.mjs`. The output is committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const blue = [0x00, 0x17, 0xc1];
const white = [0xff, 0xff, 0xff];

/**
 * @typedef {{ x: number; y: number; w: number; h: number; r: number; color: number[] }} Box
 */

/** @param {boolean} maskable @returns {Box[]} shapes in a 512-unit square, back to front */
function shapes(maskable) {
  // A maskable icon's safe zone is the centre 80 %: shrink the document into it.
  const s = maskable ? 0.8 : 1;
  const o = (512 - 512 * s) / 2;
  /** @param {number} x @param {number} y @param {number} w @param {number} h @param {number} r @param {number[]} color */
  const b = (x, y, w, h, r, color) => ({ x: o + x * s, y: o + y * s, w: w * s, h: h * s, r: r * s, color });
  return [
    { x: 0, y: 0, w: 512, h: 512, r: maskable ? 0 : 96, color: blue },
    b(136, 88, 240, 336, 24, white),
    b(176, 152, 160, 28, 14, blue),
    b(176, 216, 160, 28, 14, blue),
    b(176, 280, 104, 28, 14, blue),
    b(176, 344, 28, 28, 14, blue),
    b(224, 344, 112, 28, 14, blue),
  ];
}

/** @param {Box} bx @param {number} x @param {number} y */
function inside(bx, x, y) {
  if (x < bx.x || y < bx.y || x > bx.x + bx.w || y > bx.y + bx.h) return false;
  const cx = Math.min(Math.max(x, bx.x + bx.r), bx.x + bx.w - bx.r);
  const cy = Math.min(Math.max(y, bx.y + bx.r), bx.y + bx.h - bx.r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= bx.r ** 2;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** @param {Buffer} buf */
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** @param {string} type @param {Buffer} data */
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** @param {number} size @param {boolean} maskable */
function png(size, maskable) {
  const list = shapes(maskable);
  const ss = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const px = ((x + (sx + 0.5) / ss) * 512) / size;
          const py = ((y + (sy + 0.5) / ss) * 512) / size;
          let color = null;
          for (const bx of list) if (inside(bx, px, py)) color = bx.color;
          if (color) {
            acc[0] = (acc[0] ?? 0) + (color[0] ?? 0);
            acc[1] = (acc[1] ?? 0) + (color[1] ?? 0);
            acc[2] = (acc[2] ?? 0) + (color[2] ?? 0);
            acc[3] = (acc[3] ?? 0) + 255;
          }
        }
      }
      const n = ss * ss;
      const covered = (acc[3] ?? 0) / 255;
      const at = y * (size * 4 + 1) + 1 + x * 4;
      raw[at] = covered ? Math.round((acc[0] ?? 0) / covered) : 0;
      raw[at + 1] = covered ? Math.round((acc[1] ?? 0) / covered) : 0;
      raw[at + 2] = covered ? Math.round((acc[2] ?? 0) / covered) : 0;
      raw[at + 3] = Math.round((acc[3] ?? 0) / n);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** @param {number[]} c */
const hex = (c) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;

const svg = [
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">',
  ...shapes(false).map((b) => `  <rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" rx="${b.r}" fill="${hex(b.color)}"/>`),
  '</svg>',
  '',
].join('\n');

const dir = new URL('../public/', import.meta.url);
writeFileSync(new URL('icon.svg', dir), svg);
writeFileSync(new URL('icon-192.png', dir), png(192, false));
writeFileSync(new URL('icon-512.png', dir), png(512, false));
writeFileSync(new URL('icon-512-maskable.png', dir), png(512, true));
console.log('wrote public/icon.svg, icon-192.png, icon-512.png, icon-512-maskable.png');
