// Draws the extension's icon (images/icon.png, 128 × 128): a blue sheet with the shape of a
// resolution — a title line, a preambular block, three numbered operative paragraphs.
// Run with `node scripts/make-icon.mjs`; the PNG is written with Node's zlib, no other tool.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SCALE = 4; // samples per pixel side, for smooth edges
const BLUE = [0, 94, 160];
const WHITE = [255, 255, 255];
const PALE = [180, 214, 238];

/** Whether a point (in pixels) is inside a rectangle with rounded corners. */
function inRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** The shapes, last drawn on top: [colour, test]. */
const shapes = [
  [BLUE, (x, y) => inRoundedRect(x, y, 4, 4, 124, 124, 22)],
  // The title, centred.
  [WHITE, (x, y) => inRoundedRect(x, y, 34, 22, 94, 30, 4)],
  // The preamble: two lines, indented.
  [PALE, (x, y) => inRoundedRect(x, y, 30, 42, 104, 47, 2.5)],
  [PALE, (x, y) => inRoundedRect(x, y, 22, 53, 96, 58, 2.5)],
  // Three operative paragraphs, each with its number.
  ...[70, 86, 102].flatMap((top) => [
    [WHITE, (x, y) => (x - 26) ** 2 + (y - (top + 3)) ** 2 <= 4.5 ** 2],
    [WHITE, (x, y) => inRoundedRect(x, y, 38, top, 106, top + 6, 3)],
  ]),
];

const rows = [];
for (let py = 0; py < SIZE; py++) {
  const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0, then RGBA
  for (let px = 0; px < SIZE; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SCALE; sy++) {
      for (let sx = 0; sx < SCALE; sx++) {
        const x = px + (sx + 0.5) / SCALE;
        const y = py + (sy + 0.5) / SCALE;
        let colour;
        for (const [c, test] of shapes) if (test(x, y)) colour = c;
        if (colour) {
          r += colour[0]; g += colour[1]; b += colour[2]; a += 255;
        }
      }
    }
    const n = SCALE * SCALE;
    const covered = a / 255;
    const at = 1 + px * 4;
    row[at] = covered ? Math.round(r / covered) : 0;
    row[at + 1] = covered ? Math.round(g / covered) : 0;
    row[at + 2] = covered ? Math.round(b / covered) : 0;
    row[at + 3] = Math.round(a / n);
  }
  rows.push(row);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'images', 'icon.png');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, png);
console.log(`make-icon: ${path.relative(process.cwd(), out)} (${png.length} bytes)`);
