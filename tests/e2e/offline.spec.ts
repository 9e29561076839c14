/**
 * The installable, offline atlas (issue 18; contract, "Offline"): the manifest and its icons, the
 * service worker taking control, the atlas loading, looking up and opening panels with no network
 * after one visit (on every body opened), and a new version that waits for the user and keeps a
 * saved drawing. Desktop only: the worker and its caches are the same on a phone's viewport.
 * Every wait is on a signal (the worker's state, the caches' contents, the atlas's ready mark).
 */
import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ serviceWorkers: 'allow' });
const DESKTOP_ONLY = 'the service worker is the same on every viewport';

/** The URLs the built worker precaches (its manifest, as Workbox writes it into sw.js). */
async function precacheList(page: Page): Promise<string[]> {
  const sw = await (await page.request.get('/sw.js')).text();
  return [...new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!))];
}

/**
 * Waits until the worker is active, controls the page and has precached every file of its list
 * (Workbox's precache is complete once the worker is active; counting the cache says so).
 */
async function waitForOfflineReady(page: Page, expected: number): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // clientsClaim: the first visit's page is taken over as soon as the worker activates.
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none')).toBe('activated');
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const name = (await caches.keys()).find((key) => key.startsWith('workbox-precache'));
        return name ? (await (await caches.open(name)).keys()).length : 0;
      }),
    )
    .toBe(expected);
}

/** How many responses a runtime cache whose name starts with `prefix` holds for `path`. */
async function cached(page: Page, prefix: string, path: string): Promise<number> {
  return page.evaluate(
    async ({ prefix, path }) => {
      let hits = 0;
      for (const name of await caches.keys()) {
        if (name.startsWith(prefix) && (await (await caches.open(name)).match(path))) hits++;
      }
      return hits;
    },
    { prefix, path },
  );
}

/** A front for the e2e server: passes every request through, but can serve a changed /sw.js. */
interface WorkerFront {
  /** The front's origin (a worker registered through it belongs to this origin). */
  origin: string;
  /** From now on /sw.js is the built worker with `extra` appended: a new version, as a deploy makes. */
  changeWorker(extra: string): void;
  close(): Promise<void>;
}

/**
 * Starts a front on a free port. Playwright's routes do not see the browser's own fetch of a
 * worker's script (only the page's and the worker's requests), so a new version is served here.
 */
