/** Page object for the atlas: navigation, readiness, view buttons and canvas pixels. */
import { expect, type Page } from '@playwright/test';

/** Summary of the canvas picture: how much of it is body rather than background. */
export interface CanvasStats {
  /** Fraction of sampled pixels that differ clearly from the background colour. */
  coverage: number;
  /** Fraction of sampled pixels with a skin-like colour (red > green > blue). */
  skin: number;
  /** Fraction of sampled pixels in the zone red (strongly red, little green). */
  zoneRed: number;
  /** Fraction of sampled pixels with the red-brown of muscle (red well above green and blue). */
  muscle: number;
  /** Column histogram of body pixels in 16 bins, to compare images. */
  columns: number[];
}

/** Drives the atlas like a user, with a few in-page helpers for what the eye would judge. */
export class AtlasPage {
  constructor(readonly page: Page) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(`/${query}`);
  }

  async waitReady(): Promise<void> {
    await expect(this.page.locator('html')).toHaveAttribute('data-atlas-ready', 'true', { timeout: 90_000 });
    // The probes chunk arrives just after the first frame: tests may call them from here on.
    await expect.poll(() => this.page.evaluate(() => typeof window.__atlasTest?.camera === 'function'), { timeout: 30_000 }).toBe(true);
  }

  /** Waits until the view has drawn nothing for `ms` (the on-demand loop is idle). */
  async idle(ms = 200): Promise<void> {
    await expect.poll(() => this.page.evaluate(() => window.__atlasTest?.idleMs?.() ?? 0), { timeout: 30_000 }).toBeGreaterThan(ms);
  }

  /** How often the camera has moved, from the test probes. */
  async cameraChanges(): Promise<number> {
    return this.page.evaluate(() => window.__atlasTest?.camera?.().changes ?? -1);
  }

  /**
   * Waits until the camera has come to rest: it last moved (an eased preset, a drag) at least
   * `ms` ago. With `after`, first waits for it to have moved past that many changes.
   */
  async cameraAtRest(options: { after?: number; ms?: number } = {}): Promise<void> {
    const { after, ms = 250 } = options;
    if (after !== undefined) await expect.poll(() => this.cameraChanges(), { timeout: 30_000 }).toBeGreaterThan(after);
    await expect.poll(() => this.page.evaluate(() => window.__atlasTest?.camera?.().restMs ?? 0), { timeout: 30_000 }).toBeGreaterThan(ms);
  }

  viewButton(view: 'front' | 'back' | 'left' | 'right') {
    return this.page.getByTestId(`view-${view}`);
  }

  /**
   * Screenshots the canvas and measures it in the page (no image library needed); `region`
   * limits the measure to a part of it, as fractions [x0, y0, x1, y1].
   */
  async canvasStats(region: [number, number, number, number] = [0, 0, 1, 1]): Promise<CanvasStats> {
    const png = await this.page.locator('canvas').first().screenshot();
    return this.page.evaluate(async ({ base64, region }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const { data, width, height } = ctx.getImageData(0, 0, image.width, image.height);
      const bg = [data[0]!, data[1]!, data[2]!];
      let body = 0;
      let skin = 0;
      let zoneRed = 0;
      let muscle = 0;
      let samples = 0;
      const columns = new Array(16).fill(0);
      const [x0, y0, x1, y1] = region;
      for (let y = Math.floor(y0 * height); y < Math.floor(y1 * height); y += 3) {
        for (let x = Math.floor(x0 * width); x < Math.floor(x1 * width); x += 3) {
          const i = (y * width + x) * 4;
          const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
          samples++;
          if (Math.abs(r - bg[0]!) + Math.abs(g - bg[1]!) + Math.abs(b - bg[2]!) > 40) {
            body++;
            columns[Math.min(15, Math.floor((x / width) * 16))]++;
          }
          if (r > g + 8 && g > b + 4) skin++;
          if (r > 120 && r > g * 1.45 && r > b * 1.3) zoneRed++;
          if (r > 70 && r > 1.45 * g && r > 1.45 * b) muscle++;
        }
      }
      return { coverage: body / samples, skin: skin / samples, zoneRed: zoneRed / samples, muscle: muscle / samples, columns: columns.map((c) => c / Math.max(1, body)) };
    }, { base64: png.toString('base64'), region });
  }
}

/** How different two column histograms are (0 = same silhouette). */
export function silhouetteDistance(a: CanvasStats, b: CanvasStats): number {
  return a.columns.reduce((sum, value, i) => sum + Math.abs(value - (b.columns[i] ?? 0)), 0);
}

/** The candidate rows as "muscle/side", in the order shown. */
export async function shownRanking(page: Page): Promise<string[]> {
  return page.getByTestId('candidate').evaluateAll((rows) =>
    rows.map((r) => `${r.getAttribute('data-muscle')}/${r.getAttribute('data-side')}`),
  );
}
