/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CSP_META } from './scripts/csp';
import { MUSCLE_DATA } from './src/atlas/data/muscles';
import { muscleEntryOf, muscleSearchWordsOf } from './src/atlas/muscleEntry';
import { citation } from './src/atlas/citation';
import { RED_FLAGS } from './src/atlas/data/redFlags';
import { LOOKUP_QUESTIONS } from './src/atlas/data/lookupQuestions';
import { SPREAD_SOURCES } from './src/atlas/askBack/spread';

// The production page carries its CSP as a meta tag (the dev server needs inline scripts for HMR).
const cspMeta: Plugin = {
  name: 'atlas-csp-meta',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META }, injectTo: 'head-prepend' }],
};

// The muscle catalogue: the first view gets every muscle's entry (id, name, synonyms, region,
// trigger point labels); each muscle's full text is a module of its own, loaded when its panel
// opens, so the first chunks stay small however many muscles the atlas holds. Made from the data
// when the build (or the dev server) starts: restart the dev server after editing muscle data.
// Citations travel the same way: a muscle's own with its text, the red flags' with the red-flag
// list (a lazy chunk of the pain panel); the full bibliography would otherwise sit in the first view.
const CATALOGUE = 'virtual:muscle-catalogue';
const TEXT = 'virtual:muscle-text/';
const RED_FLAG_CITATIONS = 'virtual:red-flag-citations';
const ASK_BACK_CITATIONS = 'virtual:ask-back-citations';
const SEARCH_WORDS = 'virtual:muscle-search-words';
const citationsOf = (ids: readonly string[]) => Object.fromEntries(ids.map((id) => [id, citation(id)]));
const muscleCatalogue: Plugin = {
  name: 'atlas-muscle-catalogue',
  resolveId: (id) => (id === CATALOGUE || id === RED_FLAG_CITATIONS || id === ASK_BACK_CITATIONS || id === SEARCH_WORDS || id.startsWith(TEXT) ? `\0${id}` : undefined),
  load(id) {
    if (id === `\0${CATALOGUE}`) {
      const loaders = MUSCLE_DATA.map((m) => `${JSON.stringify(m.id)}: () => import(${JSON.stringify(TEXT + m.id)})`);
      return `export const MUSCLE_INDEX = ${JSON.stringify(MUSCLE_DATA.map(muscleEntryOf))};\nexport const MUSCLE_TEXTS = {${loaders.join(',')}};\nexport const loadSearchWords = () => import(${JSON.stringify(SEARCH_WORDS)});\n`;
    }
    if (id === `\0${SEARCH_WORDS}`) {
      return `export const SEARCH_WORDS = ${JSON.stringify(Object.fromEntries(MUSCLE_DATA.map((m) => [m.id, muscleSearchWordsOf(m)])))};\n`;
    }
    if (id === `\0${ASK_BACK_CITATIONS}`) {
      const sources = [...new Set([...LOOKUP_QUESTIONS.flatMap((q) => q.sources), ...SPREAD_SOURCES])];
      return `export const ASK_BACK_CITATIONS = ${JSON.stringify(citationsOf(sources))};\nexport const SPREAD_SOURCE_IDS = ${JSON.stringify(SPREAD_SOURCES)};\n`;
    }
    if (id === `\0${RED_FLAG_CITATIONS}`) {
      const sources = [...new Set(RED_FLAGS.flatMap((flag) => flag.sources))];
      return `export const RED_FLAG_CITATIONS = ${JSON.stringify(citationsOf(sources))};\n`;
    }
    if (id.startsWith(`\0${TEXT}`)) {
      const muscle = MUSCLE_DATA.find((m) => m.id === id.slice(TEXT.length + 1));
      if (!muscle) throw new Error(`no muscle ${id}`);
      return `export default ${JSON.stringify(muscle)};\nexport const citations = ${JSON.stringify(citationsOf(muscle.sources))};\n`;
    }
    return undefined;
  },
};

// The app is static: everything it needs ships from this origin (no CDN decoders or fonts).
export default defineConfig({
  plugins: [react(), cspMeta, muscleCatalogue],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
