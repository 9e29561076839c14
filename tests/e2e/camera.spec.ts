import { expect, test } from './fixtures';

test.describe('the camera as a patient meets it', () => {
  test('labels the patient\'s right and left beside the body, swapped from behind', async ({ page, atlas }) => {
    await atlas.open();
    await atlas.waitReady();
    const right = page.getByTestId('side-label-right');
    const left = page.getByTestId('side-label-left');
    await expect(right).toBeVisible();
    // From the front, the patient's right is on the screen's left.
    expect((await right.boundingBox())!.x).toBeLessThan((await left.boundingBox())!.x);
    let moves = await atlas.cameraChanges();
    await atlas.viewButton('back').click();
    await atlas.cameraAtRest({ after: moves });
    await expect(atlas.viewButton('back')).toHaveAttribute('aria-pressed', 'true');
    await expect(right).toBeVisible();
    expect((await right.boundingBox())!.x).toBeGreaterThan((await left.boundingBox())!.x);
    moves = await atlas.cameraChanges();
    await atlas.viewButton('left').click();
    await atlas.cameraAtRest({ after: moves });
    await expect(right).toHaveCount(0);
  });

  test('highlights the view the camera looks from after a drag, and the link follows it', async ({ page, atlas, isMobile }) => {
    test.skip(isMobile, 'the mouse drag is the desktop gesture');
    await atlas.open();
    await atlas.waitReady();
    await expect(atlas.viewButton('front')).toHaveAttribute('aria-pressed', 'true');
    const box = (await page.locator('canvas').first().boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height * 0.6;
    // A sideways drag of a quarter of the canvas height turns the camera about 90 degrees.
    const moves = await atlas.cameraChanges();
    await page.mouse.move(x, y);
    await page.mouse.down();
    const steps = 10;
    for (let i = 1; i <= steps; i++) await page.mouse.move(x + (i * box.height) / 4 / steps, y);
    await page.mouse.up();
    await atlas.cameraAtRest({ after: moves });
    await expect(atlas.viewButton('front')).toHaveAttribute('aria-pressed', 'false');
    const pressed = page.locator('.view-buttons [aria-pressed="true"]');
    await expect(pressed).toHaveCount(1);
    const view = (await pressed.getAttribute('data-testid'))!.replace('view-', '');
    expect(['left', 'right']).toContain(view);
    await expect(page).toHaveURL(new RegExp(`view=${view}`));
  });
});

test.describe('first use', () => {
  test('a hint says how to turn, zoom and move the body, and goes at the first touch of the body', async ({ page, atlas, isMobile }) => {
    await atlas.open('?showhint');
    await atlas.waitReady();
    const hint = page.getByTestId('gesture-hint');
    await expect(hint).toBeVisible();
    await expect(hint).toContainText(isMobile ? 'two fingers to move' : 'scroll to zoom');
    const box = (await page.locator('canvas').first().boundingBox())!;
    if (isMobile) await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height * 0.5);
    else await page.mouse.click(box.x + box.width / 2, box.y + box.height * 0.42);
    await expect(hint).toHaveCount(0);
    // The touch that hid it still marked the spot.
    await expect(page).toHaveURL(/pain=/);
    // Gone for the rest of the visit.
    await atlas.open('?showhint');
    await atlas.waitReady();
    await expect(page.getByTestId('gesture-hint')).toHaveCount(0);
  });
});
