/**
 * The layer rules in eslint.config.js, each proved with a fixture: for every layer, imports the
 * wrong way are reported (at any folder depth, static, re-exported, type-only or lazy), and the
 * imports the layer may use are not. The fixtures are linted as text under fictitious paths, with
 * the project's own config.
 */
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const LAYER_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax']);

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: 'eslint.config.js' });
});

/** The layer-rule messages for `code` linted as the file at `filePath`. */
async function layerMessages(filePath: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const messages = result!.messages;
  expect(messages.filter((m) => m.fatal), `${filePath} does not parse`).toEqual([]);
  return messages.filter((m) => m.ruleId !== null && LAYER_RULES.has(m.ruleId));
}

interface Layer {
  readonly name: string;
  /** [importing file, import source]: must be reported by no-restricted-imports. */
  readonly wrong: readonly (readonly [string, string])[];
  /** [importing file, import source]: must pass. */
  readonly allowed: readonly (readonly [string, string])[];
}

const LAYERS: readonly Layer[] = [
  {
    name: 'atlas (the pure core)',
    wrong: [
      ['src/atlas/x.ts', '../state/store'],
      ['src/atlas/zones/x.ts', '../../state/store'],
      ['src/atlas/zones/deep/x.ts', '../../../state/store'],
      ['src/atlas/zones/deep/x.ts', '../../../ui/Header'],
      ['src/atlas/mesh/x.ts', '../../scene/pickSurface'],
      ['src/atlas/mesh/x.ts', '../../node/loadBody'],
      ['src/atlas/mesh/x.ts', '../../cli/args'],
      ['src/atlas/mesh/x.ts', '../../platform/webgl'],
      ['src/atlas/mesh/x.ts', '../../hooks/useAtlasStore'],
      ['src/atlas/mesh/x.ts', '../../testing/fixtures'],
      ['src/atlas/x.ts', 'three'],
      ['src/atlas/shapes/x.ts', 'three/examples/jsm/loaders/GLTFLoader.js'],
      ['src/atlas/x.ts', '@react-three/fiber'],
      ['src/atlas/x.ts', 'react'],
      ['src/atlas/x.ts', 'react-dom/client'],
      ['src/atlas/x.ts', 'zustand/vanilla'],
      ['src/atlas/x.ts', 'node:fs'],
      ['src/atlas/x.ts', 'fs'],
      ['src/atlas/x.ts', 'fs/promises'],
      ['src/atlas/x.ts', 'path'],
    ],
    allowed: [
      ['src/atlas/zones/deep/x.ts', '../../types'],
      ['src/atlas/zones/deep/x.ts', '../../mesh'],
      ['src/atlas/zones/x.ts', './resolveAnchor'],
      ['src/atlas/lookup/x.ts', '../mesh/stateOfTheArt'],
      ['src/atlas/x.ts', 'zod'],
    ],
  },
  {
    name: 'state (free of React)',
    wrong: [
      ['src/state/x.ts', 'react'],
      ['src/state/x.ts', 'react-dom'],
      ['src/state/x.ts', '@react-three/fiber'],
      ['src/state/x.ts', 'three'],
      ['src/state/x.ts', '../ui/Header'],
      ['src/state/x.ts', '../scene/usePattern'],
      ['src/state/x.ts', '../hooks/useAtlasStore'],
      ['src/state/slices/x.ts', '../../scene/usePattern'],
      ['src/state/slices/deep/x.ts', '../../../ui/Header'],
    ],
    allowed: [
      ['src/state/x.ts', 'zustand/vanilla'],
      ['src/state/x.ts', './store'],
      ['src/state/x.ts', '../atlas/types'],
      ['src/state/slices/deep/x.ts', '../../../atlas/types'],
      ['src/state/x.ts', '../platform/webgl'],
    ],
  },
  {
    name: 'ui (free of three and the scene)',
    wrong: [
      ['src/ui/x.tsx', 'three'],
      ['src/ui/x.tsx', '@react-three/drei'],
      ['src/ui/x.tsx', '../scene/usePainPoints'],
      ['src/ui/panels/x.tsx', '../../scene/usePainPoints'],
      ['src/ui/panels/deep/x.tsx', '../../../scene/usePainPoints'],
    ],
    allowed: [
      ['src/ui/x.tsx', 'react'],
      ['src/ui/x.tsx', '../state/store'],
      ['src/ui/x.tsx', '../hooks/useAtlasStore'],
      ['src/ui/panels/x.tsx', '../../atlas/muscles'],
      ['src/ui/x.tsx', '../platform/webgl'],
    ],
  },
  {
    name: 'scene (free of the UI)',
    wrong: [
      ['src/scene/x.tsx', '../ui/painAreas'],
      ['src/scene/models/x.tsx', '../../ui/painAreas'],
      ['src/scene/models/deep/x.tsx', '../../../ui/painAreas'],
    ],
    allowed: [
      ['src/scene/x.tsx', 'three'],
      ['src/scene/x.tsx', '@react-three/fiber'],
      ['src/scene/x.tsx', 'react'],
      ['src/scene/models/x.tsx', '../../state/store'],
      ['src/scene/x.tsx', '../platform/nextTask'],
    ],
  },
  {
    name: 'platform (plain browser helpers)',
    wrong: [
      ['src/platform/x.ts', 'react'],
      ['src/platform/x.ts', 'three'],
      ['src/platform/x.ts', '@react-three/fiber'],
      ['src/platform/x.ts', '../state/store'],
      ['src/platform/x.ts', '../ui/Header'],
      ['src/platform/x.ts', '../scene/SceneCanvas'],
      ['src/platform/gl/deep/x.ts', '../../../state/statusSlice'],
    ],
    allowed: [
      ['src/platform/x.ts', './nextTask'],
      ['src/platform/gl/x.ts', '../../atlas/types'],
    ],
  },
  {
    name: 'cli (atlas and node only)',
    wrong: [
      ['src/cli/x.ts', '../state/store'],
      ['src/cli/x.ts', '../ui/Header'],
      ['src/cli/x.ts', '../scene/pickSurface'],
      ['src/cli/x.ts', '../platform/webgl'],
      ['src/cli/commands/deep/x.ts', '../../../state/store'],
    ],
    allowed: [
      ['src/cli/x.ts', '../atlas/lookup'],
      ['src/cli/x.ts', '../node/loadBody'],
      ['src/cli/commands/x.ts', '../../atlas/lookup'],
      ['src/cli/x.ts', 'node:readline'],
    ],
  },
  {
    name: 'node (atlas and node only)',
    wrong: [
      ['src/node/x.ts', '../state/store'],
      ['src/node/x.ts', '../ui/Header'],
      ['src/node/x.ts', '../scene/skinMeshFromThree'],
      ['src/node/x.ts', '../platform/webgl'],
      ['src/node/body/deep/x.ts', '../../../scene/skinMeshFromThree'],
    ],
    allowed: [
      ['src/node/x.ts', '../atlas/zones'],
      ['src/node/body/x.ts', '../loadBody'],
      ['src/node/x.ts', 'node:fs'],
    ],
  },
  {
    name: 'scripts (not importing tests)',
    wrong: [
      ['scripts/x.ts', '../tests/e2e/atlasPage'],
      ['scripts/bench/x.ts', '../../tests/e2e/atlasPage'],
      ['scripts/bench/deep/x.ts', '../../../tests/unit/helpers'],
    ],
    allowed: [
      ['scripts/x.ts', './chromium'],
      ['scripts/bench/x.ts', '../chromium'],
      ['scripts/bench/x.ts', '../../src/atlas/muscles'],
      ['scripts/x.ts', 'node:fs'],
    ],
  },
];

