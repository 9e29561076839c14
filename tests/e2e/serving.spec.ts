import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { CSP_HEADER } from '../../scripts/csp';

/**
 * How the production build is served (scripts/staticServer.ts, the server of `npm start` and of
 * these tests): precompressed files by Accept-Encoding, caching by kind of file, the security
 * headers, the single-page fallback. Raw HTTP only, no browser: runs once, in the 'build' project.
 */
const DIST = join(import.meta.dirname, '../../dist');
const IMMUTABLE = 'public, max-age=31536000, immutable';

const disk = (path: string) => readFileSync(join(DIST, path));
/** The entry script index.html loads (hashed, under /assets/). */
const entry = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(disk('index.html').toString('utf8'))?.[1] ?? '';

test.describe('the static server', () => {
  test('the build ships brotli and gzip files that decode to the originals', () => {
    expect(entry).toMatch(/^\/assets\/index-.+\.js$/);
    const compressible = readdirSync(join(DIST, 'assets'))
      .filter((f) => /\.(js|css)$/.test(f))
      .map((f) => `assets/${f}`)
      .concat('index.html', 'models/body.glb');
    for (const file of compressible) {
      const original = disk(file);
      if (existsSync(join(DIST, `${file}.br`))) expect(brotliDecompressSync(disk(`${file}.br`)).equals(original), `${file}.br`).toBe(true);
      if (existsSync(join(DIST, `${file}.gz`))) expect(gunzipSync(disk(`${file}.gz`)).equals(original), `${file}.gz`).toBe(true);
    }
    // The big text files always compress well enough to get both.
    for (const file of [entry.slice(1), 'index.html']) {
      expect(existsSync(join(DIST, `${file}.br`)), `${file}.br`).toBe(true);
      expect(existsSync(join(DIST, `${file}.gz`)), `${file}.gz`).toBe(true);
    }
  });

  test('sends brotli, gzip or the plain file by Accept-Encoding', async ({ request }) => {
    const original = disk(entry.slice(1));
    const cases = [
      { accept: 'br, gzip', encoding: 'br', size: disk(`${entry.slice(1)}.br`).length },
      { accept: 'gzip', encoding: 'gzip', size: disk(`${entry.slice(1)}.gz`).length },
      { accept: 'identity', encoding: undefined, size: original.length },
    ];
    for (const { accept, encoding, size } of cases) {
      const res = await request.get(entry, { headers: { 'Accept-Encoding': accept } });
      expect(res.status(), accept).toBe(200);
      const headers = res.headers();
      expect(headers['content-encoding'], accept).toBe(encoding);
      expect(headers['content-type'], accept).toMatch(/^text\/javascript/);
      expect(headers['vary'], accept).toMatch(/accept-encoding/i);
      // The bytes on the wire are the precompressed file; decoded, they are the original.
      expect(Number(headers['content-length']), accept).toBe(size);
      expect((await res.body()).equals(original), accept).toBe(true);
    }
    const html = await request.get('/', { headers: { 'Accept-Encoding': 'br' } });
    expect(html.headers()['content-encoding']).toBe('br');
    expect(html.headers()['content-type']).toMatch(/^text\/html/);
    expect((await html.body()).equals(disk('index.html'))).toBe(true);
  });

  test('caches hashed assets for good and revalidates the page and the models', async ({ request }) => {
    const asset = await request.get(entry);
    expect(asset.headers()['cache-control']).toBe(IMMUTABLE);

    for (const path of ['/', '/index.html', '/models/body.glb']) {
      for (const accept of ['br, gzip', 'identity']) {
        const first = await request.get(path, { headers: { 'Accept-Encoding': accept } });
        expect(first.status(), path).toBe(200);
        expect(first.headers()['cache-control'], path).toBe('no-cache');
        const etag = first.headers()['etag'];
        expect(etag, `${path} ETag`).toBeTruthy();
        expect(first.headers()['last-modified'], `${path} Last-Modified`).toBeTruthy();
        const again = await request.get(path, { headers: { 'Accept-Encoding': accept, 'If-None-Match': etag! } });
        expect(again.status(), `${path} revalidated (${accept})`).toBe(304);
        expect((await again.body()).length).toBe(0);
        expect(again.headers()['cache-control'], path).toBe('no-cache');
      }
    }
  });

  test('sends the security headers with the page', async ({ request }) => {
    for (const path of ['/', '/index.html', '/some/route']) {
      const headers = (await request.get(path)).headers();
      expect(headers['content-security-policy'], path).toBe(CSP_HEADER);
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('no-referrer');
      expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
      expect(headers['permissions-policy'], path).toContain('camera=()');
    }
    expect((await request.get(entry)).headers()['x-content-type-options']).toBe('nosniff');
  });

  test('answers missing files with 404 and app routes with the page', async ({ request }) => {
    for (const path of ['/missing.js', '/models/missing.glb', '/assets/missing']) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(404);
      expect(res.headers()['cache-control'], path).not.toContain('immutable');
    }
    const route = await request.get('/some/route?muscle=infraspinatus');
    expect(route.status()).toBe(200);
    expect(route.headers()['content-type']).toMatch(/^text\/html/);
    expect(route.headers()['cache-control']).toBe('no-cache');
    expect((await route.body()).equals(disk('index.html'))).toBe(true);
  });
});
