/**
 * Quizzes (`?mode=quiz`): a round played on the 3D body as a student would, each kind of question
 * answered once rightly and once wrongly. Where to tap or paint is worked out from the atlas in
 * Node (the same body and zones the page loads): the camera is placed looking at the place along
 * its outward normal, clear of other skin, so the place lies at the middle of the canvas.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { areaWeightedNormals, raycastSkin, vertexPosition } from '../../src/atlas/mesh';
import type { OpenAtlas } from '../../src/atlas/openAtlas';
import { essentialZone, zoneBrush } from '../../src/atlas/quiz';
import type { Side, Vec3 } from '../../src/atlas/types';
import { loadOpenAtlas } from '../../src/node/bakeZoneBytes';
import type { AtlasPage } from './atlasPage';
import { cliRanking } from './cli';
import { expect, test } from './fixtures';

// A round of the lower back: every trigger point and zone lies on the back, in view of a camera.
const ROUND = '?mode=quiz&quizRegion=lower-back&quizSeed=20240';

let atlas: OpenAtlas;
let normals: Float32Array;
test.beforeAll(async () => {
  atlas = await loadOpenAtlas();
  normals = areaWeightedNormals(atlas.mesh.positions, atlas.mesh.indices);
});

/** A camera 0.9 m out from a vertex, seeing it with no skin in between (the normal, or near it). */
function cameraOn(vertex: number): { position: Vec3; target: Vec3 } {
  const target = vertexPosition(atlas.mesh, vertex);
  const n: Vec3 = [normals[3 * vertex]!, normals[3 * vertex + 1]!, normals[3 * vertex + 2]!];
  const tries: Vec3[] = [n, [n[0], n[1], n[2] - 0.5], [n[0] * 0.5, n[1], n[2] - 1], [n[0], n[1] + 0.5, n[2]]];
  for (const d of tries) {
    const len = Math.hypot(...d);
    const position: Vec3 = [target[0] + (0.9 * d[0]) / len, target[1] + (0.9 * d[1]) / len, target[2] + (0.9 * d[2]) / len];
    const hit = raycastSkin(atlas.mesh, position, [target[0] - position[0], target[1] - position[1], target[2] - position[2]]);
    if (hit && Math.hypot(hit.point[0] - target[0], hit.point[1] - target[1], hit.point[2] - target[2]) < 0.01) return { position, target };
  }
  throw new Error(`no clear view of vertex ${vertex}`);
}

