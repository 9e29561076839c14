import { expect, test } from './fixtures';
import { MUSCLE_DATA } from '../../src/atlas/data/muscles';

/** The right side of the neck, seen from the right: the posterior triangle, where levator scapulae is uncovered. */
const NECK_RIGHT: [[number, number, number], [number, number, number]] = [[-0.75, 1.5, 0.02], [-0.03, 1.49, 0]];
/** The upper back from behind, close enough that the muscles fill the view. */
const UPPER_BACK: [[number, number, number], [number, number, number]] = [[0, 1.3, -1.3], [0, 1.28, 0]];
/** The right shoulder from behind and to the right: levator scapulae runs under the upper trapezius here. */
const SHOULDER_BACK_RIGHT: [[number, number, number], [number, number, number]] = [[-0.45, 1.48, -0.7], [-0.06, 1.45, 0]];

test.describe('muscles in 3D', () => {
  test('x-ray turns the skin translucent and shows the muscles beneath, and back', async ({ muscles }) => {
    await muscles.atlas.open('?view=back');
    await muscles.atlas.waitReady();
    await muscles.camera(...UPPER_BACK);
    const before = await muscles.muscleFraction();
    await muscles.xrayOn();
    expect(await muscles.muscleFraction()).toBeGreaterThan(before + 0.1);
    expect(await muscles.look('quadratus-lumborum', 'left')).toBe('normal');
    await muscles.xrayOff();
    expect(await muscles.muscleFraction()).toBeLessThan(before + 0.005);
    expect(await muscles.look('quadratus-lumborum', 'left')).toBe('hidden');
  });

  test('builds only the selected muscle until x-ray asks for all of them', async ({ muscles }) => {
    await muscles.atlas.open('?muscle=levator-scapulae');
    await muscles.atlas.waitReady();
    await expect.poll(() => muscles.built()).toBe(1);
    // Without x-ray the selected muscle shows only as an outline through the skin.
    expect(await muscles.look('levator-scapulae', 'right')).toBe('hidden');
    await muscles.page.getByTestId('muscle-panel').getByRole('button', { name: /close/i }).click();
    await muscles.xrayOn();
    // Every muscle of the atlas, on both sides.
    expect(await muscles.built()).toBe(2 * MUSCLE_DATA.length);
  });

  test('tapping a muscle in x-ray selects it, on that side', async ({ page, muscles }) => {
    await muscles.atlas.open('?view=back');
    await muscles.atlas.waitReady();
    await muscles.xrayOn();
    const point = await muscles.pointOn('lower-trapezius', 'left');
    await muscles.tap(point);
    const panel = page.getByTestId('muscle-panel');
    await expect(panel).toHaveAttribute('data-muscle', 'lower-trapezius');
    await expect(panel).toHaveAttribute('data-side', 'left');
    await expect(page).toHaveURL(/muscle=lower-trapezius/);
    expect(await muscles.look('lower-trapezius', 'left')).toBe('selected');
    // Hover marks the muscle (both sides); away from it, the other side is dimmed like the rest.
    await page.mouse.move(1, 1);
    await expect.poll(() => muscles.look('lower-trapezius', 'right')).toBe('dimmed');
  });

  test('selects a deep muscle where nothing covers it: levator scapulae in the side of the neck', async ({ page, muscles }) => {
    await muscles.atlas.open('?view=right');
    await muscles.atlas.waitReady();
    await muscles.xrayOn();
    await muscles.camera(...NECK_RIGHT);
    const point = await muscles.pointOn('levator-scapulae', 'right');
    expect((await muscles.musclesAt(point))[0]).toBe('levator-scapulae/right');
    await muscles.tap(point);
    await expect(page.getByTestId('muscle-panel')).toHaveAttribute('data-muscle', 'levator-scapulae');
  });

  test('picks the muscle in front, not the one behind it, where muscles overlap', async ({ page, muscles }) => {
    await muscles.atlas.open('?view=back');
    await muscles.atlas.waitReady();
    await muscles.xrayOn();
    await muscles.camera(...SHOULDER_BACK_RIGHT);
    const point = await muscles.pointOn('levator-scapulae', 'right', true);
    const under = await muscles.musclesAt(point);
    expect(under).toContain('levator-scapulae/right');
    const front = under[0]!;
    expect(front).not.toBe('levator-scapulae/right');
    await muscles.tap(point);
    const [id, side] = front.split('/');
    await expect(page.getByTestId('muscle-panel')).toHaveAttribute('data-muscle', id!);
    await expect(page.getByTestId('muscle-panel')).toHaveAttribute('data-side', side!);
  });

  test('hovering a muscle highlights it and shows a pointer', async ({ page, muscles }, testInfo) => {
    test.skip(testInfo.project.use.hasTouch === true, 'a touch screen has no hover');
    await muscles.atlas.open('?view=back');
    await muscles.atlas.waitReady();
    await muscles.xrayOn();
    const point = await muscles.pointOn('middle-trapezius', 'right');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => muscles.hovered()).toBe('middle-trapezius');
    expect(await muscles.look('middle-trapezius', 'right')).toBe('hovered');
    await expect(page.locator('canvas').first()).toHaveCSS('cursor', 'pointer');
    const box = (await page.locator('canvas').first().boundingBox())!;
    await page.mouse.move(box.x + box.width - 5, box.y + 5);
    await expect.poll(() => muscles.hovered()).toBeNull();
    expect(await muscles.look('middle-trapezius', 'right')).toBe('normal');
  });

  test('in pain mode a tap on a muscle marks pain and selects nothing', async ({ page, muscles }) => {
    await muscles.atlas.open('?view=back');
    await muscles.atlas.waitReady();
    await muscles.xrayOn();
    await page.getByTestId('pain-mode').click();
    // On a phone the pain panel covers the upper body: the calf stays in view.
    const point = await muscles.pointOn('gastrocnemius', 'right');
    await muscles.tap(point);
    await expect(page).toHaveURL(/pain=/);
    await expect(page.getByTestId('muscle-panel')).toHaveCount(0);
  });

  test('a drag across a muscle turns the camera and selects nothing', async ({ page, muscles }, testInfo) => {
    test.skip(testInfo.project.use.hasTouch === true, 'the mouse drag is the desktop gesture');
    await muscles.atlas.open('?view=back');
    await muscles.atlas.waitReady();
    await muscles.xrayOn();
    const point = await muscles.pointOn('lower-trapezius', 'right');
    const moves = await muscles.atlas.cameraChanges();
    await page.mouse.move(point.x, point.y);
    await page.mouse.down();
    await page.mouse.move(point.x + 60, point.y, { steps: 6 });
    await page.mouse.up();
    // The drag was handled (it turned the camera) before the absence of a selection is judged.
    await muscles.atlas.cameraAtRest({ after: moves });
    await expect(page.getByTestId('muscle-panel')).toHaveCount(0);
  });
});
