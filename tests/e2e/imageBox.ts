/** Where the body lies in a picture, measured in the page (no image library needed). */
import type { Page } from '@playwright/test';

/** Extent in a picture's own pixels: left, top, right, bottom (right and bottom exclusive). */
export type Box = [number, number, number, number];

/**
 * The extent of the picture at `src` (a URL or a data URL) that shows the body: its opaque
 * pixels (`'opaque'`, a picture on a transparent ground) or its skin-coloured ones (`'skin'`:
 * red over green over blue, well off the corner's background colour, so a grey shadow or white
 * labels do not count); null when none do.
 */
export async function bodyBoxIn(page: Page, src: string, kind: 'opaque' | 'skin'): Promise<{ box: Box | null; width: number; height: number }> {
  return page.evaluate(
    async ({ src, kind }) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data, width, height } = context.getImageData(0, 0, image.width, image.height);
      const ground = [data[0]!, data[1]!, data[2]!];
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4;
          const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
          const body =
            kind === 'opaque'
              ? a >= 128
              : Math.abs(r - ground[0]!) + Math.abs(g - ground[1]!) + Math.abs(b - ground[2]!) >= 60 && r > g + 8 && g > b + 4;
          if (!body) continue;
          x0 = Math.min(x0, x);
          x1 = Math.max(x1, x + 1);
          y0 = Math.min(y0, y);
          y1 = Math.max(y1, y + 1);
        }
      }
      const box: [number, number, number, number] | null = x1 > x0 ? [x0, y0, x1, y1] : null;
      return { box, width, height };
    },
    { src, kind },
  );
}