/** Points the camera at a vertex and returns the client point where it is drawn (the canvas's middle). */
async function aimAt(page: Page, atlasPage: AtlasPage, vertex: number): Promise<{ x: number; y: number }> {
  const { position, target } = cameraOn(vertex);
  const moves = await atlasPage.cameraChanges();
  const mutable = (v: Vec3): [number, number, number] => [v[0], v[1], v[2]];
  await page.evaluate(([p, t]) => window.__atlasTest?.setCamera?.(p, t), [mutable(position), mutable(target)] as const);
  await atlasPage.cameraAtRest({ after: moves });
  const box = (await page.locator('canvas').first().boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A tap as the device makes it: a touch on phones, a click elsewhere. */
async function tap(page: Page, isMobile: boolean, point: { x: number; y: number }): Promise<void> {
  if (isMobile) await page.touchscreen.tap(point.x, point.y);
  else await page.mouse.click(point.x, point.y);
}

/** A short brush stroke through a point. */
async function stroke(page: Page, point: { x: number; y: number }): Promise<void> {
  await page.mouse.move(point.x - 12, point.y - 6);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(point.x - 12 + i * 3, point.y - 6 + i * 1.5);
  await page.mouse.up();
}

const tpOf = (muscle: string, tp: string) => atlas.baked.muscles.find((m) => m.id === muscle)!.triggerPoints.find((t) => t.id === tp)!;
/** Far from the lower back: the front of the shin. */
const FAR = () => atlas.landmarks.get('shin_r')!.vertex;

test.describe('quizzes', () => {
  test('plays a round: each kind scores a right answer above nothing and a wrong one low, then sums it up', async ({ page, atlas: atlasPage, isMobile }) => {
    test.setTimeout(360_000);
    await atlasPage.open(ROUND);
    await atlasPage.waitReady();
    await expect(page.getByTestId('quiz')).toBeVisible();
    await expect(page.getByTestId('quiz-scope')).toHaveValue('lower-back');
    await page.getByTestId('quiz-start').click();
    const seen = new Map<string, number>();
    const scores: { kind: string; right: boolean; score: number }[] = [];
    for (let index = 0; ; index++) {
      const question = page.getByTestId('quiz-question');
      await expect(question).toHaveAttribute('data-index', String(index));
      const kind = (await question.getAttribute('data-kind'))!;
      const turn = seen.get(kind) ?? 0;
      seen.set(kind, turn + 1);
      if (turn >= 2) {
        // Two of each kind are enough: the rest are shown without an answer.
        await page.getByTestId('quiz-reveal').click();
      } else {
        const right = turn === 0;
        const muscle = await question.getAttribute('data-muscle');
        const tp = await question.getAttribute('data-trigger-point');
        const side = (await question.getAttribute('data-side')) as Side | null;
        if (kind === 'find') {
          const vertex = right ? tpOf(muscle!, tp!).location[side!].vertex : FAR();
          await tap(page, isMobile, await aimAt(page, atlasPage, vertex));
          await expect(page).toHaveURL(/pain=/);
        } else if (kind === 'paint') {
          const zone = essentialZone(tpOf(muscle!, tp!))!;
          const vertex = right ? zoneBrush(atlas, zone, side!)!.centres[0]! : FAR();
          await stroke(page, await aimAt(page, atlasPage, vertex));
          await expect(page).toHaveURL(/pain=area/);
        } else {
          // The zone shown is the drawing in the link; the command line ranks it as the app does.
          const pain = new URL(page.url()).searchParams.get('pain')!;
          const top = new Set(cliRanking([pain], 3).map((c) => c.split('/')[0]));
          const options = page.getByTestId('quiz-option');
          await expect(options).toHaveCount(4);
          for (const option of await options.all()) {
            const isTop = top.has((await option.getAttribute('data-muscle'))!);
            if (isTop === right) await option.check();
          }
        }
        await page.getByTestId('quiz-check').click();
        const score = Number(await page.getByTestId('quiz-score').getAttribute('data-score'));
        scores.push({ kind, right, score });
      }
      await expect(page.getByTestId('quiz-score')).toBeVisible();
      // The true pattern is on the body now: the muscle is selected, its legend shown on wide screens.
      await expect(page).toHaveURL(/muscle=/);
      const next = page.getByTestId('quiz-next');
      const last = (await next.textContent())?.includes('summary');
      await next.click();
      if (last) break;
    }
    const summary = page.getByTestId('quiz-summary');
    await expect(summary).toBeVisible();
    const total = Number(await summary.getAttribute('data-total'));
    expect(total).toBeCloseTo(scores.reduce((sum, s) => sum + s.score, 0), 1);
    // Every kind came at least twice, and a right answer always beat a wrong one.
    for (const kind of ['paint', 'find', 'which']) {
      const right = scores.find((s) => s.kind === kind && s.right);
      const wrong = scores.find((s) => s.kind === kind && !s.right);
      expect(right, kind).toBeDefined();
      expect(wrong, kind).toBeDefined();
      expect(right!.score, kind).toBeGreaterThan(kind === 'which' ? 0.99 : 0.3);
      expect(wrong!.score, kind).toBeLessThan(0.1);
    }
    // Nothing of the round is kept unless asked.
    expect(await page.evaluate(() => localStorage.getItem('trigger-point-atlas.quiz-scores'))).toBeNull();
    await page.getByTestId('quiz-keep').click();
    await expect(page.getByTestId('quiz-kept')).toBeVisible();
    await page.getByTestId('quiz-forget').click();
    await expect(page.getByTestId('quiz-kept')).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('trigger-point-atlas.quiz-scores'))).toBeNull();
  });

  test('keeps the zones hidden until the answer is checked', async ({ page, atlas: atlasPage }) => {
    await atlasPage.open(ROUND);
    await atlasPage.waitReady();
    await page.getByTestId('quiz-start').click();
    const question = page.getByTestId('quiz-question');
    // A question that names its muscle (a "what refers here?" one paints its zone on purpose).
    for (let i = 0; ; i++) {
      await expect(question).toHaveAttribute('data-index', String(i));
      if ((await question.getAttribute('data-kind')) !== 'which') break;
      await page.getByTestId('quiz-reveal').click();
      await page.getByTestId('quiz-next').click();
    }
    await atlasPage.idle();
    expect(page.url()).not.toMatch(/muscle=/);
    // The body only: right of the sidebar (wide screens lay it over the canvas), above the view buttons.
    const body: [number, number, number, number] = [0.3, 0, 1, 0.85];
    expect((await atlasPage.canvasStats(body)).zoneRed).toBe(0);
    await page.getByTestId('quiz-reveal').click();
    await expect(page).toHaveURL(/muscle=/);
    await expect.poll(async () => (await atlasPage.canvasStats(body)).zoneRed, { timeout: 60_000 }).toBeGreaterThan(0.005);
  });

  test('answers "what refers here?" from the keyboard alone', async ({ page, atlas: atlasPage, isMobile }) => {
    test.skip(isMobile, 'keyboard on the desktop layout');
    await atlasPage.open('?mode=quiz&quizRegion=neck&quizSeed=3');
    await atlasPage.waitReady();
    await page.getByTestId('quiz-start').focus();
    await page.keyboard.press('Enter');
    for (let i = 0; i < 10; i++) {
      const question = page.getByTestId('quiz-question');
      await expect(question).toHaveAttribute('data-index', String(i));
      if ((await question.getAttribute('data-kind')) === 'which') {
        const option = page.getByTestId('quiz-option').first();
        await option.focus();
        await page.keyboard.press('Space');
        await expect(option).toBeChecked();
        await page.getByTestId('quiz-check').focus();
        await page.keyboard.press('Enter');
        await expect(page.getByTestId('quiz-score')).toBeVisible();
        // Focus moves to Next, so Enter goes on.
        await expect(page.getByTestId('quiz-next')).toBeFocused();
        return;
      }
      await page.getByTestId('quiz-reveal').click();
      await page.getByTestId('quiz-next').click();
    }
    throw new Error('no "what refers here?" question in the round');
  });

  test('has no serious or critical axe violations at the start, on a question and on its score', async ({ page, atlas: atlasPage }) => {
    const serious = async () => {
      const results = await new AxeBuilder({ page }).analyze();
      return results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    };
    await atlasPage.open('?mode=quiz&quizRegion=neck&quizSeed=3');
    await atlasPage.waitReady();
    expect(await serious()).toEqual([]);
    await page.getByTestId('quiz-start').click();
    for (let i = 0; i < 10; i++) {
      const question = page.getByTestId('quiz-question');
      await expect(question).toHaveAttribute('data-index', String(i));
      if ((await question.getAttribute('data-kind')) === 'which') break;
      await page.getByTestId('quiz-reveal').click();
      await page.getByTestId('quiz-next').click();
    }
    expect(await serious()).toEqual([]);
    await page.getByTestId('quiz-option').first().check();
    await page.getByTestId('quiz-check').click();
    await expect(page.getByTestId('quiz-score')).toBeVisible();
    expect(await serious()).toEqual([]);
  });
});