describe.each(LAYERS)('layer $name', ({ wrong, allowed }) => {
  it.each(wrong)('%s importing %s is reported', async (filePath, source) => {
    const messages = await layerMessages(filePath, `import '${source}';\n`);
    expect(messages.map((m) => m.ruleId)).toEqual(['no-restricted-imports']);
  });

  it.each(allowed)('%s importing %s passes', async (filePath, source) => {
    const code = `import '${source}';\nexport * from '${source}';\nvoid import('${source}');\n`;
    expect(await layerMessages(filePath, code)).toEqual([]);
  });
});

describe('every form of a wrong-way import', () => {
  it('reports re-exports and type-only imports', async () => {
    const code = [
      "export * from '../../state/store';",
      "export { atlasStore } from '../../state/store';",
      "import type { AtlasState } from '../../state/store';",
      'export type { AtlasState };',
    ].join('\n');
    const messages = await layerMessages('src/atlas/zones/x.ts', code);
    expect(messages.map((m) => [m.line, m.ruleId])).toEqual([
      [1, 'no-restricted-imports'],
      [2, 'no-restricted-imports'],
      [3, 'no-restricted-imports'],
    ]);
  });

  it('reports lazy import() with a literal path', async () => {
    const messages = await layerMessages('src/ui/x.tsx', "void import('../scene/atlasResources');\n");
    expect(messages.map((m) => m.ruleId)).toEqual(['no-restricted-syntax']);
    expect(messages[0]!.message).toContain('src/ui must not depend on src/scene');
  });

  it('reports lazy import() at depth and of packages', async () => {
    const code = "void import('../../../state/store');\nvoid import('three');\nvoid import('node:fs');\n";
    const messages = await layerMessages('src/atlas/zones/deep/x.ts', code);
    expect(messages.map((m) => [m.line, m.ruleId])).toEqual([
      [1, 'no-restricted-syntax'],
      [2, 'no-restricted-syntax'],
      [3, 'no-restricted-syntax'],
    ]);
  });
});