async function startWorkerFront(upstream: string): Promise<WorkerFront> {
  const target = new URL(upstream);
  let extra: string | null = null;
  const forward = (path: string, method: string, headers: IncomingHttpHeaders) =>
    new Promise<import('node:http').IncomingMessage>((resolve, reject) => {
      const req = httpRequest({ host: target.hostname, port: target.port, path, method, headers: { ...headers, host: target.host } }, resolve);
      req.on('error', reject);
      req.end();
    });
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    void (async () => {
      if (extra !== null && path.split('?')[0] === '/sw.js') {
        const original = await forward('/sw.js', 'GET', { 'accept-encoding': 'identity' });
        const chunks: Buffer[] = [];
        for await (const chunk of original) chunks.push(chunk as Buffer);
        const body = Buffer.concat([...chunks, Buffer.from(extra)]);
        const headers = { ...original.headers };
        for (const name of ['content-length', 'content-encoding', 'etag', 'last-modified']) delete headers[name];
        res.writeHead(200, { ...headers, 'content-length': String(body.length) }).end(body);
        return;
      }
      const upstreamRes = await forward(path, req.method ?? 'GET', req.headers);
      res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
      upstreamRes.pipe(res);
    })().catch(() => res.writeHead(502).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    changeWorker: (text) => {
      extra = text;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

test.describe('the installable offline atlas', () => {
  test('is installable: a valid manifest with its icons, and a service worker that controls the page', async ({ page, atlas }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', DESKTOP_ONLY);
    const response = await page.request.get('/manifest.webmanifest');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
    const manifest = (await response.json()) as {
      name?: string; short_name?: string; start_url?: string; display?: string; theme_color?: string;
      icons?: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(manifest.name).toBe('Trigger Point Atlas');
    expect(manifest.short_name).toBeTruthy();
    expect(manifest.start_url).toBe('/');
    expect(manifest.display).toBe('standalone');
    expect(manifest.theme_color).toBe('#eef1f4');
    const icons = manifest.icons ?? [];
    expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(icons.some((i) => i.purpose === 'maskable')).toBe(true);

    await atlas.open();
    await atlas.waitReady();
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
    await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);
    // Each icon is a PNG of the size the manifest states (decoded by the browser itself).
    for (const icon of icons) {
      const url = new URL(icon.src, new URL('/manifest.webmanifest', page.url())).pathname;
      const file = await page.request.get(url);
      expect(file.status(), url).toBe(200);
      expect(file.headers()['content-type'], url).toBe('image/png');
      const size = await page.evaluate(async (u) => {
        const bitmap = await createImageBitmap(await (await fetch(u)).blob());
        return `${bitmap.width}x${bitmap.height}`;
      }, url);
      expect(size, url).toBe(icon.sizes);
    }

    const list = await precacheList(page);
    // Only this origin's files, and never the .br/.gz copies or the bodies not asked for.
    expect(list.filter((u) => /^(?:[a-z]+:)?\/\//i.test(u))).toEqual([]);
    expect(list.filter((u) => /\.(?:br|gz)$/.test(u) || /^models\/body-/.test(u))).toEqual([]);
    expect(list).toEqual(expect.arrayContaining(['index.html', 'start-body.js', 'models/body.glb', 'models/zones.bin', 'manifest.webmanifest', 'icons/icon-192.png']));
    expect(list.filter((u) => u.startsWith('assets/masseter-') && u.endsWith('.js'))).toHaveLength(1);
    // The worker's script is revalidated on every check, never taken from the HTTP cache.
    expect((await page.request.get('/sw.js')).headers()['cache-control']).toBe('no-cache');

    await waitForOfflineReady(page, list.length);
    // A page opened now is controlled from its first request.
    await page.reload();
    await atlas.waitReady();
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '')).toMatch(/\/sw\.js$/);
  });

  test('after one visit, loads, looks up and opens panels with no network, on every body already opened', async ({ page, context, atlas }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', DESKTOP_ONLY);
    await atlas.open();
    await atlas.waitReady();
    await waitForOfflineReady(page, (await precacheList(page)).length);
    // Another body, opened once online, is kept for offline use.
    await atlas.open('?body=female');
    await atlas.waitReady();
    await expect(page.locator('html')).toHaveAttribute('data-atlas-body', 'female');
    await expect.poll(() => cached(page, 'atlas-bodies-', '/models/body-female-average.glb')).toBe(1);

    await context.setOffline(true);
    // The worker has no network either: a body never opened cannot be fetched.
    expect(await page.evaluate(() => fetch('/models/body-male-slim.glb').then((r) => r.status, () => 'failed'))).toBe('failed');

    await atlas.open('?muscle=masseter');
    await atlas.waitReady();
    await expect(page.getByTestId('muscle-panel')).toHaveAttribute('data-muscle', 'masseter');
    // Words of the muscle's own text chunk (the first view has only its name and synonyms).
    await expect(page.getByTestId('muscle-panel')).toContainText('How to find it');

    await atlas.open('?pain=temple_r');
    await atlas.waitReady();
    const first = page.getByTestId('candidate').first();
    await expect(first).toBeVisible();
    await expect(first).toHaveAttribute('data-side', 'right');
    // The fuzzy finder and another muscle's text are chunks of their own: precached too.
    await page.getByTestId('muscle-search').fill('trapz');
    await page.locator('[data-testid="muscle-option"][data-muscle="upper-trapezius"]').click();
    await expect(page.getByTestId('muscle-panel')).toHaveAttribute('data-muscle', 'upper-trapezius');
    await expect(page.getByTestId('muscle-panel')).toContainText('How to find it');

    await atlas.open('?body=female&muscle=masseter');
    await atlas.waitReady();
    await expect(page.locator('html')).toHaveAttribute('data-atlas-body', 'female');
    await expect(page.getByTestId('muscle-panel')).toHaveAttribute('data-muscle', 'masseter');
    await context.setOffline(false);
  });

  test('a new version waits for the user, then reloads into it, and a saved drawing survives', async ({ page, context, atlas, baseURL }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', DESKTOP_ONLY);
    const front = await startWorkerFront(baseURL!);
    try {
      await page.goto(`${front.origin}/?pain=temple_r`);
      await atlas.waitReady();
      await page.getByTestId('pain-save').click();
      const saved = await page.evaluate(() => localStorage.getItem('trigger-point-atlas.saved-drawing'));
      expect(saved).toContain('temple_r');
      await waitForOfflineReady(page, (await precacheList(page)).length);

      // The next version: the same worker with a few bytes more, which answer when asked who they are.
      front.changeWorker(`\nself.addEventListener('message',(e)=>{if(e.data&&e.data.type==='ATLAS_E2E_VERSION')e.ports[0].postMessage('changed')});\n`);
      /** The controlling worker's answer: only the changed version answers (the first ignores the message). */
      const version = () =>
        page.evaluate(
          () =>
            new Promise<string>((resolve) => {
              const channel = new MessageChannel();
              channel.port1.onmessage = (e) => resolve(String(e.data));
              navigator.serviceWorker.controller?.postMessage({ type: 'ATLAS_E2E_VERSION' }, [channel.port2]);
            }),
        );
      /** The state of a worker waiting to take over, if any. */
      const waiting = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? 'none');

      await page.goto(`${front.origin}/`);
      await atlas.waitReady();
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      const prompt = page.getByTestId('update-prompt');
      await expect(prompt).toBeVisible();
      await expect(prompt).toContainText('A new version of the atlas is ready.');
      // A polite live region, with nothing serious or critical for axe in it.
      await expect(page.getByRole('status').filter({ has: prompt })).toHaveCount(1);
      const axe = await new AxeBuilder({ page }).include('.update-prompt-region').analyze();
      expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
      // It waits (the first version keeps the page), after "Later" and after a reload too.
      expect(await waiting()).toBe('installed');
      await page.getByTestId('update-later').click();
      await expect(prompt).toBeHidden();
      await page.reload();
      await atlas.waitReady();
      await expect(prompt).toBeVisible();
      expect(await waiting()).toBe('installed');

      // A second atlas tab, open on the first version while the first tab accepts the update.
      const other = await context.newPage();
      const otherReady = () => expect(other.locator('html')).toHaveAttribute('data-atlas-ready', 'true', { timeout: 90_000 });
      await other.goto(`${front.origin}/?muscle=masseter`);
      await otherReady();
      await expect(other.getByTestId('update-prompt')).toBeVisible();

      const reloaded = page.waitForEvent('load');
      await page.getByTestId('update-reload').click();
      await reloaded;
      await atlas.waitReady();
      expect(await version()).toBe('changed');
      expect(await waiting()).toBe('none');
      await expect(prompt).toBeHidden();
      // The other tab was not reloaded under its user: it still offers the reload, which now just reloads.
      await expect(other.getByTestId('update-prompt')).toBeVisible();
      await expect(other.getByTestId('muscle-panel')).toHaveAttribute('data-muscle', 'masseter');
      const otherReloaded = other.waitForEvent('load');
      await other.getByTestId('update-reload').click();
      await otherReloaded;
      await otherReady();
      await expect(other.getByTestId('update-prompt')).toBeHidden();
      await other.close();

      // The saved drawing is still on the device and opens as it was.
      expect(await page.evaluate(() => localStorage.getItem('trigger-point-atlas.saved-drawing'))).toBe(saved);
      await page.getByTestId('pain-open-saved').click();
      await expect(page).toHaveURL(/pain=temple_r/);
      await expect(page.getByTestId('candidate').first()).toBeVisible();
    } finally {
      await front.close();
    }
  });
});
