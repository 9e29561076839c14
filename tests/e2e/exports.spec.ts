/**
 * Exports of a pain drawing (issue 17, item 4): the picture (PNG, front and back), the data file
 * (JSON, validated by its schema) and the print for the patient's clinician (PDF from Chromium's
 * print, read back with pdf.js), all made in the page: no request leaves it and the page keeps
 * one live WebGL context. With EXPORT_SHOTS=<dir>, the pictures looked at are saved there.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { validatePainDrawingFile } from '../../src/atlas/drawingExportSchema';
import { expect, test } from './fixtures';

/** Right temple, the right elbow tapped, the left shoulder blade, the left kneecap, a band over the right low back. */
const DRAWING = 'temple_r;-0.376,1.2157,0.021;shoulder_back_l;patella_l;area~-0.076,1.05,-0.044~-0.04,1.03,-0.055~0,1.014,-0.062';
const POINT_TEXTS = ['temple_r', '-0.376,1.2157,0.021', 'shoulder_back_l', 'patella_l'];

const SHOTS = process.env.EXPORT_SHOTS;
function shot(name: string, bytes: Buffer): void {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(join(SHOTS, name), bytes);
}

/** Counts the WebGL contexts the page makes, and how many are still alive (not lost). */
async function watchContexts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    const w = window as unknown as { __webgl: WebGLRenderingContext[] };
    w.__webgl = [];
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      const context = (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
      if (type.startsWith('webgl') && context && !w.__webgl.includes(context as WebGLRenderingContext)) w.__webgl.push(context as WebGLRenderingContext);
      return context;
    } as typeof original;
    // The print dialog is the browser's: the test counts the calls instead of opening it.
    (window as unknown as { __printCalls: number }).__printCalls = 0;
    window.print = () => {
      (window as unknown as { __printCalls: number }).__printCalls++;
    };
  });
}

/**
 * Records every request the page makes from now on; `check()` expects only the app's own static
 * GETs (nothing posted or put, nothing to another host): exports never leave the page.
 */
