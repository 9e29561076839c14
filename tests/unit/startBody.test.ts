import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { bodyFileName } from '../../src/atlas/bodies';
import { initialBodyChoice } from '../../src/state/bodyChoice';

const script = readFileSync(new URL('../../public/start-body.js', import.meta.url), 'utf8');

/** Runs the page's head script for a link and a remembered body; returns the file it preloads. */
function preloaded(search: string, remembered: string | null): string {
  const links: { href: string; rel: string; as: string }[] = [];
  const document = {
    currentScript: { src: 'https://atlas.example/start-body.js' },
    createElement: () => ({}),
    head: { appendChild: (link: { href: string; rel: string; as: string }) => links.push(link) },
  };
  const window = { location: { search }, localStorage: { getItem: () => remembered } };
  runInNewContext(script, { window, document, URL, URLSearchParams, JSON });
  expect(links).toHaveLength(1);
  expect(links[0]).toMatchObject({ rel: 'preload', as: 'fetch' });
  return links[0]!.href;
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
