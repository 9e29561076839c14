import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import { expect, test } from './fixtures';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

/** The share of a grid of viewport points where the 3D canvas is the top element. */
async function canvasShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    let on = 0;
    let all = 0;
    for (let y = 0.025; y < 1; y += 0.05) {
      for (let x = 0.025; x < 1; x += 0.05) {
        all++;
        if (document.elementFromPoint(x * window.innerWidth, y * window.innerHeight)?.tagName === 'CANVAS') on++;
      }
    }
    return on / all;
  });
}

/** Decodes the QR code shown in `selector` (rasterised by the browser, read by jsQR). */
async function decodeQr(page: Page, selector: string): Promise<string | null> {
  const png = await page.locator(selector).screenshot();
  const pixels = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const data = ctx.getImageData(0, 0, image.width, image.height);
    return { width: data.width, height: data.height, data: Array.from(data.data) };
  }, png.toString('base64'));
  return jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height)?.data ?? null;
}

test.describe('presentation mode', () => {
  test('the body fills the screen, trigger points step with the arrows, the QR code opens the same view', async ({ page, atlas, isMobile }) => {
    await page.setViewportSize(isMobile ? { width: 390, height: 844 } : { width: 1024, height: 768 });
    await atlas.open('?mode=present&muscle=masseter');
    await atlas.waitReady();
    await expect(page.getByTestId('present')).toBeVisible();
    expect(await canvasShare(page)).toBeGreaterThanOrEqual(0.7);
    const link = await decodeQr(page, '[data-testid="share-qr"]');
    const expected = new URL(page.url());
    expected.searchParams.delete('mode');
    expect(link && new URL(link).searchParams.get('mode')).toBeNull();
    expect(link && Object.fromEntries(new URL(link).searchParams)).toEqual(Object.fromEntries(expected.searchParams));
    const title = page.locator('.present-title');
    await expect(title).toContainText('all 4 trigger points');
    if (!isMobile) {
      await page.keyboard.press('ArrowRight');
      await expect(title).toContainText('trigger point 1 of 4');
      await page.keyboard.press('ArrowLeft');
      await expect(title).toContainText('all 4 trigger points');
    }
    await page.getByRole('button', { name: 'Next trigger point' }).click();
    await page.getByRole('button', { name: 'Next trigger point' }).click();
    await expect(title).toContainText('trigger point 2 of 4');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('leaving presentation returns to the explorer as it was', async ({ page, atlas, isMobile }) => {
    test.skip(isMobile, 'the header offers presentation on a tablet or a big screen (a link opens it anywhere)');
    await atlas.open('?muscle=infraspinatus&view=back');
    await atlas.waitReady();
    await page.getByTestId('present-enter').click();
    await expect(page.getByTestId('present')).toBeVisible();
    await expect(page).toHaveURL(/mode=present/);
    await page.locator('#present-muscle').selectOption('masseter');
    await page.getByTestId('present-leave').click();
    await expect(page.getByTestId('muscle-panel')).toHaveAttribute('data-muscle', 'infraspinatus');
    await expect(page).not.toHaveURL(/mode=/);
  });
});

test.describe('patient handout', () => {
  test('prints to one or two A4 pages with the pictures, the steps, the cautions and the sources', async ({ page, atlas, isMobile }) => {
    test.skip(isMobile, 'printing is the same on every screen');
    await atlas.open('?handout=1&muscle=upper-trapezius&pain=temple_r;neck_base_r');
    await expect(page.locator('html')).toHaveAttribute('data-atlas-ready', 'true', { timeout: 90_000 });
    const handout = page.getByTestId('handout');
    await expect(handout).toHaveAttribute('data-handout-ready', 'true', { timeout: 90_000 });
    await expect(handout.locator('img')).toHaveCount(4);
    expect(await seriousViolations(page)).toEqual([]);
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
      expect(doc.numPages, format).toBeGreaterThanOrEqual(1);
      expect(doc.numPages, format).toBeLessThanOrEqual(2);
      let text = '';
      let images = 0;
      for (let i = 1; i <= doc.numPages; i++) {
        const p = await doc.getPage(i);
        text += (await p.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
        const ops = await p.getOperatorList();
        images += ops.fnArray.filter((fn: number) => fn === 85 || fn === 82 || fn === 86).length;
      }
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('Upper trapezius');
      // (pdf.js splits the "fi" ligature, so the check avoids it)
      expect(flat).toContain('Pressure release');
      expect(flat).toContain('See a clinician');
      expect(flat).toContain('Sources');
      expect(flat).toContain('Caution');
      expect(flat).not.toContain('Print or save as PDF');
      expect(images, `${format} pictures`).toBeGreaterThanOrEqual(4);
    }
  });

  test('the longest handout still fits two pages', async ({ page, atlas, isMobile }) => {
    test.skip(isMobile, 'printing is the same on every screen');
    await atlas.open('?handout=1&muscle=gluteus-maximus&pain=buttock_r');
    await expect(page.locator('html')).toHaveAttribute('data-atlas-ready', 'true', { timeout: 90_000 });
    await expect(page.getByTestId('handout')).toHaveAttribute('data-handout-ready', 'true', { timeout: 90_000 });
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(await page.pdf({ format: 'A4' })) }).promise;
    expect(doc.numPages).toBeLessThanOrEqual(2);
  });

  test('a handout without a muscle is ignored with a notice', async ({ page, atlas }) => {
    await atlas.open('?handout=1');
    await atlas.waitReady();
    await expect(page.getByTestId('notice').filter({ hasText: 'handout needs a muscle' })).toBeVisible();
    await expect(page.getByTestId('handout')).toHaveCount(0);
  });
});