function watchRequests(page: Page): { check(): void } {
  const seen: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (['data:', 'blob:'].includes(url.protocol)) return;
    seen.push(`${r.method()} ${url.hostname === '127.0.0.1' ? url.pathname : r.url()}`);
  });
  return {
    check: () => expect(seen.filter((line) => !/^GET \//.test(line))).toEqual([]),
  };
}

/** The mean colour of a region (fractions of the image) of a PNG, decoded in the page. */
async function meanColour(page: Page, png: Buffer, [x0, y0, x1, y1]: [number, number, number, number], basis: number) {
  return page.evaluate(
    async ({ base64, box, basis }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const [a, b, c, d] = box as [number, number, number, number];
      const data = ctx.getImageData(Math.round(a * image.width), Math.round(b * basis), Math.round((c - a) * image.width), Math.round((d - b) * basis)).data;
      const sum = [0, 0, 0];
      for (let i = 0; i < data.length; i += 4) for (let k = 0; k < 3; k++) sum[k]! += data[i + k]!;
      const n = data.length / 4;
      return { r: sum[0]! / n, g: sum[1]! / n, b: sum[2]! / n };
    },
    { base64: png.toString('base64'), box: [x0, y0, x1, y1], basis },
  );
}

const candidatesShown = (page: Page) =>
  page.getByTestId('candidate').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-muscle')}:${r.getAttribute('data-side')}`));

const madeContexts = (page: Page) => page.evaluate(() => (window as unknown as { __webgl: WebGLRenderingContext[] }).__webgl.length);
const liveContexts = (page: Page) =>
  page.evaluate(() => (window as unknown as { __webgl: WebGLRenderingContext[] }).__webgl.filter((c) => !c.isContextLost()).length);

/**
 * The sheet's height above its red-flag block, for `spots` marked spots (drawingSheet.ts's
 * layout: header 104, pictures 920, the spots in two columns, two lines of disclaimer): the
 * regions below are fractions of it, so they stay on the pictures whatever the flags add.
 */
const sheetBasis = (spots: number) => 104 + 920 + 20 + (spots > 0 ? 34 + Math.ceil(spots / 2) * 26 : 0) + 20 + 2 * 24 + 24;

/** Decodes a PNG in the page: its size, and for regions (x: fractions of the width, y: of `basis` px) the share of non-white and of blue pixels. */
async function pngStats(page: Page, png: Buffer, regions: Record<string, [number, number, number, number]>, basis: number) {
  return page.evaluate(
    async ({ base64, regions, basis }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const out: Record<string, { ink: number; blue: number; bluish: number }> = {};
      for (const [name, [x0, y0, x1, y1]] of Object.entries(regions)) {
        const x = Math.round(x0 * image.width);
        const y = Math.round(y0 * basis);
        const w = Math.max(1, Math.round((x1 - x0) * image.width));
        const h = Math.max(1, Math.round((y1 - y0) * basis));
        const data = ctx.getImageData(x, y, w, h).data;
        let ink = 0;
        let blue = 0;
        let bluish = 0;
        for (let i = 0; i < data.length; i += 4) {
          const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
          if (r < 235 || g < 235 || b < 235) ink++;
          // The pins' blue; the painted band is skin washed with it (blue above red).
          if (b > 110 && b > r + 60 && b > g + 25) blue++;
          if (b > r + 8 && r < 235) bluish++;
        }
        const n = data.length / 4;
        out[name] = { ink: ink / n, blue: blue / n, bluish: bluish / n };
      }
      return { width: image.width, height: image.height, regions: out };
    },
    { base64: png.toString('base64'), regions, basis },
  );
}

async function openDrawing(page: Page, atlas: { open(q: string): Promise<void>; waitReady(): Promise<void> }, query = `?pain=${DRAWING}`) {
  await atlas.open(query);
  await atlas.waitReady();
  await expect(page.getByTestId('candidate').first()).toBeVisible();
  await expect(page.getByTestId('pain-export-json')).toBeEnabled();
}

test.describe('exports of a pain drawing', () => {
  test('downloads a picture of the drawing, front and back, on the right body parts, in the one WebGL context', async ({ page, atlas }) => {
    await watchContexts(page);
    const foreign: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1') foreign.push(r.url());
    });
    await openDrawing(page, atlas);
    const button = page.getByTestId('pain-export-png');
    await expect(button).toHaveAccessibleName('Download picture (PNG)');
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/^pain-drawing-\d{4}-\d{2}-\d{2}\.png$/);
    const png = readFileSync((await download.path())!);
    shot('export-picture.png', png);
    // Two 600 x 920 pictures side by side with margins; the spots listed under them.
    const stats = await pngStats(page, png, {
      front: [0.03, 0.1, 0.48, 0.8],
      back: [0.52, 0.1, 0.97, 0.8],
      // From the front the patient's right is on the picture's left: the right temple, high on
      // the left of the front picture's middle; the left kneecap, low on its right.
      frontRightHead: [0.15, 0.12, 0.255, 0.22],
      frontLeftHead: [0.256, 0.12, 0.36, 0.22],
      frontLeftKnee: [0.256, 0.52, 0.4, 0.66],
      frontRightKnee: [0.11, 0.52, 0.255, 0.66],
      // From the back the patient's left is on the picture's left: the left shoulder blade, and
      // the band painted over the right low back on the right of the back picture's middle.
      backLeftShoulder: [0.6, 0.22, 0.72, 0.31],
      backRightShoulder: [0.77, 0.22, 0.89, 0.31],
      backLowBack: [0.7, 0.35, 0.82, 0.45],
      backLeftLowBack: [0.67, 0.35, 0.74, 0.45],
    }, sheetBasis(5));
    expect(stats.width).toBe(24 * 2 + 600 * 2 + 20);
    expect(stats.height).toBeGreaterThan(sheetBasis(5));
    expect(stats.regions.front!.ink).toBeGreaterThan(0.15);
    expect(stats.regions.back!.ink).toBeGreaterThan(0.15);
    const r = stats.regions;
    expect(r.frontRightHead!.blue).toBeGreaterThan(r.frontLeftHead!.blue);
    expect(r.frontLeftKnee!.blue).toBeGreaterThan(r.frontRightKnee!.blue);
    expect(r.backLeftShoulder!.blue).toBeGreaterThan(r.backRightShoulder!.blue);
    expect(r.backLowBack!.bluish).toBeGreaterThan(0.02);
    expect(r.backLowBack!.bluish).toBeGreaterThan(r.backLeftLowBack!.bluish);
    // The live view is back as it was: the picture was drawn with its renderer, no second context made.
    await expect(button).toBeEnabled();
    expect(await liveContexts(page)).toBe(1);
    expect(await madeContexts(page)).toBe(1);
    expect((await atlas.canvasStats()).coverage).toBeGreaterThan(0.03);
    expect(foreign).toEqual([]);
  });

  test('draws the opaque skin while x-ray is on, and leaves x-ray on', async ({ page, atlas, isMobile }) => {
    test.skip(isMobile, 'the same drawing code on every screen');
    await openDrawing(page, atlas, '?pain=temple_r&muscle=temporalis&side=right&view=front');
    const belly: [number, number, number, number] = [0.235, 0.38, 0.275, 0.42];
    const [plain] = await Promise.all([page.waitForEvent('download'), page.getByTestId('pain-export-png').click()]);
    const opaque = await meanColour(page, readFileSync((await plain.path())!), belly, sheetBasis(1));
    const toggle = page.getByTestId('xray-toggle');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const [xray] = await Promise.all([page.waitForEvent('download'), page.getByTestId('pain-export-png').click()]);
    const png = readFileSync((await xray.path())!);
    shot('export-picture-xray.png', png);
    const drawn = await meanColour(page, png, belly, sheetBasis(1));
    // The same skin as without x-ray (a ghost body would let the white background through).
    for (const k of ['r', 'g', 'b'] as const) expect(Math.abs(drawn[k] - opaque[k]), k).toBeLessThan(6);
    expect(opaque.r).toBeLessThan(235);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => document.documentElement.dataset.atlasReady)).toBe('true');
  });

  test('gives the live view back as it was: the selected muscle’s zones stay on the skin', async ({ page, atlas, isMobile }) => {
    test.skip(isMobile, 'the same drawing code on every screen');
    await openDrawing(page, atlas, '?pain=temple_r&muscle=temporalis&side=right&view=front');
    await atlas.idle();
    const before = await atlas.canvasStats();
    expect(before.zoneRed).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('pain-export-png').click()]);
    await download.path();
    await atlas.idle();
    const after = await atlas.canvasStats();
    expect(after.zoneRed).toBeCloseTo(before.zoneRed, 2);
    expect(after.coverage).toBeCloseTo(before.coverage, 2);
  });

  test('draws a posed body at rest, its spots in their places, and leaves the pose held', async ({ page, atlas, isMobile }) => {
    test.skip(isMobile, 'the same drawing code on every screen');
    await openDrawing(page, atlas, '?pain=temple_r;patella_l&muscle=upper-trapezius&pose=stretch');
    await expect(page.getByTestId('pose')).toHaveAttribute('data-pose', 'stretch', { timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('pain-export-png').click()]);
    const png = readFileSync((await download.path())!);
    shot('export-picture-from-pose.png', png);
    const { regions: r } = await pngStats(page, png, {
      frontRightHead: [0.15, 0.12, 0.255, 0.22],
      frontLeftHead: [0.256, 0.12, 0.36, 0.22],
      frontLeftKnee: [0.256, 0.52, 0.4, 0.66],
      frontRightKnee: [0.11, 0.52, 0.255, 0.66],
    }, sheetBasis(2));
    expect(r.frontRightHead!.blue).toBeGreaterThan(r.frontLeftHead!.blue);
    expect(r.frontLeftKnee!.blue).toBeGreaterThan(r.frontRightKnee!.blue);
    await expect(page.getByTestId('pose')).toHaveAttribute('data-pose', 'stretch');
  });

  test('draws the picture on the body chosen: the woman, heavy, in the deep skin tone', async ({ page, atlas, isMobile }) => {
    test.skip(isMobile, 'the same drawing code on every screen');
    await openDrawing(page, atlas, '?pain=temple_r;patella_l&body=female&build=heavy');
    await expect(page.locator('html')).toHaveAttribute('data-atlas-body', 'female');
    await page.getByTestId('body-picker').click();
    await page.locator('[data-testid="tone-option"][data-tone="deep"]').click();
    await page.keyboard.press('Escape');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('pain-export-png').click()]);
    const png = readFileSync((await download.path())!);
    shot('export-picture-woman-deep.png', png);
    const skin = await page.evaluate(async ({ base64, basis }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      // The middle of the front picture's belly: the skin as drawn.
      const [r, g, b] = ctx.getImageData(Math.round(image.width * 0.2555), Math.round(basis * 0.4), 1, 1).data;
      return { r: r!, g: g!, b: b! };
    }, { base64: png.toString('base64'), basis: sheetBasis(2) });
    // The deep tone (#7e5439) drawn lit: darker than the default medium tone and still skin-coloured.
    expect(skin.r).toBeLessThan(170);
    expect(skin.r).toBeGreaterThan(skin.b);
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('pain-export-json').click()]);
    const file = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { body: unknown };
    expect(file.body).toEqual({ sex: 'female', build: 'heavy', skinTone: 'deep' });
  });

  test('downloads the drawing as a versioned JSON file that validates and reads back', async ({ page, atlas }) => {
    await openDrawing(page, atlas, `?pain=${DRAWING}&body=female&build=heavy&found=temporalis:right:reproduces`);
    const requests = watchRequests(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('pain-export-json').click()]);
    expect(download.suggestedFilename()).toMatch(/^pain-drawing-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Record<string, unknown>;
    const result = validatePainDrawingFile(file);
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (!result.ok) return;
    const { file: drawing } = result;
    expect(drawing.format).toBe('trigger-point-atlas/pain-drawing');
    expect(drawing.body).toMatchObject({ sex: 'female', build: 'heavy' });
    expect(drawing.points.map((p) => p.text).slice(0, 1)).toEqual(['temple_r']);
    expect(drawing.points.map((p) => p.kind)).toEqual(['landmark', 'point', 'landmark', 'landmark']);
    expect(drawing.points[0]!.words).toBe('Your right temple');
    expect(drawing.paintedAreas).toHaveLength(1);
    expect(drawing.paintedAreas[0]!.index).toBe(4);
    expect(drawing.answers.found.map((f) => f.text)).toEqual(['temporalis:right:reproduces']);
    // The panel's red flags travel with the data.
    const panelFlags = await page.getByTestId('red-flags').locator('[data-red-flag]').evaluateAll((li) => li.map((l) => l.getAttribute('data-red-flag')));
    for (const id of panelFlags) expect(drawing.redFlags?.map((f) => f.id)).toContain(id);
    requests.check();
    expect(drawing.widespreadPainIndex.areas.length).toBeGreaterThan(0);
    expect(drawing.candidates[0]).toMatchObject({ rank: 1, muscle: 'temporalis', side: 'right', name: 'Temporalis' });
    const shown = await page.getByTestId('candidate').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-muscle')}:${r.getAttribute('data-side')}`));
    expect(drawing.candidates.map((c) => `${c.muscle}:${c.side}`)).toEqual(shown);
    expect(new URL(drawing.link).searchParams.get('pain')).toContain('temple_r');
    expect(drawing.points.map((p) => p.text.split(',').length)).toEqual(POINT_TEXTS.map((t) => t.split(',').length));
  });

  test('opens a downloaded drawing file again, with its answers, and refuses a file that is not one', async ({ page, atlas }) => {
    await openDrawing(page, atlas, '?pain=temple_r;neck_base_r&found=temporalis:right:reproduces');
    const before = await page.getByTestId('candidate').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-muscle')}:${r.getAttribute('data-side')}`));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('pain-export-json').click()]);
    const path = (await download.path())!;
    const requests = watchRequests(page);
    await page.getByTestId('pain-clear').click();
    await expect(page.getByTestId('candidate')).toHaveCount(0);
    // An empty drawing: "Where does it hurt?" opens the panel, which offers to open a file.
    await page.getByTestId('pain-mode').click();
    await page.getByTestId('pain-open-file').setInputFiles(path);
    await expect(page.getByTestId('candidate').first()).toBeVisible();
    const after = await page.getByTestId('candidate').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-muscle')}:${r.getAttribute('data-side')}`));
    expect(after).toEqual(before);
    await expect(page).toHaveURL(/found=temporalis:right:reproduces/);
    await page.getByTestId('pain-open-file').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"points": []}') });
    await expect(page.getByTestId('notice').filter({ hasText: 'not a pain drawing saved by the atlas' })).toBeVisible();
    await expect(page.getByTestId('candidate')).toHaveCount(before.length);
    await page.getByTestId('pain-open-file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.alloc(1_100_000, 32) });
    await expect(page.getByTestId('notice').filter({ hasText: 'too large' })).toBeVisible();
    requests.check();
  });

  test('opens a drawing file on the body it was drawn on, with the same candidates, and keeps it undoable', async ({ page, atlas, isMobile }) => {
    test.skip(isMobile, 'the same reading code on every screen');
    // A tap off any landmark and a painted area, on the woman: coordinates of her body.
    await openDrawing(page, atlas, '?pain=-0.36,1.14,0.02;area~-0.07,0.98,-0.04~-0.035,0.965,-0.05~0,0.95,-0.056&body=female');
    await expect(page.locator('html')).toHaveAttribute('data-atlas-body', 'female');
    const before = await candidatesShown(page);
    expect(before.length).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('pain-export-json').click()]);
    const path = (await download.path())!;
    const requests = watchRequests(page);
    await page.getByTestId('body-picker').click();
    await page.locator('[data-testid="body-option"][data-body="male"]').click();
    await page.keyboard.press('Escape');
    await expect(page.locator('html')).toHaveAttribute('data-atlas-body', 'male', { timeout: 60_000 });
    // A drawing of the man's own, to be replaced by the file (and brought back by undo).
    const mansDrawing = await candidatesShown(page);
    await page.getByTestId('pain-open-file').setInputFiles(path);
    await expect(page.locator('html')).toHaveAttribute('data-atlas-body', 'female', { timeout: 60_000 });
    await expect(page.getByTestId('notice').filter({ hasText: "woman's body" })).toBeVisible();
    await expect.poll(() => candidatesShown(page)).toEqual(before);
    await page.getByTestId('pain-undo').click();
    await expect.poll(() => candidatesShown(page)).toEqual(mansDrawing);
    requests.check();
  });

  test('prints the drawing for the clinician on one or two pages, with the pictures, the candidates and the red flags', async ({ page, atlas, isMobile }) => {
    test.skip(isMobile, 'printing is the same on every screen (the phone opens the same dialog)');
    await watchContexts(page);
    await openDrawing(page, atlas);
    const requests = watchRequests(page);
    const names = await page.locator('[data-testid="candidate"] .candidate-name').allInnerTexts();
    await page.getByTestId('pain-print').click();
    const sheet = page.getByTestId('drawing-print');
    await expect(sheet).toBeVisible();
    await expect(sheet).toHaveAttribute('data-print-ready', 'true', { timeout: 90_000 });
    await expect(sheet.locator('img')).toHaveCount(2);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __printCalls: number }).__printCalls)).toBe(1);
    expect(await liveContexts(page)).toBe(1);
    const axe = await new AxeBuilder({ page }).include('[data-testid="drawing-print"]').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    shot('export-print-media.png', await page.screenshot({ fullPage: true }));
    const { getDocument, OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      if (format === 'A4') shot('export-print.pdf', pdf);
      const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
      expect(doc.numPages, format).toBeGreaterThanOrEqual(1);
      expect(doc.numPages, format).toBeLessThanOrEqual(2);
      let text = '';
      let images = 0;
      for (let i = 1; i <= doc.numPages; i++) {
        const p = await doc.getPage(i);
        text += (await p.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
        const ops = await p.getOperatorList();
        images += ops.fnArray.filter((fn: number) => fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject).length;
      }
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('Pain drawing for your clinician');
      expect(flat).toContain('Your right temple');
      expect(flat).toContain('not a diagnosis');
      // (pdf.js splits the "fi" ligature, so the checks avoid it)
      expect(flat).toContain('Emergency:');
      expect(flat).toContain('Muscles that may explain it');
      expect(flat).toContain('Widespread Pain Index');
      for (const name of names.slice(0, 3)) expect(flat).toContain(name.replace(/\s*\((left|right)\)$/, ''));
      // The app itself is not printed, nor the dialog's buttons.
      expect(flat).not.toContain('Where does it hurt?');
      expect(flat).not.toContain('Print or save as PDF');
      expect(images, `${format} pictures`).toBeGreaterThanOrEqual(2);
    }
    await page.emulateMedia({ media: 'screen' });
    await page.keyboard.press('Escape');
    await expect(sheet).toHaveCount(0);
    // Its page margins leave with it.
    await expect(page.locator('style[data-drawing-print-page]')).toHaveCount(0);
    requests.check();
  });

  test('prints the red flags of a "yes", a trigger point by its name and the widespread caveat in the app’s words', async ({ page, atlas, isMobile }) => {
    test.skip(isMobile, 'printing is the same on every screen');
    await watchContexts(page);
    // Both shoulders, both legs and the low back: widespread; a trigger point answered; a "yes" with a red flag.
    await openDrawing(page, atlas, '?pain=shoulder_back_l;shoulder_back_r;thigh_anterior_l;thigh_anterior_r;l3;neck_base_r&found=upper-trapezius:right:trp1:tender');
    const flagged = page.locator('[data-testid="question"]').filter({ has: page.getByTestId('question-red-flag') }).first();
    let yesFlag: string | null = null;
    if (await flagged.count()) {
      yesFlag = await flagged.getByTestId('question-red-flag').first().getAttribute('data-red-flag');
      await flagged.locator('[data-answer="yes"]').click();
    }
    await expect(page.getByTestId('spread')).toHaveAttribute('data-widespread', 'true');
    const caveat = await page.getByTestId('spread').innerText();
    const requests = watchRequests(page);
    await page.getByTestId('pain-print').click();
    const sheet = page.getByTestId('drawing-print');
    await expect(sheet).toHaveAttribute('data-print-ready', 'true', { timeout: 90_000 });
    const text = await sheet.innerText();
    expect(text).not.toMatch(/\btrp\d/);
    expect(text).toMatch(/Pressing .*trigger point 1.* \(right\): tender/i);
    expect(text).not.toContain(': widespread.');
    expect(text).not.toContain(' .');
    expect(text.replace(/\s+/g, ' ')).toContain(caveat.split('\n')[0]!.replace(/\s+/g, ' ').trim());
    if (yesFlag) await expect(sheet.locator(`[data-red-flag="${yesFlag}"]`)).toHaveCount(1);
    await page.keyboard.press('Escape');
    requests.check();
  });

  test('prints the general red flags when no body area has any, as the pain panel lists them', async ({ page, atlas, isMobile }) => {
    test.skip(isMobile, 'printing is the same on every screen');
    await watchContexts(page);
    // The back of the hand: in no body area of the red flags' table.
    await openDrawing(page, atlas, '?pain=hand_dorsum_r');
    const shown = await page.getByTestId('red-flags').locator('[data-red-flag]').evaluateAll((li) => li.map((l) => l.getAttribute('data-red-flag')));
    expect(shown.length).toBeGreaterThan(0);
    await page.getByTestId('pain-print').click();
    const sheet = page.getByTestId('drawing-print');
    await expect(sheet).toHaveAttribute('data-print-ready', 'true', { timeout: 90_000 });
    const printed = await sheet.locator('[data-red-flag]').evaluateAll((li) => li.map((l) => l.getAttribute('data-red-flag')));
    for (const id of shown) expect(printed).toContain(id);
    await page.keyboard.press('Escape');
  });

  test('the export buttons are reachable by keyboard, and the print closes with Escape', async ({ page, atlas }) => {
    await watchContexts(page);
    await openDrawing(page, atlas, '?pain=temple_r;neck_base_r');
    const group = page.getByRole('group', { name: 'Export this drawing' });
    await expect(group.getByTestId('pain-export-png')).toHaveAccessibleName('Download picture (PNG)');
    await expect(group.getByTestId('pain-export-json')).toHaveAccessibleName('Download data (JSON)');
    await expect(group.getByTestId('pain-print')).toHaveAccessibleName('Print for your clinician');
    await page.getByTestId('pain-print').focus();
    await page.keyboard.press('Enter');
    const sheet = page.getByTestId('drawing-print');
    await expect(sheet).toHaveAttribute('data-print-ready', 'true', { timeout: 90_000 });
    await page.keyboard.press('Escape');
    await expect(sheet).toHaveCount(0);
    await expect(page.getByTestId('pain-print')).toBeEnabled();
    // The dialog gives focus back to the button that opened it (never to the page's body).
    await expect(page.getByTestId('pain-print')).toBeFocused();
  });

  test('screenshots of the export buttons on a phone, a tablet and a desktop', async ({ page, atlas, isMobile }) => {
    test.skip(!SHOTS, 'only when EXPORT_SHOTS names a folder');
    const sizes = isMobile ? [['phone', 390, 844]] as const : ([['tablet', 1024, 768], ['desktop', 1280, 800]] as const);
    for (const [name, width, height] of sizes) {
      await page.setViewportSize({ width, height });
      await openDrawing(page, atlas, `?pain=${DRAWING}`);
      await page.getByTestId('pain-export-json').scrollIntoViewIfNeeded();
      shot(`export-panel-${name}.png`, await page.screenshot());
      await page.getByTestId('pain-print').click();
      await expect(page.getByTestId('drawing-print')).toHaveAttribute('data-print-ready', 'true', { timeout: 90_000 });
      shot(`export-print-dialog-${name}.png`, await page.screenshot());
      await page.keyboard.press('Escape');
    }
    await page.getByTestId('pain-clear').click();
    await page.getByTestId('pain-mode').click();
    await expect(page.getByTestId('pain-open-file')).toBeAttached();
    shot(`export-open-file-${isMobile ? 'phone' : 'desktop'}.png`, await page.screenshot());
  });
});
