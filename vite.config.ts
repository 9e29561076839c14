/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CSP_META } from './scripts/csp';
import { VitePWA } from 'vite-plugin-pwa';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
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

// The page's own stylesheet goes inside index.html: the first paint (title, disclaimer, the
// loading status) then waits for no request but the page. It is about 4 kB compressed and is
// needed by every view; the modes' and panels' styles stay in their lazy chunks. (The CSP allows
// inline styles, never inline scripts.)
const inlineEntryCss: Plugin = {
  name: 'atlas-inline-entry-css',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html, context) {
      return html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (link, file: string) => {
        const asset = context.bundle?.[file];
        return asset?.type === 'asset' ? `<style>${String(asset.source)}</style>` : link;
      });
    },
  },
};

// --- PWA (issue 18): the installable, offline atlas. -------------------------------------------
// A Workbox service worker (generateSW) precaches the shell, every chunk (each muscle's text is
// one), the head script, the default body and the zones, so that after one visit the atlas loads,
// looks up and opens every panel with no network. The other seven bodies (about 145 kB each) are
// cached when first opened instead. A new worker waits until the user accepts the update
// (src/platform/serviceWorker.ts registers it, src/ui/UpdatePrompt.tsx asks), so a page's code is
// never swapped under its user.
const BODY_FILES = /^body-.+\.glb$/;
// The other bodies are not hashed (a rebuilt body keeps its name): their cache is named after
// their bytes, so a build whose bodies changed reads a fresh cache instead of the old files.
const bodiesCache = (() => {
  const dir = new URL('./public/models/', import.meta.url);
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).filter((f) => BODY_FILES.test(f)).sort()) hash.update(file).update(readFileSync(new URL(file, dir)));
  return `atlas-bodies-${hash.digest('hex').slice(0, 12)}`;
})();
const THEME = '#eef1f4';
const pwa = VitePWA({
  strategies: 'generateSW',
  registerType: 'prompt',
  injectRegister: false,
  // The icons are precached by the glob below (with the Apple touch icon), not a second time.
  includeManifestIcons: false,
  manifest: {
    id: '/',
    name: 'Trigger Point Atlas',
    short_name: 'TrP Atlas',
    description: 'An open 3D atlas of myofascial trigger points and where they refer pain.',
    lang: 'en',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: THEME,
    theme_color: THEME,
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html}', 'favicon.svg', 'icons/*.png', 'poster/*.png', 'models/body.glb', 'models/zones.bin'],
    // The .br/.gz copies are the server's business (the worker stores the decoded bytes either
    // way, and scripts/compress-dist.ts writes them after this glob has run in a plain build).
    globIgnores: ['**/*.br', '**/*.gz', 'models/body-*.glb'],
    // The 3D chunk is about 0.6 MB; Workbox's 2 MiB default leaves little room to grow.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    // Deep links (/?muscle=..., /some/route) get the page; a path whose last segment has an
    // extension is a file, and a missing one stays a 404 (as scripts/staticServer.ts serves them).
    navigateFallback: 'index.html',
    navigateFallbackAllowlist: [/^[^?]*\/[^/?.]*(?:\?.*)?$/],
    cleanupOutdatedCaches: true,
    // The first visit's page is taken over at once, so a body opened during it is cached too.
    // An update still waits: activation needs the user's "Reload" (skipWaiting is not set).
    clientsClaim: true,
    runtimeCaching: [
      {
        // Same origin only: Workbox matches a RegExp against another origin's URL only from its start.
        urlPattern: /\/models\/body-[^/]+\.glb$/,
        handler: 'CacheFirst',
        options: { cacheName: bodiesCache, cacheableResponse: { statuses: [200] } },
      },
    ],
  },
});
// The Apple touch icon (opaque, iOS rounds it): Safari reads it from the page, not the manifest.
const appleTouchIcon: Plugin = {
  name: 'atlas-apple-touch-icon',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/icons/apple-touch-icon.png' }, injectTo: 'head' }],
};
// --- end PWA ------------------------------------------------------------------------------------

// The libraries of the first view, each in one chunk of its own: left to itself the bundler
// split three.js, React and R3F across whichever lazy chunks first shared them, so the first view
// fetched more, smaller files that compress worse (2-3 kB more gzip), and the split moved with
// every new lazy import. A chunk per library also keeps its name (and its cached copy) across
// builds that change only the app. Only what the first view loads anyway goes in: three's core
// and renderer (its examples stay with the modules that import them) and React. Not R3F: a group
// takes its modules' dependencies too, and R3F's include the zustand the app's store shares, which
// would put R3F and three.js in the entry (and leaving the dependencies out breaks the order the
// modules run in).
const VENDOR_CHUNKS = [
  { name: 'three', test: /node_modules[\\/]three[\\/]build[\\/]/ },
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
];

// The app is static: everything it needs ships from this origin (no CDN decoders or fonts).
export default defineConfig({
  plugins: [react(), cspMeta, muscleCatalogue, pwa, appleTouchIcon, inlineEntryCss],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the atlas supports (WebGL 2, ES2022) preloads modules natively: the polyfill
    // would only add a script to the entry.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
    rolldownOptions: { output: { codeSplitting: { groups: VENDOR_CHUNKS } } },
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
