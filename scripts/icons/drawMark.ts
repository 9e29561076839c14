/**
 * Draws the atlas's mark: a trigger point "x" in the app's red on a white disc, on a tile of the
 * app's blue, as in the favicon (public/favicon.svg) but bolder for a home screen. Shapes are
 * signed distance functions, each pixel covered by how far its centre lies inside (a one-pixel
 * smooth edge), so the edges are anti-aliased without supersampling. Only +, -, *, / and sqrt are
 * used (exactly rounded in IEEE doubles), so every machine makes the same pixels.
 */
import type { RgbaImage } from './png';

type Rgb = readonly [number, number, number];

/** The app's colours (src/ui/app.css): `--focus` blue, `--accent` red. */
export const ICON_COLOURS = { tile: [0x1b, 0x5f, 0xa8] as Rgb, disc: [0xff, 0xff, 0xff] as Rgb, mark: [0xb0, 0x3a, 0x48] as Rgb };

/** How one icon is laid out, in fractions of its side. */
export interface MarkOptions {
  size: number;
  /**
   * `rounded`: a rounded tile with transparent corners (an icon shown as it is);
   * `full`: an opaque square, for platforms that cut their own shape (maskable, Apple touch).
   */
  tile: 'rounded' | 'full';
  /** Scale of the disc and the "x": below 1 keeps them inside a maskable icon's safe circle. */
  markScale: number;
}

/** The defaults: a rounded tile, the mark at its full size. */
export const MARK_DEFAULTS: Omit<MarkOptions, 'size'> = { tile: 'rounded', markScale: 1 };

const TILE_MARGIN = 0.03;
const TILE_CORNER = 0.2;
/** Disc radius, and the "x": half its diagonal reach, its stroke half-width (round caps). */
const DISC_RADIUS = 0.31;
const CROSS_REACH = 0.13;
const CROSS_HALF_WIDTH = 0.045;

/** Signed distance to a square of half-side `half` with corners rounded by `r`, centred at 0.5. */
function roundedSquare(x: number, y: number, half: number, r: number): number {
  const qx = Math.abs(x - 0.5) - (half - r);
  const qy = Math.abs(y - 0.5) - (half - r);
  const ox = Math.max(qx, 0);
  const oy = Math.max(qy, 0);
  return Math.sqrt(ox * ox + oy * oy) + Math.min(Math.max(qx, qy), 0) - r;
}

/** Signed distance to a stroke of half-width `w` from (ax, ay) to (bx, by), round caps. */
function stroke(x: number, y: number, ax: number, ay: number, bx: number, by: number, w: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  const ex = x - ax - t * dx;
  const ey = y - ay - t * dy;
  return Math.sqrt(ex * ex + ey * ey) - w;
}

/** Coverage of a pixel of side `pixel` by a shape at signed distance `d` from its centre. */
const coverage = (d: number, pixel: number) => Math.min(1, Math.max(0, 0.5 - d / pixel));

/** The mark as straight RGBA pixels. */
export function drawMark(options: Partial<MarkOptions> & Pick<MarkOptions, 'size'>): RgbaImage {
  const { size, tile, markScale } = { ...MARK_DEFAULTS, ...options };
  const data = new Uint8Array(size * size * 4);
  const pixel = 1 / size;
  const disc = DISC_RADIUS * markScale;
  const reach = CROSS_REACH * markScale;
  const width = CROSS_HALF_WIDTH * markScale;
  const lo = 0.5 - reach;
  const hi = 0.5 + reach;
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const x = (col + 0.5) * pixel;
      const y = (row + 0.5) * pixel;
      const layers: [Rgb, number][] = [
        [ICON_COLOURS.tile, tile === 'full' ? 1 : coverage(roundedSquare(x, y, 0.5 - TILE_MARGIN, TILE_CORNER), pixel)],
        [ICON_COLOURS.disc, coverage(Math.sqrt((x - 0.5) * (x - 0.5) + (y - 0.5) * (y - 0.5)) - disc, pixel)],
        [ICON_COLOURS.mark, coverage(Math.min(stroke(x, y, lo, lo, hi, hi, width), stroke(x, y, hi, lo, lo, hi, width)), pixel)],
      ];
      // "Over" compositing in premultiplied values, bottom layer first.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (const [colour, alpha] of layers) {
        r = colour[0] * alpha + r * (1 - alpha);
        g = colour[1] * alpha + g * (1 - alpha);
        b = colour[2] * alpha + b * (1 - alpha);
        a = alpha + a * (1 - alpha);
      }
      const at = (row * size + col) * 4;
      data[at] = a > 0 ? Math.round(r / a) : 0;
      data[at + 1] = a > 0 ? Math.round(g / a) : 0;
      data[at + 2] = a > 0 ? Math.round(b / a) : 0;
      data[at + 3] = Math.round(a * 255);
    }
  }
  return { width: size, height: size, data };
}
