/** Production builds for the bench, made with Vite's API into temporary folders (dist/ is left alone). */
import { join } from 'node:path';
import { build } from 'vite';
import { compressDir } from '../compress-dist';

/** Builds the app with the project's own vite.config.ts, plus a manifest to read the chunk graph. */
export async function buildApp(projectRoot: string, outDir: string): Promise<void> {
  await build({
    root: projectRoot,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, manifest: true, reportCompressedSize: false },
  });
  // Served as `npm start` serves it: with the precompressed brotli and gzip files beside each one.
  await compressDir(outDir);
}

/** Builds the bare three.js baseline page (scripts/bench/bare) with the same body model. */
export async function buildBare(projectRoot: string, outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: join(projectRoot, 'scripts', 'bench', 'bare'),
    base: './',
    publicDir: join(projectRoot, 'public'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
  });
  await compressDir(outDir);
}
