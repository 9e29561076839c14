/**
 * The app's icons (public/icons/) are made by scripts/icons/makeIcons.ts: the script gives the
 * committed bytes, and the PNG encoder's files decode back to the pixels it was given.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ICONS, ICONS_DIR, makeIcons } from '../../scripts/icons/makeIcons';
import { drawMark } from '../../scripts/icons/drawMark';
import { encodePng, type RgbaImage } from '../../scripts/icons/png';

/** A minimal PNG reader for what the encoder writes (8-bit RGB/RGBA): checks every CRC, undoes the filters. */
function decodePng(file: Buffer): RgbaImage & { chunks: string[] } {
  expect(file.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const chunks: string[] = [];
  const idat: Buffer[] = [];
  let width = 0;
  let height = 0;
  let channels = 0;
  for (let at = 8; at < file.length; ) {
    const length = file.readUInt32BE(at);
    const type = file.toString('latin1', at + 4, at + 8);
    const data = file.subarray(at + 8, at + 8 + length);
    expect(file.readUInt32BE(at + 8 + length), `${type} CRC`).toBe(crc32(file.subarray(at + 4, at + 8 + length)) >>> 0);
    chunks.push(type);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      channels = data[9] === 6 ? 4 : 3;
    }
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const type = raw[y * (stride + 1)]!;
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? pixels[y * stride + i - channels]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + i]! : 0;
      const c = y > 0 && i >= channels ? pixels[(y - 1) * stride + i - channels]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predicted = [0, a, b, (a + b) >> 1, paeth][type]!;
      pixels[y * stride + i] = (raw[y * (stride + 1) + 1 + i]! + predicted) & 0xff;
    }
  }
  const data = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    for (let k = 0; k < 4; k++) data[p * 4 + k] = k < channels ? pixels[p * channels + k]! : 255;
  }
  return { width, height, data, chunks };
}

describe('the app icons', () => {
  it('are the bytes makeIcons.ts writes (run `npm run build:icons` after changing the script)', () => {
    for (const [file, bytes] of makeIcons()) {
      expect(readFileSync(join(ICONS_DIR, file)).equals(bytes), file).toBe(true);
    }
  });

  it('are PNGs of the size the manifest states, opaque where the platform cuts the shape', () => {
    for (const { file, options } of ICONS) {
      const image = decodePng(readFileSync(join(ICONS_DIR, file)));
      expect([image.width, image.height], file).toEqual([options.size, options.size]);
      expect(image.chunks, file).toEqual(['IHDR', 'tEXt', 'IDAT', 'IEND']);
      const corner = image.data[3];
      expect(corner, `${file} corner alpha`).toBe(options.tile === 'full' ? 255 : 0);
    }
  });

  it('encodes pixels that decode back unchanged, with and without transparency', () => {
    for (const tile of ['rounded', 'full'] as const) {
      const image = drawMark({ size: 37, tile });
      expect(decodePng(encodePng(image)).data).toEqual(image.data);
    }
  });
});
