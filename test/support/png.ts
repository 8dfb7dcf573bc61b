import { inflateSync } from 'node:zlib';

// Reads back the pixels of a PNG the app posted, so a test can check what the picture shows. Only
// what the app writes (resvg: 8-bit RGBA, not interlaced) is read; anything else is refused.

export interface Pixels {
  width: number;
  height: number;
  /** The colour at (x, y) as #rrggbb. */
  rgb(x: number, y: number): string;
  /** How many pixels have exactly this colour. */
  count(colour: string): number;
}

export function readPng(png: Buffer): Pixels {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const [depth, colourType, , , interlace] = png.subarray(24, 29);
  if (depth !== 8 || colourType !== 6 || interlace !== 0) throw new Error('not an 8-bit RGBA PNG');
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.subarray(at + 4, at + 8).toString('ascii') === 'IDAT') {
      idat.push(png.subarray(at + 8, at + 8 + length));
    }
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const pixels = Buffer.alloc(height * stride);
  for (let row = 0; row < height; row += 1) {
    const filter = raw[row * (stride + 1)]!;
    const line = raw.subarray(row * (stride + 1) + 1, (row + 1) * (stride + 1));
    for (let i = 0; i < stride; i += 1) {
      const left = i >= 4 ? pixels[row * stride + i - 4]! : 0;
      const up = row > 0 ? pixels[(row - 1) * stride + i]! : 0;
      const upLeft = row > 0 && i >= 4 ? pixels[(row - 1) * stride + i - 4]! : 0;
      const predicted = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predicted === undefined) throw new Error(`unknown PNG filter ${filter}`);
      pixels[row * stride + i] = (line[i]! + predicted) & 0xff;
    }
  }
  const rgb = (x: number, y: number) => {
    const i = y * stride + x * 4;
    return `#${pixels.subarray(i, i + 3).toString('hex')}`;
  };
  return {
    width,
    height,
    rgb,
    count(colour) {
      let n = 0;
      for (let y = 0; y < height; y += 1) for (let x = 0; x < width; x += 1) if (rgb(x, y) === colour) n += 1;
      return n;
    },
  };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
