import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

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
  {
    // The domain core stays plain TypeScript: shared by the CLI (Node) and the app (browser).
    files: ['src/atlas/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['three', 'three/*', '@react-three/*', 'react', 'react-dom', 'react/*', 'zustand', 'zustand/*'], message: 'src/atlas is the pure core: no three, React or zustand.' },
            { group: ['node:*', 'fs', 'path', 'url'], message: 'src/atlas runs in the browser too: no Node built-ins.' },
            { group: ['../scene/*', '../ui/*', '../state/*', '../node/*', '../cli/*'], message: 'src/atlas must not depend on the app or the CLI.' },
          ],
        },
      ],
    },
  },
);
