/** Page object for the 3D muscles: x-ray, where a muscle is on screen, tapping and hovering it. */
import { expect, type Page } from '@playwright/test';
import { AtlasPage } from './atlasPage';

type Side = 'left' | 'right';
type Look = 'hidden' | 'normal' | 'dimmed' | 'hovered' | 'selected';

/** Drives the x-ray view and the muscle meshes like a user, with the in-page test hooks. */
export class MusclePage {
  readonly atlas: AtlasPage;

  constructor(readonly page: Page) {
    this.atlas = new AtlasPage(page);
  }

  /** Turns x-ray on and waits until every muscle mesh is built. */
  async xrayOn(): Promise<void> {
    const toggle = this.page.getByTestId('xray-toggle');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect
      .poll(() => this.page.evaluate(() => { const s = window.__atlasTest?.muscleStats?.(); return s ? s.total - s.built : -1; }), { timeout: 60_000 })
      .toBe(0);
    await this.settle();
  }

  /** Turns x-ray off. */
  async xrayOff(): Promise<void> {
    const toggle = this.page.getByTestId('xray-toggle');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await this.settle();
  }

  /** Places the camera (metres, model frame) and lets the frame render. */
  async camera(position: [number, number, number], target: [number, number, number]): Promise<void> {
    await this.page.evaluate(([p, t]) => window.__atlasTest?.setCamera?.(p, t), [position, target] as const);
    await this.settle();
  }

  /** A client point on a muscle where it is the front-most muscle (or, `covered`, behind another). */
  async pointOn(id: string, side: Side, covered = false): Promise<{ x: number; y: number }> {
    let point: { x: number; y: number } | null = null;
    await expect
      .poll(async () => {
        point = await this.page.evaluate(([m, s, c]) => window.__atlasTest?.muscleScreenPoint?.(m, s, c) ?? null, [id, side, covered] as const);
        return point !== null;
      }, { timeout: 30_000 })
      .toBe(true);
    return point!;
  }

  /** The muscles under a client point, nearest first, as "id/side". */
  async musclesAt(point: { x: number; y: number }): Promise<string[]> {
    const hits = await this.page.evaluate(([x, y]) => window.__atlasTest?.musclesAt?.(x, y) ?? [], [point.x, point.y] as const);
    return hits.map((h) => `${h.id}/${h.side}`);
  }

  /** A tap (touch on phones, a click elsewhere) at a client point. */
  async tap(point: { x: number; y: number }): Promise<void> {
    if (await this.page.evaluate(() => matchMedia('(pointer: coarse)').matches)) await this.page.touchscreen.tap(point.x, point.y);
    else await this.page.mouse.click(point.x, point.y);
  }

  async look(id: string, side: Side): Promise<Look | undefined> {
    return this.page.evaluate(([m, s]) => window.__atlasTest?.muscleLook?.(m, s), [id, side] as const);
  }

  async hovered(): Promise<string | null | undefined> {
    return this.page.evaluate(() => window.__atlasTest?.hoveredMuscle?.());
  }

  async built(): Promise<number> {
    return this.page.evaluate(() => window.__atlasTest?.muscleStats?.().built ?? -1);
  }

  /** Fraction of canvas pixels with the red-brown of muscle (red well above green and blue). */
  async muscleFraction(): Promise<number> {
    return (await this.atlas.canvasStats()).muscle;
  }

  /** The view has drawn what was asked: a frame after now, then the camera at rest. */
  async settle(): Promise<void> {
    const frames = await this.page.evaluate(() => window.__atlasTest?.frames?.() ?? 0);
    await this.page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
    await expect
      .poll(() => this.page.evaluate((n) => (window.__atlasTest?.frames?.() ?? 0) > n || (window.__atlasTest?.idleMs?.() ?? 0) > 150, frames), { timeout: 30_000 })
      .toBe(true);
    await this.atlas.cameraAtRest({ ms: 150 });
  }
}
