import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POSTER_PATH, makePosterPng } from './makePoster';
import { POSTER_HEIGHT } from './poster';

const committed = readFileSync(POSTER_PATH);
const pageHtml = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');

describe('the start poster', () => {
  it('rebuilds to the committed bytes (npm run build:poster)', async () => {
    expect(Buffer.compare(await makePosterPng(), committed)).toBe(0);
  });

  it('is the height the live view is drawn at, the body with its arms out, and the shell has its element', () => {
    const width = committed.readUInt32BE(16);
    const height = committed.readUInt32BE(20);
    expect(height).toBe(POSTER_HEIGHT);
    // Arms out from the front: about as wide as it is tall, half of it (the camera's 30 degrees
    // frame 2.3 m of height, the body spans about 1.7 m with the arms out).
    expect(width / height).toBeGreaterThan(0.45);
    expect(width / height).toBeLessThan(0.65);
    expect(pageHtml).toContain('<div class="start-poster" aria-hidden="true" data-testid="start-poster"></div>');
  });

  it('is a palette PNG under 40 kB (it travels inside the page)', () => {
    // Indexed PNG: palette entry 0 is the transparent background.
    expect(committed.includes(Buffer.from('PLTE'))).toBe(true);
    expect(committed.includes(Buffer.from('tRNS'))).toBe(true);
    expect(committed.length).toBeLessThan(40_000);
  });
});
