/**
 * A small PNG encoder (8-bit RGBA or RGB, no interlace) for the app's icons: the image bytes are
 * filtered row by row and deflated with node:zlib, so no image library is needed. Deterministic:
 * fixed zlib settings and no time chunk, so the same pixels give the same file.
 */
import { crc32, deflateSync } from 'node:zlib';

/** An image as straight (not premultiplied) RGBA bytes, row after row. */
export interface RgbaImage {
  width: number;
  height: number;
  /** width * height * 4 bytes. */
  data: Uint8Array;
}

/** What the encoder writes besides the pixels. */
export interface PngOptions {
  /** tEXt chunks (Latin-1 keyword and text), in this order: e.g. which script made the file. */
  text?: readonly (readonly [keyword: string, value: string])[];
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COLOUR_RGB = 2;
const COLOUR_RGBA = 6;

/** One chunk: length, type, data, and the CRC of type and data (PNG spec, 5.3). */
function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** The Paeth predictor (PNG spec, 9.4). */
function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * Filters each row with the filter type whose output has the smallest sum of absolute values
 * (as signed bytes): the heuristic the PNG spec suggests (12.8), which lets deflate see the flat
 * areas of an icon as long runs of zeros.
 */
export function filterRows(pixels: Uint8Array, width: number, height: number, channels: number): Uint8Array {
  const stride = width * channels;
  const out = new Uint8Array(height * (stride + 1));
  const candidate = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const row = y * stride;
    let best = -1;
    let bestCost = Infinity;
    for (let type = 0; type < 5; type++) {
      let cost = 0;
      for (let i = 0; i < stride; i++) {
        const x = pixels[row + i]!;
        const a = i >= channels ? pixels[row + i - channels]! : 0;
        const b = y > 0 ? pixels[row - stride + i]! : 0;
        const c = y > 0 && i >= channels ? pixels[row - stride + i - channels]! : 0;
        const predicted = type === 0 ? 0 : type === 1 ? a : type === 2 ? b : type === 3 ? (a + b) >> 1 : paeth(a, b, c);
        const value = (x - predicted) & 0xff;
        candidate[i] = value;
        cost += value < 128 ? value : 256 - value;
      }
      if (cost < bestCost) {
        bestCost = cost;
        best = type;
        out[y * (stride + 1)] = type;
        out.set(candidate, y * (stride + 1) + 1);
      }
    }
    if (best < 0) throw new Error('no filter chosen');
  }
  return out;
}

/** Encodes an image as PNG: RGB when every pixel is opaque (a quarter smaller), else RGBA. */
export function encodePng(image: RgbaImage, options: PngOptions = {}): Buffer {
  const { width, height, data } = image;
  if (data.length !== width * height * 4) throw new Error(`expected ${width * height * 4} bytes, got ${data.length}`);
  let opaque = true;
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 255) opaque = false;
  const channels = opaque ? 3 : 4;
  const pixels = opaque ? data.filter((_, i) => i % 4 !== 3) : data;

  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = opaque ? COLOUR_RGB : COLOUR_RGBA;
  // Bytes 10-12: deflate compression, adaptive filtering, no interlace (all 0).
  const idat = deflateSync(filterRows(pixels, width, height, channels), { level: 9, memLevel: 9, strategy: 0 });
  const texts = (options.text ?? []).map(([keyword, value]) => chunk('tEXt', Buffer.from(`${keyword}\0${value}`, 'latin1')));
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), ...texts, chunk('IDAT', idat), chunk('IEND', new Uint8Array(0))]);
}

/** An image as palette indices, row after row, with its palette (straight RGBA per entry). */
export interface IndexedImage {
  width: number;
  height: number;
  /** width * height palette indices. */
  indices: Uint8Array;
  /** Up to 256 entries of r, g, b, a. */
  palette: readonly (readonly [number, number, number, number])[];
}

const COLOUR_INDEXED = 3;

/**
 * Encodes a palette image as PNG (8-bit indices, PLTE and tRNS chunks): a third the size of RGBA
 * for a smooth rendering that needs fewer than 256 colours. Rows are left unfiltered, as the PNG
 * spec advises for palette images (12.8).
 */
export function encodeIndexedPng(image: IndexedImage, options: PngOptions = {}): Buffer {
  const { width, height, indices, palette } = image;
  if (indices.length !== width * height) throw new Error(`expected ${width * height} indices, got ${indices.length}`);
  if (palette.length === 0 || palette.length > 256) throw new Error(`a palette has 1-256 entries, not ${palette.length}`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = COLOUR_INDEXED;
  const rows = new Uint8Array(height * (width + 1));
  for (let y = 0; y < height; y++) rows.set(indices.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const plte = Uint8Array.from(palette.flatMap(([r, g, b]) => [r, g, b]));
  const trns = Uint8Array.from(palette.map(([, , , a]) => a));
  const idat = deflateSync(rows, { level: 9, memLevel: 9, strategy: 0 });
  const texts = (options.text ?? []).map(([keyword, value]) => chunk('tEXt', Buffer.from(`${keyword}\0${value}`, 'latin1')));
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('PLTE', plte), chunk('tRNS', trns), ...texts, chunk('IDAT', idat), chunk('IEND', new Uint8Array(0))]);
}
