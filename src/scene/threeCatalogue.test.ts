import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { THREE_CATALOGUE } from './threeCatalogue';

const SCENE = fileURLToPath(new URL('.', import.meta.url));
/** DOM elements and R3F's built-in, which need no registration. */
const NOT_THREE = new Set(['div', 'span', 'p', 'strong', 'em', 'small', 'button', 'primitive']);

/**
 * Lower-case JSX element names opened in a source file (`<mesh ...`, `<boxGeometry>`): not type
 * arguments (`useRef<number>`, right after a name) nor shader includes (`#include <common>`).
 */
function jsxElements(source: string): string[] {
  return [...source.matchAll(/(?<![\w$.\])]|#include )<([a-z][A-Za-z0-9]*)[\s/>]/g)].map((m) => m[1]!);
}

describe('three catalogue', () => {
  const registered = new Set(Object.keys(THREE_CATALOGUE).map((name) => name[0]!.toLowerCase() + name.slice(1)));

  it('registers every three.js element the scene writes', () => {
    const missing = new Set<string>();
    const seen = new Set<string>();
    for (const file of readdirSync(SCENE).filter((f) => f.endsWith('.tsx'))) {
      for (const name of jsxElements(readFileSync(join(SCENE, file), 'utf8'))) {
        seen.add(name);
        if (!NOT_THREE.has(name) && !registered.has(name)) missing.add(`${file}: <${name}>`);
      }
    }
    // The scan itself works: it sees the elements every scene has.
    for (const name of ['mesh', 'group', 'directionalLight']) expect(seen).toContain(name);
    expect([...missing]).toEqual([]);
  });

  it('registers the elements of the drei helpers the scene uses', () => {
    // Html draws an occlusion plane with these; OrbitControls uses only <primitive>.
    for (const name of ['group', 'mesh', 'planeGeometry', 'shaderMaterial']) expect(registered).toContain(name);
  });

  it('maps each name to the class of that name', () => {
    for (const [name, value] of Object.entries(THREE_CATALOGUE)) expect(value.name).toBe(name);
  });
});
