import { expect, test } from './fixtures';

test.describe('self-care poses', () => {
  test('a stretch link moves the body into the stretch and holds it; rest brings it back', async ({ page, atlas }) => {
    await atlas.open('?muscle=upper-trapezius&pose=stretch');
    await atlas.waitReady();
    const pose = page.getByTestId('pose');
    await expect(pose).toHaveAttribute('data-pose', 'stretch', { timeout: 60_000 });
    await expect(page).toHaveURL(/pose=stretch/);
    await expect(pose).toContainText('hand holding the seat');
    // The side shown is mirrored: the left stretch is reached too, and the link says so.
    await page.getByTestId('side-left').click();
    await expect(pose).toHaveAttribute('data-pose', 'stretch', { timeout: 60_000 });
    await expect(page).toHaveURL(/side=left/);
    await page.getByTestId('pose-rest').click();
    await expect(pose).toHaveAttribute('data-pose', 'rest', { timeout: 60_000 });
    await expect(page).not.toHaveURL(/pose=/);
  });

  test('pause holds the body part way; step moves it on to the pose', async ({ page, atlas }) => {
    await atlas.open('?muscle=quadratus-lumborum');
    await atlas.waitReady();
    const pose = page.getByTestId('pose');
    await expect(pose).toHaveAttribute('data-pose', 'rest');
    // Paused first: the asked stretch then waits for Play or Step.
    await page.getByTestId('pose-play').click();
    await page.getByTestId('pose-stretch').click();
    await expect(page.getByTestId('pose-play')).toHaveAttribute('aria-label', 'Play the movement');
    await atlas.idle(300);
    await expect(pose).not.toHaveAttribute('data-pose', /.+/);
    for (let i = 0; i < 4; i++) await page.getByTestId('pose-step').click();
    await expect(pose).toHaveAttribute('data-pose', 'stretch');
  });

  test('a muscle without that pose, or a pose without a muscle: a notice and the rest pose', async ({ page, atlas }) => {
    await atlas.open('?muscle=lateral-pterygoid&pose=stretch');
    await atlas.waitReady();
    await expect(page.getByTestId('notice').filter({ hasText: 'no stretch' })).toBeVisible();
    await expect(page.getByTestId('pose')).toHaveAttribute('data-pose', 'rest');
    await expect(page).not.toHaveURL(/pose=/);
    await atlas.open('?pose=release');
    await atlas.waitReady();
    await expect(page.getByTestId('notice').filter({ hasText: 'needs a muscle' })).toBeVisible();
  });

  test('a tap on the posed body marks the same place as on the rest pose', async ({ page, atlas, isMobile }) => {
    await atlas.open('?muscle=upper-trapezius&pose=stretch&body=female');
    await atlas.waitReady();
    await expect(page.getByTestId('pose')).toHaveAttribute('data-pose', 'stretch', { timeout: 60_000 });
    // Reaching the pose frames the whole posed body: the view idles only once that move has ended
    // (it starts within a frame of the pose being reached, and renders every frame until it ends).
    await atlas.idle(700);
    // On a loaded machine a frame of that move can take longer than the idle wait: the tap goes
    // where the landmark is once two readings half a second apart agree.
    const screenPoint = () => page.evaluate(() => window.__atlasTest?.landmarkScreenPoint?.('clavicle_mid_r') ?? null);
    let point = await screenPoint();
    await expect
      .poll(
        async () => {
          const last = point;
          point = await screenPoint();
          return last !== null && point !== null && Math.hypot(point.x - last.x, point.y - last.y) < 0.5;
        },
        { timeout: 30_000, intervals: [500] },
      )
      .toBe(true);
    expect(point?.facing).toBe(true);
    if (isMobile) await page.touchscreen.tap(point!.x, point!.y);
    else await page.mouse.click(point!.x, point!.y);
    await expect(page).toHaveURL(/pain=/);
    const pain = new URL(page.url()).searchParams.get('pain')!;
    const [x, y, z] = pain.split(',').map(Number) as [number, number, number];
    // The link's coordinates are read on the rest pose of the body it names (contract).
    const { execFileSync } = await import('node:child_process');
    const out = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'landmarks', '--body', 'female', '--json'], { encoding: 'utf8' })) as { landmarks: Record<string, [number, number, number]> };
    const rest = out.landmarks.clavicle_mid_r!;
    expect(Math.hypot(x - rest[0], y - rest[1], z - rest[2])).toBeLessThan(0.015);
  });
});
