/**
 * Reducing the poster to a palette of at most 256 colours (median cut), so it can be stored as
 * an indexed PNG, about a third of its RGBA size. The body's shading spans a narrow band of skin
 * colours, so 255 entries leave no visible banding. Fully transparent pixels share entry 0.
 */
import type { IndexedImage } from '../icons/png';
import type { PosterImage } from './renderPoster';

type Colour = [number, number, number, number];

const PALETTE_SIZE = 256;

/** Splits the box of `colours` with the widest channel range at its median, until there are `count` boxes. */
function medianCut(colours: Colour[], count: number): Colour[][] {
  const boxes: Colour[][] = [colours];
  const rangeOf = (box: Colour[]) => {
    let best = 0, channel = 0;
    for (let c = 0; c < 4; c++) {
      let min = 255, max = 0;
      for (const colour of box) {
        min = Math.min(min, colour[c]!);
        max = Math.max(max, colour[c]!);
      }
      if (max - min > best) {
        best = max - min;
        channel = c;
      }
    }
    return { range: best, channel };
  };
  while (boxes.length < count) {
    // The box to split: the one with the widest range weighted by its pixel count's root, so
    // large smooth areas get fine steps and rare edge colours do not take many entries.
    let pick = -1, pickScore = 0, pickChannel = 0;
    boxes.forEach((box, i) => {
      if (box.length < 2) return;
      const { range, channel } = rangeOf(box);
      const score = range * Math.sqrt(box.length);
      if (score > pickScore) {
        pickScore = score;
        pick = i;
        pickChannel = channel;
      }
    });
    if (pick < 0) break;
    const box = boxes[pick]!;
    // Ties broken on every channel, so the order (and the palette) never depends on the sort.
    box.sort((a, b) => a[pickChannel]! - b[pickChannel]! || a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]);
    const half = box.length >> 1;
    boxes.splice(pick, 1, box.slice(0, half), box.slice(half));
  }
  return boxes;
}

/** `image` as palette indices: entry 0 transparent, the rest its median-cut colours, each pixel the nearest. */
export function quantiseImage(image: PosterImage): IndexedImage {
  const { width, height, data } = image;
  const visible: Colour[] = [];
  for (let i = 0; i < width * height; i++) {
    const o = i * 4;
    if (data[o + 3]! > 0) visible.push([data[o]!, data[o + 1]!, data[o + 2]!, data[o + 3]!]);
  }
  const palette: Colour[] = [[0, 0, 0, 0]];
  for (const box of medianCut(visible, PALETTE_SIZE - 1)) {
    const sum = [0, 0, 0, 0];
    for (const colour of box) for (let c = 0; c < 4; c++) sum[c]! += colour[c]!;
    palette.push(sum.map((s) => Math.round(s / box.length)) as Colour);
  }
  const indices = new Uint8Array(width * height);
  const cache = new Map<number, number>();
  for (let i = 0; i < width * height; i++) {
    const o = i * 4;
    if (data[o + 3] === 0) continue;
    const key = ((data[o]! << 24) | (data[o + 1]! << 16) | (data[o + 2]! << 8) | data[o + 3]!) >>> 0;
    let index = cache.get(key);
    if (index === undefined) {
      let best = Infinity;
      index = 1;
      for (let p = 1; p < palette.length; p++) {
        const q = palette[p]!;
        const d = (q[0] - data[o]!) ** 2 + (q[1] - data[o + 1]!) ** 2 + (q[2] - data[o + 2]!) ** 2 + 2 * (q[3] - data[o + 3]!) ** 2;
        if (d < best) {
          best = d;
          index = p;
        }
      }
      cache.set(key, index);
    }
    indices[i] = index;
  }
  return { width, height, indices, palette };
}
