import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

/*
 * The layers, enforced on imports. Each layer lists what it must not import: packages (by name,
 * with any subpath) and sibling folders, reached by a relative path of any depth (`../state/x`,
 * `../../state/x`, `../../../state/x` all count). Static imports and re-exports are checked by
 * no-restricted-imports, `import('...')` with a literal path by no-restricted-syntax.
 * tests/unit/lint/layers.test.ts proves each rule with a fixture.
 */
const SOURCE_FILES = '**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}';

/** A package and its subpaths (`three`, `three/examples/...`). */
const packages = (names) => `^(?:${names.join('|')})(?:/|$)`;
/** Every package in a scope (`@react-three/fiber`, `@react-three/drei`). */
const scope = (name) => `^${name}/`;
/** A folder outside the importing one's, reached by climbing any number of folders: `../x`, `../../x/y`. */
const folders = (names) => `^(?:\\.\\./)+(?:${names.join('|')})(?:/|$)`;
/** `node:fs` and the bare names (`fs`, `fs/promises`, `path`, ...). */
const NODE_BUILTINS = `^(?:node:|${packages(builtinModules.filter((name) => !name.startsWith('node:') && !name.includes('/'))).slice(1)})`;

/**
 * One layer's rules.
 * @param {string} dir the layer's folder, from the project root
 * @param {{ regex: string, message: string }[]} restrictions what files in it must not import
 */
function layer(dir, restrictions) {
  return {
    files: [`${dir}/${SOURCE_FILES}`],
    rules: {
      'no-restricted-imports': ['error', { patterns: restrictions.map(({ regex, message }) => ({ regex, message })) }],
      'no-restricted-syntax': [
        'error',
        ...restrictions.map(({ regex, message }) => ({
          // esquery ends a regex at the first slash, so a slash inside it is written \u002F.
          selector: `ImportExpression > Literal.source[value=/${regex.replaceAll('/', '\\u002F')}/]`,
          message,
        })),
      ],
    },
  };
}

const LAYERS = [
  layer('src/atlas', [
    { regex: packages(['three', 'react', 'react-dom', 'zustand']), message: 'src/atlas is the pure core: no three, React or zustand.' },
    { regex: scope('@react-three'), message: 'src/atlas is the pure core: no @react-three/*.' },
    { regex: NODE_BUILTINS, message: 'src/atlas runs in the browser too: no Node built-ins.' },
    {
      regex: folders(['state', 'ui', 'scene', 'hooks', 'platform', 'node', 'cli', 'testing']),
      message: 'src/atlas is the pure core: it must not depend on the app, the platform, Node code, the CLI or test code.',
    },
  ]),
  layer('src/state', [
    { regex: packages(['react', 'react-dom']), message: 'src/state is free of React (React hooks on the store belong in src/hooks).' },
    { regex: scope('@react-three'), message: 'src/state is free of React: no @react-three/*.' },
    { regex: packages(['three']), message: 'src/state is free of three.' },
    { regex: folders(['ui', 'scene', 'hooks']), message: 'src/state must not depend on the UI, the scene or React hooks.' },
  ]),
  layer('src/ui', [
    { regex: packages(['three']), message: 'src/ui is free of three (3D code belongs in src/scene).' },
    { regex: scope('@react-three'), message: 'src/ui is free of @react-three/* (3D code belongs in src/scene).' },
    { regex: folders(['scene']), message: 'src/ui must not depend on src/scene.' },
  ]),
  layer('src/scene', [{ regex: folders(['ui']), message: 'src/scene must not depend on src/ui.' }]),
  layer('src/platform', [
    { regex: packages(['react', 'react-dom', 'three']), message: 'src/platform holds plain browser helpers: no React or three.' },
    { regex: scope('@react-three'), message: 'src/platform holds plain browser helpers: no @react-three/*.' },
    {
      regex: folders(['state', 'ui', 'scene', 'hooks', 'node', 'cli']),
      message: 'src/platform must not depend on the store, the UI, the scene, hooks or Node code.',
    },
  ]),
  layer('src/cli', [{ regex: folders(['state', 'ui', 'scene', 'hooks', 'platform']), message: 'src/cli may import src/atlas and src/node, not the app.' }]),
  layer('src/node', [{ regex: folders(['state', 'ui', 'scene', 'hooks', 'platform']), message: 'src/node may import src/atlas and src/node, not the app.' }]),
  layer('scripts', [{ regex: folders(['tests']), message: 'scripts must not import from tests (tests may import scripts).' }]),
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/tmp/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...LAYERS,
);
