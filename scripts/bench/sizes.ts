/** Static sizes of a production build: JS gzipped (entry closure and all) and the body assets. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export interface JsSizes {
  /** Gzipped bytes of the JS the HTML loads before anything is imported on demand. */
  entryGzip: number;
  entryFiles: string[];
  /** Gzipped bytes of every JS file of the build, each compressed on its own as it is served. */
  totalGzip: number;
  totalRaw: number;
  files: { file: string; raw: number; gzip: number }[];
  /** Whether three.js code (its __THREE__ registration) is in the entry closure. */
  threeInEntry: boolean;
}

/** gzip as a web server would send it (zlib's default level 6, the level Vite reports). */
export function gzipSize(bytes: Buffer): number {
  return gzipSync(bytes).length;
}

function listFiles(dir: string, base = ''): string[] {
  return readdirSync(join(dir, base), { withFileTypes: true }).flatMap((entry) => {
    const rel = base ? `${base}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(dir, rel) : [rel];
  });
}

/** JS sizes from the build's Vite manifest: the entry's static import closure, and all JS. */
export function jsSizes(outDir: string): JsSizes {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  for (const [key] of entries) visit(key);
  const entryFiles = [...seen].map((key) => manifest[key]!.file).filter((file) => file.endsWith('.js'));
  const files = listFiles(outDir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const bytes = readFileSync(join(outDir, file));
      return { file, raw: bytes.length, gzip: gzipSize(bytes) };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const gzipOf = (file: string) => files.find((f) => f.file === file)?.gzip ?? 0;
  return {
    entryGzip: entryFiles.reduce((sum, file) => sum + gzipOf(file), 0),
    entryFiles,
    totalGzip: files.reduce((sum, f) => sum + f.gzip, 0),
    totalRaw: files.reduce((sum, f) => sum + f.raw, 0),
    files,
    threeInEntry: entryFiles.some((file) => readFileSync(join(outDir, file), 'utf8').includes('__THREE__')),
  };
}

/** Bytes of the body model and the baked zones as served (already binary-compressed, sent as is). */
export function assetSizes(outDir: string): { model: number; zones: number; otherBodies: { file: string; raw: number; brotli: number }[] } {
  const models = join(outDir, 'models');
  // Every other body is a file of its own, fetched only when chosen: its cost as served.
  const otherBodies = readdirSync(models)
    .filter((f) => /^body-.*\.glb$/.test(f))
    .sort()
    .map((file) => ({ file, raw: statSync(join(models, file)).size, brotli: brotliCompressSync(readFileSync(join(models, file))).byteLength }));
  return {
    model: statSync(join(models, 'body.glb')).size,
    zones: statSync(join(models, 'zones.bin')).size,
    otherBodies,
  };
}

/** A JS file a page load fetched, with its size on disk, gzipped on disk, and as it came over the wire. */
export interface LoadedJs {
  file: string;
  raw: number;
  /** zlib gzip (level 6) of the file on disk: independent of how the server compresses. */
  gzip: number;
  /** Body bytes as received (Resource Timing encodedBodySize): shows the server's compression. */
  served: number;
}

export interface FirstViewJs {
  /** The JS the first view loaded, the test-probes chunk excepted. */
  files: LoadedJs[];
  gzip: number;
  /** The bench's and e2e's probe chunk (loaded only because the bench asks for it), apart. */
  probes: LoadedJs[];
  probesGzip: number;
}

/** The test-probes chunk: loaded only when a test or the bench sets `window.__atlasProbes`. */
export const PROBES_CHUNK = /^assets\/TestProbes-[^/]*\.js$/;

/** JS of one load (its Resource Timing entries) with gzip sizes computed from the files in `outDir`. */
export function loadedJs(outDir: string, resources: { path: string; encodedBodySize: number }[]): FirstViewJs {
  const seen = new Set<string>();
  const all: LoadedJs[] = [];
  for (const r of resources) {
    const file = decodeURIComponent(r.path.split('?')[0]!).replace(/^\//, '');
    if (!file.endsWith('.js') || seen.has(file)) continue;
    seen.add(file);
    const bytes = readFileSync(join(outDir, file));
    all.push({ file, raw: bytes.length, gzip: gzipSize(bytes), served: r.encodedBodySize });
  }
  all.sort((a, b) => b.gzip - a.gzip);
  const files = all.filter((f) => !PROBES_CHUNK.test(f.file));
  const probes = all.filter((f) => PROBES_CHUNK.test(f.file));
  const sum = (list: LoadedJs[]) => list.reduce((s, f) => s + f.gzip, 0);
  return { files, gzip: sum(files), probes, probesGzip: sum(probes) };
}

/**
 * The modes' own chunks (presentation, quiz, handout, poses), found by file name: Vite names a
 * lazily imported chunk after its module, so a mode component `src/…/Presentation.tsx` becomes
 * `assets/Presentation-<hash>.js`. Muscle text chunks are named by muscle id (lower case), so
 * they never match.
 */
export const MODE_CHUNK = /^assets\/(Present|Quiz|Handout|Pose)[^/]*\.js$/;

/** The mode chunks among a build's JS files (jsSizes().files). */
export function modeChunks(files: JsSizes['files']): JsSizes['files'] {
  return files.filter((f) => MODE_CHUNK.test(f.file));
}
