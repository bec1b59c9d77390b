// Draws the toolbar icons (a page with lines of text) as PNG files, so the
// repository holds the recipe rather than hand-edited binaries.
// Usage: node tools/extension/icons.mjs extension/icons
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Shapes in a 0..1 square: a rounded blue tile, white text lines on it.
const inTile = (u, v) => {
  const r = 0.18, cu = Math.min(Math.max(u, r), 1 - r), cv = Math.min(Math.max(v, r), 1 - r);
  return (u - cu) ** 2 + (v - cv) ** 2 <= r * r;
};
const LINES = [[0.22, 0.78], [0.22, 0.78], [0.22, 0.78], [0.22, 0.6]];
const inLine = (u, v) =>
  LINES.some(([from, to], i) => {
    const top = 0.24 + i * 0.15;
    return u >= from && u <= to && v >= top && v <= top + 0.075;
  });

const dir = process.argv[2] ?? "extension/icons";
for (const size of [16, 32, 48, 128]) {
  const S = 4; // supersampling for smooth edges
  const data = png(size, (x, y) => {
    let tile = 0, line = 0;
    for (let i = 0; i < S; i++) {
      for (let j = 0; j < S; j++) {
        const u = (x + (i + 0.5) / S) / size, v = (y + (j + 0.5) / S) / size;
        if (inTile(u, v)) inLine(u, v) ? line++ : tile++;
      }
    }
    const n = S * S, a = (tile + line) / n;
    if (!a) return [0, 0, 0, 0];
    const w = line / (tile + line);
    return [Math.round(32 + w * 223), Math.round(84 + w * 171), Math.round(160 + w * 95), Math.round(a * 255)];
  });
  writeFileSync(`${dir}/lector-${size}.png`, data);
}
