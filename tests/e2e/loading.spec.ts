import { expect, test } from './fixtures';

test.describe('loading', () => {
  test('starts the body and zone downloads before the 3D code has arrived', async ({ page, atlas }) => {
    const events: string[] = [];
    page.on('request', (r) => events.push(`start ${new URL(r.url()).pathname}`));
    page.on('requestfinished', (r) => events.push(`end ${new URL(r.url()).pathname}`));
    await atlas.open();
    await atlas.waitReady();
    const at = (pattern: RegExp) => events.findIndex((e) => pattern.test(e));
    const canvasCodeArrived = at(/^end \/assets\/AtlasCanvas-.*\.js$/);
    expect(canvasCodeArrived).toBeGreaterThan(0);
    expect(at(/^start \/models\/body\.glb$/)).toBeGreaterThanOrEqual(0);
    expect(at(/^start \/models\/body\.glb$/)).toBeLessThan(canvasCodeArrived);
    expect(at(/^start \/models\/zones\.bin$/)).toBeLessThan(canvasCodeArrived);
    // Each is fetched once: the loader takes the download the page started.
    expect(events.filter((e) => e === 'start /models/body.glb')).toHaveLength(1);
  });

  test('loads a muscle\'s text only when its panel opens', async ({ page, atlas, isMobile }) => {
    const texts: string[] = [];
    page.on('request', (r) => {
      const name = new URL(r.url()).pathname.match(/\/assets\/(temporalis|masseter|iliopsoas)-[\w-]+\.js$/)?.[1];
      if (name) texts.push(name);
    });
    await atlas.open();
    await atlas.waitReady();
    expect(texts).toEqual([]);
    if (isMobile) await page.getByTestId('muscle-finder-toggle').click();
    await page.getByTestId('muscle-search').fill('temporalis');
    await page.locator('[data-testid="muscle-option"][data-muscle="temporalis"]').click();
    await expect(page.getByTestId('muscle-panel')).toContainText('TrP1');
    expect(texts).toEqual(['temporalis']);
  });
});
