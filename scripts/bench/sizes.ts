/** Static sizes of a production build: JS gzipped (entry closure and all) and the body assets. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

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
export function assetSizes(outDir: string): { model: number; zones: number } {
  return {
    model: statSync(join(outDir, 'models', 'body.glb')).size,
    zones: statSync(join(outDir, 'models', 'zones.bin')).size,
  };
}
