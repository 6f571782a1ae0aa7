// Draws images/icon.png (128×128): a note page on a dark rounded square with an orange check badge.
// Node built-ins only: shapes are signed-distance functions, 4×4 supersampled, written as a PNG with zlib.
//   node scripts/draw-icon.mjs [out.png] [size]
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const out = process.argv[2] ?? new URL('../images/icon.png', import.meta.url).pathname;
const SIZE = Number(process.argv[3] ?? 128);
const S = SIZE / 128; // shapes are designed on a 128 grid

// --- signed distances (negative inside) -------------------------------------------------------------
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const qx = Math.abs(x - cx) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(y - cy) - ((y1 - y0) / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;
const segment = (ax, ay, bx, by, w) => (x, y) => {
  const px = x - ax;
  const py = y - ay;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * t, py - dy * t) - w / 2;
};
const union = (...fs) => (x, y) => Math.min(...fs.map((f) => f(x, y)));
const minus = (a, b) => (x, y) => Math.max(a(x, y), -b(x, y));

// --- the picture, back to front; colours are [r, g, b] or a function of (x, y) --------------------------
const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const mix = (a, b, t) => a.map((v, i) => v + (b[i] - v) * t);
const navyTop = hex('#2E3D52');
const navyBottom = hex('#161E2A');
const page = hex('#F7F8FA');
const fold = hex('#D5DAE1');
const line = hex('#9AA6B5');
const orange = hex('#FF9900');
const white = hex('#FFFFFF');

const layers = [
  { shape: roundRect(4, 4, 124, 124, 24), color: (x, y) => mix(navyTop, navyBottom, y / 128) },
  // the page, its top-right corner folded
  { shape: minus(roundRect(28, 18, 92, 108, 6), (x, y) => 92 - x + (y - 18) - 18), color: page },
  { shape: (x, y) => Math.max(roundRect(74, 18, 92, 36, 2)(x, y), -(92 - x + (y - 18) - 18)), color: fold },
  // heading and text lines
  { shape: segment(38, 34, 64, 34, 6), color: orange },
  { shape: union(segment(38, 50, 80, 50, 4), segment(38, 62, 76, 62, 4), segment(38, 74, 70, 74, 4), segment(38, 86, 58, 86, 4)), color: line },
  // the check badge
  { shape: circle(92, 94, 22), color: hex('#161E2A') },
  { shape: circle(92, 94, 18), color: orange },
  { shape: union(segment(83, 94, 89.5, 101, 5.5), segment(89.5, 101, 101.5, 87, 5.5)), color: white },
];

// --- raster --------------------------------------------------------------------------------------------
const SUB = 4;
const rgba = Buffer.alloc(SIZE * SIZE * 4);
for (let py = 0; py < SIZE; py++) {
  for (let px = 0; px < SIZE; px++) {
    let acc = [0, 0, 0, 0];
    for (let sy = 0; sy < SUB; sy++) {
      for (let sx = 0; sx < SUB; sx++) {
        const x = (px + (sx + 0.5) / SUB) / S;
        const y = (py + (sy + 0.5) / SUB) / S;
        let c = [0, 0, 0];
        let a = 0;
        for (const { shape, color } of layers) {
          if (shape(x, y) <= 0) {
            c = typeof color === 'function' ? color(x, y) : color;
            a = 1;
          }
        }
        acc = [acc[0] + c[0] * a, acc[1] + c[1] * a, acc[2] + c[2] * a, acc[3] + a];
      }
    }
    const n = SUB * SUB;
    const i = (py * SIZE + px) * 4;
    const alpha = acc[3] / n;
    rgba[i] = alpha ? Math.round(acc[0] / acc[3]) : 0;
    rgba[i + 1] = alpha ? Math.round(acc[1] / acc[3]) : 0;
    rgba[i + 2] = alpha ? Math.round(acc[2] / acc[3]) : 0;
    rgba[i + 3] = Math.round(alpha * 255);
  }
}

// --- PNG -----------------------------------------------------------------------------------------------
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) rgba.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(out, png);
console.log(`wrote ${out} (${SIZE}×${SIZE}, ${png.length} bytes)`);
