import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BODY_IDS, BUILD_IDS, DEFAULT_BODY, DEFAULT_BUILD, bodyFileName } from '../../src/atlas/bodies';
import { DEFAULT_SKIN_TONE, SKIN_TONES } from '../../src/atlas/skinTones';
import { initialBodyChoice, rememberedBody } from '../../src/state/bodyChoice';

const script = readFileSync(new URL('../../public/start-body.js', import.meta.url), 'utf8');

/** Runs the page's head script for a link and a remembered body; returns the file it preloads. */
function preloaded(search: string, remembered: string | null): string {
  const links: { href: string; rel: string; as: string }[] = [];
  const document = {
    currentScript: { src: 'https://atlas.example/start-body.js' },
    createElement: () => ({ setAttribute() {} }),
    head: { appendChild: (link: { href: string; rel: string; as: string }) => links.push(link) },
    documentElement: { setAttribute() {} },
  };
  const window = { location: { search }, localStorage: { getItem: () => remembered } };
  runInNewContext(script, { window, document, URL, URLSearchParams, JSON });
  const bodies = links.filter((link) => link.as === 'fetch' && link.href.endsWith('.glb'));
  expect(bodies).toHaveLength(1);
  expect(bodies[0]).toMatchObject({ rel: 'preload', as: 'fetch' });
  return bodies[0]!.href;
}

const saved = JSON.stringify({ body: 'female', build: 'heavy', tone: 'brown' });
const cases: [string, string | null][] = [
  ['', null],
  ['?body=female', null],
  ['?build=slim', null],
  ['', saved],
  ['?body=male', saved],
  ['?build=muscular', saved],
  ['?body=elf&build=tall', saved],
  ['?pain=temple_r&body=female&build=heavy', null],
  ['', '{not json'],
  ['', '{"body":"elf","build":"slim"}'],
];

describe('the head script that starts the body download', () => {
  it.each(cases)('preloads for %j (remembered %s) the file the app will ask for', (search, remembered) => {
    const file = bodyFileName(initialBodyChoice(search, remembered));
    expect(preloaded(search, remembered)).toBe(`https://atlas.example/models/${file}`);
  });
});

/** Runs the head script; returns whether it marked the page for the start poster, and its preload. */
function poster(search: string, remembered: string | null, webgl = true): { marked: boolean; preload: { href: string } | undefined; zones: boolean } {
  const links: { href: string; rel: string; as: string }[] = [];
  const attributes = new Map<string, string>();
  const document = {
    currentScript: { src: 'https://atlas.example/start-body.js' },
    createElement: () => ({ setAttribute() {} }),
    head: { appendChild: (link: { href: string; rel: string; as: string }) => links.push(link) },
    documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) },
  };
  const window = { location: { search }, localStorage: { getItem: () => remembered }, ...(webgl ? { WebGL2RenderingContext: class {} } : {}) };
  runInNewContext(script, { window, document, URL, URLSearchParams, JSON });
  return {
    marked: attributes.has('data-start-poster'),
    preload: links.find((link) => link.as === 'image'),
    // Taken by the app's fetch only as a CORS preload of exactly that file.
    zones: links.some(
      (link) =>
        link.rel === 'preload' && link.as === 'fetch' && (link as { crossOrigin?: string }).crossOrigin === 'anonymous' && link.href === 'https://atlas.example/models/zones.bin',
    ),
  };
}

describe('the start poster the head script asks for', () => {
  const posterCases: [string, string | null, boolean][] = [
    ['', null, true],
    ['', '{not json', true],
    ['', JSON.stringify({ body: 'male', build: 'average', tone: 'medium' }), true],
    ['', JSON.stringify({ body: 'male', build: 'average' }), true],
    // The page would open on something else than the default body from the front.
    ['', saved, false],
    ['', JSON.stringify({ tone: 'deep' }), false],
    ['', JSON.stringify({ body: 'male', build: 'slim' }), false],
    ['?muscle=trapezius', null, false],
    ['?view=back', null, false],
    ['?pain=temple_r', null, false],
    ['?mode=quiz', null, false],
    ['?body=male', null, false],
    ['?', null, true],
  ];
  it.each(posterCases)('for %j (remembered %s): %s', (search, remembered, shown) => {
    const { marked, preload, zones } = poster(search, remembered);
    expect(marked).toBe(shown);
    // The zones preload at once unless the poster paints first (src/platform/afterStartPoster.ts).
    expect(zones).toBe(!shown);
    // Fetched only when shown: a link that opens elsewhere never downloads it.
    if (shown) expect(preload?.href).toBe('https://atlas.example/poster/front.png');
    else expect(preload).toBeUndefined();
    if (shown) {
      // What the app opens on for that visit: the body the poster shows, in its tone.
      expect(bodyFileName(initialBodyChoice(search, remembered))).toBe('body.glb');
      expect(rememberedBody(remembered)?.tone ?? DEFAULT_SKIN_TONE).toBe(DEFAULT_SKIN_TONE);
    }
  });
});

describe('the start poster and the remembered look', () => {
  it('is marked for exactly the default body, build and tone, the ones the poster is drawn in', () => {
    for (const body of BODY_IDS) {
      for (const build of BUILD_IDS) {
        for (const tone of Object.keys(SKIN_TONES)) {
          const defaults = body === DEFAULT_BODY && build === DEFAULT_BUILD && tone === DEFAULT_SKIN_TONE;
          expect(poster('', JSON.stringify({ body, build, tone })).marked, `${body} ${build} ${tone}`).toBe(defaults);
        }
      }
    }
  });

  it('is never marked where the browser cannot draw WebGL 2 (the app shows lists there)', () => {
    expect(poster('', null, false)).toEqual({ marked: false, preload: undefined, zones: true });
  });
});
