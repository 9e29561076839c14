/**
 * The page's static shell (index.html) shows what the app's first render shows, so the title and
 * the medical disclaimer appear before any script has run, and read the same once React takes over.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
const source = (file: string) => readFileSync(new URL(`../../src/ui/${file}`, import.meta.url), 'utf8');
const words = (text: string) => text.replace(/<[^>]+>|\{' '\}/g, ' ').replace(/\s+/g, ' ').trim();

describe('the static shell', () => {
  it('carries the disclaimer word for word as the Disclaimer component has it', () => {
    // The component's More/Less toggle (phones only) is not part of the text.
    const component = words(source('Disclaimer.tsx').match(/<footer[^>]*>([\s\S]*?)<\/footer>/)![1]!.replace(/<button[\s\S]*?<\/button>/, ''));
    const shell = words(html.match(/<footer class="disclaimer">([\s\S]*?)<\/footer>/)![1]!);
    expect(shell).toBe(component);
  });

  it('carries the title as the Header component has it', () => {
    expect(words(html.match(/<h1>([\s\S]*?)<\/h1>/)![1]!)).toBe(words(source('Header.tsx').match(/<h1>([\s\S]*?)<\/h1>/)![1]!));
  });
});
