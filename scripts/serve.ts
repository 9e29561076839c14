/**
 * `npm start`: serves the production build on http://localhost:4173 (PORT overrides), building it
 * first when dist/ is missing or older than the sources, and precompressing it when the brotli and
 * gzip files are missing or older than the build (a plain `vite build` does not write them).
 * `ATLAS_DIST=<dir>` serves another build instead (e.g. one made with `vite build --outDir <dir>`,
 * so a second copy can be tested while dist/ is in use): it is served as it is, never rebuilt
 * from the sources, only precompressed when needed.
 */
import { execSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compressDir } from './compress-dist';
import { startStaticServer } from './staticServer';

const root = fileURLToPath(new URL('..', import.meta.url));
const named = process.env.ATLAS_DIST;
const dist = named ? resolve(named) : join(root, 'dist');

/** Newest modification time under `dir` (files only). */
function newest(dir: string): number {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

const index = join(dist, 'index.html');
const built = existsSync(index);
if (named && !built) {
  console.error(`ATLAS_DIST=${named}: no build there (no index.html)`);
  process.exit(1);
}
const stale = !named && built && Math.max(newest(join(root, 'src')), newest(join(root, 'public')), statSync(join(root, 'index.html')).mtimeMs) > statSync(index).mtimeMs;
if (!built || stale) {
  console.log(built ? 'Sources changed since the last build: building…' : 'No build yet: building…');
  execSync('npx vite build', { cwd: root, stdio: 'inherit' });
}
if (!existsSync(`${index}.br`) || statSync(`${index}.br`).mtimeMs < statSync(index).mtimeMs) {
  console.log('Precompressing the build (brotli, gzip)…');
  await compressDir(dist);
}

const port = Number(process.env.PORT ?? 4173);
const server = await startStaticServer(dist, port);
console.log(`Trigger Point Atlas: http://localhost:${port}/`);
const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
